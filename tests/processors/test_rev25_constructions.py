"""position-stated (pass rev25): an issue term that itself names undoing the measure (`suspend the pension reform`,
`repeal the reform`, `lift the ban on phones`). Its undoing verb, in any form (`suspending`, `the suspension of`), counts
as if it stood outside the term: backing the undoing opposes the issue. Terms whose verb is the issue's own act (a halt
issue's `suspend arms exports`) keep their reading. Each case: sentence -> the one stance expected of the holder (None:
no stance). Issues and sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

ISSUES = IssueSet(issues=(
    Issue(id="pension-age", label="Raising the pension age", proposition="The state pension age should be raised",
          terms=("pension age", "pension reform", "suspend the pension reform", "repeal the reform")),
    Issue(id="phone-ban", label="Phone ban in schools", proposition="Mobile phones should be banned in schools",
          terms=("phone ban", "ban on phones", "lift the ban on phones")),
    Issue(id="wealth-tax", label="Wealth tax", proposition="A tax on large fortunes should be introduced",
          terms=("wealth tax", "abolish the wealth tax")),
    Issue(id="tuition-fees", label="Tuition fees", proposition="Universities should charge tuition fees",
          terms=("tuition fees", "scrap tuition fees")),
    Issue(id="syria-relief", label="Lifting sanctions on Syria", proposition="Sanctions on Syria should be lifted",
          terms=("sanctions relief", "lift sanctions on Syria")),
    Issue(id="arms-halt", label="Halt arms exports", proposition="Arms exports to Israel should be suspended",
          terms=("arms exports", "suspend arms exports")),
))
PENSION, PHONES, WEALTH, ARMS = "pension-age", "phone-ban", "wealth-tax", "arms-halt"
FEES, RELIEF = "tuition-fees", "syria-relief"


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


CASES = [
    ("Lecornu called for suspending the pension reform.", "Lecornu", PENSION, "oppose"),
    ("Lecornu proposed to suspend the pension reform.", "Lecornu", PENSION, "oppose"),
    ("Lecornu proposed suspending the 2023 pension reform.", "Lecornu", PENSION, "oppose"),
    ("The Socialists demanded the suspension of the pension reform.", "Socialists", PENSION, "oppose"),
    ("Marine Le Pen has promised to repeal the reform.", "Marine Le Pen", PENSION, "oppose"),
    ("Anna Holt urged ministers to suspend the pension reform.", "Anna Holt", PENSION, "oppose"),
    ("Anna Holt said she would not suspend the pension reform.", "Anna Holt", PENSION, "support"),
    ("Anna Holt called for lifting the ban on phones.", "Anna Holt", PHONES, "oppose"),
    ("Greta Lund promised to scrap tuition fees.", "Greta Lund", FEES, "oppose"),
    ("Greta Lund said she would never scrap tuition fees.", "Greta Lund", FEES, "support"),
    ("Jonas Berg pledged to abolish the wealth tax.", "Jonas Berg", WEALTH, "oppose"),
    # `roll back` is an undoing verb; its `back` is no backing (stop 22)
    ("Jonas Berg vowed to roll back the wealth tax.", "Jonas Berg", WEALTH, "oppose"),
    ("Greta Lund promised to roll back tuition fees if elected.", "Greta Lund", FEES, "oppose"),
    ("The finance minister, Jonas Berg, rolled back the wealth tax on Monday.", "Jonas Berg", WEALTH, "oppose"),
    # near misses: the undoing verb outside any term, the measure itself, a halt issue's own verb
    ("Lecornu proposed scrapping the pension reform.", "Lecornu", PENSION, "oppose"),
    ("Macron defended the pension reform.", "Macron", PENSION, "support"),
    ("Amnesty urged Britain to suspend arms exports to Israel.", "Amnesty", ARMS, "support"),
    ("Jonas Berg said he backed the wealth tax.", "Jonas Berg", WEALTH, "support"),
    # a term whose verb is the proposition's own act enacts it
    ("Omar Haddad urged Washington to lift sanctions on Syria.", "Omar Haddad", RELIEF, "support"),
    ("Omar Haddad opposed plans to lift sanctions on Syria.", "Omar Haddad", RELIEF, "oppose"),
    # negatives: no stance at all
    ("The pension reform took effect in September.", None, PENSION, None),
    ("Lecornu spoke to reporters in Paris on Tuesday.", None, PENSION, None),
]


@pytest.mark.parametrize("text, holder, issue, stance", CASES)
def test_undoing_term(ctx, text, holder, issue, stance):
    found = {s[2] for s in stances(text, ctx) if (holder is None or holder in s[0]) and s[1] == issue}
    if stance is None:
        assert not found
    else:
        assert found == {stance}
