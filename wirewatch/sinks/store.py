"""The view store: applies derived events to SQL views, idempotently.

Every write is keyed by `event_id` and ignores a row that is already there, so a
redelivered event, a restarted worker or an article ingested twice changes nothing.
One transaction per batch: a batch is applied whole or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from ..schemas import (
    AID_ANNOUNCED,
    ARTICLE_PROCESSED,
    POSITION_CHANGED,
    POSITION_STATED,
    STATEMENT_MADE,
    Envelope,
)
from . import tables as t


@dataclass(frozen=True)
class Delivered:
    """An envelope and where it was read from (None outside Kafka, e.g. offline loads)."""

    envelope: Envelope
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None


def create_store_engine(url: str) -> Engine:
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    engine = sa.create_engine(url, future=True, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":

        @sa.event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # several workers may share the file
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

    return engine


def _insert(conn: Connection, table: sa.Table):
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def _insert_ignore(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(_insert(conn, table).on_conflict_do_nothing(), rows)


def _span(payload: dict, key: str) -> dict:
    return payload[key]


def _view_row(envelope: Envelope) -> tuple[sa.Table, dict[str, Any]] | None:
    p = envelope.payload
    base = {
        "event_id": envelope.event_id,
        "article_id": envelope.article_id,
        "occurred_at": envelope.occurred_at,
    }
    if envelope.event_type == STATEMENT_MADE:
        return t.statements, {
            **base,
            "speaker_name": p["speaker"]["name"],
            "speaker": p["speaker"]["canonical"],
            "mode": p["mode"],
            "cue": p["cue"]["text"],
            "content": p["content"]["text"],
            "content_start": p["content"]["start"],
            "content_end": p["content"]["end"],
        }
    if envelope.event_type == AID_ANNOUNCED:
        amount = p.get("amount") or {}
        return t.aid, {
            **base,
            "donor": p["donor"]["canonical"],
            "recipient": p["recipient"]["canonical"],
            "amount_value": amount.get("value"),
            "currency": amount.get("currency"),
            "qualifier": amount.get("qualifier"),
            "aid_type": p["aid_type"],
            "kind": p["kind"],
            "status": p["status"],
            "items": list(p.get("items") or []),
            "evidence": p["evidence"]["text"],
        }
    if envelope.event_type == POSITION_STATED:
        return t.position_history, {
            **base,
            "actor": p["actor"]["canonical"],
            "issue": p["issue"],
            "stance": p["stance"],
            "explicitly_unchanged": bool(p.get("explicitly_unchanged")),
            "evidence": p["evidence"]["text"],
            "evidence_start": p["evidence"]["start"],
        }
    if envelope.event_type == POSITION_CHANGED:
        return t.position_changes, {
            **base,
            "actor": p["actor"]["canonical"],
            "issue": p["issue"],
            "from_stance": p["from"],
            "to_stance": p["to"],
            "evidence": p["evidence"]["text"],
            "previous_event_id": p["previous_event_id"],
        }
    return None


def _event_row(item: Delivered) -> dict[str, Any]:
    e = item.envelope
    return {
        "event_id": e.event_id,
        "article_id": e.article_id,
        "occurred_at": e.occurred_at,
        "event_type": e.event_type,
        "schema_version": e.schema_version,
        "producer_name": e.producer.name,
        "producer_version": e.producer.version,
        "causation_id": e.causation_id,
        "correlation_id": e.correlation_id,
        "envelope": e.model_dump(mode="json"),
        "topic": item.topic,
        "partition": item.partition,
        "offset": item.offset,
    }


def _history_order(row) -> tuple:
    return (row.occurred_at or "", row.article_id, row.evidence_start)


class ViewStore:
    """Materialized views over the derived events, behind one small `apply` interface."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_store_engine(url)
        t.metadata.create_all(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # --- writing -------------------------------------------------------------------
    def apply(self, batch: Sequence[Delivered]) -> None:
        """Apply a batch in one transaction; safe to call again with the same events."""
        if not batch:
            return
        by_table: dict[sa.Table, list[dict[str, Any]]] = {}
        position_keys: set[tuple[str, str]] = set()
        article_rows: dict[str, dict[str, Any]] = {}
        for item in batch:
            envelope = item.envelope
            view = _view_row(envelope)
            if view is not None:
                by_table.setdefault(view[0], []).append(view[1])
            if envelope.event_type == POSITION_STATED:
                p = envelope.payload
                position_keys.add((p["actor"]["canonical"], p["issue"]))
            elif envelope.event_type == ARTICLE_PROCESSED:
                article_rows[envelope.article_id] = self._article_row(envelope)
        with self.engine.begin() as conn:
            _insert_ignore(conn, t.events, list({r["event_id"]: r for r in map(_event_row, batch)}.values()))
            for table, rows in by_table.items():
                _insert_ignore(conn, table, list({r["event_id"]: r for r in rows}.values()))
            for row in article_rows.values():
                self._upsert_article(conn, row)
            for actor, issue in sorted(position_keys):
                self._refresh_position(conn, actor, issue)
            self._advance_offsets(conn, batch)

    @staticmethod
    def _article_row(envelope: Envelope) -> dict[str, Any]:
        p = envelope.payload
        return {
            "article_id": envelope.article_id,
            "event_id": envelope.event_id,
            "text_sha256": p["text_sha256"],
            "title": p.get("title"),
            "source": p.get("source"),
            "url": p.get("url"),
            "published_at": p.get("published_at"),
            "chars": p["chars"],
            "event_ids": p.get("event_ids") or {},
        }

    @staticmethod
    def _upsert_article(conn: Connection, row: dict[str, Any]) -> None:
        stmt = _insert(conn, t.articles)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=[t.articles.c.article_id],
                set_={k: stmt.excluded[k] for k in row if k != "article_id"},
            ),
            row,
        )

    @staticmethod
    def _refresh_position(conn: Connection, actor: str, issue: str) -> None:
        """Recompute the current stance from the history, by event time."""
        h = t.position_history
        rows = sorted(
            conn.execute(sa.select(h).where(h.c.actor == actor, h.c.issue == issue)),
            key=_history_order,
        )
        conn.execute(sa.delete(t.positions).where(t.positions.c.actor == actor, t.positions.c.issue == issue))
        if not rows:
            return
        current = rows[-1]
        since = current.occurred_at
        for row in reversed(rows):
            if row.stance != current.stance:
                break
            since = row.occurred_at
        conn.execute(
            sa.insert(t.positions),
            {
                "actor": actor,
                "issue": issue,
                "stance": current.stance,
                "since": since,
                "as_of": current.occurred_at,
                "event_id": current.event_id,
                "evidence": current.evidence,
            },
        )

    @staticmethod
    def _advance_offsets(conn: Connection, batch: Iterable[Delivered]) -> None:
        highest: dict[tuple[str, int], tuple[int, str | None]] = {}
        for item in batch:
            if item.topic is None or item.partition is None or item.offset is None:
                continue
            key = (item.topic, item.partition)
            if key not in highest or item.offset > highest[key][0]:
                highest[key] = (item.offset, item.envelope.occurred_at)
        for (topic, partition), (offset, event_time) in sorted(highest.items()):
            o = t.offsets
            current = conn.execute(
                sa.select(o.c.offset).where(o.c.topic == topic, o.c.partition == partition)
            ).scalar()
            if current is None:
                conn.execute(sa.insert(o), {"topic": topic, "partition": partition, "offset": offset, "last_event_time": event_time})
            elif offset > current:
                conn.execute(
                    sa.update(o).where(o.c.topic == topic, o.c.partition == partition),
                    {"offset": offset, "last_event_time": event_time},
                )

    # --- reading -------------------------------------------------------------------
    def rows(self, table: sa.Table, order_by: Sequence[str] = ()) -> list[dict[str, Any]]:
        query = sa.select(table)
        if order_by:
            query = query.order_by(*(table.c[name] for name in order_by))
        with self.engine.connect() as conn:
            return [{str(k): v for k, v in row._mapping.items()} for row in conn.execute(query)]

    def count(self, table: sa.Table) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()

    def article_complete(self, article_id: str) -> bool:
        """Whether the article and every event it yielded are in the views."""
        with self.engine.connect() as conn:
            event_ids = conn.execute(
                sa.select(t.articles.c.event_ids).where(t.articles.c.article_id == article_id)
            ).scalar()
            if event_ids is None:
                return False
            wanted = {i for ids in event_ids.values() for i in ids}
            if not wanted:
                return True
            found = conn.execute(
                sa.select(sa.func.count()).select_from(t.events).where(t.events.c.event_id.in_(wanted))
            ).scalar_one()
            return found == len(wanted)

    def digests(self) -> dict[str, str]:
        """A canonical hash per view: equal digests mean equal rows, whatever the write order.

        Kafka coordinates are left out: the same events read from another log position
        (a replay, a second cluster) make the same view.
        """
        import hashlib

        import orjson

        out = {}
        for table in (t.events, *t.VIEW_TABLES):
            skip = {"topic", "partition", "offset"} if table is t.events else set()
            columns = [str(c.name) for c in table.columns if c.name not in skip]
            rows = sorted(
                orjson.dumps({k: row[k] for k in columns}, option=orjson.OPT_SORT_KEYS)
                for row in self.rows(table)
            )
            out[table.name] = hashlib.sha256(b"\n".join(rows)).hexdigest()
        return out

    def apply_envelopes(self, envelopes: Iterable[Envelope], batch_size: int = 1000) -> None:
        """Apply events read from anywhere but Kafka (offline extraction, a file)."""
        batch: list[Delivered] = []
        for envelope in envelopes:
            batch.append(Delivered(envelope))
            if len(batch) >= batch_size:
                self.apply(batch)
                batch = []
        self.apply(batch)
