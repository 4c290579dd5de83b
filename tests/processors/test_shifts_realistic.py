"""Shift words as wire copy uses them (processors/shifts.py): a shift denied is no shift, and a
policy undone or an act that contradicts a recent one is. Sentences written for this file."""

from __future__ import annotations

import pytest

from wirewatch.processors.shifts import signals_shift


@pytest.mark.parametrize("text", [
    # a shift denied, or only asked for: the opposite news
    "A spokeswoman said the ministry's position had not changed since the spring.",
    "\"We are not giving up on this bill,\" the senator told reporters.",
    "The rand was little changed at 18.2 to the dollar.",
    "Officials insisted there would be no U-turn on the levy.",
    "The governor said the decision would not be reversed.",
    "The cabinet refused to lift its restrictions on the exports.",
    "The White House declined to lift the restrictions on the missiles.",
    "Farmers renewed their calls to reverse the ban on the pesticide.",
    "The prime minister said he won't back down on the tax.",
    # an undoing that is no policy's
    "Engineers are working to undo the damage the flood did to the line.",
    "Government troops rolled back rebel fighters from the outskirts of the city.",
])
def test_no_shift_told(text):
    assert not signals_shift(text)


@pytest.mark.parametrize("text", [
    # a policy undone
    "The new coalition will undo most of its predecessor's pension reform, the finance minister said.",
    "The agency said it would roll back the emissions rules adopted in 2022.",
    "Industry groups welcomed the rollback, which they had lobbied for.",
    # a restriction dropped, a line held before
    "The council voted to drop the ban on street vendors, a restriction the mayor had defended for years.",
    "Ottawa dropped its restriction on the exports on Monday.",
    # an act that contradicts one just before it
    "The governor signed the revised bill, weeks after he vetoed a tougher version.",
    "The employers' federation, which two years ago opposed the increase, endorsed it on Friday.",
    "It is the first such step by the government, a long-standing supplier.",
    "Canada became the first G7 member to take such a step.",
    "The ruling parties settled months of wrangling over the subsidy and approved it.",
    # a held stance is not denied by a `not` before `previously`
    "The union, which had not previously backed a strike, voted for one.",
    # a denial elsewhere does not hide a shift told
    "The minister's view had not changed, but the party reversed its stance on the bill.",
])
def test_a_shift_told(text):
    assert signals_shift(text)
