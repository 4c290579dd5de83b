"""Event time: ISO 8601 strings compared as instants, never as text."""

from __future__ import annotations

import re
from datetime import datetime, time, timezone


def parse_instant(value: str | None) -> datetime | None:
    """An aware UTC datetime, or None for a missing value. Naive times are taken as UTC."""
    if value is None:
        return None
    parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def parse_bound(value: str) -> datetime:
    """An upper bound given by a user: a bare date means the end of that day (UTC)."""
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        day = datetime.fromisoformat(text).date()
        return datetime.combine(day, time.max, tzinfo=timezone.utc)
    instant = parse_instant(text)
    assert instant is not None
    return instant


def not_after(occurred_at: str | None, bound: datetime | None) -> bool:
    """Whether an event belongs to the view as of `bound`. Undated events are left out of
    an as-of view: nothing says they were known by then."""
    if bound is None:
        return True
    instant = parse_instant(occurred_at) if occurred_at else None
    return instant is not None and instant <= bound
