"""position-stated, pass `posprec`: spurious positions (precision), constructions written for this file (none copied from
an evaluation set).

Class 1, an issue on one country's own measure in an article that never names that country: a user tracking `Portugal
should raise its defence budget` and `Chile should keep its fuel levy` meets broad terms (`defence budget`, `levy`) in
stories on other countries; those are someone else's measure, and no holder takes a stance on the tracked one.
"""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

OWN_MEASURES = IssueSet(issues=(
    Issue(id="pt-defence", label="Portugal's defence budget",
          proposition="Portugal should raise its defence budget to 2 percent of GDP",
          terms=("defence budget", "defence spending", "2 percent of GDP")),
    Issue(id="cl-fuel-levy", label="Chile's fuel levy", proposition="Chile should keep its levy on fuel",
          terms=("fuel levy", "the levy", "levy on fuel")),
))
CTX = ExtractionContext(issues=OWN_MEASURES)


def run(text: str, title: str | None = None) -> set[tuple[str, str, str]]:
    return stances(text, CTX, title=title)


# ------------------------------------------------------------------ class 1: the country is never named: no stance
@pytest.mark.parametrize("text", [
    "Norway plans to raise its defence budget to 2.5 percent of GDP by 2030, Prime Minister Jonas Gahr Store said on Monday.",
    "Finland will increase its defence spending to 2 percent of GDP, Defence Minister Antti Hakkanen said on Tuesday.",
    "Peru will keep its fuel levy in place for another year, the finance ministry said. Lima defended the levy as vital.",
    "The Czech government welcomed higher defence spending and said it would reach 2 percent of GDP this year.",
])
def test_issue_of_a_country_the_article_never_names_gets_no_stance(text: str) -> None:
    assert run(text) == set()


# ------------------------------------------------------------------ guards: the country named in some way keeps its stances
@pytest.mark.parametrize("text, expected", [
    ("Portugal will raise its defence budget to 2 percent of GDP by 2029, Prime Minister Luis Montenegro said on Monday.",
     ("Portugal", "pt-defence", "support")),
    # its capital
    ("Lisbon will raise its defence spending to 2 percent of GDP next year, the government said on Friday.",
     ("Portugal", "pt-defence", "support")),
    # its demonym only
    ("The Portuguese government backed a bigger defence budget on Tuesday, saying it would reach 2 percent of GDP.",
     ("Portugal", "pt-defence", "support")),
    ("Chile will keep its fuel levy, Finance Minister Mario Marcel said on Wednesday.", ("Chile", "cl-fuel-levy", "support")),
])
def test_issue_of_a_named_country_keeps_its_stances(text: str, expected) -> None:
    found = run(text)
    assert expected in found, found


def test_country_named_only_in_the_headline_keeps_its_stances() -> None:
    text = "Defence Minister Nuno Melo said on Monday the government would raise the defence budget to 2 percent of GDP this year."
    assert ("Nuno Melo", "pt-defence", "support") in run(text, title="Portugal to lift defence spending")
    # (the same story with no word of the country anywhere: the rule's cost, rare in wire copy, which has a dateline)
    assert run(text) == set()


def test_issue_naming_a_bloc_is_not_filtered() -> None:
    # a member speaks to a bloc's measure without naming the bloc: only single-country issues are filtered
    ctx = ExtractionContext(issues=IssueSet(issues=(
        Issue(id="eu-levy", label="The EU's plastic levy", proposition="The European Union should keep its plastic levy",
              terms=("plastic levy",)),)))
    found = stances("Italy will oppose the plastic levy, Prime Minister Giorgia Meloni said on Monday.", ctx)
    assert ("Italy", "eu-levy", "oppose") in found, found
