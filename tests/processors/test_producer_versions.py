"""A processor's version moves whenever its output does.

Replay and audit rely on it: two events of one producer version must mean one behaviour. Each
processor's payloads over the development sets are fingerprinted and pinned beside its version;
a change of output without a new version fails here, and so does a new version with the old
output. When a pass changes a processor on purpose: bump its minor version and put the new
version and fingerprint (the failure message prints both) in `PINNED`.
"""

from __future__ import annotations

import hashlib
import json

import orjson
import pytest

from tests.evaluation_sets import DATA, development_sets
from wirewatch.processors import ExtractionContext, aid, positions, statements
from wirewatch.schemas import Article, IssueSet

PINNED = {
    "statements": ("1.8.0", "0e54722cdd6cbe32"),
    "aid": ("1.42.0", "c7a2c29b97f8b8dc"),
    "positions": ("1.110.0", "73b9ab5aaea683cd"),
}
PROCESSORS = {"statements": statements, "aid": aid, "positions": positions}
# The development sets of stop 23, fixed: a set added later does not move the fingerprints.
SETS = ("events", "events_holdout", *(f"events_round{n}" for n in (*range(3, 29), 30, 36, 38) if n != 29))


def test_the_fixed_sets_are_development_sets() -> None:
    assert {DATA / name for name in SETS} <= set(development_sets())


def _fingerprint(processor) -> str:
    digest = hashlib.sha256()
    for directory in (DATA / name for name in SETS):
        ctx = ExtractionContext(issues=IssueSet.load(directory / "issues.yaml"))
        for line in open(directory / "articles.jsonl", encoding="utf-8"):
            article = Article.model_validate(json.loads(line))
            for event in processor.extract(article, ctx.for_article(article.text)):
                digest.update(orjson.dumps([event.event_type, event.payload], option=orjson.OPT_SORT_KEYS))
    return digest.hexdigest()[:16]


@pytest.mark.parametrize("name", sorted(PROCESSORS))
def test_output_changes_only_with_a_new_version(name: str) -> None:
    processor = PROCESSORS[name]
    found = (processor.PRODUCER.version, _fingerprint(processor))
    assert found == PINNED[name], f"{name}: output or version moved; pin {found!r} after a version bump"
