"""Article revisions: an article re-sent with the same id and a different text.

The new revision's events replace the old ones. Every event of the old revision that the
new one no longer yields is retracted by an `event-retracted` event, sent where the
retracted event went (same topic, same key), so its consumers see both in order.
The same text again changes nothing; its retractions, if any, are re-emitted unchanged
so that a redelivered record never loses one.
"""

from __future__ import annotations

from typing import Any

from ..schemas import ARTICLE_PROCESSED, EVENT_RETRACTED, Envelope, EventRetracted, Producer, new_event
from .keys import event_key

PRODUCER = Producer(name="article-revisions", version="0.1.0")

RevisionState = dict[str, Any]


def retraction(retracted_id: str, retracted_type: str, *, article_id: str, occurred_at: str | None,
               reason: str, cause: Envelope, producer: Producer = PRODUCER) -> Envelope:
    return new_event(
        event_type=EVENT_RETRACTED,
        article_id=article_id,
        occurred_at=occurred_at,
        producer=producer,
        causation_id=cause.event_id,
        payload=EventRetracted(
            retracted_event_id=retracted_id,
            retracted_event_type=retracted_type,
            reason=reason,
            superseded_by=cause.event_id if cause.event_type == ARTICLE_PROCESSED else None,
        ),
        evidence=None,
        discriminators=(retracted_id, cause.event_id),
    )


def revise(previous: RevisionState | None, events: list[Envelope]) -> tuple[RevisionState, list[tuple[str, Envelope]]]:
    """Given the last revision's state and a new revision's events (ending with its
    `article-processed`), return the new state and the retractions as (key, envelope)."""
    processed = events[-1]
    assert processed.event_type == ARTICLE_PROCESSED
    sha = processed.payload["text_sha256"]
    if previous is not None and previous["sha"] == sha:
        return previous, [(key, Envelope.model_validate(e)) for key, e in previous["retractions"]]

    current = {e.event_id for e in events}
    retractions = []
    for event_id, event_type, key in (previous or {}).get("events", []):
        if event_id not in current:
            retractions.append((key, retraction(
                event_id, event_type, article_id=processed.article_id, occurred_at=processed.occurred_at,
                reason="article-revised", cause=processed,
            )))
    state: RevisionState = {
        "sha": sha,
        "events": [[e.event_id, e.event_type, event_key(e)] for e in events[:-1]],
        "retractions": [[key, e.model_dump(mode="json")] for key, e in retractions],
    }
    return state, retractions
