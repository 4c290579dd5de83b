"""Pass posterm: the measure an article is about, named again by a definite noun the reader did not take for it.

- a plural (`the bills`, `the laws`) or a modifier (`the proposed rules`, `the updated text`, `the revised rules`), a
  sentence or two after the measure was named;
- the measure nouns (not a document: `the agreement`, `the proposal`) far from where the lead named the article's one
  measure, not in a relative clause on the holder;
- guards: a bill someone pays, a bill or agreement on something else, a change in something else, a demonstrative.

All sentences are invented for this file (none copied from an evaluation set).
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext
from wirewatch.schemas import IssueSet
from tests.position_tuples import assert_stance_not_flipped, stances

ISSUES = IssueSet.model_validate({"issues": [
    {"id": "dock-reform", "label": "Dock reform", "proposition": "Valmoria should deregulate night work at its docks",
     "terms": ["dock reform", "dock labour bill", "dock bill"]},
]})
CTX = ExtractionContext(issues=ISSUES)
LEAD = "VALMORIA CITY (Reuters) - Valmoria's parliament began debating the dock reform on Tuesday. The session ran late. "
# four sentences on other things: only the lead's one measure is still reachable, by naming it again
FAR = ("The weather in the capital was cold. Traffic was heavy near the port. Prices of fish rose by 3 percent. "
       "The football team lost again. ")


@pytest.mark.parametrize("text, expected", [
    # near: a plural, a modifier, a demonstrative, the change put to a chamber
    ("Senator Ana Brill said she would vote against the bills.", ("Ana Brill", "dock-reform", "oppose")),
    ("Union leader Tomas Ferrat said he strongly opposed the proposed rules.", ("Tomas Ferrat", "dock-reform", "oppose")),
    ("Labour Minister Paulo Resende said he supported the updated text.", ("Paulo Resende", "dock-reform", "support")),
    ("Senator Ana Brill said she opposed the revised rules.", ("Ana Brill", "dock-reform", "oppose")),
    ("Senator Ana Brill said the laws would hurt the port and she opposed them.", ("Ana Brill", "dock-reform", "oppose")),
])
def test_measure_named_again_near(text, expected):
    assert_stance_not_flipped(LEAD + text, CTX, expected)


@pytest.mark.parametrize("text, expected", [
    # far: the lead's one measure, named again by a noun the older long reach did not take
    ("Senator Ana Brill said she supported the amended bill.", ("Ana Brill", "dock-reform", "support")),
    ("Union leader Tomas Ferrat said he would vote against the laws.", ("Tomas Ferrat", "dock-reform", "oppose")),
    ("The revised plan would cost jobs, and Labour Minister Paulo Resende said he opposed it.", ("Paulo Resende", "dock-reform", "oppose")),
])
def test_lead_measure_named_again_far(text, expected):
    assert_stance_not_flipped(LEAD + FAR + text, CTX, expected)


@pytest.mark.parametrize("text, actor", [
    ("Senator Ana Brill said she opposed the agreement with Lavania.", "Ana Brill"),
    ("Mayor Paulo Resende said he would back the change in leadership.", "Paulo Resende"),
    ("Union leader Tomas Ferrat said he supported an audit of the revised rules.", "Tomas Ferrat"),
    # a document noun far from the lead names nothing (it reaches that far only as the issue's own head noun)
    ("Labour Minister Paulo Resende said he opposed the agreement.", "Paulo Resende"),
    # the measure named in a relative clause on the holder: background, not the sentence's matter
    ("Port chief Tomas Ferrat, who will enforce the laws, has welcomed a new crane order.", "Tomas Ferrat"),
    ("Senator Ana Brill said she opposed the laws of physics being ignored.", "Ana Brill"),
])
def test_other_measure_is_not_the_issue(text, actor):
    found = stances(LEAD + FAR + text, CTX)
    assert not any(a == actor and i == "dock-reform" for a, i, _ in found), found


# (read so before this pass, by an older rule: `the bill for ...` and `foot the bill` far from the lead still give a stance)
@pytest.mark.xfail(strict=True, reason="an older long-reach rule reads these; not this pass's class")
@pytest.mark.parametrize("text", [
    "Union leader Tomas Ferrat said he supported the bill for the new stadium.",
    "Mayor Paulo Resende said taxpayers should not foot the bill, and he opposed it.",
])
def test_a_bill_for_something_else_far_from_the_lead(text):
    found = stances(LEAD + FAR + text, CTX)
    assert not any(i == "dock-reform" for _, i, _ in found), found


def test_a_demonstrative_is_not_taken():
    found = stances(LEAD + "Senator Ana Brill said she opposed this rule.", CTX)
    assert ("Ana Brill", "dock-reform", "oppose") not in found, found


def test_a_bill_someone_pays_is_no_measure():
    found = stances(LEAD + "Mayor Paulo Resende said taxpayers should not foot the bill.", CTX)
    assert not any(a == "Paulo Resende" and i == "dock-reform" for a, i, _ in found), found
