"""Rebuild every view from the log: the proof that the views follow from the topics alone."""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import sys
import time
from collections.abc import Callable, Iterator, Sequence
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

    def add(self, other: "ReplayReport") -> None:
        self.records += other.records
        self.applied += other.applied
        self.skipped_after_bound += other.skipped_after_bound
        self.undecodable += other.undecodable

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
                 progress: Progress | None = None, processes: int = 2) -> ReplayReport:
    """Read the articles and derived topics from the beginning into `store` (which must be
    fresh), up to event time `until` if given.

    With `processes` > 1 the partitions are shared among that many processes (this one and
    spawned helpers), each reading, decoding and writing its own: decoding and building rows
    is Python work that one process cannot spread over cores. What a view shows does not
    depend on the order in which events are applied (the live sink relies on the same rule
    when several workers share a store), so the shares may interleave freely; within a share,
    each partition is still applied in log order."""
    if store.count(t.events):
        raise ValueError("replay needs a fresh store: this one already holds events")
    if ":memory:" in store.url:
        processes = 1  # other processes cannot see this store
    report = ReplayReport()
    started = time.monotonic()
    with store.bulk_load(), _fewer_collections():
        helpers = [_Helper(bootstrap, names, store.url, until, share, processes) for share in range(1, processes)]
        try:
            await _load(bootstrap, names, store, until, progress, report, share=(0, processes), helpers=helpers)
            for helper in helpers:
                report.add(await helper.result(progress, report))
        finally:
            for helper in helpers:
                helper.close()
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


def _partitions(share: tuple[int, int]) -> Callable[[int], bool]:
    index, of = share
    return lambda partition: partition % of == index


async def _load(bootstrap: str, names: TopicNames, store: ViewStore, until: datetime | None,
                progress: Progress | None, report: ReplayReport, *, share: tuple[int, int] = (0, 1),
                helpers: Sequence["_Helper"] = (), on_batch: Callable[[int], None] | None = None) -> None:
    """Apply this process's share of the partitions, batch by batch, in log order."""
    pending: list = []
    mine = _partitions(share)
    async for records in read_to_end(bootstrap, [names.articles, *names.derived], partition_filter=mine):
        for record in records:
            report.records += 1
            item = _delivered(record, names, until, report)
            if item is not None:
                pending.append(item)
        if len(pending) >= BATCH:
            store.apply(pending)
            report.applied += len(pending)
            pending = []
            if on_batch:
                on_batch(report.records)
        if progress:
            progress.update(report.records + sum(h.poll() for h in helpers))
    store.apply(pending)
    report.applied += len(pending)


class _Helper:
    """A spawned process replaying one share of the partitions into the same store."""

    def __init__(self, bootstrap: str, names: TopicNames, url: str, until: datetime | None, index: int,
                 of: int) -> None:
        context = multiprocessing.get_context("spawn")  # never fork a process with a running loop
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_helper_main, args=(bootstrap, names, url, until, (index, of), child),
                                       name=f"replay-{index}", daemon=True)
        self.process.start()
        child.close()
        self.records = 0
        self._final: tuple | None = None

    def poll(self) -> int:
        """Take in what the helper has sent; returns the records it has read so far."""
        try:
            while self._final is None and self.connection.poll():
                message = self.connection.recv()
                if message[0] == "progress":
                    self.records = message[1]
                else:
                    self._final = message
        except EOFError:
            self._final = ("error", f"it died (exit code {self.process.exitcode})")
        return self.records

    async def result(self, progress: Progress | None, report: ReplayReport) -> ReplayReport:
        while self.poll() is not None and self._final is None:  # poll() always returns a count
            if progress:
                progress.update(report.records + self.records)
            await asyncio.sleep(0.02)
        kind, value = self._final
        if kind == "error":
            raise RuntimeError(f"replay helper {self.process.name} failed: {value}")
        return value

    def close(self) -> None:
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.kill()
        self.connection.close()


def _helper_main(bootstrap: str, names: TopicNames, url: str, until: datetime | None, share: tuple[int, int],
                 connection) -> None:
    store = ViewStore.bulk_writer(url)
    report = ReplayReport()
    try:
        with _fewer_collections():
            asyncio.run(_load(bootstrap, names, store, until, None, report, share=share,
                              on_batch=lambda records: connection.send(("progress", records))))
        connection.send(("done", report))
    except BaseException as exc:  # the parent reports it and fails the replay
        connection.send(("error", f"{type(exc).__name__}: {exc}"[:2000]))
    finally:
        store.close()
        connection.close()
