"""aid-announced: who gives what aid to whom (placeholder; see issue 4)."""

from __future__ import annotations

from ..schemas import Article, Envelope, Producer
from .context import ExtractionContext

PRODUCER = Producer(name="aid", version="0.1.0")


def extract(article: Article, ctx: ExtractionContext) -> list[Envelope]:
    return []
