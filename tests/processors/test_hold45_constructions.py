"""A government's ministry as the holder, named by its capital or its country's demonym (positions 1.72.0, pass hold45).

Invented wire copy on issues of our own (a dam on a shared river, a cut to a cod quota). The classes of the pass:

- a ministry named by the capital it sits in (`The foreign ministry in Hanoi called the dam project ...`, `Hours later,
  the defence ministry in Canberra said ...`): the country the capital stands for holds the stance, as `the government
  in Berlin` already did;
- a ministry named by its country's demonym (`The Chinese defence ministry rejected ...`, `The Norwegian fisheries
  ministry said ...`): the country holds the stance, as `Chinese officials` already did.

Guards: a ministry as a place (`protesters outside the foreign ministry in Hanoi`, `officials at the trade ministry in
Canberra`, `told the Thai foreign ministry that he ...`, `who visited the foreign ministry in Hanoi`) gives the country
nothing; an embassy in a capital is another country's (`The embassy in Hanoi` gives Vietnam nothing) and an embassy named by
its demonym is left out (`protesters outside the Chinese embassy`).
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="dam-project", label="The Mekong dam", proposition="The dam on the shared river should be built",
          terms=("dam project", "the dam")),
    Issue(id="fishing-quota", label="Cutting the cod quota", proposition="The cod quota should be cut",
          terms=("cod quota", "quota cut")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"

CASES = [
    # a ministry named by its capital
    ("The foreign ministry in Hanoi called the dam project \"a reckless gamble.\"", {("Vietnam", "dam-project", O)}),
    ("The Foreign Ministry in Beijing said it opposed the dam project.", {("China", "dam-project", O)}),
    ("The foreign ministry in Oslo welcomed the quota cut.", {("Norway", "fishing-quota", S)}),
    ("The defence ministry in Canberra said it supported the quota cut.", {("Australia", "fishing-quota", S)}),
    ("Hours later, the foreign ministry in Hanoi denounced the dam project.", {("Vietnam", "dam-project", O)}),
    ("Fishermen rallied, and the fisheries ministry in Oslo said it backed the quota cut.", {("Norway", "fishing-quota", S)}),
    ("The ministry in Hanoi welcomed the dam project.", {("Vietnam", "dam-project", S)}),
    # a ministry named by its country's demonym
    ("The Chinese defence ministry rejected the dam project.", {("China", "dam-project", O)}),
    ("The Norwegian fisheries ministry said it backed the quota cut.", {("Norway", "fishing-quota", S)}),
    ("The Norwegian foreign ministry and fishermen welcomed the quota cut.", {("Norway", "fishing-quota", S)}),
    # guards: the ministry as a place, an embassy
    ("Protesters outside the foreign ministry in Hanoi denounced the dam project.", set()),
    ("Officials at the trade ministry in Canberra said they opposed the quota cut.", set()),
    ("Lars Eide, who visited the foreign ministry in Hanoi last week, welcomed the dam project.", {("Lars Eide", "dam-project", S)}),
    ("Protesters outside the Chinese foreign ministry denounced the dam project.", set()),
    ("Lars Eide told the Thai foreign ministry that he welcomed the dam project.", {("Lars Eide", "dam-project", S)}),
    ("The embassy in Hanoi welcomed the dam project.", set()),
    ("Protesters outside the Chinese embassy denounced the dam project.", set()),
    ("The US embassy in Hanoi welcomed the dam project.", {("United States", "dam-project", S)}),
    # not fixed
    pytest.param("The Vietnamese foreign ministry called the dam project \"a reckless gamble.\"", {("Vietnam", "dam-project", O)},
                 marks=xf("`Vietnamese` is no demonym the gazetteer knows")),
    pytest.param("The country's top diplomat, Lars Eide, welcomed the quota cut.", {("Lars Eide", "fishing-quota", S)},
                 marks=xf("a person named after `the country's <role>,` is not yet a holder")),
    pytest.param("Norway's richest man, Lars Eide, opposed the quota cut.", {("Lars Eide", "fishing-quota", O)},
                 marks=xf("a person named after a description with no head role is not yet a holder")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hold45_constructions(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(text, _CTX) == expected
