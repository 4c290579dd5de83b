"""How the aid test batteries compare events: (donor, recipient, value, currency) per event a text gives, each
payload validated against the schema first."""

from __future__ import annotations

from wirewatch.processors import ExtractionContext, aid
from wirewatch.schemas import AidAnnounced, Article

_CTX = ExtractionContext()


def aid_tuples(text: str, article_id: str = "t-aid") -> list[tuple]:
    article = Article(id=article_id, text=text, published_at="2024-05-01T00:00:00+00:00")
    out = []
    for event in aid.extract(article, _CTX):
        AidAnnounced.model_validate(event.payload)
        p = event.payload
        amount = p.get("amount") or {}
        out.append((p["donor"]["canonical"], p["recipient"]["canonical"], amount.get("value"), amount.get("currency")))
    return out
