"""`wirewatch diff STORE_A STORE_B`: what changes between two builds of the views.

Events are paired by what they are about (the same article, the same evidence, the same
actor and issue), not by id: a new extractor version gives every event a new id, and what
an auditor wants to see is which facts appeared, vanished or changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from ..sinks import ViewStore
from ..sinks import tables as t

VIEWS = {
    "statement-made": t.statements,
    "aid-announced": t.aid,
    "position-stated": t.position_history,
    "position-changed": t.position_changes,
}


def _span(payload: dict, key: str) -> tuple:
    span = payload.get(key) or {}
    return (span.get("start"), span.get("end"))


def identity(envelope: dict) -> tuple:
    """What an event is about, independent of its id and of the producer's version."""
    p, kind, article = envelope["payload"], envelope["event_type"], envelope["article_id"]
    if kind == "statement-made":
        return (kind, article, _span(p, "content"))
    if kind in ("position-stated", "position-changed"):
        return (kind, article, p["actor"]["canonical"], p["issue"], _span(p, "evidence"))
    return (kind, article, _span(p, "evidence"))


def visible_events(store: ViewStore) -> dict[tuple, dict]:
    """The envelopes behind every row the views show now, by identity."""
    out: dict[tuple, dict] = {}
    with store.engine.connect() as conn:
        for table in VIEWS.values():
            ids = sa.select(table.c.event_id)
            for (envelope,) in conn.execute(sa.select(t.events.c.envelope).where(t.events.c.event_id.in_(ids))):
                out[identity(envelope)] = envelope
    return out


def _changed_fields(a: Any, b: Any, path: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        keys = sorted(set(a) | set(b))
        return [f for k in keys for f in _changed_fields(a.get(k), b.get(k), f"{path}.{k}" if path else k)]
    return [] if a == b else [path]


@dataclass
class Diff:
    added: dict[str, list[dict]] = field(default_factory=dict)
    removed: dict[str, list[dict]] = field(default_factory=dict)
    changed: dict[str, list[dict]] = field(default_factory=dict)

    def counts(self) -> dict[str, dict[str, int]]:
        kinds = sorted(set(self.added) | set(self.removed) | set(self.changed))
        return {k: {"added": len(self.added.get(k, [])), "removed": len(self.removed.get(k, [])),
                    "changed": len(self.changed.get(k, []))} for k in kinds}

    @property
    def empty(self) -> bool:
        return not any(self.added.values()) and not any(self.removed.values()) and not any(self.changed.values())


def diff(a: ViewStore, b: ViewStore) -> Diff:
    left, right = visible_events(a), visible_events(b)
    result = Diff()
    for key in sorted(set(left) | set(right), key=repr):
        kind = key[0]
        if key not in right:
            result.removed.setdefault(kind, []).append(left[key])
        elif key not in left:
            result.added.setdefault(kind, []).append(right[key])
        else:
            fields = _changed_fields(left[key]["payload"], right[key]["payload"])
            if fields:
                result.changed.setdefault(kind, []).append(
                    {"before": left[key], "after": right[key], "fields": fields}
                )
    return result


def _evidence_text(envelope: dict) -> str:
    p = envelope["payload"]
    span = p.get("content") if envelope["event_type"] == "statement-made" else p.get("evidence")
    return (span or {}).get("text", "")[:160]


def render(result: Diff) -> str:
    lines = []
    for kind, counts in result.counts().items():
        lines.append(f"== {kind}: +{counts['added']} -{counts['removed']} ~{counts['changed']}")
        for envelope in result.added.get(kind, []):
            lines.append(f"  + {envelope['article_id']}: {_evidence_text(envelope)}")
        for envelope in result.removed.get(kind, []):
            lines.append(f"  - {envelope['article_id']}: {_evidence_text(envelope)}")
        for change in result.changed.get(kind, []):
            lines.append(f"  ~ {change['after']['article_id']}: {_evidence_text(change['after'])}")
            for name in change["fields"]:
                before = _dig(change["before"]["payload"], name)
                after = _dig(change["after"]["payload"], name)
                lines.append(f"      {name}: {before!r} -> {after!r}")
    return "\n".join(lines) if lines else "no differences"


def _dig(payload: dict, dotted: str):
    node: Any = payload
    for part in dotted.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node
