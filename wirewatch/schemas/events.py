"""The event envelope and the registry of event types.

Every derived event is immutable and carries everything an auditor needs to trace it:
a deterministic id, the producer that made it, and what caused it.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict

from .payloads import (
    AidAnnounced,
    ArticleProcessed,
    EventRetracted,
    PositionChanged,
    PositionStated,
    StatementMade,
    _Payload,
)
from .article import Article
from .spans import Span

# Fixed forever: changing it would change every event id ever published.
EVENT_ID_NAMESPACE = uuid.UUID("6f1c9a52-5b7e-4f3e-9d0a-3c1f2b8e7a41")

STATEMENT_MADE = "statement-made"
AID_ANNOUNCED = "aid-announced"
POSITION_STATED = "position-stated"
POSITION_CHANGED = "position-changed"
ARTICLE_PROCESSED = "article-processed"
EVENT_RETRACTED = "event-retracted"

PAYLOAD_MODELS: dict[str, type[_Payload]] = {
    STATEMENT_MADE: StatementMade,
    AID_ANNOUNCED: AidAnnounced,
    POSITION_STATED: PositionStated,
    POSITION_CHANGED: PositionChanged,
    ARTICLE_PROCESSED: ArticleProcessed,
    EVENT_RETRACTED: EventRetracted,
}

# Bump on every change of a payload model, with an upcaster from the previous version
# (schemas/upcasting.py) and a committed snapshot (schemas/snapshots/).
SCHEMA_VERSIONS: dict[str, int] = {event_type: 1 for event_type in PAYLOAD_MODELS} | {ARTICLE_PROCESSED: 2, POSITION_STATED: 2}


class Producer(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    version: str


class Envelope(BaseModel):
    """The wire format of a derived event. No wall-clock field: replay must be byte-identical."""

    model_config = ConfigDict(frozen=True)

    event_id: str
    event_type: str
    schema_version: int
    article_id: str
    occurred_at: str | None
    producer: Producer
    correlation_id: str
    causation_id: str
    payload: dict[str, Any]


def payload_digest(payload: dict[str, Any]) -> str:
    """sha256 of the canonical JSON of a payload."""
    return hashlib.sha256(orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)).hexdigest()


def make_event_id(
    article_id: str,
    event_type: str,
    producer: Producer,
    evidence: Span | None,
    *discriminators: str,
    payload: dict[str, Any] | None = None,
) -> str:
    """uuid5 over what identifies the event; the same input always yields the same id.

    The payload's digest is part of it, so a revised article that says something else at
    the same offsets makes a new event, never a silent rewrite of an old one.
    `discriminators` separate events that share an evidence span (two actors in one clause).
    """
    span = f"{evidence.start}:{evidence.end}" if evidence is not None else "-"
    parts = [article_id, event_type, producer.name, producer.version, span, *discriminators]
    if payload is not None:
        parts.append(payload_digest(payload))
    return uuid5_str("\x1f".join(parts))


_NAMESPACE_BYTES = EVENT_ID_NAMESPACE.bytes


def uuid5_str(name: str) -> str:
    """`str(uuid.uuid5(EVENT_ID_NAMESPACE, name))` without building a `UUID` (its int
    arithmetic and checks were a third of an event's id): the same sha1, version and variant
    bits set on the bytes, the same hyphenated lowercase hex."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def new_event(
    *,
    event_type: str,
    article_id: str,
    occurred_at: str | None,
    producer: Producer,
    causation_id: str,
    payload: _Payload,
    evidence: Span | None,
    discriminators: tuple[str, ...] = (),
) -> Envelope:
    """Build an envelope; the id derives from its identifying parts, never from a clock."""
    return envelope_of_body(event_type=event_type, article_id=article_id, occurred_at=occurred_at, producer=producer,
                            causation_id=causation_id, body=payload.model_dump(mode="json", by_alias=True),
                            evidence=evidence, discriminators=discriminators)


def envelope_of_body(
    *,
    event_type: str,
    article_id: str,
    occurred_at: str | None,
    producer: Producer,
    causation_id: str,
    body: dict[str, Any],
    evidence: Span | None,
    discriminators: tuple[str, ...] = (),
) -> Envelope:
    """`new_event` for a payload given as what its model dumps to (`model_dump(mode="json", by_alias=True)`): for a
    hot path that builds that dict itself instead of the payload's models (statements: five models an event)."""
    # every part is already valid (a validated payload's dump, a Producer): no second validation
    return _construct_envelope({
        "event_id": make_event_id(article_id, event_type, producer, evidence, *discriminators, payload=body),
        "event_type": event_type,
        "schema_version": SCHEMA_VERSIONS[event_type],
        "article_id": article_id,
        "occurred_at": occurred_at,
        "producer": producer,
        "correlation_id": article_id,
        "causation_id": causation_id,
        "payload": body,
    })


_ENVELOPE_FIELDS = tuple(Envelope.model_fields)
_object_setattr = object.__setattr__


def _construct_envelope(values: dict[str, Any]) -> Envelope:
    """`Envelope.model_construct(**values)` for a dict holding every field, in field order:
    the same instance state (`__dict__`, fields set, no extra, no private) without the
    generic walk over aliases and defaults (a quarter of an event's cost)."""
    envelope = Envelope.__new__(Envelope)
    _object_setattr(envelope, "__dict__", values)
    _object_setattr(envelope, "__pydantic_fields_set__", set(_ENVELOPE_FIELDS))
    _object_setattr(envelope, "__pydantic_extra__", None)
    _object_setattr(envelope, "__pydantic_private__", None)
    return envelope


def article_event(
    article: Article,
    *,
    event_type: str,
    producer: Producer,
    payload: _Payload,
    evidence: Span | None,
    discriminators: tuple[str, ...] = (),
) -> Envelope:
    """An event derived directly from an article: the article is its correlation and its
    cause, and its publication time is the event's time."""
    return new_event(
        event_type=event_type,
        article_id=article.id,
        occurred_at=article.published_at,
        producer=producer,
        causation_id=article.id,
        payload=payload,
        evidence=evidence,
        discriminators=discriminators,
    )
