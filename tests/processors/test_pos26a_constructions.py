"""position-stated (pass pos26a): holders named in the article that got no position at all because they are neither
a quoted speaker nor the subject the stance verb follows.

- a relative clause that carries the stance after an appositive on the name (`drew criticism from X, the opposition
  leader, who has argued for years that ...`): the appositive says who X is, the relative clause what X holds;
- an organisation introduced by a description first and then its name set off by commas (`The motorists' lobby,
  Bilforbund, condemned ...`);
- an organisation the gazetteer does not know holding a refusal (`Bilforbund's refusal to accept the charge`);
- a vote with an adverb between the verb and its direction (`The Liberal Party voted largely against`).

Guards: a relative clause on the appositive's own noun (`the head of the drivers' union, which ...`), a relative clause
that says nothing on the issue, a named holder that is only the target of someone else's stance, a refusal to comment.
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
    Issue(id="phone-ban", label="Phone ban in schools", proposition="Mobile phones should be banned in schools",
          terms=("phone ban", "ban on phones", "phones in schools", "mobile phones")),
))
CHARGE, WEEK, PHONES = "congestion-charge", "four-day-week", "phone-ban"
LEAD = "Oslo will introduce a congestion charge in May. "
WEEK_LEAD = "Lisbon will trial a four-day week for council staff from March. "


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


CASES = [
    # an appositive between the name and the relative clause that holds the stance
    pytest.param(LEAD + "The mayor's plan drew criticism from Donald Tusk, the former prime minister, who has argued for years "
                 "that the charge should be scrapped.", "Donald Tusk", CHARGE, "oppose"),
    pytest.param(WEEK_LEAD + "Union leaders met Giorgia Meloni, the opposition leader, who has long called for a "
                 "shorter working week.", "Giorgia Meloni", WEEK, "support"),
    pytest.param("The ministry met Keir Starmer, the Labour leader, who has pushed for a ban on phones in schools since 2022.",
                 "Keir Starmer", PHONES, "support"),
    pytest.param(LEAD + "Ministers consulted the Green Party, the junior coalition partner, which has campaigned for the "
                 "congestion charge for a decade.", "Green Party", CHARGE, "support"),
    # (already read: the subject with an appositive and a relative clause, the relative clause right after the name)
    (LEAD + "Donald Tusk, the former prime minister, who has long opposed the charge, was not consulted.", "Donald Tusk", CHARGE, "oppose"),
    (LEAD + "The vote was welcomed by Giorgia Meloni, who has long opposed the congestion charge.", "Giorgia Meloni", CHARGE, "oppose"),
    # an organisation described first, its name set off by commas
    pytest.param(LEAD + "The motorists' lobby, Bilforbund, condemned the congestion charge.", "Bilforbund", CHARGE, "oppose"),
    pytest.param(WEEK_LEAD + "The opposition Greens, Verdes, backed the four-day week.", "Verdes", WEEK, "support"),
    pytest.param("The country's largest teachers' union, Sindikat, urged ministers to ban mobile phones in schools.",
                 "Sindikat", PHONES, "support"),
    # (already read: the name first, then the description)
    (LEAD + "Bilforbund, a motorists' lobby, condemned the congestion charge.", "Bilforbund", CHARGE, "oppose"),
    # an unknown organisation's refusal
    pytest.param("The Automobile Association's refusal to accept the congestion charge angered the mayor.",
                 "Automobile Association", CHARGE, "oppose"),
    pytest.param("Edutech Alliance's refusal to back a ban on phones in schools surprised parents.",
                 "Edutech Alliance", PHONES, "oppose"),
    # a vote with an adverb of how the holder's members voted, on the measure named or on the bill before
    ("The Liberal Party voted unanimously against the congestion charge.", "Liberal Party", CHARGE, "oppose"),
    ("The Greens voted overwhelmingly for a four-day week.", "Greens", WEEK, "support"),
    ("The city council passed a bill creating a congestion charge on Monday. The Liberal Party voted largely against.",
     "Liberal Party", CHARGE, "oppose"),
    ("The city council passed a bill creating a congestion charge on Monday. The Liberal Party voted overwhelmingly in favour.",
     "Liberal Party", CHARGE, "support"),
    # (a vote on something else after the adverb is no vote on the issue)
    ("The city council passed a bill creating a congestion charge on Monday. The Liberal Party voted largely along party lines "
     "on a separate housing motion.", "Liberal Party", CHARGE, None),
    # guards: a relative clause on the appositive's own noun, or one that says nothing on the issue
    (LEAD + "Donald Tusk met Ida Lund, the head of the drivers' union, which has long opposed the congestion charge.",
     "Ida Lund", CHARGE, None),
    (LEAD + "The plan was discussed with Donald Tusk, the former prime minister, who visited the city on Monday.",
     "Donald Tusk", CHARGE, None),
    # the name in commas after a description is the target of another's stance, not its owner
    (LEAD + "The mayor thanked the motorists' lobby, Bilforbund, for its advice.", "Bilforbund", CHARGE, None),
    (LEAD + "Donald Tusk criticised the motorists' lobby, Bilforbund, which he said had no plan of its own.", "Bilforbund", CHARGE, None),
    # a refusal to comment is no stance
    ("The Automobile Association's refusal to comment on the congestion charge angered the mayor.",
     "Automobile Association", CHARGE, None),
    ("Poland's refusal to comment on the congestion charge angered the mayor.", "Poland", CHARGE, None),
    # a holder merely mentioned
    (LEAD + "The motorists' lobby, Bilforbund, has 40,000 members.", "Bilforbund", CHARGE, None),
]


@pytest.mark.parametrize("text, holder, issue, stance", CASES)
def test_holder_shapes(ctx, text, holder, issue, stance):
    found = {s[2] for s in stances(text, ctx) if holder in s[0] and s[1] == issue}
    if stance is None:
        assert not found
    else:
        assert found == {stance}
