"""position-stated (pass pos26c): three shapes that gave the wrong stance.

1. Removing the restricted item itself from a place (`wants microbeads removed from cosmetics`, `urged shops to pull
   flavoured vapes from their shelves`, `taken off the shelves`) enacts a ban or restriction on it; only removing the
   ban itself (`wants the vape ban removed`) undoes it.
2. A holder's non-restrictive relative clause that names nothing of the issue (`The Liberal Party, which voted against
   the bill, wants a moratorium on fracking`) gives way to the holder's own predicate that does name it.
3. Stopping someone from evading a measure enforces it (`a clause that would stop firms from evading the arms embargo`):
   the two negatives make one keeping (all three read as `oppose` at positions 1.49.0).

Each case: sentence -> the one stance expected of the holder (None: no stance). Issues and sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

ISSUES = IssueSet(issues=(
    Issue(id="vape-ban", label="Banning flavoured vapes", proposition="Flavoured vapes should be banned",
          terms=("vapes", "e-cigarettes", "vaping ban", "vape ban")),
    Issue(id="microbead-curbs", label="Curbs on microbeads", proposition="Plastic microbeads should be restricted or banned",
          terms=("microbeads", "microplastics")),
    Issue(id="fracking-moratorium", label="A moratorium on fracking",
          proposition="A moratorium or ban on fracking should be adopted", terms=("fracking", "moratorium", "shale gas")),
    Issue(id="congestion-charge", label="Congestion charge", proposition="Cities should introduce congestion charges",
          terms=("congestion charge", "road pricing")),
    Issue(id="arms-embargo-myanmar", label="Arms embargo on Myanmar", proposition="An arms embargo on Myanmar should be imposed",
          terms=("arms embargo", "weapons sales to Myanmar")),
))
VAPES, BEADS, FRACKING, CHARGE = "vape-ban", "microbead-curbs", "fracking-moratorium", "congestion-charge"
ARMS = "arms-embargo-myanmar"


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


CASES = [
    # 1. the restricted item removed from a place
    ("Health Minister Ana Ruiz said e-cigarettes should be removed from shops.", "Ana Ruiz", VAPES, "support"),
    ("Health Minister Ana Ruiz called for e-cigarettes to be removed from shops.", "Ana Ruiz", VAPES, "support"),
    ("Senator Carl Ross urged supermarkets to pull flavoured vapes from their shelves.", "Carl Ross", VAPES, "support"),
    ("Senator Carl Ross wants flavoured vapes taken off the shelves.", "Carl Ross", VAPES, "support"),
    ("Health Minister Ana Ruiz said she wanted flavoured vapes removed from corner shops as soon as possible.",
     "Ana Ruiz", VAPES, "support"),
    ("Environment Minister Lars Berg wants microbeads removed from cosmetics.", "Lars Berg", BEADS, "support"),
    ("Lars Berg urged the regulator to remove microplastics from baby products.", "Lars Berg", BEADS, "support"),
    # guards: already right, or the ban itself undone
    ("Health Minister Ana Ruiz urged retailers to remove e-cigarettes from their shelves.", "Ana Ruiz", VAPES, "support"),
    ("Environment Minister Lars Berg urged manufacturers to take microplastics out of shower gels.", "Lars Berg", BEADS, "support"),
    ("Mayor Jane Doe wants the vape ban removed.", "Jane Doe", VAPES, "oppose"),
    ("Mayor Jane Doe called for the vaping ban to be lifted.", "Jane Doe", VAPES, "oppose"),
    ("Mayor Jane Doe wants the vape ban removed from the statute book.", "Jane Doe", VAPES, "oppose"),
    ("Senator Carl Ross refused to back the vape ban.", "Carl Ross", VAPES, "oppose"),
    ("The shop removed its sign from the window on Monday.", None, VAPES, None),
    ("Lars Berg wants the curbs on microbeads taken out of the bill.", "Lars Berg", BEADS, "oppose"),
    ("Britain shelves the vape ban, the minister said.", "United Kingdom", VAPES, "oppose"),
    # 2. a relative clause on the holder that names nothing of the issue
    ("The Liberal Party, which voted against the bill, wants Britain to back a moratorium on fracking.", "Liberal Party",
     FRACKING, "support"),
    ("The Liberal Party, which voted against, wants a moratorium on fracking.", "Liberal Party", FRACKING, "support"),
    ("The Liberal Party, which opposed the budget, called for a moratorium on fracking.", "Liberal Party", FRACKING, "support"),
    ("The Farmers Union, which backed the budget, rejected a congestion charge.", "Farmers Union", CHARGE, "oppose"),
    # guards: the relative clause names the issue, or the holder's predicate names nothing
    ("The Liberal Party, which opposes a moratorium on fracking, said the vote was close.", "Liberal Party", FRACKING, "oppose"),
    ("The Liberal Party, which has long opposed a congestion charge, said on Monday it would abstain.", "Liberal Party", CHARGE,
     "oppose"),
    ("The Liberal Party, which voted against the congestion charge, now backs it.", "Liberal Party", CHARGE, "support"),
    ("The Liberal Party, which voted against the bill, held a meeting on Monday.", None, FRACKING, None),
    ("The Farmers Union, which represents 40,000 growers, rejected a congestion charge.", "Farmers Union", CHARGE, "oppose"),
    # 3. stopping the evasion of a measure
    ("Italy dropped its reservations over a clause that would stop firms from evading the arms embargo.", "Italy", ARMS, "support"),
    ("Italy wants to block traders from circumventing the arms embargo.", "Italy", ARMS, "support"),
    ("The arms embargo was agreed after Italy dropped its reservations over a clause requiring member states to stop firms "
     "abroad from evading the measures.", "Italy", ARMS, "support"),
    # guards: the measure itself stopped or blocked, or a plan against evasion blocked
    ("Hungary blocked a plan to stop firms from evading the arms embargo.", "Hungary", ARMS, "oppose"),
    ("Italy blocked the arms embargo.", "Italy", ARMS, "oppose"),
    ("Italy wants to stop the arms embargo.", "Italy", ARMS, "oppose"),
]


@pytest.mark.parametrize("text, holder, issue, stance", CASES)
def test_pos26c(ctx, text, holder, issue, stance):
    found = {s[2] for s in stances(text, ctx) if (holder is None or holder in s[0]) and s[1] == issue}
    if stance is None:
        assert not found
    else:
        assert found == {stance}
