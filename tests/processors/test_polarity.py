"""The noun of an undoing (`the suspension of`, `the removal of`, `the abolition of`) reverses the measure it names.

A speaker who criticises the suspension of a measure is for the measure; one who welcomes its removal is against it.
User-defined issues of several shapes (a raise, a cap, an introduction, a ban); all sentences are invented.
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article, IssueSet
from wirewatch.schemas.issues import Issue

ISSUES = {
    "raise": Issue(id="pension-age", label="Pension age", proposition="The state pension age should be raised",
                   terms=("pension age", "pension reform")),
    "cap": Issue(id="fare-cap", label="Fare cap", proposition="Bus fares should be capped by law", terms=("bus fares", "fare cap")),
    "intro": Issue(id="civic-service", label="Civic service", proposition="Compulsory civic service should be introduced, reinstated or extended",
                   terms=("civic service", "compulsory service")),
    "ban": Issue(id="vape-ban", label="Vape ban", proposition="Disposable vapes should be banned", terms=("disposable vapes", "vape ban")),
}


def _stances(key: str, text: str) -> dict[str, str]:
    ctx = ExtractionContext(issues=IssueSet(issues=(ISSUES[key],)))
    art = Article(id="a", text=text, published_at="2024-05-01T00:00:00Z")
    return {e.payload["actor"]["canonical"]: e.payload["stance"] for e in positions.extract(art, ctx)}


CASES = [
    ("raise", "Germany criticised the suspension of the pension reform.", "support"),
    ("raise", "Germany welcomed the suspension of the pension reform.", "oppose"),
    ("cap", "Germany criticised the suspension of the fare cap.", "support"),
    ("cap", "Germany condemned the removal of the fare cap.", "support"),
    ("cap", "Germany welcomed the removal of the fare cap.", "oppose"),
    ("intro", "Germany criticised the suspension of compulsory civic service.", "support"),
    ("intro", "Germany opposed the abolition of compulsory civic service.", "support"),
    ("ban", "Germany condemned the lifting of the vape ban.", "support"),
    ("ban", "Germany opposed the reversal of the vape ban.", "support"),
    # unchanged shapes: the measure itself, and its undoing as a verb
    ("cap", "Germany scrapped the cap on bus fares.", "oppose"),
    ("raise", "Germany proposed suspending the pension reform.", "oppose"),
    ("raise", "Germany criticised the pension reform as a mistake.", "oppose"),
    ("ban", "Germany lifted the ban on disposable vapes.", "oppose"),
]


@pytest.mark.parametrize(("key", "text", "stance"), CASES)
def test_undoing_noun(key: str, text: str, stance: str) -> None:
    assert _stances(key, text).get("Germany") == stance


@pytest.mark.parametrize("text", [
    "Germany announced the suspension of bus services over the holiday.",  # no issue named
    "Germany issued a removal order for the protesters.",
])
def test_no_issue_no_position(text: str) -> None:
    assert _stances("cap", text) == {}
