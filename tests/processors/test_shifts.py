"""What counts as an article telling of a shift of position (processors/shifts.py): the ground a
position-changed event must stand on."""

from __future__ import annotations

import pytest

from wirewatch.processors.shifts import signals_shift


@pytest.mark.parametrize("text", [
    "The chancellor reversed course on Wednesday and cleared the delivery of the jets.",
    "In a U-turn, the government said it would now back the levy.",
    "The party no longer opposes the scheme, its leader said.",
    "Berlin will send the tanks, ending weeks of hesitation that had strained ties with its allies.",
    "The minister, who had dismissed calls for a new tax only last month, announced one on Friday.",
    "The president lifted a restriction he had kept in place since the spring.",
    "The council dropped its opposition to the new line after the route was changed.",
    "Ottawa has softened its stance on the ban.",
    "For the first time, the union said it would support a pilot.",
    "The company said it would pull out of the scheme at the end of the year.",
    "After months of resisting the plan, the mayor endorsed it.",
    "The senator now backs the bill.",
])
def test_a_shift_told(text):
    assert signals_shift(text)


@pytest.mark.parametrize("text", [
    "Germany will send 14 Leopard 2 tanks to Ukraine, Chancellor Olaf Scholz said on Wednesday.",
    "The minister said the government would introduce the levy next year.",
    "The group remains opposed to the ban, a spokeswoman said.",
    "Biden has authorized Ukraine to use ATACMS missiles for strikes inside Russia.",
    "Lawmakers voted 212 to 180 in favour of the bill on Tuesday.",
])
def test_no_shift_told(text):
    assert not signals_shift(text)


@pytest.mark.xfail(strict=True, reason="the words are read wherever they stand: a shift of anything counts")
def test_a_shift_of_something_else_is_no_shift_of_position():
    assert not signals_shift("Traders said the shift in oil prices had reversed by the afternoon.")
