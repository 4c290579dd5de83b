"""position constructions (pass polar, positions 1.81.0): stances read with the wrong polarity, in general form. Wire copy
written for these tests, on issues of our own (a bag levy, a sugar tax, a ban on diesel vans); none copied from an
evaluation set. The classes of the pass:

- a verdict noun followed by a relative clause that asks for the judged thing's undoing (`was "a mistake" that should be
  reversed`): the relative clause says the verdict again, it does not undo the verdict (against the measure);
- a measure asked to be taken back in the passive (`called for the levy to be withdrawn`, `should be revoked`): an undoing;
- a request or a modal whose own object is something else, followed by a second speech act that names the
  issue (`urged members to boycott the hearing and said the levy would hurt ...`, `argued the focus should be on
  recycling, and warned that the levy would hurt ...`): the second act's cues place the stance when they give the other
  polarity (a verdict on something else first, `welcomed the talks and said ...`, is left: xfail);
- a holder's own rejection in reported speech (`said it rejected the bill`) is a stance, not an act that a later
  `welcomed the step` / `the decision` could name (so the later reaction keeps its own polarity);
- on a halt issue, the halted activity named only in a second speech act after a verdict (`called the deal a step
  forward and said electric vans would be cheaper than diesel vans`) is not the verdict's object.

Guards, each a near sentence that must keep its stance (or its flip): a verdict and a relative clause that backs the
measure; `to be introduced`; a request that names the issue itself before `and said`; a chamber's own rejection (an act)
before `welcomed the decision`; the activity as the object of the verb itself.
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import assert_stance_not_flipped, stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="bag-levy", label="Plastic bag levy", proposition="A levy should be charged on plastic bags",
          terms=("bag levy", "levy on plastic bags")),
    Issue(id="sugar-tax", label="Sugar tax", proposition="A tax should be charged on sugary drinks", terms=("sugar tax",)),
    Issue(id="van-ban", label="Diesel van ban", proposition="The city should end sales of new diesel vans from 2030",
          terms=("diesel van ban", "van ban", "diesel vans", "electric vans", "combustion engine", "phase-out")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"
BAG, SUGAR, VANS = "bag-levy", "sugar-tax", "van-ban"

STATED = [
    # ---- a verdict and the undoing its relative clause asks for: one verdict
    ('Italy said the bag levy was "a mistake" that should be reversed.', ("Italy", BAG, O)),
    ("Italy said the bag levy would be a mistake that must be scrapped.", ("Italy", BAG, O)),
    ("Portugal called the sugar tax a blunder which should now be repealed.", ("Portugal", SUGAR, O)),
    # ---- a measure asked to be taken back, in the passive
    ("Poland repeated its call for the bag levy to be withdrawn.", ("Poland", BAG, O)),
    ("Portugal said the sugar tax should be revoked.", ("Portugal", SUGAR, O)),
    # guard: a measure asked to be brought in
    ("Poland repeated its call for the bag levy to be introduced.", ("Poland", BAG, S)),
    # ---- a request on something else, then the issue in a second speech act
    ("Poland urged members to boycott the hearing and said the sugar tax would hurt poor families.", ("Poland", SUGAR, O)),
    ("Portugal urged ministers to skip the meeting and said the bag levy would cost jobs.", ("Portugal", BAG, O)),
    ("Poland argued the focus should be on recycling, and warned that the bag levy would hurt small shops.", ("Poland", BAG, O)),
    # a verdict on something else before the second act: left as it is (tried: it cost an unseen round one event)
    pytest.param("Poland welcomed the talks and said the bag levy would hurt small shops.", ("Poland", BAG, O),
                 marks=xf("a verdict on another object before `and said` still gives the sentence its polarity")),
    pytest.param("Poland criticised the talks and said the bag levy would cut litter.", ("Poland", BAG, S),
                 marks=xf("a verdict on another object before `and said` still gives the sentence its polarity")),
    # guards: the request names the issue itself; a verdict on the act that named it (`the decision`)
    ("Poland urged members to back the sugar tax and said it would cut obesity.", ("Poland", SUGAR, S)),
    ("The council approved the bag levy. Poland welcomed the decision and said the levy would cut litter.", ("Poland", BAG, S)),
    ("The council scrapped the bag levy. Poland welcomed the decision and said the levy had hurt small shops.", ("Poland", BAG, O)),
    # ---- the activity in a second speech act is not the verdict's object
    ('Poland called the deal "a huge step forward" and said electric vans would soon be cheaper than diesel vans.', ("Poland", VANS, S)),
    # guards: the activity as the verb's own object, and the ban itself backed
    ("Poland said it would keep selling diesel vans.", ("Poland", VANS, O)),
    ("Poland backed the diesel van ban and said diesel vans were a health risk.", ("Poland", VANS, S)),
]


@pytest.mark.parametrize("text,expected", STATED)
def test_stated(text: str, expected: tuple[str, str, str]) -> None:
    assert_stance_not_flipped(text, _CTX, expected)


REACTIONS = [
    # a holder's own rejection in reported speech is no act: the later reaction is on the approval
    ("The council approved the bag levy on Monday. Poland said it rejected the bill. Spain welcomed the step.", ("Spain", BAG, S)),
    ("The council approved the bag levy on Monday. Poland said it rejected the levy. Spain welcomed the decision.", ("Spain", BAG, S)),
    # guards: a chamber's rejection is an act the reaction names
    ("The council approved the bag levy on Monday. The Senate rejected the bill. Spain welcomed the decision.", ("Spain", BAG, O)),
    ("The council approved the bag levy on Monday. The Senate rejected the bag levy. Spain criticised the decision.", ("Spain", BAG, S)),
]


@pytest.mark.parametrize("text,expected", REACTIONS)
def test_reaction(text: str, expected: tuple[str, str, str]) -> None:
    found = stances(text, _CTX)
    assert expected in found, found
