"""Auditors' tools on a real log: replay, as-of, audit of one event, reprocess and diff."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEEDS
from tests.support import Pipeline
from wirewatch.audit.diff import diff
from wirewatch.audit.explain import explain
from wirewatch.audit.replay import replay
from wirewatch.processors.tracking import PRODUCER as TRACKER
from wirewatch.audit.reprocess import reprocess
from wirewatch.processors import Gazetteer, extract_all
from wirewatch.sinks import ViewStore
from wirewatch.sinks import tables as t
from wirewatch.sources import read_articles
from wirewatch.streams.codec import encode_article
from wirewatch.timeutil import parse_bound

pytestmark = [pytest.mark.kafka, pytest.mark.slow]


@pytest.fixture(scope="module")
def live(broker, tmp_path_factory, ctx):
    """A log built by the live worker from the seed articles, in publication order."""
    workdir = tmp_path_factory.mktemp("live")
    pipeline = Pipeline(broker, f"sqlite:///{workdir / 'live.db'}", workdir)
    articles = sorted(read_articles(sorted(str(p) for p in (SEEDS / "articles").glob("*.json"))),
                      key=lambda a: a.published_at)
    events = list(extract_all(articles, ctx))
    worker = pipeline.worker()
    for article in articles:
        pipeline.ingest([(article.id.encode(), encode_article(article))])
        assert pipeline.wait_for({e.event_id for e in events if e.article_id == article.id}), pipeline.logs()
    assert worker.stop() == 0
    yield pipeline, events
    pipeline.close()


def fresh(tmp_path, name: str) -> ViewStore:
    return ViewStore(f"sqlite:///{tmp_path / name}")


def test_replay_rebuilds_the_live_views_exactly_and_twice_the_same(live, tmp_path):
    pipeline, _ = live
    first = asyncio.run(replay(pipeline.bootstrap, pipeline.topics, fresh(tmp_path, "a.db")))
    second = asyncio.run(replay(pipeline.bootstrap, pipeline.topics, fresh(tmp_path, "b.db")))
    assert first.digests == second.digests == pipeline.store.digests()
    assert first.applied > 0 and first.undecodable == 0


@pytest.mark.parametrize("processes", [1, 3])
def test_replay_shared_among_processes_builds_the_same_views(live, tmp_path, processes):
    # each process applies its share of the partitions; the views must not depend on how
    # the shares interleave (three processes over four partitions: uneven shares)
    pipeline, _ = live
    report = asyncio.run(replay(pipeline.bootstrap, pipeline.topics, fresh(tmp_path, "p.db"), processes=processes))
    assert report.digests == pipeline.store.digests()
    assert report.records == sum(1 for _ in _all_records(pipeline))


def _all_records(pipeline):
    from wirewatch.streams.log_reader import read_to_end

    async def read() -> list:
        return [r async for batch in read_to_end(pipeline.bootstrap, [pipeline.topics.articles,
                                                                      *pipeline.topics.derived]) for r in batch]
    return asyncio.run(read())


def test_replay_refuses_a_store_that_is_not_fresh(live):
    pipeline, _ = live
    with pytest.raises(ValueError, match="fresh"):
        asyncio.run(replay(pipeline.bootstrap, pipeline.topics, pipeline.store))


def test_the_position_board_as_it_stood_on_a_date(live, tmp_path):
    pipeline, _ = live
    store = fresh(tmp_path, "as-of.db")
    asyncio.run(replay(pipeline.bootstrap, pipeline.topics, store, until=parse_bound("2024-09-25")))
    board = {(p["actor"], p["issue"]): p["stance"] for p in store.rows(t.positions)}
    assert board[("Joe Biden", "long-range-strikes")] == "oppose"
    assert store.count(t.position_changes) == 0
    assert {a["article_id"] for a in store.rows(t.articles)} == {"rt-2024-09-25-zelensky-biden-long-range"}
    now = {(p["actor"], p["issue"]): p["stance"] for p in pipeline.store.rows(t.positions)}
    assert now[("Joe Biden", "long-range-strikes")] == "support"


def test_views_as_of_on_the_command_line(live):
    pipeline, _ = live
    out = subprocess.run(
        [sys.executable, "-m", "wirewatch", "views", "--as-of", "2024-09-25", "--broker", pipeline.bootstrap,
         "--topic-prefix", pipeline.prefix],
        capture_output=True, timeout=120, cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr.decode()
    text = out.stdout.decode()
    assert "views as of 2024-09-25" in text and "== Position changes (0) ==" in text


def test_as_of_from_the_store_equals_a_replay_of_kafka_up_to_that_time(live, tmp_path):
    from wirewatch.sinks.as_of import rebuild_as_of

    pipeline, _ = live
    for bound in ("2024-09-25", "2024-11-18T08:59:59Z", "2030-01-01"):
        from_kafka = fresh(tmp_path, f"kafka-{bound[:10]}.db")
        asyncio.run(replay(pipeline.bootstrap, pipeline.topics, from_kafka, until=parse_bound(bound)))
        from_store = rebuild_as_of(pipeline.store.engine, parse_bound(bound), f"sqlite:///{tmp_path / f'store-{bound[:10]}.db'}")
        assert from_store.digests() == from_kafka.digests(), bound
        from_store.close()
        from_kafka.close()

    out = subprocess.run(  # no broker: the command reads the store's copy of the log
        [sys.executable, "-m", "wirewatch", "views", "--as-of", "2024-09-25", "--store", pipeline.store.url],
        capture_output=True, timeout=120, cwd=ROOT, env={k: v for k, v in os.environ.items() if k != "WIREWATCH_BROKER"},
    )
    assert out.returncode == 0, out.stderr.decode()
    assert "views as of 2024-09-25" in out.stdout.decode() and "== Position changes (0) ==" in out.stdout.decode()


def test_audit_explains_a_change_back_to_its_article(live):
    pipeline, events = live
    change = next(e for e in events if e.event_type == "position-changed")
    explanation = explain(pipeline.store, change.event_id)
    assert explanation is not None
    assert explanation.coordinates["topic"] == pipeline.topics.position_changes
    assert explanation.coordinates["offset"] is not None
    kinds = [link.get("event_type", "article") for link in explanation.chain]
    assert kinds == ["position-stated", "article"]
    assert explanation.chain[-1]["article_id"] == change.article_id
    sentence = explanation.sentence
    lo, hi = sentence["highlight"]
    assert sentence["text"][lo:hi] == change.payload["evidence"]["text"]
    assert explanation.article["published_at"].startswith("2024-11-18")

    out = subprocess.run(
        [sys.executable, "-m", "wirewatch", "audit", change.event_id, "--store", pipeline.store_url],
        capture_output=True, timeout=60, cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr.decode()
    assert "position-stated" in out.stdout.decode() and "⟦" in out.stdout.decode()


def test_reprocess_with_a_changed_extractor_and_diff_show_what_would_change(live, ctx, tmp_path):
    pipeline, _ = live
    same = fresh(tmp_path, "same.db")
    report = asyncio.run(reprocess(pipeline.bootstrap, pipeline.topics, same, ctx, group_id="reprocess-same"))
    assert report.articles == 2
    assert diff(pipeline.store, same).empty  # same code, same facts (ids differ by nothing)

    # A deliberately changed extractor: the gazetteer now calls Kirby by his rank, and a new label.
    records = [
        {"canonical": "Rear Admiral John Kirby" if a.canonical == "John Kirby" else a.canonical,
         "kind": a.kind, "aliases": list(a.aliases), "part_of": a.part_of, "speaks_for": a.speaks_for,
         "country": a.country}
        for a in ctx.gazetteer.actors
    ]
    changed_ctx = dataclasses.replace(ctx, gazetteer=Gazetteer.from_records(records), producer_version="kirby-rank")
    changed = fresh(tmp_path, "changed.db")
    asyncio.run(reprocess(pipeline.bootstrap, pipeline.topics, changed, changed_ctx))
    assert {e["producer"]["version"] for e in changed.rows(t.events) for e in [e["envelope"]]} == {"kirby-rank", TRACKER.version}  # the tracker keeps its own label
    result = diff(pipeline.store, changed)
    counts = result.counts()
    kirby = [c for c in result.changed.get("statement-made", [])]
    assert kirby and all("speaker.canonical" in c["fields"] for c in kirby)
    assert all(c["after"]["payload"]["speaker"]["canonical"] == "Rear Admiral John Kirby" for c in kirby)
    assert counts["statement-made"]["added"] == counts["statement-made"]["removed"] == 0

    out = subprocess.run([sys.executable, "-m", "wirewatch", "diff", pipeline.store_url, changed.url],
                         capture_output=True, timeout=60, cwd=ROOT)
    assert out.returncode == 0
    assert "speaker.canonical: 'John Kirby' -> 'Rear Admiral John Kirby'" in out.stdout.decode()
