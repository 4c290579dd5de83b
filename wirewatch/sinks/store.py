"""The view store: applies derived events to SQL views, idempotently.

Every write is keyed by `event_id` and ignores a row that is already there, so a
redelivered event, a restarted worker or an article ingested twice changes nothing.
One transaction per batch: a batch is applied whole or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Engine

from ..schemas import (
    AID_ANNOUNCED,
    ARTICLE_PROCESSED,
    POSITION_CHANGED,
    POSITION_STATED,
    EVENT_RETRACTED,
    STATEMENT_MADE,
    Article,
    Envelope,
)
from . import tables as t
from .queries import index_new_statements


@dataclass(frozen=True)
class Delivered:
    """An envelope and where it was read from (None outside Kafka, e.g. offline loads)."""

    envelope: Envelope
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    raw: bytes | None = None  # the envelope's canonical JSON as read, stored without re-encoding


@dataclass(frozen=True)
class DeliveredArticle:
    """An input article as read from the `articles` topic: its text backs the evidence."""

    article: Article
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None


def create_store_engine(url: str) -> Engine:
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    engine = sa.create_engine(
        url, future=True, pool_pre_ping=True,
        json_serializer=lambda value: orjson.dumps(value).decode(), json_deserializer=orjson.loads,
    )
    if engine.dialect.name == "sqlite":

        @sa.event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # several workers may share the file
            cursor = dbapi_connection.cursor()
            # before anything is written (no effect on an existing file): rows here hold whole
            # envelopes and texts, and bigger pages cut a bulk load's page splits (~10 %)
            cursor.execute("PRAGMA page_size=16384")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

    return engine


# The live writer's SQLite page cache (KiB; the default is 2 MiB). Event ids are random, so
# every batch inserts into pages all over the primary-key and page-order indexes; with the
# default cache most of them were read back from the file and spilled to the WAL within the
# batch (in process, 2,000 PolNeAR articles: 207 KB read and 194 KB written an article; with
# this cache and the sink's batches of 2,000 records, 33 and 80). Set on the writer's own
# connection at each batch, so the read API's connections keep the default.
WRITER_CACHE_KIB = 65_536


def _insert(dialect, table: sa.Table):
    """INSERT with the dialect's ON CONFLICT support (the store runs on SQLite and PostgreSQL)."""
    return (pg_insert if dialect.name == "postgresql" else sqlite_insert)(table)


def _insert_ignore(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING for many rows of the same columns."""
    if rows:
        conn.exec_driver_sql(*_insert_params(conn.dialect, table, rows))


def _insert_params(dialect, table: sa.Table, rows: list[dict[str, Any]]) -> tuple[str, list]:
    """The INSERT ... ON CONFLICT DO NOTHING and its driver parameters, one per row, in order.

    The statement is compiled once per table and column set, and the rows go to the driver's
    executemany as they are (after each column type's own bind conversion): the per-row
    parameter handling of a Core execute was the largest cost of a replay."""
    return _driver_params(_compiled_insert(dialect, table, tuple(rows[0])), rows)


def _driver_params(compiled, rows: list[dict[str, Any]]) -> tuple[str, list]:
    """A compiled statement (`_compiled`) and its driver parameters, one per row, in order."""
    sql, names, processors, positional = compiled
    for name, process in processors.items():  # the rows are the caller's fresh dicts
        for row in rows:
            row[name] = process(row[name])
    if positional:
        values = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
        return sql, [values(row) for row in rows]
    return sql, [{n: row[n] for n in names} for row in rows]


@lru_cache(maxsize=256)
def _compiled_insert(dialect, table: sa.Table, columns: tuple[str, ...]):
    return _compiled(_insert(dialect, table).on_conflict_do_nothing(), dialect, table, columns)


def _compiled(stmt, dialect, table: sa.Table, columns: tuple[str, ...]):
    """The SQL of an INSERT over `columns`, its parameter names in driver order, each
    column's bind conversion, and whether the dialect's parameters are positional."""
    compiled = stmt.compile(dialect=dialect, column_keys=list(columns))
    processors = {
        name: processor
        for name in columns
        if (processor := table.c[name].type.bind_processor(dialect)) is not None
    }
    names = list(compiled.positiontup) if compiled.positiontup else list(columns)
    return str(compiled), names, processors, compiled.positiontup is not None


@lru_cache(maxsize=8)
def _compiled_offsets_upsert(dialect):
    """INSERT ... ON CONFLICT (topic, partition) DO UPDATE ... WHERE the offset is higher."""
    o = t.offsets
    stmt = _insert(dialect, o)
    stmt = stmt.on_conflict_do_update(
        index_elements=[o.c.topic, o.c.partition],
        set_={"offset": stmt.excluded.offset, "last_event_time": stmt.excluded.last_event_time},
        where=stmt.excluded.offset > o.c.offset,
    )
    return _compiled(stmt, dialect, o, ("topic", "partition", "offset", "last_event_time"))


@lru_cache(maxsize=8)
def _compiled_articles_upsert(dialect):
    """INSERT ... ON CONFLICT (article_id) DO UPDATE every other column: the current revision."""
    a = t.articles
    stmt = _insert(dialect, a)
    stmt = stmt.on_conflict_do_update(
        index_elements=[a.c.article_id],
        set_={c.name: stmt.excluded[c.name] for c in a.columns if c.name != "article_id"},
    )
    return _compiled(stmt, dialect, a, tuple(c.name for c in a.columns))


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
            "cause_event_id": envelope.causation_id,
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
        "envelope": item.raw if item.raw is not None else e.model_dump(mode="json"),
        "topic": item.topic,
        "partition": item.partition,
        "offset": item.offset,
    }


# `_event_row`'s columns, in its order
_EVENT_COLUMNS = ("event_id", "article_id", "occurred_at", "event_type", "schema_version", "producer_name",
                  "producer_version", "causation_id", "correlation_id", "envelope", "topic", "partition", "offset")


def _event_params(dialect, items: list[Delivered]) -> tuple[str, list]:
    """The events table's INSERT and its driver parameters: `_insert_params` over `_event_row`
    of each event (the last delivery of an event id wins, at its first place), built as the
    driver's tuples directly where the dialect's parameters are positional in `_event_row`'s
    column order and only the envelope has a bind conversion (SQLite). The live sink writes
    about 12 events an article; the dicts and the per-column conversion loop were a tenth of
    preparing a batch."""
    items = list({item.envelope.event_id: item for item in items}.values())
    sql, names, processors, positional = _compiled_insert(dialect, t.events, _EVENT_COLUMNS)
    if not positional or tuple(names) != _EVENT_COLUMNS or processors.keys() - {"envelope"}:
        return _insert_params(dialect, t.events, [_event_row(item) for item in items])
    bind = processors.get("envelope") or (lambda value: value)
    params = []
    for item in items:
        e = item.envelope
        producer = e.producer
        params.append((e.event_id, e.article_id, e.occurred_at, e.event_type, e.schema_version, producer.name,
                       producer.version, e.causation_id, e.correlation_id,
                       bind(item.raw if item.raw is not None else e.model_dump(mode="json")),
                       item.topic, item.partition, item.offset))
    return sql, params


def _text_row(article: Article) -> dict[str, Any]:
    import hashlib

    return {
        "article_id": article.id,
        "text_sha256": hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        "text": article.text,
        "published_at": article.published_at,
    }


def _current_event_ids(conn: Connection, article_ids: set[str]) -> dict[str, set[str]]:
    """Event ids of each article's current revision (absent: no revision seen yet)."""
    if not article_ids:
        return {}
    rows = conn.execute(
        sa.select(t.articles.c.article_id, t.articles.c.event_ids).where(t.articles.c.article_id.in_(article_ids))
    )
    return {r.article_id: {i for ids in r.event_ids.values() for i in ids} for r in rows}


def _retracted_ids(conn: Connection, event_ids: list[str]) -> set[str]:
    if not event_ids:
        return set()
    r = t.retractions
    return {row[0] for row in conn.execute(sa.select(r.c.retracted_event_id).where(r.c.retracted_event_id.in_(event_ids)))}


@dataclass(frozen=True)
class _ViewRows:
    """One view table's candidate rows, as driver parameters, with what decides if they show."""

    table: sa.Table
    sql: str
    params: list
    keys: list[tuple[str, str, str, tuple[str, str] | None]]  # event id, article id, type, actor+issue


def _view_rows(dialect, envelopes: Iterable[Envelope]) -> list[_ViewRows]:
    by_table: dict[sa.Table, dict[str, tuple[dict[str, Any], tuple]]] = {}
    for envelope in envelopes:
        view = _view_row(envelope)
        if view is None:
            continue
        table, row = view
        touched = (row["actor"], row["issue"]) if envelope.event_type == POSITION_STATED else None
        by_table.setdefault(table, {})[envelope.event_id] = (row, (envelope.event_id, envelope.article_id,
                                                                    envelope.event_type, touched))
    out = []
    for table, rows in by_table.items():
        sql, params = _insert_params(dialect, table, [row for row, _ in rows.values()])
        out.append(_ViewRows(table, sql, params, [key for _, key in rows.values()]))
    return out


@dataclass(frozen=True)
class PreparedBatch:
    """A batch turned into rows, without the database: `ViewStore.prepare` may run in another
    thread than `ViewStore.write`, so that a replay builds rows while the last batch is written."""

    events: tuple[str, list] | None
    texts: tuple[str, list] | None
    retractions: list[Envelope]
    processed: list[Delivered]
    views: list[_ViewRows]
    offsets: dict[tuple[str, int], tuple[int, str | None]]


def _highest_offsets(batch: Iterable[Delivered | DeliveredArticle]) -> dict[tuple[str, int], tuple[int, str | None]]:
    highest: dict[tuple[str, int], tuple[int, str | None]] = {}
    for item in batch:
        if item.topic is None or item.partition is None or item.offset is None:
            continue
        key = (item.topic, item.partition)
        if key not in highest or item.offset > highest[key][0]:
            when = item.envelope.occurred_at if isinstance(item, Delivered) else item.article.published_at
            highest[key] = (item.offset, when)
    return highest


@dataclass(frozen=True)
class _Stored:
    article_id: str
    event_id: str
    revision_offset: int | None


def _history_order(row) -> tuple:
    return (row.occurred_at or "", row.article_id, row.evidence_start)


def _position_row(actor: str, issue: str, history: list) -> dict[str, Any]:
    """The current stance of one actor on one issue: the latest by event time, held since
    the earliest statement of the unbroken run that ends with it."""
    rows = sorted(history, key=_history_order)
    current = rows[-1]
    since = current.occurred_at
    for row in reversed(rows):
        if row.stance != current.stance:
            break
        since = row.occurred_at
    return {
        "actor": actor,
        "issue": issue,
        "stance": current.stance,
        "since": since,
        "as_of": current.occurred_at,
        "event_id": current.event_id,
        "evidence": current.evidence,
    }


def _create_schema(engine: Engine, attempts: int = 5) -> None:
    """Create the tables if missing. Two workers starting on a fresh store race between
    "does it exist" and "create it"; the loser sees "already exists" and simply checks again."""
    for attempt in range(attempts):
        try:
            t.metadata.create_all(engine)
            return
        except (sa.exc.OperationalError, sa.exc.ProgrammingError, sa.exc.IntegrityError) as exc:
            if "already exists" not in str(exc) and "duplicate" not in str(exc).lower() or attempt == attempts - 1:
                raise


class ViewStore:
    """Materialized views over the derived events, behind one small `apply` interface."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_store_engine(url)
        _create_schema(self.engine)
        from .queries import ensure_read_support

        ensure_read_support(self.engine)  # full-text and page-order indexes for the read API
        self._fulltext = self.engine.dialect.name == "sqlite"  # PostgreSQL's index follows by itself
        self._bulk = False

    @classmethod
    def bulk_writer(cls, url: str) -> "ViewStore":
        """Another writer into a store that a `bulk_load` block elsewhere is filling (a
        parallel replay): no schema work, which would bring back what the block dropped."""
        store = cls.__new__(cls)
        store.url = url
        store.engine = create_store_engine(url)
        store._fulltext = False  # built by the bulk load's end
        store._bulk = True
        return store

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def bulk_load(self) -> Iterator["ViewStore"]:
        """Fill a fresh store fast, as a replay does: the secondary indexes, the full-text
        index and the position board are built once at the end instead of row by row.
        Readers see a store without them until the block ends, so use it on a store no
        reader uses yet."""
        from .queries import drop_read_support, ensure_read_support

        if self.count(t.events):
            raise ValueError("bulk load needs a fresh store: this one already holds events")
        indexes = [index for table in t.metadata.sorted_tables for index in table.indexes]
        with self.engine.begin() as conn:
            drop_read_support(conn)
            for index in indexes:
                index.drop(conn, checkfirst=True)
        self._bulk = True
        try:
            yield self
        finally:
            self._bulk = False
            self.engine.dispose()  # new connections: the usual durability settings again
            with self.engine.begin() as conn:
                for index in indexes:
                    index.create(conn, checkfirst=True)
                self._refresh_all_positions(conn)
            ensure_read_support(self.engine)

    # --- writing -------------------------------------------------------------------
    def apply(self, batch: Sequence[Delivered | DeliveredArticle]) -> None:
        """Apply a batch in one transaction; safe to call again with the same events.

        What a view shows depends only on which events were applied, never on their order:
        an article's events are visible while they belong to its latest revision (the
        article-processed event with the highest offset), and a retracted position change
        stays out.
        """
        if batch:
            self.write(self.prepare(batch))

    def prepare(self, batch: Sequence[Delivered | DeliveredArticle]) -> PreparedBatch:
        """The rows a batch writes (no database access; see `PreparedBatch`)."""
        dialect = self.engine.dialect
        events = [item for item in batch if isinstance(item, Delivered)]
        texts = [item for item in batch if isinstance(item, DeliveredArticle)]
        return PreparedBatch(
            events=_event_params(dialect, events) if events else None,
            texts=_insert_params(dialect, t.article_texts, [_text_row(i.article) for i in texts]) if texts else None,
            retractions=[i.envelope for i in events if i.envelope.event_type == EVENT_RETRACTED],
            processed=[i for i in events if i.envelope.event_type == ARTICLE_PROCESSED],
            views=_view_rows(dialect, (i.envelope for i in events)),
            offsets=_highest_offsets(batch),
        )

    def write(self, prepared: PreparedBatch) -> None:
        """Write a prepared batch in one transaction."""
        with self.engine.begin() as conn:
            if self._bulk and conn.dialect.name == "sqlite":
                # a bulk load starts from nothing and is redone from the log if cut short;
                # a large page cache keeps the primary-key B-trees in memory while they grow
                conn.exec_driver_sql("PRAGMA synchronous=OFF")
                conn.exec_driver_sql("PRAGMA cache_size=-262144")
            elif conn.dialect.name == "sqlite":
                conn.exec_driver_sql(f"PRAGMA cache_size=-{WRITER_CACHE_KIB}")
            for statement in (prepared.events, prepared.texts):
                if statement is not None:
                    conn.exec_driver_sql(*statement)
            self._apply_retractions(conn, prepared.retractions)
            revised = self._apply_revisions(conn, prepared.processed)
            touched = self._insert_views(conn, prepared.views)
            for article_id in sorted(revised):
                touched |= self._follow_revision(conn, article_id)
            if not self._bulk:  # a bulk load builds the whole board at its end
                for actor, issue in sorted(touched):
                    self._refresh_position(conn, actor, issue)
            self._advance_offsets(conn, prepared.offsets)

    def _insert_views(self, conn: Connection, views: list[_ViewRows]) -> set[tuple[str, str]]:
        keys = [key for view in views for key in view.keys]
        current = _current_event_ids(conn, {article_id for _, article_id, _, _ in keys})
        retracted = _retracted_ids(conn, [event_id for event_id, _, kind, _ in keys if kind == POSITION_CHANGED])
        touched = set()
        for view in views:
            keep = []
            for params, (event_id, article_id, kind, actor_issue) in zip(view.params, view.keys):
                if event_id in retracted:
                    continue
                ids = current.get(article_id)
                if kind != POSITION_CHANGED and ids is not None and event_id not in ids:
                    continue  # belongs to a revision that has been superseded
                keep.append(params)
                if actor_issue is not None:
                    touched.add(actor_issue)
            if not keep:
                continue
            if view.table is t.statements and self._fulltext and not self._bulk:
                # inside the write transaction (the events came first), so no other writer's
                # rows can fall in the range
                before = conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM statements").scalar()
                conn.exec_driver_sql(view.sql, keep)
                index_new_statements(conn, before)
            else:
                conn.exec_driver_sql(view.sql, keep)
        return touched

    def _apply_retractions(self, conn: Connection, retractions: list[Envelope]) -> None:
        """Record retractions; a retracted position change leaves the views at once.
        (Events of a superseded revision leave through the revision rule instead, so that a
        revision that comes back to an earlier text brings its events back.)"""
        if not retractions:
            return
        rows = {
            r.payload["retracted_event_id"]: {
                "retracted_event_id": r.payload["retracted_event_id"],
                "event_id": r.event_id,
                "retracted_event_type": r.payload["retracted_event_type"],
                "reason": r.payload["reason"],
            }
            for r in retractions
        }
        _insert_ignore(conn, t.retractions, list(rows.values()))
        changes = [i for i, r in rows.items() if r["retracted_event_type"] == POSITION_CHANGED]
        if changes:
            conn.execute(sa.delete(t.position_changes).where(t.position_changes.c.event_id.in_(changes)))

    def _apply_revisions(self, conn: Connection, processed: list[Delivered]) -> set[str]:
        """Make each article's latest revision current; return the articles whose revision moved.

        An article seen for the first time needs no clean-up: partition order delivers an
        earlier revision's article-processed before a later one's, so stale rows can only
        exist once a revision has been recorded.
        """
        if not processed:
            return set()
        a = t.articles
        stored = {
            r.article_id: r
            for r in conn.execute(
                sa.select(a.c.article_id, a.c.event_id, a.c.revision_offset).where(
                    a.c.article_id.in_({i.envelope.article_id for i in processed})
                )
            )
        }
        moved: set[str] = set()
        upserts: dict[str, dict[str, Any]] = {}
        for item in processed:  # offline (no offsets): the order of application
            envelope = item.envelope
            before = stored.get(envelope.article_id)
            if before is not None:
                if before.event_id == envelope.event_id and (before.revision_offset or -1) >= (item.offset or -1):
                    continue
                if item.offset is not None and before.revision_offset is not None and item.offset < before.revision_offset:
                    continue  # an older revision, redelivered
                if before.event_id != envelope.event_id:
                    moved.add(envelope.article_id)
            upserts[envelope.article_id] = self._article_row(envelope) | {"revision_offset": item.offset}
            stored[envelope.article_id] = _Stored(envelope.article_id, envelope.event_id, item.offset)
        self._upsert_articles(conn, list(upserts.values()))
        return moved

    def _follow_revision(self, conn: Connection, article_id: str) -> set[tuple[str, str]]:
        """Drop the rows of events the current revision no longer yields; bring back the ones
        it yields again (their envelopes are in the events table)."""
        ids = _current_event_ids(conn, {article_id})[article_id]
        h = t.position_history
        touched = {
            (r.actor, r.issue)
            for r in conn.execute(sa.select(h.c.actor, h.c.issue).where(h.c.article_id == article_id))
        }
        for table in (t.statements, t.aid, t.position_history):
            conn.execute(sa.delete(table).where(table.c.article_id == article_id, table.c.event_id.not_in(ids)))
        again = [
            Envelope.model_validate(row.envelope)
            for row in conn.execute(
                sa.select(t.events.c.envelope).where(
                    t.events.c.article_id == article_id,
                    t.events.c.event_id.in_(ids),
                    t.events.c.event_type.in_([STATEMENT_MADE, AID_ANNOUNCED, POSITION_STATED]),
                )
            )
        ]
        return touched | self._insert_views(conn, _view_rows(conn.dialect, again))

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
    def _upsert_articles(conn: Connection, rows: list[dict[str, Any]]) -> None:
        if rows:
            conn.exec_driver_sql(*_driver_params(_compiled_articles_upsert(conn.dialect), rows))

    @staticmethod
    def _refresh_position(conn: Connection, actor: str, issue: str) -> None:
        """Recompute the current stance from the history, by event time."""
        h = t.position_history
        rows = list(conn.execute(sa.select(h).where(h.c.actor == actor, h.c.issue == issue)))
        conn.execute(sa.delete(t.positions).where(t.positions.c.actor == actor, t.positions.c.issue == issue))
        if rows:
            conn.execute(sa.insert(t.positions), _position_row(actor, issue, rows))

    @staticmethod
    def _refresh_all_positions(conn: Connection) -> None:
        """The whole board from the whole history, in one pass (end of a bulk load)."""
        h = t.position_history
        by_key: dict[tuple[str, str], list] = {}
        for row in conn.execute(sa.select(h)):
            by_key.setdefault((row.actor, row.issue), []).append(row)
        conn.execute(sa.delete(t.positions))
        rows = [_position_row(actor, issue, history) for (actor, issue), history in sorted(by_key.items())]
        if rows:
            conn.execute(sa.insert(t.positions), rows)

    @staticmethod
    def _advance_offsets(conn: Connection, highest: dict[tuple[str, int], tuple[int, str | None]]) -> None:
        """Move each topic-partition's freshness row forward, never back: one upsert for the
        batch (a row is inserted, or updated only where the new offset is higher), instead
        of a select and an insert or update per partition, in sorted order as before."""
        if not highest:
            return
        rows = [
            {"topic": topic, "partition": partition, "offset": offset, "last_event_time": event_time}
            for (topic, partition), (offset, event_time) in sorted(highest.items())
        ]
        conn.exec_driver_sql(*_driver_params(_compiled_offsets_upsert(conn.dialect), rows))

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
        coordinates = {"topic", "partition", "offset", "revision_offset"}
        with self.engine.connect() as conn:
            for table in (t.events, *t.VIEW_TABLES):
                columns = [c for c in table.columns if c.name not in coordinates]
                names = [str(c.name) for c in columns]
                rows = sorted(
                    orjson.dumps(dict(zip(names, row)), option=orjson.OPT_SORT_KEYS)
                    for row in conn.execute(sa.select(*columns))
                )
                out[str(table.name)] = hashlib.sha256(b"\n".join(rows)).hexdigest()
        return out

    def apply_envelopes(
        self, envelopes: Iterable[Envelope], batch_size: int = 1000, articles: Iterable[Article] = ()
    ) -> None:
        """Apply events (and the articles behind them) read from anywhere but Kafka."""
        batch: list[Delivered | DeliveredArticle] = [DeliveredArticle(a) for a in articles]
        for envelope in envelopes:
            batch.append(Delivered(envelope))
            if len(batch) >= batch_size:
                self.apply(batch)
                batch = []
        self.apply(batch)
