"""Article revisions: the views follow the latest text of an article, whatever the order."""

from __future__ import annotations

import random

import pytest

from wirewatch.processors import extract_all
from wirewatch.schemas import Article
from wirewatch.sinks import Delivered, ViewStore
from wirewatch.sinks import tables as t

pytestmark = pytest.mark.postgres

FIRST = (
    "“We will send more air defence,” Chancellor Olaf Scholz said on Monday.\n"
    "Germany will provide Ukraine with $500 million in military aid, the government said."
)
SECOND = (
    "“We will send more air defence,” Chancellor Olaf Scholz said on Monday.\n"
    "Germany will provide Ukraine with $650 million in military aid, the government said."
)


def revision(text: str) -> Article:
    return Article(id="de-aid", text=text, published_at="2024-10-01T10:00:00+00:00")


@pytest.fixture
def store(store_url):
    s = ViewStore(store_url)
    yield s
    s.close()


def amounts(store):
    return sorted(row["amount_value"] for row in store.rows(t.aid))


def test_a_revised_article_replaces_its_events_and_retracts_the_old_ones(store, ctx):
    events = list(extract_all([revision(FIRST), revision(SECOND)], ctx))
    retracted = [e for e in events if e.event_type == "event-retracted"]
    assert retracted and all(e.payload["reason"] == "article-revised" for e in retracted)
    store.apply_envelopes(events)
    assert amounts(store) == [650e6]
    latest = [e for e in extract_all([revision(SECOND)], ctx) if e.event_type == "statement-made"]
    assert {r["event_id"] for r in store.rows(t.statements)} == {e.event_id for e in latest}
    first = {e.event_id for e in extract_all([revision(FIRST)], ctx) if e.event_type == "statement-made"}
    assert first & {e.event_id for e in latest}, "the unchanged quote is the same event in both revisions"
    assert store.count(t.retractions) == len(retracted)
    assert store.article_complete("de-aid")


def test_the_same_text_again_is_a_no_op(store, ctx):
    once = list(extract_all([revision(FIRST)], ctx))
    twice = list(extract_all([revision(FIRST), revision(FIRST)], ctx))
    assert not [e for e in twice if e.event_type == "event-retracted"]
    store.apply_envelopes(twice)
    other = ViewStore(store.url.replace("views.db", "once.db")) if store.url.startswith("sqlite") else None
    if other is not None:
        other.apply_envelopes(once)
        assert other.digests() == store.digests()
        other.close()
    assert amounts(store) == [500e6]


def test_going_back_to_an_earlier_text_brings_its_events_back(store, ctx):
    store.apply_envelopes(extract_all([revision(FIRST), revision(SECOND), revision(FIRST)], ctx))
    assert amounts(store) == [500e6]


def test_the_views_do_not_depend_on_the_order_events_arrive_across_topics(store, ctx, tmp_path):
    events = list(extract_all([revision(FIRST), revision(SECOND)], ctx))
    # As from Kafka: article-processed events keep their partition order (and offsets);
    # everything else may interleave in any order.
    offsets = iter(range(10_000))
    delivered = [Delivered(e, "topic", 0, next(offsets)) for e in events]
    in_order = ViewStore(f"sqlite:///{tmp_path / 'in-order.db'}")
    in_order.apply(delivered)
    rng = random.Random(7)
    for _ in range(5):
        shuffled = delivered[:]
        rng.shuffle(shuffled)
        processed = [d for d in delivered if d.envelope.event_type == "article-processed"]
        others = [d for d in shuffled if d.envelope.event_type != "article-processed"]
        mixed = others[: len(others) // 2] + processed[:1] + others[len(others) // 2 :] + processed[1:]
        store.engine.dispose()
        fresh = ViewStore(f"sqlite:///{tmp_path / f'shuffled-{rng.random()}.db'}")
        for item in mixed:
            fresh.apply([item])
        assert fresh.digests() == in_order.digests()
        fresh.close()
    in_order.close()


@pytest.mark.parametrize("per_event", [False, True])
def test_the_full_text_index_follows_revisions(tmp_path, ctx, per_event):
    # statements are indexed a batch at a time by the store, and a revision deletes rows:
    # search must find the current text and never the superseded one
    old = "“We will send more tanks,” Chancellor Olaf Scholz said on Monday."
    new = "“We will send more howitzers,” Chancellor Olaf Scholz said on Monday."
    events = list(extract_all([revision(old), revision(new)], ctx))
    store = ViewStore(f"sqlite:///{tmp_path / 'fts.db'}")
    for batch in ([[e] for e in events] if per_event else [events]):
        store.apply([Delivered(e) for e in batch])

    def matching(word: str) -> set[int]:
        with store.engine.connect() as conn:
            return {r[0] for r in conn.exec_driver_sql(
                "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?", (word,))}

    with store.engine.connect() as conn:
        rows = {r[0]: r[1] for r in conn.exec_driver_sql("SELECT rowid, content FROM statements")}
    assert [c for c in rows.values() if "howitzers" in c]
    assert matching("howitzers") == {i for i, c in rows.items() if "howitzers" in c}
    assert matching("tanks") == set()
    assert matching("send") == set(rows)
    store.close()
