"""position-stated (pass pos27a): holders named in the article whose stance is a verdict or an effect passed on the
measure named again by a word that points back to it, where that word was not read as pointing back:

- a plural anaphor (`said the changes would push up prices`, `said the plans would hurt small shops`), read like its
  singular (`the change`, `the plan`) and like `the rules` and `the measures`, which already were;
- a verdict of harm predicated of the measure (`said the decision was "very detrimental"`, `was detrimental to`), read
  like `damaging` (which itself was only read where the check on the verdict saw the quote or stop after it).

Guards: the plural on something else (`the changes to the bus timetable`, `the plans for a new stadium`, `a review of
the changes`), no issue in
the text at all, the adjective on something else (`the detrimental effects of smoking`).
Each case: text -> the one stance expected of the holder (None: no stance). Issues and sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

ISSUES = IssueSet(issues=(
    Issue(id="congestion-charge", label="A congestion charge",
          proposition="Cities should charge drivers a congestion charge to enter the centre",
          terms=("congestion charge", "congestion pricing", "road toll", "driving charge")),
    Issue(id="four-day-week", label="A four-day working week",
          proposition="Working time should be cut to a four-day working week without loss of pay",
          terms=("four-day week", "four-day working week", "32-hour week", "shorter working week")),
))
CHARGE, WEEK = "congestion-charge", "four-day-week"
LEAD = "Oslo will introduce a congestion charge in May. "
WEEK_LEAD = "Lisbon will trial a four-day week for council staff from March. "


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


CASES = [
    # a plural anaphor for the measure, with an effect predicted of it
    pytest.param(LEAD + "Lena Berg, a shopkeepers' spokeswoman, said the changes would push up prices.",
                 "Lena Berg", CHARGE, "oppose"),
    pytest.param(LEAD + "The Liberal Party said the changes would save lives.", "Liberal Party", CHARGE, "support"),
    pytest.param(WEEK_LEAD + "The Chamber of Commerce said the plans would hurt small firms.", "Chamber of Commerce", WEEK,
                 "oppose"),
    pytest.param("The mayor announced plans for a congestion charge on Monday. Tomas Varga, a shop owner, said the plans "
                 "would drive customers away.", "Tomas Varga", CHARGE, "oppose"),
    # (already read: the singular, and the plurals `rules` and `measures`)
    (LEAD + "Lena Berg, a shopkeepers' spokeswoman, said the change would push up prices.", "Lena Berg", CHARGE, "oppose"),
    (LEAD + "Lena Berg, a shopkeepers' spokeswoman, said the rules would push up prices.", "Lena Berg", CHARGE, "oppose"),
    (LEAD + "The Liberal Party said the measures would save lives.", "Liberal Party", CHARGE, "support"),
    # a verdict of harm predicated of the measure
    pytest.param(LEAD + "Lena Berg said the decision was \"very detrimental\".", "Lena Berg", CHARGE, "oppose"),
    pytest.param(WEEK_LEAD + "The Chamber of Commerce said the trial was detrimental to small firms.", "Chamber of Commerce",
                 WEEK, "oppose"),
    pytest.param(LEAD + "Lena Berg said the charge would be deeply detrimental for the city's shops.", "Lena Berg", CHARGE,
                 "oppose"),
    # `damaging` was a verdict, but only before a quote or a stop the check on the cue alone never saw
    pytest.param(LEAD + "Lena Berg said the decision was \"very damaging\".", "Lena Berg", CHARGE, "oppose"),
    # guards: the plural names something else
    (LEAD + "Lena Berg said the changes to the bus timetable would push up prices.", "Lena Berg", CHARGE, None),
    (LEAD + "Lena Berg said the plans for a new stadium would push up prices.", "Lena Berg", CHARGE, None),
    # the plural held by a noun before it: the review is what is backed, not the measure
    (LEAD + "The Cyclists' Federation said it welcomed a review of the changes.", "Cyclists' Federation", CHARGE, None),
    (WEEK_LEAD + "The Chamber of Commerce said it supported an audit of the plans.", "Chamber of Commerce", WEEK, None),
    # no issue in the text at all
    ("Lena Berg said the changes would push up prices.", "Lena Berg", CHARGE, None),
    # the adjective on something else
    (LEAD + "Lena Berg said the detrimental effects of traffic on health were well known.", "Lena Berg", CHARGE, None),
]


@pytest.mark.parametrize("text, holder, issue, stance", CASES)
def test_anaphor_verdicts(ctx, text, holder, issue, stance):
    found = {s[2] for s in stances(text, ctx) if holder in s[0] and s[1] == issue}
    if stance is None:
        assert not found
    else:
        assert found == {stance}
