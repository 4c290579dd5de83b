"""Which events must stay in order relative to each other: the partition key of an event."""

from __future__ import annotations

from ..schemas import POSITION_CHANGED, POSITION_STATED, Envelope


def position_key(actor_canonical: str, issue: str) -> str:
    """Stances of one actor on one issue stay in order; the tracker's state is keyed by it."""
    return f"{actor_canonical}|{issue}"


def event_key(envelope: Envelope) -> str:
    """Per-(actor, issue) order for stances and their changes; per-article order otherwise."""
    if envelope.event_type in (POSITION_STATED, POSITION_CHANGED):
        p = envelope.payload
        return position_key(p["actor"]["canonical"], p["issue"])
    return envelope.article_id
