"""The view store on SQLite and PostgreSQL: idempotent, order-independent, complete."""

from __future__ import annotations

import pytest

from tests.events import stated
from wirewatch.processors import extract_all
from wirewatch.sinks import Delivered, ViewStore
from wirewatch.sinks import tables as t

pytestmark = pytest.mark.postgres


@pytest.fixture
def store(store_url):
    s = ViewStore(store_url)
    yield s
    s.close()


@pytest.fixture(scope="module")
def seed_events(request):
    seed_article = request.getfixturevalue("seed_article")
    ctx = request.getfixturevalue("ctx")
    return list(extract_all([seed_article], ctx))


def test_applying_the_same_events_again_changes_nothing(store, seed_events):
    store.apply_envelopes(seed_events)
    before = store.digests()
    counts = {table.name: store.count(table) for table in t.VIEW_TABLES}
    store.apply_envelopes(seed_events)
    store.apply_envelopes(reversed(seed_events), batch_size=3)
    assert store.digests() == before
    assert {table.name: store.count(table) for table in t.VIEW_TABLES} == counts
    assert store.count(t.events) == len(seed_events)


def test_every_event_lands_in_its_view(store, seed_events):
    store.apply_envelopes(seed_events)
    by_type = {}
    for e in seed_events:
        by_type[e.event_type] = by_type.get(e.event_type, 0) + 1
    assert store.count(t.statements) == by_type.get("statement-made", 0)
    assert store.count(t.aid) == by_type.get("aid-announced", 0)
    assert store.count(t.position_history) == by_type.get("position-stated", 0)
    assert store.count(t.articles) == 1
    assert store.article_complete(seed_events[0].article_id)


def test_an_article_is_incomplete_until_all_its_events_arrived(store, seed_events):
    processed = [e for e in seed_events if e.event_type == "article-processed"]
    others = [e for e in seed_events if e.event_type != "article-processed"]
    assert others, "the seed article yields events"
    store.apply_envelopes(processed + others[:-1])
    assert not store.article_complete(processed[0].article_id)
    store.apply_envelopes(others[-1:])
    assert store.article_complete(processed[0].article_id)


def test_the_position_board_follows_event_time_not_arrival_order(store):
    old = stated("a1", "Joe Biden", "oppose", at="2024-09-25T00:00:00+00:00")
    new = stated("a2", "Joe Biden", "support", at="2024-11-18T00:00:00+00:00")
    newest = stated("a3", "Joe Biden", "support", at="2024-11-20T00:00:00+00:00")
    store.apply_envelopes([newest, new])
    store.apply_envelopes([old])
    [row] = store.rows(t.positions)
    assert row["stance"] == "support"
    assert row["since"] == new.occurred_at and row["as_of"] == newest.occurred_at
    assert store.count(t.position_history) == 3


def test_freshness_offsets_only_move_forward(store, seed_events):
    event = seed_events[0]
    store.apply([Delivered(event, "wirewatch.statements", 0, 41)])
    store.apply([Delivered(event, "wirewatch.statements", 0, 7)])
    [row] = store.rows(t.offsets)
    assert row["offset"] == 41


def test_freshness_offsets_one_upsert_per_batch_per_partition(store, seed_events):
    """Several partitions in a batch, some seen before: new ones are inserted, known ones move
    only forward, each with the event time of its highest offset."""
    a, b = seed_events[0], seed_events[1]
    store.apply([Delivered(a, "wirewatch.statements", 0, 10), Delivered(b, "wirewatch.statements", 1, 5)])
    store.apply([
        Delivered(b, "wirewatch.statements", 0, 12), Delivered(a, "wirewatch.statements", 0, 3),
        Delivered(a, "wirewatch.statements", 1, 4), Delivered(a, "wirewatch.aid", 2, 0),
    ])
    rows = {(r["topic"], r["partition"]): (r["offset"], r["last_event_time"]) for r in store.rows(t.offsets)}
    assert rows == {
        ("wirewatch.statements", 0): (12, b.occurred_at),
        ("wirewatch.statements", 1): (5, b.occurred_at),
        ("wirewatch.aid", 2): (0, a.occurred_at),
    }


def test_freshness_offsets_are_written_with_the_batch_or_not_at_all(store, seed_events, monkeypatch):
    """The offsets row moves in the batch's transaction: a batch that fails after it leaves
    neither its rows nor its offsets behind."""
    advance = ViewStore._advance_offsets

    def advance_then_fail(conn, highest):
        advance(conn, highest)
        raise RuntimeError("the database went away after the offsets")

    monkeypatch.setattr(ViewStore, "_advance_offsets", staticmethod(advance_then_fail))
    with pytest.raises(RuntimeError):
        store.apply([Delivered(e, "wirewatch.statements", 0, n) for n, e in enumerate(seed_events)])
    assert store.rows(t.offsets) == []
    assert store.count(t.events) == 0
    monkeypatch.setattr(ViewStore, "_advance_offsets", staticmethod(advance))
    store.apply([Delivered(e, "wirewatch.statements", 0, n) for n, e in enumerate(seed_events)])
    [row] = store.rows(t.offsets)
    assert row["offset"] == len(seed_events) - 1 and store.count(t.events) == len(seed_events)


def _open_store(url: str) -> None:
    ViewStore(url).close()


def test_workers_opening_a_fresh_store_at_once_all_start(tmp_path):
    """Two workers started together on a new SQLite file raced in create_all; one exited."""
    from multiprocessing import get_context

    context = get_context("fork")
    for attempt in range(5):
        url = f"sqlite:///{tmp_path / f'race-{attempt}.db'}"
        processes = [context.Process(target=_open_store, args=(url,)) for _ in range(3)]
        for p in processes:
            p.start()
        for p in processes:
            p.join(30)
        assert [p.exitcode for p in processes] == [0, 0, 0]


def _index_names(store: ViewStore) -> set[str]:
    """Every index's name, expression indexes too (SQLAlchemy's inspector skips those)."""
    catalog = ("SELECT name FROM sqlite_master WHERE type = 'index'" if store.engine.dialect.name == "sqlite"
               else "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
    with store.engine.connect() as conn:
        return {row[0] for row in conn.exec_driver_sql(catalog)}


def test_no_index_on_event_time_alone_and_old_stores_lose_theirs(store):
    """Reads by time go through the page-order indexes; an index on occurred_at alone only
    cost every insert. A store made before has them: a writer opening it drops them."""
    from wirewatch.sinks.queries import OBSOLETE_INDEXES

    assert not _index_names(store) & set(OBSOLETE_INDEXES)
    with store.engine.begin() as conn:
        for name in OBSOLETE_INDEXES:
            table = name.removeprefix("ix_").removesuffix("_occurred_at")
            conn.exec_driver_sql(f"CREATE INDEX {name} ON {table} (occurred_at)")
    assert set(OBSOLETE_INDEXES) <= _index_names(store)
    reopened = ViewStore(store.url)
    try:
        assert not _index_names(reopened) & set(OBSOLETE_INDEXES)
        assert {f"ix_{n}_page" for n in ("statements", "aid", "position_history", "position_changes")} <= _index_names(reopened)
    finally:
        reopened.close()


def test_the_writer_connection_gets_its_page_cache(tmp_path, seed_events):
    """SQLite: the live writer's transactions run with WRITER_CACHE_KIB of page cache."""
    from wirewatch.sinks.store import WRITER_CACHE_KIB

    s = ViewStore(f"sqlite:///{tmp_path}/views.db")
    try:
        s.apply_envelopes(seed_events)
        with s.engine.connect() as conn:  # the pool's one connection, the writer's
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -WRITER_CACHE_KIB
    finally:
        s.close()
