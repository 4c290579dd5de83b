"""position-changed: a pure state transition over position-stated events.

The state for one (actor, issue) is a small JSON-able dict so that the streaming layer can
keep it in a changelogged table and the offline `extract` command in a plain dict, with the
same rules in both places.
"""

from __future__ import annotations

from typing import Any

from ..schemas import POSITION_CHANGED, Envelope, PositionChanged, PositionStated, Producer, new_event

PRODUCER = Producer(name="position-tracker", version="0.1.0")

TrackedState = dict[str, Any]


def position_key(actor_canonical: str, issue: str) -> str:
    """Partition and table key: per (actor, issue) order is what change detection needs."""
    return f"{actor_canonical}|{issue}"


def _is_older(stated: Envelope, stated_payload: PositionStated, previous: TrackedState) -> bool:
    """Whether `stated` happened before the stance we hold (event time, not arrival time)."""
    new_time, old_time = stated.occurred_at, previous.get("occurred_at")
    if new_time and old_time and new_time != old_time:
        return new_time < old_time
    if new_time == old_time and stated.article_id == previous.get("article_id"):
        return stated_payload.evidence.start < previous.get("evidence_start", -1)
    return False  # undated or simultaneous reports from different articles: arrival order


def track(previous: TrackedState | None, stated: Envelope) -> tuple[TrackedState, Envelope | None]:
    """Apply one position-stated event; return the new state and the change it reveals, if any.

    Redelivery of the event that set the current state re-emits the same change (same id),
    so a crash between the state update and the send loses nothing.
    """
    payload = PositionStated.model_validate(stated.payload)
    if previous is not None and previous["event_id"] == stated.event_id:
        change = previous.get("change")
        return previous, Envelope.model_validate(change) if change else None
    if previous is not None and _is_older(stated, payload, previous):
        return previous, None

    change = None
    if (
        previous is not None
        and previous["stance"] != payload.stance
        and not payload.explicitly_unchanged
    ):
        change = new_event(
            event_type=POSITION_CHANGED,
            article_id=stated.article_id,
            occurred_at=stated.occurred_at,
            producer=PRODUCER,
            causation_id=stated.event_id,
            payload=PositionChanged(
                actor=payload.actor,
                issue=payload.issue,
                from_=previous["stance"],
                to=payload.stance,
                evidence=payload.evidence,
                previous_event_id=previous["event_id"],
            ),
            evidence=payload.evidence,
            discriminators=(previous["event_id"],),
        )
    state: TrackedState = {
        "stance": payload.stance,
        "event_id": stated.event_id,
        "article_id": stated.article_id,
        "occurred_at": stated.occurred_at,
        "evidence_start": payload.evidence.start,
        "change": change.model_dump(mode="json") if change else None,
    }
    return state, change
