"""How the aid test batteries compare events: (donor, recipient, value, currency, kind) per event an article gives, each
recipient span checked against the text it points into."""

from __future__ import annotations

from wirewatch.processors import ExtractionContext, aid
from wirewatch.schemas import AidAnnounced, Article

_CTX = ExtractionContext()


def aid_tuples(title: str, text: str, article_id: str = "t-aid") -> set[tuple]:
    article = Article(id=article_id, title=title, text=text, published_at="2024-06-01T00:00:00+00:00")
    out = set()
    for event in aid.extract(article, _CTX):
        p = AidAnnounced.model_validate(event.payload).model_dump()
        amount = p.get("amount") or {}
        out.add((p["donor"]["canonical"], p["recipient"]["canonical"], amount.get("value"), amount.get("currency"), p["kind"]))
        span = p["recipient"]["span"]
        assert text[span["start"] : span["end"]] == span["text"]
    return out
