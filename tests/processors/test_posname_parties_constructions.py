"""Pass posname (stop 31): parties the copy names by their members or by an acronym, not by the name the gazetteer files
them under (test_posname_constructions.py is an earlier pass of the same name, positions 1.89.0).

- a bare `Christian Democrats` (also `His Christian Democrats`) in German copy is the CDU; elsewhere it stays the bare
  name (several countries have such a party);
- `NDP` is Canada's New Democratic Party;
- guards: the bare plural in copy about another country, a Colombian `Conservative Party`, Canada's `Tories`.

All sentences are invented for this file (none copied from an evaluation set).
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext
from wirewatch.schemas import IssueSet
from tests.position_tuples import holders, stances

ISSUES = IssueSet.model_validate({"issues": [
    {"id": "harbour-toll", "label": "Harbour toll", "proposition": "A harbour toll should be introduced",
     "terms": ["harbour toll"]},
]})
CTX = ExtractionContext(issues=ISSUES)


@pytest.mark.parametrize("text, expected", [
    ("BERLIN (Reuters) - Germany's opposition Christian Democrats said they rejected the harbour toll.",
     ("Christian Democratic Union", "harbour-toll", "oppose")),
    ("BERLIN (dpa) - Opposition leader Klaus Brenner spoke in Hamburg on Monday. His Christian Democrats said they "
     "backed the harbour toll.", ("Christian Democratic Union", "harbour-toll", "support")),
    ("OTTAWA (Reuters) - The NDP said it supported the harbour toll.", ("New Democratic Party", "harbour-toll", "support")),
])
def test_party_named_otherwise(text, expected):
    assert expected in stances(text, CTX)


@pytest.mark.parametrize("text, absent", [
    # the bare plural outside German copy is no German party
    ("OTTAWA (Reuters) - The Christian Democrats said they opposed the harbour toll.", "Christian Democratic Union"),
    ("ROME (Reuters) - Italy's Christian Democrats said they opposed the harbour toll.", "Christian Democratic Union"),
    # Colombia's Conservative Party keeps its own name; Canada's Tories are no British party
    ("BOGOTA (Reuters) - The Conservative Party said it opposed the harbour toll.", "Conservative Party"),
    ("OTTAWA (Reuters) - The Tories said they opposed the harbour toll.", "Conservative Party"),
])
def test_party_not_claimed_elsewhere(text, absent):
    assert absent not in holders(stances(text, CTX))
