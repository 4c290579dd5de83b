"""`wirewatch audit EVENT_ID`: why a row exists — the event, where it sits in the log,
the words it came from, the article, and the chain of causes back to the article."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from ..processors.text import sentences
from ..sinks import ViewStore
from ..sinks import tables as t


@dataclass
class Explanation:
    envelope: dict[str, Any]
    coordinates: dict[str, Any]
    evidence: dict[str, Any] | None
    sentence: dict[str, Any] | None
    article: dict[str, Any] | None
    chain: list[dict[str, Any]] = field(default_factory=list)
    retracted_by: str | None = None


def _evidence(payload: dict) -> dict | None:
    for key in ("evidence", "content"):
        if isinstance(payload.get(key), dict) and "start" in payload[key]:
            return payload[key]
    return None


def _in_sentence(text: str, span: dict) -> dict:
    """The sentence (or sentences) holding the span, with the span marked by offsets."""
    covering = [s for s in sentences(text) if s.start < span["end"] and span["start"] < s.end]
    start = min((s.start for s in covering), default=span["start"])
    end = max((s.end for s in covering), default=span["end"])
    return {"text": text[start:end], "start": start, "end": end,
            "highlight": [span["start"] - start, span["end"] - start]}


def explain(store: ViewStore, event_id: str) -> Explanation | None:
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(t.events).where(t.events.c.event_id == event_id)).first()
        if row is None:
            return None
        envelope = row.envelope
        chain, cause = [], envelope["causation_id"]
        seen = {event_id}
        while cause not in seen:  # back to the article (whose id is not an event id)
            seen.add(cause)
            parent = conn.execute(sa.select(t.events.c.envelope).where(t.events.c.event_id == cause)).scalar()
            if parent is None:
                chain.append({"article_id": cause})
                break
            chain.append({"event_id": parent["event_id"], "event_type": parent["event_type"]})
            cause = parent["causation_id"]
        article = conn.execute(sa.select(t.articles).where(t.articles.c.article_id == envelope["article_id"])).first()
        texts = conn.execute(
            sa.select(t.article_texts.c.text_sha256, t.article_texts.c.text).where(
                t.article_texts.c.article_id == envelope["article_id"]
            )
        ).all()
        retracted_by = conn.execute(
            sa.select(t.retractions.c.event_id).where(t.retractions.c.retracted_event_id == event_id)
        ).scalar()
    evidence = _evidence(envelope["payload"])
    sentence = None
    if evidence is not None:
        for _, text in texts:  # the revision whose text holds the evidence at its offsets
            if text[evidence["start"] : evidence["end"]] == evidence["text"]:
                sentence = _in_sentence(text, evidence)
                break
    article_meta = {k: v for k, v in dict(article._mapping).items() if k != "event_ids"} if article else None
    return Explanation(
        envelope=envelope,
        coordinates={"topic": row.topic, "partition": row.partition, "offset": row.offset},
        evidence=evidence,
        sentence=sentence,
        article=article_meta,
        chain=chain,
        retracted_by=retracted_by,
    )


def render(explanation: Explanation) -> str:
    e = explanation.envelope
    lines = [
        f"event      {e['event_id']}  ({e['event_type']} v{e['schema_version']})",
        f"producer   {e['producer']['name']} {e['producer']['version']}",
        f"occurred   {e['occurred_at']}",
        "kafka      {topic} partition {partition} offset {offset}".format(**explanation.coordinates),
    ]
    if explanation.retracted_by:
        lines.append(f"RETRACTED  by {explanation.retracted_by}")
    if explanation.article:
        a = explanation.article
        lines.append(f"article    {a['article_id']} — {a.get('title') or ''} ({a.get('source') or '?'}, {a.get('published_at')})")
    if explanation.sentence:
        s = explanation.sentence
        lo, hi = s["highlight"]
        lines.append(f"evidence   …{s['text'][:lo]}⟦{s['text'][lo:hi]}⟧{s['text'][hi:]}…")
        lines.append(f"           characters {explanation.evidence['start']}–{explanation.evidence['end']} of the article text")
    elif explanation.evidence:
        lines.append(f"evidence   ⟦{explanation.evidence['text']}⟧ (article text not in this store)")
    chain = " → ".join(
        f"{c['event_type']} {c['event_id']}" if "event_id" in c else f"article {c['article_id']}"
        for c in explanation.chain
    )
    lines.append(f"caused by  {chain}")
    import json

    lines.append("payload    " + json.dumps(e["payload"], ensure_ascii=False, indent=2).replace("\n", "\n           "))
    return "\n".join(lines)
