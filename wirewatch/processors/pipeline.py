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
    article_event,
)
from . import aid, positions, statements, tracking
from . import revisions as revisions_
from .keys import event_key
from .context import ExtractionContext

ARTICLE_PROCESSORS = (statements, aid, positions)
ARTICLE_LOG = Producer(name="article-log", version="0.2.0")


def process_article(article: Article, ctx: ExtractionContext) -> list[Envelope]:
    """The article's derived events, then one `article-processed` event that lists them."""
    events: list[Envelope] = []
    shared = ctx.for_article(article.text)  # paragraphs, sentences, mentions: computed once
    for processor in ARTICLE_PROCESSORS:
        events.extend(processor.extract(article, shared))
    if ctx.producer_version:
        events = [restamp(e, ctx.producer_version) for e in events]
    processed = article_processed(article, events)
    if ctx.producer_version:
        processed = restamp(processed, ctx.producer_version)
    events.append(processed)
    return events


def restamp(envelope: Envelope, version: str) -> Envelope:
    """The same event under another producer version: a new id derived from the old one."""
    import uuid

    from ..schemas.events import EVENT_ID_NAMESPACE

    return envelope.model_copy(
        update={
            "producer": Producer(name=envelope.producer.name, version=version),
            "event_id": str(uuid.uuid5(EVENT_ID_NAMESPACE, f"{envelope.event_id}\x1f{version}")),
        }
    )


def article_processed(article: Article, events: list[Envelope]) -> Envelope:
    event_ids: dict[str, list[str]] = {}
    for event in events:
        event_ids.setdefault(event.event_type, []).append(event.event_id)
    text_sha256 = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    return article_event(
        article,
        event_type=ARTICLE_PROCESSED,
        producer=ARTICLE_LOG,
        payload=ArticleProcessed(
            text_sha256=text_sha256,
            title=article.title,
            source=article.source,
            url=article.url,
            published_at=article.published_at,
            language=article.language,
            chars=len(article.text),
            event_ids=event_ids,
        ),
        evidence=None,
        discriminators=(text_sha256,),
    )


def tracked(events: list[Envelope], retractions: list[tuple[str, Envelope]]) -> list[tuple[str, Envelope]]:
    """What the position tracker consumes, keyed as on the positions topic, in topic order."""
    stated = [(event_key(e), e) for e in events if e.event_type == POSITION_STATED]
    undone = [(k, r) for k, r in retractions if r.payload["retracted_event_type"] == POSITION_STATED]
    return stated + undone


def extract_all(articles: Iterable[Article], ctx: ExtractionContext) -> Iterator[Envelope]:
    """Offline equivalent of the streaming pipeline, in the same order: each article's events
    (with retractions when it revises an earlier one), then the stance changes they reveal."""
    revisions: dict[str, revisions_.RevisionState] = {}
    positions: dict[str, tracking.TrackedState] = {}
    for article in articles:
        events = process_article(article, ctx)
        revisions[article.id], retractions = revisions_.revise(revisions.get(article.id), events)
        yield from events
        for _, retraction in retractions:
            yield retraction
        for key, event in tracked(events, retractions):
            positions[key], revealed = tracking.track(positions.get(key), event)
            yield from revealed
