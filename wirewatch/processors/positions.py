"""position-stated: an actor's stance on a watched issue (placeholder; see issue 4)."""

from __future__ import annotations

from ..schemas import Article, Envelope, Producer
from .context import ExtractionContext

PRODUCER = Producer(name="positions", version="0.1.0")


def extract(article: Article, ctx: ExtractionContext) -> list[Envelope]:
    return []
