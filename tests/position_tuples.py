"""How the position test batteries compare events: (actor, issue, stance) per stance a text gives."""

from __future__ import annotations

from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article


def stances(text: str, ctx: ExtractionContext, article_id: str = "t-pos",
            published_at: str = "2025-03-01T00:00:00+00:00", title: str | None = None) -> set[tuple[str, str, str]]:
    article = Article(id=article_id, text=text, published_at=published_at, title=title)
    return {(e.payload["actor"]["canonical"], e.payload["issue"], e.payload["stance"])
            for e in positions.extract(article, ctx)}


def holders(found: set[tuple[str, str, str]]) -> set[str]:
    return {actor for actor, _, _ in found}
