"""Holders in absolute `with` clauses and in `with the backing of` (positions 1.87.0, pass poswith).

Invented copy on an invented issue (a levy on e-bikes). Constructions:

- an absolute `with A, B and C voting in favour/against` after the act on the measure: each named member of the list
  (whatever its length, with titles or determiners before an item) holds the stance of the vote;
- `with the backing/support of A and its coalition partner B`: a name whose alias holds `the` and a descriptor before
  it (`the ruling ...`), and a last member named as the first's partner.

Guards: unnamed counts (`with 56 MPs voting against`), partners of talks (`discussed ... with A and B, saying`), a
co-giver of something else (`along with A and B, backing more aid`).
"""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="bike-tax", label="A levy on e-bikes", proposition="A levy should be imposed on electric bicycles",
          terms=("e-bike levy", "levy on e-bikes")),
))
_CTX = ExtractionContext(issues=_ISSUES)
S, O = "support", "oppose"

CASES = [
    ("Finance ministers adopted the e-bike levy on Monday, with Austria and Portugal voting in favour.",
     {("Austria", "bike-tax", S), ("Portugal", "bike-tax", S)}),
    ("Finance ministers adopted the e-bike levy, with Austria, Belgium and Portugal voting in favour.",
     {("Austria", "bike-tax", S), ("Belgium", "bike-tax", S), ("Portugal", "bike-tax", S)}),
    ("The upper house passed the e-bike levy by 41 votes to 12, with Labour, the Pirates, independent senator Mara Quist "
     "and the Liberal Democratic Party voting in favour.",
     {("Labour Party", "bike-tax", S), ("Mara Quist", "bike-tax", S), ("Liberal Democratic Party", "bike-tax", S)}),
    ("The upper house passed the e-bike levy, with Labour and the Liberal Democratic Party voting against it.",
     {("Labour Party", "bike-tax", O), ("Liberal Democratic Party", "bike-tax", O)}),
    ("The upper house approved the e-bike levy with the backing of the Labour Party.", {("Labour Party", "bike-tax", S)}),
    ("Lawmakers cleared the e-bike levy on Tuesday. The law, passed by the upper house with the backing of the ruling "
     "Liberal Democratic Party and its coalition partner Komeito, takes effect in May.",
     {("Liberal Democratic Party", "bike-tax", S), ("Komeito", "bike-tax", S)}),
    # guards
    ("The upper house passed the e-bike levy on Tuesday, with 56 MPs voting against it.", set()),
    ("The minister discussed the e-bike levy with Austria and Portugal, saying it would pass.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_poswith_constructions(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(text, _CTX) == expected


def test_co_giver_is_no_holder() -> None:
    found = stances("Norway raised its grants along with Austria and Portugal, backing more aid, as the e-bike levy stalled.", _CTX)
    assert not {a for a, _, _ in found} & {"Austria", "Portugal"}
