"""Hand-made envelopes for API tests: exact control over times, names and amounts."""

from __future__ import annotations

import uuid

from wirewatch.schemas import AID_ANNOUNCED, POSITION_STATED, STATEMENT_MADE, Envelope

NS = uuid.UUID("0d7c3c1e-3f59-4a43-9d57-1c0de0a9e111")


def _span(text: str, start: int = 0) -> dict:
    return {"text": text, "start": start, "end": start + len(text)}


def _entity(name: str, canonical: str | None = None, start: int = 0) -> dict:
    return {"name": name, "canonical": canonical or name, "span": _span(name, start)}


def envelope(event_type: str, article_id: str, occurred_at: str | None, payload: dict, n: int = 0) -> Envelope:
    return Envelope(
        event_id=str(uuid.uuid5(NS, f"{article_id}|{event_type}|{n}")),
        event_type=event_type, schema_version=1, article_id=article_id, occurred_at=occurred_at,
        producer={"name": "test", "version": "0"}, correlation_id=article_id, causation_id=article_id,
        payload=payload,
    )


def statement(article_id: str, occurred_at: str | None, speaker: str, content: str, n: int = 0,
              canonical: str | None = None) -> Envelope:
    return envelope(STATEMENT_MADE, article_id, occurred_at, {
        "speaker": _entity(speaker, canonical, 0), "cue": _span("said", len(speaker) + 1),
        "content": _span(content, len(speaker) + 6), "mode": "indirect",
    }, n)


def aid(article_id: str, occurred_at: str, donor: str, recipient: str, value: float | None, n: int = 0,
        currency: str = "USD", kind: str = "new", aid_type: str = "military", status: str = "announced") -> Envelope:
    text = f"{donor} gives {recipient} aid"
    return envelope(AID_ANNOUNCED, article_id, occurred_at, {
        "donor": _entity(donor), "recipient": _entity(recipient),
        "amount": None if value is None else {"value": value, "currency": currency, "qualifier": "exact"},
        "aid_type": aid_type, "kind": kind, "status": status, "items": [], "parts": [],
        "evidence": _span(text),
    }, n)


def position(article_id: str, occurred_at: str, actor: str, issue: str, stance: str, n: int = 0) -> Envelope:
    text = f"{actor} {stance}s {issue}"
    return envelope(POSITION_STATED, article_id, occurred_at, {
        "actor": _entity(actor), "issue": issue, "stance": stance, "explicitly_unchanged": False,
        "evidence": _span(text),
    }, n)
