"""statement-made: who said what (placeholder; see issue 3)."""

from __future__ import annotations

from ..schemas import Article, Envelope, Producer
from .context import ExtractionContext

PRODUCER = Producer(name="statements", version="0.1.0")


def extract(article: Article, ctx: ExtractionContext) -> list[Envelope]:
    return []
