"""Pass poscue: stance cues the reader missed where the holder was already found in the article.

- a measure called a humiliation (`called the amnesty a humiliation`, `a humiliating climbdown`);
- a measure called the worst of its kind (`called the levy "the worst tax ever"`);
- fighting an amnesty or a hike is against it (it was read for it: `vowed to fight the amnesty` gave support);
- a fronted condition of the holder's own coming to power before its pledge (`said that if she were elected she would
  repeal the toll`) is no hedge; any other fronted `if` still is.
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext
from wirewatch.schemas import IssueSet
from tests.position_tuples import assert_stance_not_flipped, stances

ISSUES = IssueSet.model_validate({"issues": [
    {"id": "harbour-toll", "label": "Harbour toll", "proposition": "Valmoria should charge a toll on cars crossing the harbour bridge",
     "terms": ["harbour toll", "toll", "bridge toll"]},
    {"id": "rebel-amnesty", "label": "Amnesty for rebels", "proposition": "Valmoria should grant an amnesty to the northern rebels",
     "terms": ["amnesty", "amnesty law", "northern rebels"]},
    {"id": "fare-hike", "label": "Fare hike", "proposition": "Valmoria should raise metro fares by 20 percent",
     "terms": ["fare hike", "metro fares", "fare increase"]},
]})
CTX = ExtractionContext(issues=ISSUES)
LEAD = "VALMORIA CITY (Reuters) - Parliament approved the measure on Tuesday. "


@pytest.mark.parametrize("text, expected", [
    ("Opposition leader Tomas Ferrat called the amnesty a humiliation and left the chamber.",
     ("Tomas Ferrat", "rebel-amnesty", "oppose")),
    ("Senator Ana Brill called the amnesty law \"a national humiliation\".",
     ("Ana Brill", "rebel-amnesty", "oppose")),
    ("Mayor Paulo Resende called the harbour toll \"the worst tax ever\".",
     ("Paulo Resende", "harbour-toll", "oppose")),
    ("Tomas Ferrat vowed to fight the amnesty.",
     ("Tomas Ferrat", "rebel-amnesty", "oppose")),
    ("Union leader Ana Brill vowed to keep fighting the fare hike.",
     ("Ana Brill", "fare-hike", "oppose")),
    ("Tomas Ferrat said that if he were elected president he would scrap the harbour toll.",
     ("Tomas Ferrat", "harbour-toll", "oppose")),
    ("Ana Brill said that, if elected, she would repeal the amnesty law.",
     ("Ana Brill", "rebel-amnesty", "oppose")),
    ("Tomas Ferrat said if his party won the election, it would scrap the harbour toll.",
     ("Tomas Ferrat", "harbour-toll", "oppose")),
])
def test_cue_gives_the_stance(text, expected):
    assert_stance_not_flipped(LEAD + text, CTX, expected)


@pytest.mark.parametrize("text, actor, issue", [
    # guards: another fronted condition still hedges
    ("Tomas Ferrat said that if the court ruled against it, he would scrap the harbour toll.", "Tomas Ferrat", "harbour-toll"),
    ("Ana Brill said that if she were elected she would consider whether to repeal the amnesty law.", "Ana Brill", "rebel-amnesty"),
    # the worst of something else is no verdict on the measure
    ("Paulo Resende said the harbour toll came after the worst floods ever.", "Paulo Resende", "harbour-toll"),
])
def test_no_stance(text, actor, issue):
    found = stances(LEAD + text, CTX)
    assert not any(a == actor and i == issue for a, i, _ in found), found


BALLOT = IssueSet.model_validate({"issues": [
    {"id": "senate-referendum", "label": "Abolishing the senate", "proposition": "Valmoria should abolish its senate, as the referendum proposes",
     "terms": ["senate referendum", "referendum", "abolish the senate"]},
]})
BALLOT_CTX = ExtractionContext(issues=BALLOT)
BALLOT_LEAD = "VALMORIA CITY (Reuters) - Voters go to the polls on Saturday in the senate referendum. "


@pytest.mark.parametrize("text, expected", [
    # the holder's own vote to come: will / would / 'll be voting / cast her ... vote
    ("Governor Tomas Ferrat, a conservative, said he would still vote yes in the referendum.", ("Tomas Ferrat", "senate-referendum", "support")),
    ("Senator Ana Brill told local radio she would cast her no vote in the referendum on Saturday morning.", ("Ana Brill", "senate-referendum", "oppose")),
    ("\"I'll be voting no in the referendum,\" Paulo Resende said.", ("Paulo Resende", "senate-referendum", "oppose")),
    ("Ana Brill said she will vote no in the referendum.", ("Ana Brill", "senate-referendum", "oppose")),
])
def test_own_vote_gives_the_side(text, expected):
    assert_stance_not_flipped(BALLOT_LEAD + text, BALLOT_CTX, expected)


@pytest.mark.parametrize("text, actor", [
    # guards: a vote told as done is a result, not a stance read here; a denied vote gives no side
    ("Only the capital district of Tomas Ferrat voted yes in the referendum.", "Tomas Ferrat"),
    ("Ana Brill said she would not vote yes in the referendum.", "Ana Brill"),
])
def test_no_side(text, actor):
    found = stances(BALLOT_LEAD + text, BALLOT_CTX)
    assert not any(a == actor for a, _, _ in found), found

