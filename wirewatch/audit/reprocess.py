"""`wirewatch reprocess`: run the processors again over the whole `articles` topic into a
separate store, to see what a new extractor (or new reference data) would change before
it goes live. The live views and topics are never touched."""

from __future__ import annotations

import time
from dataclasses import dataclass

from ..processors import ExtractionContext
from ..processors import revisions as revisions_
from ..processors import tracking
from ..processors.pipeline import process_article, tracked
from ..sinks import Delivered, DeliveredArticle, ViewStore
from ..sinks import tables as t
from ..streams.codec import BadArticle, decode_article
from ..streams.log_reader import read_to_end
from ..streams.topics import TopicNames

BATCH = 2000


@dataclass
class ReprocessReport:
    articles: int = 0
    bad_records: int = 0
    events: int = 0
    seconds: float = 0.0


async def reprocess(bootstrap: str, names: TopicNames, store: ViewStore, ctx: ExtractionContext, *,
                    group_id: str | None = None) -> ReprocessReport:
    """Articles in log order (per partition) through the offline pipeline into `store`."""
    if store.count(t.events):
        raise ValueError("reprocess needs a fresh store: this one already holds events")
    report = ReprocessReport()
    started = time.monotonic()
    with store.bulk_load():
        await _run(bootstrap, names, store, ctx, group_id, report)
    report.seconds = time.monotonic() - started
    return report


async def _run(bootstrap: str, names: TopicNames, store: ViewStore, ctx: ExtractionContext,
               group_id: str | None, report: ReprocessReport) -> None:
    revisions: dict[str, revisions_.RevisionState] = {}
    positions: dict[str, tracking.TrackedState] = {}
    pending: list = []
    async for records in read_to_end(bootstrap, [names.articles], group_id=group_id):
        for record in records:
            try:
                article = decode_article(record.value)
                events = process_article(article, ctx)
            except BadArticle:
                report.bad_records += 1
                continue
            report.articles += 1
            revisions[article.id], retractions = revisions_.revise(revisions.get(article.id), events)
            derived = events + [r for _, r in retractions]
            for key, event in tracked(events, retractions):
                positions[key], revealed = tracking.track(positions.get(key), event)
                derived.extend(revealed)
            pending.append(DeliveredArticle(article))
            pending.extend(Delivered(e) for e in derived)
            report.events += len(derived)
        if len(pending) >= BATCH:
            store.apply(pending)
            pending = []
    store.apply(pending)
