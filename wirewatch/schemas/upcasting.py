"""Reading old events with today's code: a registry of upcasters, one per version step.

Events on the log are never rewritten. A reader upcasts an envelope step by step (v1 -> v2
-> ...) to the current schema version of its type before validating it, so a replay of a
years-old topic runs through the current models.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .events import ARTICLE_PROCESSED, POSITION_STATED, SCHEMA_VERSIONS

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]

UPCASTERS: dict[tuple[str, int], Upcaster] = {}


def upcaster(event_type: str, from_version: int):
    def register(fn: Upcaster) -> Upcaster:
        UPCASTERS[(event_type, from_version)] = fn
        return fn

    return register


@upcaster(ARTICLE_PROCESSED, 1)
def _article_processed_v1_to_v2(payload: dict[str, Any]) -> dict[str, Any]:
    """v2 adds the article's language; a v1 event did not record it."""
    return {**payload, "language": None}


@upcaster(POSITION_STATED, 1)
def _position_stated_v1_to_v2(payload: dict[str, Any]) -> dict[str, Any]:
    """v2 says whether the article tells of a shift; a v1 event did not."""
    return {**payload, "change_signalled": None}


class UnknownSchemaVersion(ValueError):
    pass


def upcast(raw: dict[str, Any]) -> dict[str, Any]:
    """An envelope (as plain JSON) at the current schema version of its type."""
    event_type, version = raw.get("event_type"), raw.get("schema_version")
    current = SCHEMA_VERSIONS.get(event_type)
    if current is None or not isinstance(version, int):
        return raw  # validation will say what is wrong
    if version > current:
        raise UnknownSchemaVersion(f"{event_type} v{version} is newer than this reader (v{current})")
    if version == current:
        return raw  # the same object: the reader may keep the bytes it came from
    payload = raw.get("payload")
    while version < current:
        step = UPCASTERS.get((event_type, version))
        if step is None:
            raise UnknownSchemaVersion(f"no upcaster for {event_type} v{version}")
        payload = step(payload)
        version += 1
    return {**raw, "schema_version": version, "payload": payload}
