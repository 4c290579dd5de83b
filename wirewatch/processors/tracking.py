"""position-changed: a pure state transition over position-stated (and retracted) events.

The state for one (actor, issue) is a small JSON-able dict, so that the streaming layer can
keep it in a changelogged table and the offline `extract` command in a plain dict, with the
same rules in both places.

Rules: a change is a stance that differs from the latest earlier stance, by event time, in an
article that tells of a shift (`change_signalled`, processors/shifts.py: a differing stance in an
article with no word of a shift is more often a misreading than news; it joins the history, so
the next stance is compared with it). A restated or explicitly unchanged stance is never a change. A late report, published before
the stance we hold, joins the history and never produces a change. A redelivered event
re-emits exactly what it emitted the first time (same ids).
"""

from __future__ import annotations

from typing import Any

from ..schemas import (
    EVENT_RETRACTED,
    POSITION_CHANGED,
    POSITION_STATED,
    Entity,
    Envelope,
    PositionChanged,
    PositionStated,
    Producer,
    Span,
    new_event,
)
from .keys import position_key
from .revisions import retraction

PRODUCER = Producer(name="position-tracker", version="0.2.0")
HISTORY = 32  # stances kept per (actor, issue): enough to undo retractions of recent ones

TrackedState = dict[str, Any]

__all__ = ["PRODUCER", "TrackedState", "position_key", "track"]


def _is_older(entry: dict, current: dict) -> bool:
    """Whether `entry` happened before `current` (event time; undated: arrival order)."""
    new_time, old_time = entry["occurred_at"], current["occurred_at"]
    if new_time and old_time and new_time != old_time:
        return new_time < old_time
    if new_time == old_time and entry["article_id"] == current["article_id"]:
        return entry["evidence_start"] < current["evidence_start"]
    return False


def _change(entry: dict, previous: dict) -> dict:
    """The position-changed event for `entry` following `previous`, as stored JSON."""
    evidence = Span.model_validate(entry["evidence"])
    return new_event(
        event_type=POSITION_CHANGED,
        article_id=entry["article_id"],
        occurred_at=entry["occurred_at"],
        producer=PRODUCER,
        causation_id=entry["event_id"],
        payload=PositionChanged(
            actor=Entity.model_validate(entry["actor"]),
            issue=entry["issue"],
            from_=previous["stance"],
            to=entry["stance"],
            evidence=evidence,
            previous_event_id=previous["event_id"],
        ),
        evidence=evidence,
        discriminators=(previous["event_id"],),
    ).model_dump(mode="json")


def _differs(entry: dict, previous: dict | None) -> bool:
    return (
        previous is not None
        and previous["stance"] != entry["stance"]
        and not entry["explicitly_unchanged"]
        and entry.get("change_signalled") is not False  # None: a v1 event or state, read as v1 trackers did
    )


def track(previous: TrackedState | None, event: Envelope) -> tuple[TrackedState, list[Envelope]]:
    """Apply one position-stated or event-retracted event; return the new state and the
    events it reveals (position-changed, or retractions of changes that no longer hold)."""
    state: TrackedState = previous or {"history": [], "retracted": {}}
    if event.event_type == POSITION_STATED:
        return _stated(state, event)
    if event.event_type == EVENT_RETRACTED:
        return _retracted(state, event)
    return state, []


def _stated(state: TrackedState, stated: Envelope) -> tuple[TrackedState, list[Envelope]]:
    history = state["history"]
    for entry in history:
        if entry["event_id"] == stated.event_id:  # redelivery
            return state, [Envelope.model_validate(entry["change"])] if entry["change"] else []
    payload = PositionStated.model_validate(stated.payload)
    entry = {
        "event_id": stated.event_id,
        "stance": payload.stance,
        "explicitly_unchanged": payload.explicitly_unchanged,
        "change_signalled": payload.change_signalled,
        "article_id": stated.article_id,
        "occurred_at": stated.occurred_at,
        "evidence_start": payload.evidence.start,
        "actor": payload.actor.model_dump(mode="json"),
        "issue": payload.issue,
        "evidence": payload.evidence.model_dump(mode="json"),
        "change": None,
    }
    current = history[-1] if history else None
    if current is not None and _is_older(entry, current):  # a late report: history only
        at = len(history)
        while at > 0 and _is_older(entry, history[at - 1]):
            at -= 1
        return {**state, "history": [*history[:at], entry, *history[at:]][-HISTORY:]}, []
    if _differs(entry, current):
        entry["change"] = _change(entry, current)
    history = [*history, entry][-HISTORY:]
    changes = [Envelope.model_validate(entry["change"])] if entry["change"] else []
    return {**state, "history": history}, changes


def _retracted(state: TrackedState, event: Envelope) -> tuple[TrackedState, list[Envelope]]:
    target = event.payload["retracted_event_id"]
    history = state["history"]
    index = next((i for i, e in enumerate(history) if e["event_id"] == target), None)
    if index is None:  # already undone: a redelivery re-emits what the first delivery did
        return state, [Envelope.model_validate(e) for e in state["retracted"].get(target, [])]
    removed = history[index]
    emitted: list[Envelope] = []
    if removed["change"]:
        change = Envelope.model_validate(removed["change"])
        emitted.append(_retract_change(change, event))
    history = history[:index] + history[index + 1 :]
    # The stance after the removed one now follows another: its change may appear or vanish.
    if index < len(history):
        follower = dict(history[index])
        before = history[index - 1] if index > 0 else None
        wanted = _change(follower, before) if _differs(follower, before) else None
        if follower["change"] != wanted:
            if follower["change"]:
                emitted.append(_retract_change(Envelope.model_validate(follower["change"]), event))
            if wanted:
                emitted.append(Envelope.model_validate(wanted))
            follower["change"] = wanted
        history = [*history[:index], follower, *history[index + 1 :]]
    retracted = {**state["retracted"], target: [e.model_dump(mode="json") for e in emitted]}
    retracted = dict(list(retracted.items())[-HISTORY:])
    return {"history": history, "retracted": retracted}, emitted


def _retract_change(change: Envelope, cause: Envelope) -> Envelope:
    return retraction(
        change.event_id, POSITION_CHANGED, article_id=change.article_id, occurred_at=change.occurred_at,
        reason="cause-retracted", cause=cause, producer=PRODUCER,
    )
