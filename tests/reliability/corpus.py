"""Real news texts for the reliability tests, and the views an uninterrupted run must build.

The PolNeAR texts (../shared/eval/polnear/{train,dev}/text, 924 articles) are read at test
time, never copied into the repository. A corpus larger than that cycles through the texts
under new ids and later publication times.

Position changes depend on the order in which one actor's stances on one issue arrive (a
late report never changes a newer stance), and Kafka orders only within a partition. The
articles of the corpus that state a position are therefore given ids that hash to one
`articles` partition, so their stances reach the tracker in publication order in every run,
and the expected views are exact rather than one of several valid outcomes.
"""

from __future__ import annotations

import concurrent.futures
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from aiokafka.partitioner import DefaultPartitioner

from tests.conftest import SHARED
from wirewatch.processors import ExtractionContext, extract_all, positions
from wirewatch.schemas import Article
from wirewatch.sinks import ViewStore

POLNEAR = SHARED / "eval" / "polnear"
START = datetime(2016, 1, 1, tzinfo=timezone.utc)


def polnear_texts() -> list[tuple[str, str]]:
    """(name, text) of every PolNeAR text; skips when ../shared is absent, fails under CI."""
    paths = sorted((POLNEAR / "train" / "text").glob("*.txt")) + sorted((POLNEAR / "dev" / "text").glob("*.txt"))
    if not paths:
        reason = f"the PolNeAR texts are not at {POLNEAR} (../shared is absent)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def partition_of(key: str, partitions: int) -> int:
    """The partition the Kafka producers' default partitioner (murmur2) gives a key."""
    all_partitions = list(range(partitions))
    return DefaultPartitioner()(key.encode(), all_partitions, all_partitions)


def corpus(n: int, ctx: ExtractionContext, partitions: int = 4) -> list[Article]:
    """`n` articles in publication order; those that state a position share partition 0."""
    texts = polnear_texts()
    stating = _stating(ctx, texts)
    articles = []
    for i in range(n):
        name, text = texts[i % len(texts)]
        article_id = f"polnear-{i:05d}-{name[:40]}"
        if name in stating:
            suffix = 0
            while partition_of(f"{article_id}-{suffix}", partitions) != 0:
                suffix += 1
            article_id = f"{article_id}-{suffix}"
        published = (START + timedelta(minutes=i)).isoformat()
        articles.append(Article(id=article_id, text=text, published_at=published, source="polnear"))
    return articles


_STATING: dict[int, set[str]] = {}


def _stating(ctx: ExtractionContext, texts: list[tuple[str, str]]) -> set[str]:
    """Names of the texts that state a position (computed once per context: ~4 s)."""
    if id(ctx) not in _STATING:
        _STATING[id(ctx)] = {name for name, text in texts if positions.extract(Article(id="probe", text=text), ctx)}
    return _STATING[id(ctx)]


def reference_digests(articles: list[Article], ctx: ExtractionContext, path: Path,
                      prefixes: tuple[int, ...] = ()) -> dict[int, dict[str, str]]:
    """View digests of an uninterrupted in-order run over `articles` and over each prefix,
    built offline (no Kafka) from one pass of the offline extractor."""
    events = []
    cuts: list[int] = []  # cuts[k]: events derived before article k was read

    def feed():
        for article in articles:
            cuts.append(len(events))
            yield article

    for event in extract_all(feed(), ctx):  # lazily: `cuts` sees each article's start
        events.append(event)
    cuts.append(len(events))
    out = {}
    for n in (*prefixes, len(articles)):
        store = ViewStore(f"sqlite:///{path / f'reference-{n}.db'}")
        try:
            store.apply_envelopes(events[: cuts[n]], articles=articles[:n])
            out[n] = store.digests()
        finally:
            store.close()
    return out


_BACKGROUND = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="reference")


def reference_in_background(articles: list[Article], ctx: ExtractionContext, path: Path,
                            prefixes: tuple[int, ...] = ()) -> concurrent.futures.Future:
    """`reference_digests` in a thread, while the worker (another process) starts and runs."""
    return _BACKGROUND.submit(reference_digests, articles, ctx, path, prefixes)
