"""The views as they stood at an event time, rebuilt from the store's own copy of the log.

The `events` table holds every envelope the sink applied, verbatim and with its Kafka
coordinates, and `article_texts` every article text. Re-applying the ones published up to a
bound into a scratch store gives the same rows as `wirewatch replay --until` from Kafka (the
same `ViewStore.apply`, the same event-time rule), without a broker — so the API can answer
`?as_of=` and an auditor can check the two against each other.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections import OrderedDict
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from ..schemas import Article, Envelope
from ..timeutil import not_after
from . import tables as t
from .store import Delivered, DeliveredArticle, ViewStore

BATCH = 5000


def rebuild_as_of(source: Engine, bound: datetime, target_url: str) -> ViewStore:
    """A new store at `target_url` holding the views as of event time `bound`."""
    store = ViewStore(target_url)
    try:
        with store.bulk_load(), source.connect() as conn:
            _copy(conn, store, bound)
    except BaseException:
        store.close()
        raise
    return store


def _copy(conn: sa.Connection, store: ViewStore, bound: datetime) -> None:
    e, a = t.events, t.article_texts
    batch: list[Delivered | DeliveredArticle] = []
    texts = conn.execute(sa.select(a.c.article_id, a.c.text, a.c.published_at))
    for row in texts:
        if not_after(row.published_at, bound):
            article = Article.model_construct(id=row.article_id, text=row.text, published_at=row.published_at)
            batch.append(DeliveredArticle(article))
    raw_envelope = sa.type_coerce(e.c.envelope, sa.Text)  # the stored bytes, not parsed twice
    rows = conn.execution_options(yield_per=BATCH).execute(
        sa.select(e.c.occurred_at, raw_envelope, e.c.topic, e.c.partition, e.c.offset)
    )
    for row in rows:
        if not not_after(row.occurred_at, bound):
            continue
        data = row[1].encode("utf-8")  # stored at the current schema version (upcast on the way in)
        batch.append(Delivered(Envelope.model_validate_json(data), row.topic, row.partition, row.offset, data))
        if len(batch) >= BATCH:
            store.apply(batch)
            batch = []
    store.apply(batch)


class AsOfViews:
    """A few recent as-of stores, rebuilt when the live store has moved on.

    Keyed by the bound and by the live store's progress (its applied offsets), so an answer
    is never older than the views it was derived from."""

    def __init__(self, source: Engine, keep: int = 4) -> None:
        self.source = source
        self.keep = keep
        self.root = Path(tempfile.mkdtemp(prefix="wirewatch-as-of-"))
        self._stores: OrderedDict[tuple, ViewStore] = OrderedDict()
        self._lock = threading.Lock()
        self._count = 0

    def engine(self, bound: datetime) -> Engine:
        key = (bound.isoformat(), self._progress())
        with self._lock:  # one rebuild at a time: they are CPU-bound anyway
            store = self._stores.get(key)
            if store is None:
                self._count += 1
                target = self.root / f"as-of-{self._count}.db"
                store = rebuild_as_of(self.source, bound, f"sqlite:///{target}")
                self._stores[key] = store
                while len(self._stores) > self.keep:
                    _, old = self._stores.popitem(last=False)
                    old.close()
                    for suffix in ("", "-wal", "-shm"):
                        Path(old.url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
            self._stores.move_to_end(key)
            return store.engine

    def _progress(self) -> tuple:
        """Changes whenever the sink applies something (offsets advance, events arrive)."""
        o = t.offsets
        with self.source.connect() as conn:
            offsets = conn.execute(sa.select(sa.func.coalesce(sa.func.sum(o.c.offset), 0))).scalar_one()
            events = conn.execute(sa.select(sa.func.count()).select_from(t.events)).scalar_one()
        return offsets, events

    def close(self) -> None:
        with self._lock:
            for store in self._stores.values():
                store.close()
            self._stores.clear()
        shutil.rmtree(self.root, ignore_errors=True)
