"""Run every article processor over one article, and track positions over a run of articles."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from ..schemas import (
    ARTICLE_PROCESSED,
    POSITION_STATED,
    Article,
    ArticleProcessed,
    Envelope,
    Producer,
    new_event,
)
from . import aid, positions, statements, tracking
from .context import ExtractionContext

ARTICLE_PROCESSORS = (statements, aid, positions)
ARTICLE_LOG = Producer(name="article-log", version="0.1.0")


def process_article(article: Article, ctx: ExtractionContext) -> list[Envelope]:
    """The article's derived events, then one `article-processed` event that lists them."""
    events: list[Envelope] = []
    for processor in ARTICLE_PROCESSORS:
        events.extend(processor.extract(article, ctx))
    events.append(article_processed(article, events))
    return events


def article_processed(article: Article, events: list[Envelope]) -> Envelope:
    event_ids: dict[str, list[str]] = {}
    for event in events:
        event_ids.setdefault(event.event_type, []).append(event.event_id)
    text_sha256 = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    return new_event(
        event_type=ARTICLE_PROCESSED,
        article_id=article.id,
        occurred_at=article.published_at,
        producer=ARTICLE_LOG,
        causation_id=article.id,
        payload=ArticleProcessed(
            text_sha256=text_sha256,
            title=article.title,
            source=article.source,
            url=article.url,
            published_at=article.published_at,
            chars=len(article.text),
            event_ids=event_ids,
        ),
        evidence=None,
        discriminators=(text_sha256,),
    )


def extract_all(articles: Iterable[Article], ctx: ExtractionContext) -> Iterator[Envelope]:
    """Offline equivalent of the streaming pipeline: article events, then the changes they reveal."""
    state: dict[str, tracking.TrackedState] = {}
    for article in articles:
        events = process_article(article, ctx)
        yield from events
        for event in events:
            if event.event_type != POSITION_STATED:
                continue
            key = tracking.position_key(event.payload["actor"]["canonical"], event.payload["issue"])
            state[key], change = tracking.track(state.get(key), event)
            if change is not None:
                yield change
