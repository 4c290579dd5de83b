"""Reactions to an act that undoes a measure (positions 1.63.0, pass pos41).

Invented wire copy on issues of our own (a tax on sugary drinks, a ban on disposable vapes, more places at nursing
colleges). The classes of the pass:

- holding out against a call to undo a measure (`resisted calls to scrap the levy`, `dismissed demands to halt the
  ban`): for the measure; `resisted` and `dismissed` (the latter only before a request) now open a holder's predicate;
- condemning the noun of an undoing (`denounced the withdrawal of the tax`, `criticised the abandonment of the ban`):
  for the measure (was read as against it);
- a position on keeping the measure that has not changed (`the government's position on keeping the expanded quota
  remains unchanged`): for the measure, explicitly unchanged (the unchanged status quo was read as against it).

Guards: welcoming an undoing is against the measure; the withdrawal of troops undoes no measure; `dismissed` an official
states nothing; a position on another act that has not changed keeps its old reading.
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="sugar-tax", label="A tax on sugary drinks", proposition="A tax should be imposed on sugary drinks",
          terms=("sugar tax", "soda tax", "levy on sugary drinks")),
    Issue(id="vape-ban", label="A ban on disposable vapes", proposition="Disposable vapes should be banned",
          terms=("disposable vape ban", "ban on disposable vapes")),
    Issue(id="nursing-quota", label="Raising the nursing college quota",
          proposition="Ireland should increase the number of students admitted to nursing colleges",
          terms=("nursing college quota", "nursing admissions", "quota increase")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"

CASES = [
    # holding out against a call to undo the measure
    ("Health Minister Mary Byrne rejected calls from retailers to delay the sugar tax.", {("Mary Byrne", "sugar-tax", S)}),
    ("Mary Byrne said on Monday that she rejected calls from unions to halt the sugar tax.", {("Mary Byrne", "sugar-tax", S)}),
    ("Mary Byrne resisted pressure to withdraw the sugar tax.", {("Mary Byrne", "sugar-tax", S)}),
    ("Mary Byrne resisted calls from the drinks industry to scrap the sugar tax.", {("Mary Byrne", "sugar-tax", S)}),
    ("Tom Walsh resists demands to postpone the ban on disposable vapes.", {("Tom Walsh", "vape-ban", S)}),
    ("Mary Byrne dismissed demands to scrap the sugar tax.", {("Mary Byrne", "sugar-tax", S)}),
    ("Tom Walsh dismissed calls from shop owners to delay the ban on disposable vapes.", {("Tom Walsh", "vape-ban", S)}),
    ("Tom Walsh dismissed renewed calls to scrap the disposable vape ban.", {("Tom Walsh", "vape-ban", S)}),
    ("Education Minister Sean Kelly rejected calls from doctors to halt the quota increase.", {("Sean Kelly", "nursing-quota", S)}),
    ("Tom Walsh backed calls to halt the sugar tax.", {("Tom Walsh", "sugar-tax", O)}),
    # condemning the noun of an undoing
    ("The Greens denounced the withdrawal of the sugar tax.", {("Greens", "sugar-tax", S)}),
    ("The Labour Party criticised the planned withdrawal of the ban on disposable vapes.", {("Labour Party", "vape-ban", S)}),
    ("The Greens condemned the abandonment of the sugar tax.", {("Greens", "sugar-tax", S)}),
    ("Tom Walsh criticised the sudden abandonment of the disposable vape ban.", {("Tom Walsh", "vape-ban", S)}),
    ("The Labour Party condemned the delay of the sugar tax.", {("Labour Party", "sugar-tax", S)}),
    ("The Labour Party criticised the postponement of the ban on disposable vapes.", {("Labour Party", "vape-ban", S)}),
    ("The Labour Party condemned the government's decision to delay the sugar tax.", {("Labour Party", "sugar-tax", S)}),
    ("Mary Byrne said she opposed any repeal of the sugar tax.", {("Mary Byrne", "sugar-tax", S)}),
    ("The Greens welcomed the withdrawal of the sugar tax.", {("Greens", "sugar-tax", O)}),
    ("The Labour Party welcomed the delay of the sugar tax.", {("Labour Party", "sugar-tax", O)}),
    # a position on keeping the measure that has not changed
    ("Mary Byrne said her position on keeping the sugar tax remains unchanged.", {("Mary Byrne", "sugar-tax", S)}),
    ("The Labour Party's position on maintaining the sugar tax has not changed.", {("Labour Party", "sugar-tax", S)}),
    ("Sean Kelly said his position on keeping the expanded nursing college quota for this year remains unchanged.",
     {("Sean Kelly", "nursing-quota", S)}),
    ("Tom Walsh said his position on retaining the ban on disposable vapes was unchanged.", {("Tom Walsh", "vape-ban", S)}),
    # guards
    ("Mary Byrne dismissed the director of the tax agency on Friday.", set()),
    # not fixed
    pytest.param("Mary Byrne, the health minister, dismissed demands to scrap the sugar tax.", {("Mary Byrne", "sugar-tax", S)},
                 marks=xf("`dismissed` after an appositive is not yet a holder's verb")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pos41_constructions(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(text, _CTX) == expected


def test_position_on_keeping_is_explicitly_unchanged() -> None:
    from wirewatch.processors import positions
    from wirewatch.schemas import Article
    text = "Mary Byrne said her position on keeping the sugar tax remains unchanged."
    events = positions.extract(Article(id="t-pos41", text=text, published_at="2025-03-01T00:00:00+00:00"), _CTX)
    assert [(e.payload["stance"], e.payload.get("explicitly_unchanged")) for e in events] == [(S, True)]


@pytest.mark.parametrize(("text", "undoing"), [
    ("denounced the withdrawal of the sugar tax", True),
    ("criticised the abandonment of its target", True),
    ("denounced the withdrawal of the troops from the border", False),
    ("welcomed the withdrawal of its ambassador", False),
    ("condemned its withdrawal from the treaty", False),
])
def test_withdrawal_noun_names_an_undoing_only_of_a_measure(text: str, undoing: bool) -> None:
    from wirewatch.processors import stance
    found = stance.cues(text, 0, len(text), None)
    assert any(text[c.start : c.end].startswith(("the withdrawal", "the abandonment", "its abandonment")) for c in found) is undoing
