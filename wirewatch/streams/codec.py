"""Bytes on the wire. Canonical JSON (sorted keys) so a replayed event is byte-identical."""

from __future__ import annotations

import orjson
from pydantic import ValidationError

from ..schemas import MAX_TEXT_CHARS, Article, Envelope
from ..schemas.upcasting import upcast

_ENVELOPE_FIELDS = len(Envelope.model_fields)


def encode_event(envelope: Envelope) -> bytes:
    """`model_dump(mode="json")`'s JSON, built from the fields directly: every field is already
    JSON-ready (the payload is a validated model's dump), and the worker encodes every event."""
    return orjson.dumps(
        {**envelope.__dict__, "producer": envelope.producer.__dict__}, option=orjson.OPT_SORT_KEYS
    )


def decode_event(data: bytes) -> Envelope:
    """An event from the log, upcast to the current schema version of its type."""
    return decode_event_raw(data)[0]


def decode_event_raw(data: bytes) -> tuple[Envelope, bytes | None]:
    """The event, and its bytes when they are already its current canonical form (so a
    sink can store them as they are); None when it was upcast or is not canonical."""
    raw = orjson.loads(data)
    current = upcast(raw)
    envelope = Envelope.model_validate(current)
    canonical = current is raw and len(raw) == _ENVELOPE_FIELDS
    return envelope, (data if canonical else None)


def encode_article(article: Article | dict) -> bytes:
    data = article.model_dump(mode="json", exclude_none=True) if isinstance(article, Article) else article
    return orjson.dumps(data)


class BadArticle(ValueError):
    """An `articles` record that cannot become an Article; it goes to the DLQ."""


def decode_article(data: bytes | None) -> Article:
    if data is None:
        raise BadArticle("empty message (tombstone)")
    if len(data) > 4 * MAX_TEXT_CHARS + 65_536:  # UTF-8 is at most 4 bytes per character
        raise BadArticle(f"message of {len(data)} bytes is over the article size limit")
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise BadArticle(f"not JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise BadArticle(f"expected a JSON object, got {type(raw).__name__}")
    try:
        return Article.model_validate(raw)
    except ValidationError as exc:
        details = "; ".join(f"{'.'.join(map(str, e['loc'])) or '-'}: {e['msg']}" for e in exc.errors()[:5])
        raise BadArticle(f"not a valid Article: {details}") from None
