"""A topic written by an older wirewatch (v1 events) replays through the current code."""

from __future__ import annotations

import asyncio

import orjson
import pytest

from tests.support import publish
from wirewatch.audit.replay import replay
from wirewatch.processors import extract_all
from wirewatch.processors.keys import event_key
from wirewatch.sinks import ViewStore
from wirewatch.sinks import tables as t
from wirewatch.streams.topics import TopicNames, ensure_topics_sync

pytestmark = [pytest.mark.kafka]


def as_v1(envelope: dict) -> dict:
    """What wirewatch 0.1 wrote: article-processed v1 had no `language`."""
    if envelope["event_type"] != "article-processed":
        return envelope
    payload = {k: v for k, v in envelope["payload"].items() if k != "language"}
    return {**envelope, "schema_version": 1, "payload": payload}


def test_a_topic_of_v1_events_replays_into_current_views(broker, seed_article, ctx, tmp_path):
    import uuid

    names = TopicNames(f"v1{uuid.uuid4().hex[:8]}")
    ensure_topics_sync(broker, names.all, 2)
    events = list(extract_all([seed_article], ctx))
    for event in events:
        old = as_v1(event.model_dump(mode="json"))
        publish(broker, names.for_event_type(event.event_type),
                [(event_key(event).encode(), orjson.dumps(old, option=orjson.OPT_SORT_KEYS))])

    store = ViewStore(f"sqlite:///{tmp_path / 'replayed.db'}")
    report = asyncio.run(replay(broker, names, store))
    assert report.undecodable == 0 and report.applied == len(events)
    [article] = store.rows(t.articles)
    processed = next(r["envelope"] for r in store.rows(t.events) if r["event_type"] == "article-processed")
    assert processed["schema_version"] == 2 and processed["payload"]["language"] is None
    assert article["event_ids"] == next(e for e in events if e.event_type == "article-processed").payload["event_ids"]
    assert store.count(t.statements) == sum(e.event_type == "statement-made" for e in events)
    assert store.article_complete(seed_article.id)
