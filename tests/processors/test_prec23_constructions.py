"""Spurious holders that are the right holder named the wrong way (positions 1.45.0, pass prec23).

Invented wire sentences on an issue of our own. The classes of the pass:

- an agency head's title before the name is no part of it (`Fisheries Administrator Karen Holt` -> Karen Holt);
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article, Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="trawling-ban", label="A ban on bottom trawling", proposition="Bottom trawling should be banned",
          terms=("bottom trawling", "trawling ban")),
))
_CTX = ExtractionContext(issues=_ISSUES)


def _stances(text: str) -> set[tuple[str, str]]:
    article = Article(id="t", title="t", source="test", published_at="2025-03-01T00:00:00Z", language="en", text=text)
    return {(e.payload["actor"]["canonical"], e.payload["stance"]) for e in positions.extract(article, _CTX)}


def test_version() -> None:
    assert positions.PRODUCER.version == "1.45.0"


# ---- an agency head's title

@pytest.mark.parametrize("text, expected", [
    ("Fisheries Administrator Karen Holt said the trawling ban would protect nesting grounds.", {("Karen Holt", "support")}),
    ("Ocean Agency Administrator Tomas Ferreira has said the trawling ban will protect the reefs off the coast.",
     {("Tomas Ferreira", "support")}),
    ("Coast Guard Administrator Priya Natarajan opposed the trawling ban at a hearing on Wednesday.",
     {("Priya Natarajan", "oppose")}),
])
def test_administrator_title_is_no_part_of_the_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(text) == expected
