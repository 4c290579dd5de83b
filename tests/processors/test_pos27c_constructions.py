"""position-stated (pass pos27c): a stance on the issue's explicit opposite.

When the issue's own proposition names a compulsion (`should be made compulsory`, `a mandatory ...`) or an employee
status (`should be classified as employees`), wanting the thing kept, left or made the opposite (`keep civic service
voluntary`, `voting should remain optional`, `wanted to stay self-employed`, `remain independent contractors`) is a
stance against the issue: the cue's sign turns. Guards: the proposition's own side (`make it compulsory`), an opposite
word outside the wanted state (`backed compulsory voting, saying voluntary voting had failed`), issues that name no
opposite, and sentences with no stance.

Each case: sentence -> the one stance expected of the holder (None: no stance). Issues and sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

ISSUES = IssueSet(issues=(
    Issue(id="compulsory-voting", label="Compulsory voting", proposition="Voting in national elections should be made compulsory",
          terms=("compulsory voting", "mandatory voting", "voting", "turnout")),
    Issue(id="civic-service", label="Mandatory civic service",
          proposition="A mandatory civic service for school-leavers should be introduced",
          terms=("civic service", "national service", "service year")),
    Issue(id="cleaner-employee-status", label="Employee status for platform cleaners",
          proposition="Cleaners hired through apps should be classified as employees",
          terms=("platform cleaners", "app cleaners", "employee status", "independent contractors", "self-employed", "freelancers")),
    Issue(id="school-uniforms", label="School uniforms", proposition="State schools should require uniforms",
          terms=("school uniforms", "uniform rule")),
))
VOTING, SERVICE, CLEANERS, UNIFORMS = "compulsory-voting", "civic-service", "cleaner-employee-status", "school-uniforms"


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


CASES = [
    # the opposite kept or wanted
    ("The National Youth Council urged ministers to keep civic service voluntary.", "National Youth Council",
                 SERVICE, "oppose"),
    ("The Liberal Youth said voting should remain optional.", "Liberal Youth", VOTING, "oppose"),
    ("Senator Maria Vidal wants voting to stay voluntary.", "Maria Vidal", VOTING, "oppose"),
    ("Senator Maria Vidal said turnout should be voluntary, not forced.", "Maria Vidal", VOTING, "oppose"),
    ("CleanNow, a home-cleaning app, said most of its cleaners wanted to stay self-employed.", "CleanNow",
                 CLEANERS, "oppose"),
    ("CleanNow said its platform cleaners wanted to remain independent contractors.", "CleanNow", CLEANERS,
                 "oppose"),
    ("Brightly insisted that app cleaners should keep working as freelancers.", "Brightly", CLEANERS, "oppose"),
    # the opposite rejected: two turns
    ("Senator Maria Vidal opposed plans to keep voting voluntary.", "Maria Vidal", VOTING, "support"),
    # guards: the proposition's own side
    ("The National Youth Council urged ministers to make civic service compulsory.", "National Youth Council", SERVICE,
     "support"),
    ("Senator Maria Vidal wants voting to be compulsory.", "Maria Vidal", VOTING, "support"),
    ("Senator Maria Vidal backed compulsory voting, saying voluntary voting had failed.", "Maria Vidal", VOTING, "support"),
    ("The Cleaners' Union wants platform cleaners to be treated as employees.", "Cleaners' Union", CLEANERS, "support"),
    ("Senator Maria Vidal opposed compulsory voting.", "Maria Vidal", VOTING, "oppose"),
    ("CleanNow opposed employee status for app cleaners.", "CleanNow", CLEANERS, "oppose"),
    # guards: an issue that names no opposite keeps its reading
    ("Headteacher Paul Innes wants the uniform rule to stay.", "Paul Innes", UNIFORMS, "support"),
    # guards: no stance
    ("Voting in the region has always been voluntary.", None, VOTING, None),
    ("Many freelancers work for several apps at once.", None, CLEANERS, None),
]


@pytest.mark.parametrize("text, holder, issue, stance", CASES)
def test_pos27c(ctx, text, holder, issue, stance):
    found = {s[2] for s in stances(text, ctx) if (holder is None or holder in s[0]) and s[1] == issue}
    if stance is None:
        assert not found
    else:
        assert found == {stance}
