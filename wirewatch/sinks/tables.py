"""The view schema: one SQLAlchemy Core metadata that serves SQLite and PostgreSQL."""

from __future__ import annotations

import orjson
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)

metadata = MetaData()


class RawJSON(TypeDecorator):
    """JSON kept as text: canonical bytes from the log are stored as they are (no second
    serialization on the hot path); reads give plain Python values."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, (bytes, bytearray)):
            return bytes(value).decode("utf-8")
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")

    def process_result_value(self, value, dialect):
        return None if value is None else orjson.loads(value)


def _event_columns() -> list[Column]:
    # No index on occurred_at alone: every read by time goes through a view's page-order index
    # on (coalesce(occurred_at, ''), event_id) (queries.py), and the events table is never read
    # by time. Each such index cost every inserted row a B-tree insert (queries.OBSOLETE_INDEXES).
    return [
        Column("event_id", String(36), primary_key=True),
        Column("article_id", String(512), nullable=False, index=True),
        Column("occurred_at", String(40)),
    ]


# Every applied envelope, verbatim: the audit trail and the source of /events/{id}.
events = Table(
    "events",
    metadata,
    *_event_columns(),
    Column("event_type", String(40), nullable=False, index=True),
    Column("schema_version", Integer, nullable=False),
    Column("producer_name", String(64), nullable=False),
    Column("producer_version", String(32), nullable=False),
    Column("causation_id", String(512), nullable=False),
    Column("correlation_id", String(512), nullable=False),
    Column("envelope", RawJSON, nullable=False),
    Column("topic", String(255)),
    Column("partition", Integer),
    Column("offset", BigInteger),
)

statements = Table(
    "statements",
    metadata,
    *_event_columns(),
    Column("speaker_name", Text, nullable=False),
    Column("speaker", String(255), nullable=False, index=True),
    Column("mode", String(16), nullable=False),
    Column("cue", Text, nullable=False),
    Column("content", Text, nullable=False),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
)

aid = Table(
    "aid",
    metadata,
    *_event_columns(),
    Column("donor", String(255), nullable=False, index=True),
    Column("recipient", String(255), nullable=False, index=True),
    Column("amount_value", Float),
    Column("currency", String(3)),
    Column("qualifier", String(16)),
    Column("aid_type", String(16), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("items", JSON, nullable=False),
    Column("evidence", Text, nullable=False),
)

position_history = Table(
    "position_history",
    metadata,
    *_event_columns(),
    Column("actor", String(255), nullable=False),
    Column("issue", String(255), nullable=False),
    Column("stance", String(16), nullable=False),
    Column("explicitly_unchanged", Boolean, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Index("ix_position_history_key", "actor", "issue"),
)

position_changes = Table(
    "position_changes",
    metadata,
    *_event_columns(),
    Column("actor", String(255), nullable=False),
    Column("issue", String(255), nullable=False),
    Column("from_stance", String(16), nullable=False),
    Column("to_stance", String(16), nullable=False),
    Column("evidence", Text, nullable=False),
    Column("previous_event_id", String(36), nullable=False),
    Column("cause_event_id", String(36), nullable=False),
    Index("ix_position_changes_key", "actor", "issue"),
)

# Current board: derived from position_history by event time, so arrival order never matters.
positions = Table(
    "positions",
    metadata,
    Column("actor", String(255), primary_key=True),
    Column("issue", String(255), primary_key=True),
    Column("stance", String(16), nullable=False),
    Column("since", String(40)),
    Column("as_of", String(40)),
    Column("event_id", String(36), nullable=False),
    Column("evidence", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("article_id", String(512), primary_key=True),
    Column("event_id", String(36), nullable=False),
    Column("text_sha256", String(64), nullable=False),
    Column("title", Text),
    Column("source", String(255)),
    Column("url", Text),
    Column("published_at", String(40)),
    Column("chars", Integer, nullable=False),
    Column("event_ids", JSON, nullable=False),
    # Offset of the article-processed event in its partition: the later revision wins.
    Column("revision_offset", BigInteger),
)

# Article texts as they arrived, per revision: evidence is shown in its sentence from here.
article_texts = Table(
    "article_texts",
    metadata,
    Column("article_id", String(512), primary_key=True),
    Column("text_sha256", String(64), primary_key=True),
    Column("text", Text, nullable=False),
    Column("published_at", String(40)),
)

# Events that no longer hold. Position changes whose cause was retracted stay out of the views.
retractions = Table(
    "retractions",
    metadata,
    Column("retracted_event_id", String(36), primary_key=True),
    Column("event_id", String(36), nullable=False),
    Column("retracted_event_type", String(40), nullable=False),
    Column("reason", String(40), nullable=False),
)

# How far each derived topic partition has been applied: freshness for readers.
offsets = Table(
    "offsets",
    metadata,
    Column("topic", String(255), primary_key=True),
    Column("partition", Integer, primary_key=True),
    Column("offset", BigInteger, nullable=False),
    Column("last_event_time", String(40)),
)

VIEW_TABLES = (statements, aid, position_history, position_changes, positions, articles, article_texts, retractions)
