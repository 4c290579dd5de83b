"""The evaluation sets under tests/data, and which of them are kept blind.

Blind rounds stand in for the held-out set of issue #4: only their summary figures are ever read.
Tests that need real copy for other purposes (equivalence of fast paths, say) take the development
sets, so that no test ever walks a blind round's articles.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

BLIND = frozenset({"events_round29", "events_round31", "events_round32", "events_round33", "events_round34",
                   "events_round35", "events_round37", "events_round52",
                   "events_round53"})


def development_sets() -> list[Path]:
    return [d for d in sorted(DATA.glob("events*")) if d.name not in BLIND]


def development_texts() -> list[str]:
    return [json.loads(line)["text"] for d in development_sets() for line in open(d / "articles.jsonl")]
