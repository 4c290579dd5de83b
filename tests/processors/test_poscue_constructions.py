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
