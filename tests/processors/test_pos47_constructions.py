"""position constructions (pass pos47, positions 1.80.0): the causes of round 47's three false `position-changed` events,
in general form. Wire copy written for these tests, on issues of our own (a sugar tax, a bag levy, a phase-out of diesel
vans); none copied from an evaluation set. The classes of the pass:

- a definite description among an issue's terms (`the bill`, `the law`) is weak evidence: it refers back to a measure
  already named, so it is the issue's only in an article that names one of the issue's own terms (a wrong issue);
- the halted activity as the subject of an infinitive that ends in the term (`a rule requiring all new vans to have zero
  emissions`): the term says what the activity must become, it does not name the activity (a wrong stance);
- declining to undo a measure (`would not seek to reverse the levy`, `will not try to repeal it`): no stance;
- a request only to look at the measure again (`wanted the council to review the levy`): no stance yet;
- a delaying verb on the vote or decision on a measure (`postponed a final vote on the levy`): procedure, no stance;
- a measure asked for in a lesser form (`argued for a slower phase-out`, `called for a weaker diesel ban`): against it.

Guards, each a near sentence that must keep its stance: `the bill` in an article that names the issue's own terms; a
rule opposed (not backed) and the activity itself backed; `would seek to reverse`; a review asked for together with a
scrapping; a court asked to review (a challenge); the measure itself postponed; `a faster phase-out`; a definite
description whose noun the issue's own label uses (`the levy` of `The school levy`).
"""

from __future__ import annotations

import pytest

from tests.position_tuples import assert_stance_not_flipped, stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="sugar-tax", label="Sugar tax", proposition="A tax should be charged on sugary drinks",
          terms=("sugar tax", "sugary drinks", "the bill")),
    Issue(id="bag-levy", label="Plastic bag levy", proposition="A levy should be charged on plastic bags",
          terms=("bag levy", "levy on plastic bags")),
    Issue(id="van-phase-out", label="Diesel van phase-out",
          proposition="The city should end sales of new diesel vans from 2030, requiring all new vans to be electric",
          terms=("diesel ban", "zero emissions", "phase-out")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"
SUGAR, BAG, VANS = "sugar-tax", "bag-levy", "van-phase-out"

STATED = [
    # ---- a definite description keeps its issue where the issue is named
    ("Parliament debated the sugar tax on Monday. Italy said it would back the bill.", ("Italy", SUGAR, S)),
    # ---- the activity as the subject of an infinitive ending in the term
    ("Italy backed a rule requiring all new vans sold in the city to have zero emissions from 2030.", ("Italy", VANS, S)),
    ("Italy backed a rule requiring new vans to run on zero emissions.", ("Italy", VANS, S)),
    ("Italy opposed a rule requiring all new vans to have zero emissions.", ("Italy", VANS, O)),
    # guard: the activity itself backed
    ("Italy backed diesel vans over zero emissions.", ("Italy", VANS, O)),
    # guards: seeking to undo, a scrapping asked for with the review, the measure itself postponed
    ("Italy said it would seek to reverse the bag levy.", ("Italy", BAG, O)),
    ("Italy urged the council to review the bag levy and to scrap it.", ("Italy", BAG, O)),
    ("Italy postponed the bag levy.", ("Italy", BAG, O)),
    # ---- a lesser form of the measure
    ("Italy, which has long argued for a slower phase-out, said it would decide later.", ("Italy", VANS, O)),
    ("Italy called for a weaker diesel ban.", ("Italy", VANS, O)),
    # guard: a faster one
    ("Italy argued for a faster phase-out.", ("Italy", VANS, S)),
]


@pytest.mark.parametrize("text,expected", STATED)
def test_stated(text: str, expected: tuple[str, str, str]) -> None:
    assert_stance_not_flipped(text, _CTX, expected)


def test_a_definite_description_needs_its_issue_named() -> None:
    found = stances("The council debated a bag levy on Monday. Italy said it could no longer back the bill without changes.", _CTX)
    assert not any(issue == SUGAR for _, issue, _ in found), found


NO_STANCE = [
    "Italy said it would not seek to reverse the bag levy.",
    "Italy said it would not try to repeal the bag levy.",
    "Italy wanted the council to review the bag levy.",
    "Italy postponed a final vote on the bag levy.",
    "Italy delayed the decision on the bag levy.",
]


@pytest.mark.parametrize("text", NO_STANCE)
def test_no_stance(text: str) -> None:
    found = stances(text, _CTX)
    assert not any(actor == "Italy" for actor, _, _ in found), found


def test_a_court_asked_to_review_is_a_challenge() -> None:
    found = stances("The council approved a bag levy on Monday. Italy asked the High Court to review the bag levy.", _CTX)
    assert ("Italy", BAG, O) in found, found


def test_a_definite_description_of_the_label_stays_strong() -> None:
    ctx = ExtractionContext(issues=IssueSet(issues=(
        Issue(id="school-levy", label="The school levy", proposition="The school levy should be introduced",
              terms=("school levy", "the levy")),
        Issue(id="bag-levy", label="Plastic bag levy", proposition="A levy should be charged on plastic bags",
              terms=("bag levy",)),
    )))
    assert ("Italy", "school-levy", S) in stances("Italy said it would back the levy.", ctx)
