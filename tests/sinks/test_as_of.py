"""As-of views rebuilt from the store's copy of the log equal a replay up to that event time."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEEDS
from wirewatch.processors import extract_all
from wirewatch.schemas import Article
from wirewatch.sinks import ViewStore
from wirewatch.sinks import tables as t
from wirewatch.sinks.as_of import AsOfViews, rebuild_as_of
from wirewatch.timeutil import not_after, parse_bound

pytestmark = pytest.mark.postgres


def seed_articles() -> list[Article]:
    return [Article.model_validate(json.loads(p.read_text(encoding="utf-8")))
            for p in sorted((SEEDS / "articles").glob("*.json"))]


def test_the_board_as_of_a_date_is_the_board_of_the_events_up_to_that_date(store_url, ctx, tmp_path):
    articles = seed_articles()
    events = list(extract_all(articles, ctx))
    live = ViewStore(store_url)
    live.apply_envelopes(events, articles=articles)
    bound = parse_bound("2024-09-25")

    as_of = rebuild_as_of(live.engine, bound, f"sqlite:///{tmp_path / 'as-of.db'}")
    expected = ViewStore(f"sqlite:///{tmp_path / 'expected.db'}")
    expected.apply_envelopes([e for e in events if not_after(e.occurred_at, bound)],
                             articles=[a for a in articles if not_after(a.published_at, bound)])
    try:
        assert as_of.digests() == expected.digests()
        board = {(r["actor"], r["issue"]): r["stance"] for r in as_of.rows(t.positions)}
        now = {(r["actor"], r["issue"]): r["stance"] for r in live.rows(t.positions)}
        # Biden opposed long-range strikes in September and authorized them in November
        assert board[("Joe Biden", "long-range-strikes")] == "oppose"
        assert now[("Joe Biden", "long-range-strikes")] == "support"
        assert as_of.count(t.position_changes) == 0 < live.count(t.position_changes)
        assert as_of.count(t.statements) < live.count(t.statements)
    finally:
        for store in (as_of, expected, live):
            store.close()


def test_as_of_stores_follow_the_live_store(sqlite_url, ctx):
    articles = seed_articles()
    live = ViewStore(sqlite_url)
    first = list(extract_all(articles[:1], ctx))
    live.apply_envelopes(first, articles=articles[:1])
    views = AsOfViews(live.engine)
    bound = parse_bound("2030-01-01")
    try:
        engine = views.engine(bound)
        assert views.engine(bound) is engine, "unchanged live store: the same as-of store"
        with engine.connect() as conn:
            before = conn.execute(t.statements.select()).all()
        # the live store moves on (here: offline, so no offsets) -> progress is its row counts
        live.apply_envelopes(list(extract_all(articles, ctx))[len(first):], articles=articles[1:])
        with views.engine(bound).connect() as conn:
            after = conn.execute(t.statements.select()).all()
        assert len(after) > len(before)
    finally:
        views.close()
        live.close()
