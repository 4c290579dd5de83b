"""Read queries over the views: keyset pages, full-text search, freshness (the aid ledger: ledger.py).

Everything here only reads (SELECT), except `ensure_read_support`, which the *writer*
(`ViewStore.__init__`) calls to add what fast reads need: the full-text index and the
page-order indexes. Every value reaches the database as a bound parameter.

Page order is newest first by event time: `(coalesce(occurred_at, ''), event_id)` descending,
so events without a publication time come last. A cursor is that key, opaque to clients.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from . import tables as t

FTS_TABLE = "statements_fts"


class QueryError(ValueError):
    """A request the views cannot answer as asked (bad cursor, empty search...): a 4xx."""


# --- schema support for reads (called by the writer) ------------------------------------
_PAGE_INDEXED = ("statements", "aid", "position_history", "position_changes")

# Indexes that stores made before 2026-12-07 have and no query uses: the page-order indexes
# serve every read by time. Dropped when a writer opens such a store (tables.py, _event_columns).
OBSOLETE_INDEXES = tuple(f"ix_{name}_occurred_at" for name in ("events", *_PAGE_INDEXED))


def ensure_read_support(engine: Engine) -> None:
    """Create the full-text index and page-order indexes if missing. Idempotent."""
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            exists = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (FTS_TABLE,)
            ).first()
            if not exists:
                conn.exec_driver_sql(
                    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(content, content='statements',"
                    " content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
                )
                conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
            conn.exec_driver_sql(  # term -> how many statements hold it: picks the search plan
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE}_vocab USING fts5vocab({FTS_TABLE}, 'row')"
            )
            # New statements are indexed by the store, a batch at a time (`index_new_statements`):
            # a row-by-row insert trigger cost half of a live write (measured: 1.0 -> 0.5 ms per
            # article). Stores made before that still have the trigger.
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_ai")
            conn.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ad AFTER DELETE ON statements BEGIN"
                f" INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, content)"
                f" VALUES ('delete', old.rowid, old.content); END"
            )
        elif conn.dialect.name == "postgresql":
            conn.exec_driver_sql(
                "CREATE INDEX IF NOT EXISTS ix_statements_content_fts ON statements"
                " USING gin (to_tsvector('english'::regconfig, content))"
            )
        for name in _PAGE_INDEXED:
            conn.exec_driver_sql(
                f"CREATE INDEX IF NOT EXISTS ix_{name}_page ON {name}"
                " ((coalesce(occurred_at, '')) DESC, event_id DESC)"
            )
        for index in OBSOLETE_INDEXES:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")


def index_new_statements(conn: Connection, after_rowid: int) -> None:
    """Add the statements inserted since `after_rowid` to the SQLite full-text index. Call it in
    the transaction that inserted them, before any of them can be deleted (the delete trigger
    takes a row out of the index, so it must be in it)."""
    conn.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, content) SELECT rowid, content FROM statements WHERE rowid > ?",
        (after_rowid,),
    )


def drop_read_support(conn: Connection) -> None:
    """Remove what `ensure_read_support` adds, so a bulk load need not maintain it row by row."""
    if conn.dialect.name == "sqlite":
        for trigger in ("ai", "ad"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{trigger}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}_vocab")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_statements_content_fts")
    for name in _PAGE_INDEXED:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{name}_page")


def has_fulltext(conn: Connection) -> bool:
    if conn.dialect.name == "sqlite":
        return conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (FTS_TABLE,)
        ).first() is not None
    if conn.dialect.name == "postgresql":
        return True  # to_tsvector works without the index, only slower
    return False


# --- parameters ---------------------------------------------------------------------------
def parse_time(value: str | None, name: str) -> str | None:
    """ISO 8601 -> the canonical UTC string the views compare against (`...+00:00`)."""
    if value is None or value == "":
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise QueryError(f"{name}: not an ISO 8601 date or date-time: {value!r}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc).isoformat()


def encode_cursor(key: Sequence[Any]) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(list(key))).decode().rstrip("=")


def decode_cursor(cursor: str | None, arity: int = 2) -> list[str] | None:
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = orjson.loads(raw)
    except (binascii.Error, ValueError, orjson.JSONDecodeError):
        raise QueryError("cursor: not a cursor this API issued") from None
    if not isinstance(key, list) or len(key) != arity or not all(isinstance(k, str) for k in key):
        raise QueryError("cursor: not a cursor this API issued")
    if any("\x00" in k for k in key):
        raise QueryError("cursor: not a cursor this API issued")
    return key


def _time_key(table: sa.Table):
    # the literal (not a bound '') keeps the expression identical to the page index's
    return sa.func.coalesce(table.c.occurred_at, sa.literal_column("''"))


def _time_filters(table: sa.Table, since: str | None, until: str | None) -> list:
    """Time windows on the page-order key, so the page index serves both the range and the order."""
    key = _time_key(table)
    out = []
    if since:
        out.append(key >= since)
    if until:
        out.append(key <= until)
        out.append(key > sa.literal_column("''"))  # undated events are in no window
    return out


@dataclass
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None


def _event_page(conn: Connection, table: sa.Table, where: list, cursor: str | None, limit: int, columns=None) -> Page:
    key = _time_key(table)
    query = sa.select(*(columns if columns is not None else table.c)).where(*where)
    after = decode_cursor(cursor)
    if after is not None:
        # (key, event_id) < cursor, spelled so that SQLite can seek the page index too
        query = query.where(key <= after[0], sa.or_(key < after[0], table.c.event_id < after[1]))
    query = query.order_by(key.desc(), table.c.event_id.desc()).limit(limit + 1)
    rows = [dict(r._mapping) for r in conn.execute(query)]
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = encode_cursor([last["occurred_at"] or "", last["event_id"]])
    return Page(rows, next_cursor)


# Cost model of the two SQLite search plans (measured at 100k statements): collecting the
# matches costs ~1.5 us per match; walking the page index and testing each row ~50 us per row
# walked, and a page needs limit / density rows. Walk when matches**2 > DENSE_FACTOR * limit * rows.
DENSE_FACTOR = 35


def _sqlite_estimated_matches(conn: Connection, phrases: list[list[str]], any_of: bool) -> tuple[float, int]:
    """(estimated matching statements, statements), from the FTS vocabulary: a phrase as its
    rarest word; all phrases as the product of their densities, any phrase as the sum."""
    words = sorted({w.lower() for words in phrases for w in words})
    try:
        total = conn.execute(sa.text("SELECT max(rowid) FROM statements")).scalar() or 0
        counts = dict(conn.execute(
            sa.text(f"SELECT term, doc FROM {FTS_TABLE}_vocab WHERE term IN :words")
            .bindparams(sa.bindparam("words", expanding=True)), {"words": words}).all())
    except sa.exc.OperationalError:  # no vocabulary table: assume rare
        return 0.0, 0
    if not words or not total:
        return 0.0, total
    per_phrase = [min(counts.get(w.lower(), 0) for w in words) for words in phrases]
    if any_of:
        return float(min(total, sum(per_phrase))), total
    estimate = float(total)
    for docs in per_phrase:
        estimate *= docs / total
    return estimate, total


def _speaker_filter(table: sa.Table, canonical: list[str], raw: str):
    """The gazetteer's canonical names for what the reader typed, or the name as typed (indexed)."""
    return table.c.speaker.in_(sorted({*canonical, raw.strip()}))


def statements_page(
    conn: Connection,
    *,
    speakers: list[str] | None = None,
    speaker_raw: str | None = None,
    q: str | None = None,
    issue_terms: list[str] | None = None,
    article_id: str | None = None,
    since: str | None = None,
    until: str | None = None,
    cursor: str | None = None,
    limit: int = 50,
) -> Page:
    s = t.statements
    where = _time_filters(s, since, until)
    if speaker_raw:
        where.append(_speaker_filter(s, speakers or [], speaker_raw))
    if article_id:
        where.append(s.c.article_id == article_id)
    if q is not None:
        where.append(_search(conn, q, limit))
    if issue_terms is not None:
        # statements about an issue: the content mentions one of the issue's terms
        where.append(_issue_search(conn, issue_terms, limit))
    return _event_page(conn, s, where, cursor, limit)


def _search(conn: Connection, q: str, limit: int = 50):
    """Statements holding every word of `q`."""
    import re

    q = q.strip()
    if len(q) > 500:
        raise QueryError("q: at most 500 characters")
    words = re.findall(r"\w+", q)
    if not words:
        raise QueryError("q: give at least one word to search for")
    return _fulltext(conn, [[w] for w in words[:32]], any_of=False, pg_query=q, limit=limit, name="fts_q")


def _issue_search(conn: Connection, terms: list[str], limit: int = 50):
    """Statements mentioning any of an issue's terms (each term a phrase: `long-range` = "long range")."""
    import re

    phrases = [words for words in (re.findall(r"\w+", term) for term in terms) if words]
    if not phrases:
        return sa.false()
    pg_query = " or ".join('"' + " ".join(words) + '"' for words in phrases)
    return _fulltext(conn, phrases, any_of=True, pg_query=pg_query, limit=limit, name="fts_issue")


def _fulltext(conn: Connection, phrases: list[list[str]], *, any_of: bool, pg_query: str, limit: int, name: str):
    s = t.statements
    if conn.dialect.name == "sqlite" and has_fulltext(conn):
        quoted = ['"' + " ".join(w.replace('"', '""') for w in words) + '"' for words in phrases]
        match = (" OR " if any_of else " ").join(quoted)
        matches, total = _sqlite_estimated_matches(conn, phrases, any_of)
        if matches * matches > DENSE_FACTOR * limit * total:
            # common words: walk the page index and test each row (FTS5 seeks by rowid);
            # matches are dense, so a page is full after a few hundred rows
            return sa.text(
                f"EXISTS (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :{name}"
                f" AND {FTS_TABLE}.rowid = statements.rowid)"
            ).bindparams(**{name: match})
        # rare words: collect the few matching rows, then order them
        found = sa.text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :{name}").bindparams(**{name: match})
        return sa.literal_column("statements.rowid").in_(found.columns(sa.column("rowid", sa.Integer)))
    if conn.dialect.name == "postgresql":
        english = sa.literal_column("'english'::regconfig")
        return sa.func.to_tsvector(english, s.c.content).op("@@")(sa.func.websearch_to_tsquery(english, pg_query))
    # no full-text index: substring matching
    contains = [sa.func.lower(s.c.content).contains(" ".join(words).lower(), autoescape=True) for words in phrases]
    return sa.or_(*contains) if any_of else sa.and_(*contains)


def aid_page(
    conn: Connection,
    *,
    donors: list[str] | None = None,
    recipients: list[str] | None = None,
    aid_type: str | None = None,
    kind: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
    cursor: str | None = None,
    limit: int = 50,
) -> Page:
    a = t.aid
    where = _time_filters(a, since, until)
    if donors is not None:
        where.append(a.c.donor.in_(donors))
    if recipients is not None:
        where.append(a.c.recipient.in_(recipients))
    for column, value in (("aid_type", aid_type), ("kind", kind), ("status", status)):
        if value is not None:
            where.append(a.c[column] == value)
    return _event_page(conn, a, where, cursor, limit)


def positions_page(
    conn: Connection,
    *,
    actors: list[str] | None = None,
    issue: str | None = None,
    stance: str | None = None,
    cursor: str | None = None,
    limit: int = 50,
) -> Page:
    p = t.positions
    query = sa.select(p)
    if actors is not None:
        query = query.where(p.c.actor.in_(actors))
    if issue is not None:
        query = query.where(p.c.issue == issue)
    if stance is not None:
        query = query.where(p.c.stance == stance)
    after = decode_cursor(cursor)
    if after is not None:
        query = query.where(sa.tuple_(p.c.actor, p.c.issue) > sa.tuple_(sa.literal(after[0]), sa.literal(after[1])))
    rows = [dict(r._mapping) for r in conn.execute(query.order_by(p.c.actor, p.c.issue).limit(limit + 1))]
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_cursor([rows[-1]["actor"], rows[-1]["issue"]])
    # the latest change per key on this page, so a board can highlight what moved
    if rows:
        c = t.position_changes
        keys = [(r["actor"], r["issue"]) for r in rows]
        changes = conn.execute(
            sa.select(c).where(sa.tuple_(c.c.actor, c.c.issue).in_(keys))
        ).all()
        latest: dict[tuple[str, str], Any] = {}
        for ch in changes:
            k = (ch.actor, ch.issue)
            if k not in latest or ((ch.occurred_at or ""), ch.event_id) > ((latest[k].occurred_at or ""), latest[k].event_id):
                latest[k] = ch
        for r in rows:
            ch = latest.get((r["actor"], r["issue"]))
            r["last_change"] = None if ch is None else {
                "event_id": ch.event_id, "from": ch.from_stance, "to": ch.to_stance,
                "occurred_at": ch.occurred_at, "article_id": ch.article_id, "evidence": ch.evidence,
            }
    return Page(rows, next_cursor)


def position_history(conn: Connection, actor: str, issue: str, limit: int = 500) -> dict[str, list[dict]]:
    h, c = t.position_history, t.position_changes
    stated = conn.execute(
        sa.select(h).where(h.c.actor == actor, h.c.issue == issue)
        .order_by(_time_key(h), h.c.article_id, h.c.evidence_start).limit(limit)
    ).all()
    changes = conn.execute(
        sa.select(c).where(c.c.actor == actor, c.c.issue == issue).order_by(_time_key(c), c.c.event_id).limit(limit)
    ).all()
    return {"stated": [dict(r._mapping) for r in stated], "changes": [dict(r._mapping) for r in changes]}


# --- articles, events, freshness ------------------------------------------------------------
def article(conn: Connection, article_id: str) -> dict[str, Any] | None:
    row = conn.execute(sa.select(t.articles).where(t.articles.c.article_id == article_id)).first()
    return dict(row._mapping) if row else None


def events_of_article(conn: Connection, article_id: str, limit: int = 2000) -> list[dict[str, Any]]:
    e = t.events
    rows = conn.execute(
        sa.select(e.c.envelope).where(e.c.article_id == article_id).order_by(e.c.event_type, e.c.event_id).limit(limit)
    ).all()
    return [r.envelope for r in rows]


def event(conn: Connection, event_id: str) -> dict[str, Any] | None:
    row = conn.execute(sa.select(t.events).where(t.events.c.event_id == event_id)).first()
    return dict(row._mapping) if row else None


def freshness(conn: Connection) -> dict[str, Any]:
    o = t.offsets
    topics: dict[str, dict[str, Any]] = {}
    latest = None
    for r in conn.execute(sa.select(o).order_by(o.c.topic, o.c.partition)):
        entry = topics.setdefault(r.topic, {"partitions": {}, "last_event_time": None})
        entry["partitions"][str(r.partition)] = r.offset
        if r.last_event_time and (entry["last_event_time"] is None or r.last_event_time > entry["last_event_time"]):
            entry["last_event_time"] = r.last_event_time
        if r.last_event_time and (latest is None or r.last_event_time > latest):
            latest = r.last_event_time
    return {"last_event_time": latest, "topics": topics}


def event_counts(conn: Connection) -> dict[str, int]:
    e = t.events
    return {r[0]: r[1] for r in conn.execute(sa.select(e.c.event_type, sa.func.count()).group_by(e.c.event_type))}
