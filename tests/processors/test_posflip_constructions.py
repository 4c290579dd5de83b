"""Pass posflip: stances read upside down.

- an issue term that names the undoing of the measure (`repeal` among the terms of an issue whose proposition keeps the
  measure): a request or verdict on it, where the undoing is not composed as a cue of its own, is the opposite stance on
  the issue (`backed the march and urged the capital to repeal the farm code`);
- a measure withdrawn, asked for as such (`called on the government to withdraw the quota increase`, `will not stop until
  it is withdrawn`); not troops or support;
- the noun `stop` of a visit is no undoing (`defended the levy at a campaign stop in Ostrava`), nor `not stop until`;
- a harm predicted of halting, delaying or freezing a measure (on an issue that is no halt itself) is for the measure.
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext
from wirewatch.schemas import IssueSet
from tests.position_tuples import assert_stance_not_flipped, stances

ISSUES = IssueSet.model_validate({"issues": [
    {"id": "farm-code", "label": "Valmoria's farm code",
     "proposition": "Valmoria should implement the 2021 farm code that deregulates grain markets",
     "terms": ["farm code", "grain markets", "repeal"]},
    {"id": "clinic-quota", "label": "Nursing quota increase", "proposition": "Valmoria should raise the nursing school quota by 500 places",
     "terms": ["nursing school", "quota increase", "quota"]},
    {"id": "sugar-levy", "label": "Sugar levy", "proposition": "Valmoria should keep its levy on sugary drinks",
     "terms": ["sugar levy", "levy", "sugar tax"]},
]})
CTX = ExtractionContext(issues=ISSUES)
LEAD = "VALMORIA CITY (Reuters) - Lawmakers debated the farm code, the sugar levy and the nursing quota on Tuesday. "


@pytest.mark.parametrize("text, expected", [
    # a request on the undoing named by an issue term, after another verb
    ("Governor Lina Okafor backed the march and urged the capital to repeal the farm code.", ("Lina Okafor", "farm-code", "oppose")),
    # a measure withdrawn, asked for
    ("The Nursing Council again called on the government to withdraw the quota increase.", ("Nursing Council", "clinic-quota", "oppose")),
    ("\"The quota is unfair, and we will not stop until it is withdrawn,\" Senator Ana Brill told the crowd.",
     ("Ana Brill", "clinic-quota", "oppose")),
    # the noun of a visit
    ("Premier Tomas Ferrat defended the sugar levy at a campaign stop in Ostrava.", ("Tomas Ferrat", "sugar-levy", "support")),
    ("Premier Tomas Ferrat defended the sugar levy at a stop in Ostrava.", ("Tomas Ferrat", "sugar-levy", "support")),
    # a harm predicted of halting the measure
    ("The Supreme Court said that halting the quota increase could seriously harm the public interest.",
     ("Supreme Court", "clinic-quota", "support")),
])
def test_polarity_read_the_right_way_round(text, expected):
    assert_stance_not_flipped(LEAD + text, CTX, expected)


@pytest.mark.parametrize("text, expected", [
    # the undoing composed as a cue already: not flipped twice
    ("The Farmers Union voted against the repeal of the farm code.", ("Farmers Union", "farm-code", "support")),
    ("Governor Lina Okafor urged the capital to repeal the farm code.", ("Lina Okafor", "farm-code", "oppose")),
    ("Governor Lina Okafor urged the capital to implement the farm code.", ("Lina Okafor", "farm-code", "support")),
    # withdrawing support, and a real stop
    ("Senator Ana Brill withdrew her support for the sugar levy.", ("Ana Brill", "sugar-levy", "oppose")),
    ("Senator Ana Brill urged the cabinet to put a stop to the sugar levy.", ("Ana Brill", "sugar-levy", "oppose")),
])
def test_guards_keep_the_stance(text, expected):
    assert_stance_not_flipped(LEAD + text, CTX, expected)


def test_withdrawing_troops_is_no_undoing_of_the_measure():
    found = stances(LEAD + "Senator Ana Brill said the government would withdraw its troops from the border and keep the sugar levy.", CTX)
    assert ("Ana Brill", "sugar-levy", "oppose") not in found, found


def test_negator_term_that_is_the_propositions_own_verb_is_not_flipped():
    issues = IssueSet.model_validate({"issues": [
        {"id": "rent-repeal", "label": "Repeal of the rent cap", "proposition": "Valmoria should repeal its rent cap",
         "terms": ["rent cap", "repeal"]}]})
    found = stances(LEAD + "Governor Lina Okafor backed the march and urged the capital to repeal the rent cap.", ExtractionContext(issues=issues))
    assert ("Lina Okafor", "rent-repeal", "oppose") not in found, found


def test_halting_on_a_halt_issue_is_the_issue_itself():
    issues = IssueSet.model_validate({"issues": [
        {"id": "arms-halt", "label": "Halt arms exports to Ostrava", "proposition": "Valmoria should halt arms exports to Ostrava",
         "terms": ["arms exports", "arms sales"]}]})
    text = LEAD + "Senator Ana Brill said halting arms exports to Ostrava would hurt the defence industry."
    assert_stance_not_flipped(text, ExtractionContext(issues=issues), ("Ana Brill", "arms-halt", "oppose"))
