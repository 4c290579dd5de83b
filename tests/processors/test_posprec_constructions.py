"""position-stated, pass `posprec`: spurious positions (precision), constructions written for this file (none copied from
an evaluation set).

Class 1, an issue on one country's own measure in an article that never names that country: a user tracking `Portugal
should raise its defence budget` and `Chile should keep its fuel levy` meets broad terms (`defence budget`, `levy`) in
stories on other countries; those are someone else's measure, and no holder takes a stance on the tracked one.
"""

from __future__ import annotations

import pytest

from tests.position_tuples import SHIPPED_ISSUES, stances
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
    "OSLO (Reuters) - Norway plans to raise its defence budget to 2.5 percent of GDP by 2030, Prime Minister Jonas Gahr Store "
    "said on Monday. The increase follows talks with Sweden and Denmark. Store said the money would go to air defence.",
    "HELSINKI - Finland will increase its defence spending to 2 percent of GDP, Defence Minister Antti Hakkanen said on "
    "Tuesday. Estonia made a similar pledge last week. Both countries border Russia.",
    "LIMA - Peru will keep its fuel levy in place for another year, the finance ministry said. Lima defended the levy as "
    "vital to the budget. Bolivia cut its own fuel levy in March.",
    "PRAGUE - The Czech government welcomed higher defence spending and said it would reach 2 percent of GDP this year. "
    "Slovakia has yet to set a date. Officials in Prague said the budget would be approved in June.",
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
    # a line that names no place at all says nothing of where it is: not filtered
    assert ("Nuno Melo", "pt-defence", "support") in run(text)
    # nor a single line naming another country (`Spain attacks Portugal's plan` needs more than one line to tell)


def test_a_short_story_naming_only_other_countries_is_not_filtered() -> None:
    found = run("Norway plans to raise its defence budget to 2.5 percent of GDP by 2030, Prime Minister Jonas Gahr Store said.")
    assert ("Norway", "pt-defence", "support") in found, found


def test_issue_naming_a_bloc_is_not_filtered() -> None:
    # a member speaks to a bloc's measure without naming the bloc: only single-country issues are filtered
    ctx = ExtractionContext(issues=IssueSet(issues=(
        Issue(id="eu-levy", label="The EU's plastic levy", proposition="The European Union should keep its plastic levy",
              terms=("plastic levy",)),)))
    found = stances("Italy will oppose the plastic levy, Prime Minister Giorgia Meloni said on Monday.", ctx)
    assert ("Italy", "eu-levy", "oppose") in found, found


# ------------------------------------------------------------------ class 2: the partners of another's plan hold no stance
SHIPPED = ExtractionContext(issues=SHIPPED_ISSUES)


@pytest.mark.parametrize("text, partners", [
    ("Prime Minister Mark Carney said Canada would work with Norway, Portugal and Romania to build a coalition to provide "
     "F-16 fighter jets to Ukraine.", {"Norway", "Portugal", "Romania"}),
    ("Spain will cooperate with Italy, Greece and Portugal to train Ukrainian pilots and provide F-16 fighter jets to Ukraine.",
     {"Italy", "Greece", "Portugal"}),
    ("Sweden said it would team up with Finland, Estonia and Latvia to send Leopard tanks to Ukraine.",
     {"Finland", "Estonia", "Latvia"}),
])
def test_partners_named_after_work_with_hold_no_stance(text: str, partners: set[str]) -> None:
    found = stances(text, SHIPPED)
    assert not partners & {actor for actor, _, _ in found}, found


@pytest.mark.parametrize("text, expected", [
    # `along with`, `together with`: a conjunct holder keeps its stance
    ("Poland, along with Finland, will send Leopard tanks to Ukraine, Prime Minister Donald Tusk said.",
     ("Poland", "tanks-for-ukraine", "support")),
    # a partner that is also a subject of its own clause
    ("Norway will work with Denmark on pilot training, and Portugal will send F-16 fighter jets to Ukraine.",
     ("Portugal", "fighter-jets-for-ukraine", "support")),
    # the plan's own subject
    ("Canada will work with Norway to send Leopard tanks to Ukraine, Defence Minister Bill Blair said.",
     ("Canada", "tanks-for-ukraine", "support")),
])
def test_holders_beside_a_partner_list_keep_their_stances(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances(text, SHIPPED), stances(text, SHIPPED)


# ------------------------------------------------------------------ class 3: declining to say states no stance
@pytest.mark.parametrize("text, silent", [
    # (these three gave the refusal as an opposing stance before the pass)
    ("Scholz declined again to say whether Berlin would send Taurus cruise missiles.", "Olaf Scholz"),
    ("Pistorius declined again to say whether Berlin would send Taurus cruise missiles to Kyiv.", "Boris Pistorius"),
    ("Scholz, the chancellor, declined again to say whether Germany would send Taurus cruise missiles.", "Olaf Scholz"),
    # (and these gave none before either)
    ("Chancellor Olaf Scholz again declined to say whether Germany would deliver Taurus missiles to Ukraine.", "Olaf Scholz"),
    ("Pistorius, the defence minister, would not say whether Germany would send Taurus missiles to Ukraine.", "Boris Pistorius"),
])
def test_declining_to_say_whether_gives_no_stance(text: str, silent: str) -> None:
    found = stances(text, SHIPPED)
    assert silent not in {actor for actor, _, _ in found}, found


@pytest.mark.parametrize("text, expected", [
    # a stance the sentence gives the holder before the refusal stays
    ("Scholz, who has refused to send Taurus missiles, declined to say whether he would change his mind.",
     ("Olaf Scholz", "taurus-for-ukraine", "oppose")),
    # a refusal to act is a stance (`refused to send`), not a refusal to say
    ("Chancellor Olaf Scholz refused to send Taurus missiles to Ukraine.", ("Olaf Scholz", "taurus-for-ukraine", "oppose")),
    # another holder named in the sentence keeps its stance
    ("Merz declined to say whether Berlin would send Taurus missiles, which Kyiv has requested for months.",
     ("Ukraine", "taurus-for-ukraine", "support")),
])
def test_stances_beside_a_refusal_to_say_stay(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances(text, SHIPPED), stances(text, SHIPPED)


# ------------------------------------------------------------------ class 4: a name that modifies another body's name
@pytest.mark.parametrize("text, modifier", [
    ("The London-based Institute for Strategic Studies said Germany should send Taurus missiles to Ukraine.", "United Kingdom"),
    ("Warsaw regional governor Adam Struzik said more Leopard tanks should go to Ukraine.", "Poland"),
    ("Seven Republican-led U.S. states asked the court to block sanctions on Russia that they said hurt farmers.", "United States"),
])
def test_a_place_modifying_another_name_holds_no_stance(text: str, modifier: str) -> None:
    found = stances(text, SHIPPED)
    assert modifier not in {actor for actor, _, _ in found}, found


@pytest.mark.parametrize("text, expected", [
    # the place as the subject itself
    ("London will send more Challenger tanks to Ukraine, the defence ministry said.", ("United Kingdom", "tanks-for-ukraine", "support")),
    ("Poland will send more Leopard tanks to Ukraine, regional leaders said.", ("Poland", "tanks-for-ukraine", "support")),
    ("The United States and its allies will send more tanks to Ukraine, officials said.", ("United States", "tanks-for-ukraine", "support")),
])
def test_a_place_as_the_subject_keeps_its_stance(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances(text, SHIPPED), stances(text, SHIPPED)
