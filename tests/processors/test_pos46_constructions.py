"""position constructions (pass pos46, positions 1.78.0): misses and wrong stances of rounds 45 and 46 by category, in
general form. Wire copy written for these tests, on issues of our own (a ballot on a city charter, a toll on a bridge, a
bag levy); none copied from an evaluation set. The classes of the pass:

- a term opening with a determiner (`the Charter`, `the Wage Act`) gave the issue a verb `the`: every `the` of a
  sentence was taken for an act enacting it (support for anyone in sight);
- the side of a ballot one works for (`vowed to campaign for a No vote`, `urged voters to back a Yes vote`, `will
  campaign against a "yes" vote`), before `campaign for` is read as support of whatever the vote is on;
- verdict nouns the lexicon lacked (`the plan was "an extortionate gimmick"`, `had been "a fantasy"`, `called the
  passing of the bill "a stain on ..."`), and a good moment framed by `in` (`a landmark moment in our plan to ...`);
- a measure predicted to split a people (`would "permanently divide us by race"`, `will divide the nation`);
- resistance given up (`ended months of resistance`, `dropped its objections`): support now;
- a peer's territorial designation is part of the name (`Lord Sharpe of Epsom`, `Baroness Hale of Richmond`);
- a country's name written before its court (`The U.S. Supreme Court struck down ...`): the court holds the stance, not
  the country;
- a vote or resolution to undo the measure (`voted to overturn the toll`), then named again (`voting for it`,
  `would veto the resolution`, `vote the measure down`): a stance on the undoing, the opposite one on the issue.

Guards, each a near sentence that must not fire (or must keep its stance): `a no-fly zone` and `no vote yet`; `backed down
on the toll` (a retreat from the measure); a resolution named again after a vote to pass (not undo) the measure; verdict nouns of other things (`a fantasy
novel`).
"""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext, stance as lex
from wirewatch.processors.positions import _PEER_SEAT
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="charter", label="City charter", proposition="The new city charter should be adopted, as the ballot proposes",
          terms=("the Charter", "city charter", "charter vote", "referendum")),
    Issue(id="bridge-toll", label="Bridge toll", proposition="A toll should be charged on the Harbour Bridge",
          terms=("bridge toll", "toll on the bridge")),
    Issue(id="bag-levy", label="Plastic bag levy", proposition="A levy should be charged on plastic bags",
          terms=("bag levy", "levy on plastic bags")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"
CH, TOLL, BAG = "charter", "bridge-toll", "bag-levy"

FIRES = [
    # ---- the ballot side one works for
    ("Voters in Springfield will decide on the city charter in May. Senator Ann Cole said she had read the draft and "
     "vowed to campaign for a No vote.", ("Ann Cole", CH, O)),
    ("Voters in Springfield will decide on the city charter in May. Mayor Tom Hale urged residents to back a Yes vote in "
     "the referendum.", ("Tom Hale", CH, S)),
    ("Voters in Springfield will decide on the city charter in May. Senator Ann Cole said she would campaign against a "
     "\"yes\" vote in the referendum.", ("Ann Cole", CH, O)),
    # ---- verdict nouns
    ("The council approved a bag levy on Tuesday. Greenpeace said the bag levy was \"an expensive gimmick\".",
     ("Greenpeace", BAG, O)),
    ("The council approved a bag levy on Tuesday. Greenpeace said the bag levy was \"a fantasy\" from the start.",
     ("Greenpeace", BAG, O)),
    ("The council approved a bag levy on Tuesday. Amnesty International called the passing of the bag levy \"a stain on "
     "the city\".", ("Amnesty International", BAG, O)),
    ("The council approved a bag levy on Tuesday. Greenpeace called the bag levy \"a landmark moment in our fight to stop "
     "plastic waste\".", ("Greenpeace", BAG, S)),
    # ---- resistance given up
    ("LONDON (Reuters) - Britain's parliament passed the bridge toll on Friday after the House of Lords ended months of "
     "resistance and dropped its demands for changes.", ("House of Lords", TOLL, S)),
    # ---- a vote to undo the measure, named again
    ("The Senate voted on Monday to overturn the governor's bridge toll, sending the measure to the governor. Senator "
     "Ann Cole joined the majority in voting for it.", ("Ann Cole", TOLL, O)),
    ("The Senate voted on Monday to overturn the governor's bridge toll, sending the measure to the governor. Senator "
     "Tom Hale urged colleagues to vote the measure down.", ("Tom Hale", TOLL, S)),
]


@pytest.mark.parametrize("text,expected", FIRES)
def test_fires(text: str, expected: tuple[str, str, str]) -> None:
    found = stances(text, _CTX)
    assert expected in found, found
    holder, issue, stance = expected
    assert (holder, issue, O if stance == S else S) not in found, found


def _charter() -> lex.IssueMatcher:
    ms, _ = lex.matchers_of(_ISSUES)
    return next(m for m in ms if m.issue.id == CH)


def test_a_determiner_opening_a_term_is_no_verb() -> None:
    m = _charter()
    assert m.actions is None or not m.actions.search("the mayor said the plan was late"), m.actions
    text = "Voters will decide on the city charter in May. Senator Ann Cole said the date was set by the clerk."
    assert not any(a == "Ann Cole" for a, _, _ in stances(text, _CTX))


GUARDS = [
    # a verdict noun of something else
    ("The council approved a bag levy on Tuesday. Greenpeace said a fantasy novel about the city was its favourite "
     "book.", "Greenpeace", BAG),
]


@pytest.mark.parametrize("text,holder,issue", GUARDS)
def test_guards(text: str, holder: str, issue: str) -> None:
    found = stances(text, _CTX)
    assert not any(a == holder and i == issue for a, i, _ in found), found


@pytest.mark.parametrize("sentence", [
    "Ann Cole campaigned for a no-fly zone over the stadium before the charter vote.",
    "There was no vote yet on the charter, and Yes Bank said nothing.",
])
def test_no_ballot_side_without_a_side(sentence: str) -> None:
    cues = lex.cues(sentence, 0, len(sentence), _charter())
    assert not any(c.kind == "stance" and "vote" in sentence[c.start : c.end] for c in cues), cues


@pytest.mark.parametrize("sentence", [
    "The Senate backed down on the bridge toll after protests.",
    "The mayor ended the opposition's walkout on the bridge toll.",
])
def test_no_resistance_given_up(sentence: str) -> None:
    # a retreat from the measure itself, and an opposition that is a party: no resistance given up
    cues = lex.cues(sentence, 0, len(sentence), None)
    assert not any(c.factor > 0 and c.kind == "stance" for c in cues), cues


def test_a_resolution_to_pass_the_measure_keeps_its_stance() -> None:
    # a vote to adopt (not undo) the measure: `voting for it` stays support
    found = stances("The Senate voted on Monday to approve the governor's bridge toll, sending the measure to the "
                    "governor. Senator Ann Cole joined the majority in voting for it.", _CTX)
    assert ("Ann Cole", TOLL, O) not in found, found


@pytest.mark.parametrize("text,holder", [
    ("The council approved a bag levy on Tuesday. Home Office minister Lord Hale of Richmond said the bag levy was "
     "\"long overdue\".", "Lord Hale of Richmond"),
    ("The council approved a bag levy on Tuesday. Junior minister Baroness Grey of Upper Hill said the bag levy was "
     "\"long overdue\".", "Baroness Grey of Upper Hill"),
])
def test_a_peer_keeps_the_seat_in_the_name(text: str, holder: str) -> None:
    found = stances(text, _CTX)
    assert (holder, BAG, S) in found, found


def test_a_peer_without_a_seat_and_a_possessive_after_of() -> None:
    # guards: no seat (`Lord Hale, the minister`), a possessive after `of` (`of Britain's ...`)
    found = stances("The council approved a bag levy on Tuesday. Home Office minister Lord Hale said the bag levy was "
                    "\"long overdue\".", _CTX)
    assert ("Lord Hale", BAG, S) in found, found
    assert _PEER_SEAT.match(" of Britain's peers") is None and _PEER_SEAT.match(" of Epsom said").group(0) == " of Epsom"


def test_a_country_before_its_court_is_the_court() -> None:
    found = stances("WASHINGTON (Reuters) - The U.S. Supreme Court on Friday struck down the bridge toll, ruling that the "
                    "state had overstepped its authority.", _CTX)
    assert ("Supreme Court", TOLL, O) in found and not any(a == "United States" for a, _, _ in found), found


def test_a_country_before_other_words_stays_the_country() -> None:
    # guard: the country's name before officials, not a court, is still the country
    found = stances("WASHINGTON (Reuters) - U.S. officials on Friday struck down the bridge toll, saying the state had "
                    "overstepped its authority.", _CTX)
    assert not any(a == "Supreme Court" for a, _, _ in found), found


@pytest.mark.parametrize("text,expected", [
    ("Voters in Springfield will decide on the city charter in May. Senator Ann Cole said the city charter would "
     "\"permanently divide us by income\".", ("Ann Cole", CH, O)),
    ("Voters in Springfield will decide on the city charter in May. Senator Ann Cole said the referendum \"will divide the "
     "city\" and the city charter would divide families.", ("Ann Cole", CH, O)),
])
def test_a_measure_that_divides_a_people(text: str, expected: tuple[str, str, str]) -> None:
    found = stances(text, _CTX)
    assert expected in found, found


def test_a_sum_divided_is_no_harm() -> None:
    sentence = "The council said the bag levy will divide the money among the schools."
    cues = lex.cues(sentence, 0, len(sentence), None)
    assert not any(c.factor < 0 for c in cues), cues


def test_a_city_before_its_court_is_left_alone() -> None:
    # guard: `the Tokyo High Court` is a court whose name opens with a city, not a country's code before a court
    from wirewatch.processors.positions import _COUNTRY_CODE
    assert _COUNTRY_CODE.fullmatch("U.S.") and _COUNTRY_CODE.fullmatch("UK") and not _COUNTRY_CODE.fullmatch("Tokyo")
