"""Evidence in its surrounding text, and the causation chain of an event.

When the store holds the article's text (the `article_texts` table, filled by the sink from
the articles topic), the context is that text around the evidence. Otherwise it is rebuilt
from the exact spans (`{text, start, end}`) of every event derived from the article: the known
characters around the evidence, in order, with gaps where no event quoted the article.
`complete` says whether the window is fully known.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..sinks import tables as t

WINDOW = 300  # characters of context either side of the evidence
MAX_CHAIN = 32


def _is_span(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("text"), str)
        and isinstance(value.get("start"), int)
        and isinstance(value.get("end"), int)
        and value["end"] - value["start"] == len(value["text"])
    )


def spans_of(payload: Any) -> Iterable[dict]:
    if _is_span(payload):
        yield payload
    if isinstance(payload, dict):
        for value in payload.values():
            yield from spans_of(value)
    elif isinstance(payload, list):
        for value in payload:
            yield from spans_of(value)


def evidence_span(envelope: dict) -> dict | None:
    payload = envelope.get("payload") or {}
    for key in ("content", "evidence"):
        if _is_span(payload.get(key)):
            return payload[key]
    return None


def article_text(conn: Connection, article_id: str) -> str | None:
    """The article's text (its current revision when known), if the store keeps texts."""
    texts = getattr(t, "article_texts", None)
    if texts is None or not sa.inspect(conn).has_table(texts.name):  # an older store
        return None
    sha = conn.execute(sa.select(t.articles.c.text_sha256).where(t.articles.c.article_id == article_id)).scalar()
    rows = conn.execute(sa.select(texts.c.text, texts.c.text_sha256).where(texts.c.article_id == article_id)).all()
    for row in rows:
        if row.text_sha256 == sha:
            return row.text
    return rows[0].text if len(rows) == 1 else None


def context_from_text(evidence: dict, text: str, window: int = WINDOW) -> dict | None:
    if text[evidence["start"]:evidence["end"]] != evidence["text"]:
        return None  # another revision's text: fall back to the spans
    lo, hi = max(0, evidence["start"] - window), min(len(text), evidence["end"] + window)
    segments = [
        {"start": lo, "end": evidence["start"], "text": text[lo:evidence["start"]], "evidence": False},
        {"start": evidence["start"], "end": evidence["end"], "text": evidence["text"], "evidence": True},
        {"start": evidence["end"], "end": hi, "text": text[evidence["end"]:hi], "evidence": False},
    ]
    return {"start": lo, "end": hi, "complete": True, "segments": [s for s in segments if s["end"] > s["start"]]}


def context(evidence: dict, envelopes: Iterable[dict], window: int = WINDOW) -> dict:
    lo, hi = max(0, evidence["start"] - window), evidence["end"] + window
    known: dict[int, str] = {}
    for envelope in envelopes:
        for span in spans_of(envelope.get("payload")):
            if span["end"] <= lo or span["start"] >= hi:
                continue
            for i, ch in enumerate(span["text"]):
                pos = span["start"] + i
                if lo <= pos < hi:
                    known.setdefault(pos, ch)
    for i, ch in enumerate(evidence["text"]):
        known[evidence["start"] + i] = ch
    segments: list[dict] = []
    for pos in sorted(known):
        inside = evidence["start"] <= pos < evidence["end"]
        last = segments[-1] if segments else None
        if last and last["end"] == pos and last["evidence"] == inside:
            last["text"] += known[pos]
            last["end"] = pos + 1
        else:
            segments.append({"start": pos, "end": pos + 1, "text": known[pos], "evidence": inside})
    start, end = segments[0]["start"], segments[-1]["end"]
    covered = sum(s["end"] - s["start"] for s in segments)
    return {"start": start, "end": end, "complete": covered == end - start and start == lo, "segments": segments}


def causation_chain(conn: Connection, event_row: dict) -> list[dict]:
    """This event, then each causing event, ending at the article (or where the trail stops)."""
    e = t.events
    chain = [{"kind": "event", "id": event_row["event_id"], "event_type": event_row["event_type"]}]
    seen = {event_row["event_id"]}
    current = event_row
    while len(chain) < MAX_CHAIN:
        cause = current["causation_id"]
        if cause == current["article_id"] or cause in seen:
            chain.append({"kind": "article", "id": current["article_id"], "event_type": None})
            break
        row = conn.execute(
            sa.select(e.c.event_id, e.c.event_type, e.c.causation_id, e.c.article_id).where(e.c.event_id == cause)
        ).first()
        if row is None:  # the cause is not in the views (yet): say what it is called
            chain.append({"kind": "event", "id": cause, "event_type": None})
            break
        current = dict(row._mapping)
        seen.add(current["event_id"])
        chain.append({"kind": "event", "id": current["event_id"], "event_type": current["event_type"]})
    return chain
