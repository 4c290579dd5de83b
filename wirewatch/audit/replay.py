"""Rebuild every view from the log: the proof that the views follow from the topics alone."""

from __future__ import annotations

import asyncio
import gc
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from ..sinks import Delivered, DeliveredArticle, ViewStore
from ..sinks import tables as t
from ..streams.codec import BadArticle, decode_article, decode_event_raw
from ..streams.log_reader import read_to_end
from ..streams.topics import TopicNames
from ..timeutil import not_after

BATCH = 5000


@dataclass
class ReplayReport:
    records: int = 0
    applied: int = 0
    skipped_after_bound: int = 0
    undecodable: int = 0
    seconds: float = 0.0
    digests: dict[str, str] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.applied / self.seconds if self.seconds else 0.0


class Progress:
    """A one-line counter on a terminal; silent otherwise (logs and CI stay clean)."""

    def __init__(self, stream=sys.stderr) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.started = time.monotonic()
        self.last = 0.0

    def update(self, done: int, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < 0.2):
            return
        self.last = now
        rate = done / max(now - self.started, 1e-9)
        self.stream.write(f"\rreplaying: {done:,} records  {rate:,.0f}/s")
        self.stream.flush()

    def close(self, done: int) -> None:
        if self.enabled:
            self.update(done, force=True)
            self.stream.write("\n")


def _delivered(record, names: TopicNames, bound: datetime | None, report: ReplayReport):
    if record.topic == names.articles:
        try:
            article = decode_article(record.value)
        except BadArticle:
            return None  # the DLQ has it; no view holds it
        if not not_after(article.published_at, bound):
            report.skipped_after_bound += 1
            return None
        return DeliveredArticle(article, record.topic, record.partition, record.offset)
    try:
        envelope, raw = decode_event_raw(record.value)
    except Exception:
        report.undecodable += 1
        return None
    if not not_after(envelope.occurred_at, bound):
        report.skipped_after_bound += 1
        return None
    return Delivered(envelope, record.topic, record.partition, record.offset, raw)


async def replay(bootstrap: str, names: TopicNames, store: ViewStore, *, until: datetime | None = None,
                 progress: Progress | None = None) -> ReplayReport:
    """Read the articles and derived topics from the beginning into `store` (which must be
    fresh), up to event time `until` if given."""
    if store.count(t.events):
        raise ValueError("replay needs a fresh store: this one already holds events")
    report = ReplayReport()
    started = time.monotonic()
    with store.bulk_load(), _fewer_collections():
        await _load(bootstrap, names, store, until, progress, report)
    report.seconds = time.monotonic() - started  # index and board building included
    if progress:
        progress.close(report.records)
    report.digests = store.digests()
    return report


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """A replay allocates many small objects that live until their batch is written; with the
    default thresholds the cyclic GC then costs twice the decoding itself (measured)."""
    before = gc.get_threshold()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)


async def _load(bootstrap: str, names: TopicNames, store: ViewStore, until: datetime | None,
                progress: Progress | None, report: ReplayReport) -> None:
    """Read and decode the next batch while the previous one is written: the store's driver
    works outside the GIL, so the two overlap on a second core. Batches are still applied
    one at a time and in log order."""
    loop = asyncio.get_running_loop()
    writing: asyncio.Future | None = None
    pending: list = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="replay-writer") as writer:
        async for records in read_to_end(bootstrap, [names.articles, *names.derived]):
            for record in records:
                report.records += 1
                item = _delivered(record, names, until, report)
                if item is not None:
                    pending.append(item)
            if len(pending) >= BATCH:
                if writing is not None:
                    await writing
                writing = loop.run_in_executor(writer, store.apply, pending)
                report.applied += len(pending)
                pending = []
            if progress:
                progress.update(report.records)
        if writing is not None:
            await writing
    store.apply(pending)
    report.applied += len(pending)
