"""The real pipeline on a Kafka-protocol broker: worker process, topics, sinks."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEED_ARTICLE, SEEDS
from tests.support import Pipeline, consume, wait_until
from wirewatch.processors import extract_all
from wirewatch.sinks import ViewStore
from wirewatch.sinks import tables as t
from wirewatch.sources import read_articles
from wirewatch.streams.codec import encode_article
from wirewatch.streams.dlq import header_map

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

SEED_PATHS = sorted(str(p) for p in (SEEDS / "articles").glob("*.json"))


def seed_records() -> list[tuple[bytes, bytes]]:
    articles = sorted(read_articles(SEED_PATHS), key=lambda a: a.published_at or "")
    return [(a.id.encode(), encode_article(a)) for a in articles]


def offline_store(tmp_path, articles, ctx) -> ViewStore:
    """The views an uninterrupted, in-order run must produce, built without Kafka."""
    store = ViewStore(f"sqlite:///{tmp_path / 'offline.db'}")
    store.apply_envelopes(extract_all(articles, ctx), articles=articles)
    return store


def test_seed_article_flows_from_kafka_into_the_views(pipeline: Pipeline, seed_article, ctx):
    expected = {e.event_id for e in extract_all([seed_article], ctx)}
    pipeline.worker()
    pipeline.ingest([(seed_article.id.encode(), SEED_ARTICLE.read_bytes())])
    assert pipeline.wait_for(expected, timeout=90), pipeline.logs()

    assert pipeline.event_ids() == expected
    statements = pipeline.store.rows(t.statements)
    assert any(
        s["speaker"] == "John Kirby" and "I’m sure the issue will come up" in s["content"] for s in statements
    )
    aid = pipeline.store.rows(t.aid)
    assert {(a["amount_value"], a["kind"]) for a in aid} >= {(375e6, "new"), (56e9, "cumulative")}
    positions = {(p["actor"], p["issue"]): p["stance"] for p in pipeline.store.rows(t.positions)}
    assert positions[("Lloyd Austin", "long-range-strikes")] == "oppose"
    assert positions[("Antony Blinken", "long-range-strikes")] == "support"
    article = pipeline.store.rows(t.articles)[0]
    assert article["article_id"] == seed_article.id and article["source"] == "RT"
    assert pipeline.store.article_complete(seed_article.id)
    # Freshness: the sink records how far it read each derived topic.
    assert {o["topic"] for o in pipeline.store.rows(t.offsets)} >= {pipeline.topics.statements, pipeline.topics.aid}


def test_a_stance_change_between_articles_becomes_a_position_changed_event(pipeline: Pipeline, ctx, tmp_path):
    articles = sorted(read_articles(SEED_PATHS), key=lambda a: a.published_at or "")
    events = list(extract_all(articles, ctx))
    changes = [e for e in events if e.event_type == "position-changed"]
    assert any(
        c.payload["actor"]["canonical"] == "Joe Biden" and c.payload["from"] == "oppose" and c.payload["to"] == "support"
        for c in changes
    )
    pipeline.worker()
    for record, article in zip(seed_records(), articles):  # in publication order, one after the other
        pipeline.ingest([record])
        assert pipeline.wait_for({e.event_id for e in events if e.article_id == article.id}), pipeline.logs()
    assert pipeline.store.digests() == offline_store(tmp_path, articles, ctx).digests()
    board = {(p["actor"], p["issue"]): p for p in pipeline.store.rows(t.positions)}
    assert board[("Joe Biden", "long-range-strikes")]["stance"] == "support"


def test_bad_input_goes_to_the_dead_letter_topic_and_processing_goes_on(pipeline: Pipeline, seed_article, ctx):
    bad = [
        (b"not-json", b"this is not json"),
        (b"binary", b"\xff\xfe\x00\x81"),
        (b"array", b"[1, 2, 3]"),
        (b"no-text", json.dumps({"id": "no-text"}).encode()),
        (b"blank", json.dumps({"id": "blank", "text": "   "}).encode()),
        (b"wrong-type", json.dumps({"id": 42, "text": "A text."}).encode()),
        (b"bad-date", json.dumps({"id": "bad-date", "text": "A text.", "published_at": "yesterday"}).encode()),
    ]
    pipeline.worker()
    pipeline.ingest(bad + [(seed_article.id.encode(), SEED_ARTICLE.read_bytes())])

    expected = {e.event_id for e in extract_all([seed_article], ctx)}
    assert pipeline.wait_for(expected, timeout=90), pipeline.logs()
    dead = consume(pipeline.bootstrap, pipeline.topics.dlq, len(bad), timeout=30)
    assert sorted(m.value for m in dead) == sorted(value for _, value in bad)  # the original bytes
    for message in dead:
        headers = header_map(message.headers)
        assert headers["x-error-class"] == "BadArticle"
        assert headers["x-source-topic"] == pipeline.topics.articles
        assert int(headers["x-source-offset"]) >= 0 and headers["x-error-message"]
    reasons = {m.key: header_map(m.headers)["x-error-message"] for m in dead}
    assert "not JSON" in reasons[b"not-json"]
    assert "text" in reasons[b"no-text"]
    assert "published_at" in reasons[b"bad-date"]
    assert pipeline.workers[0].running
    assert pipeline.store.count(t.articles) == 1


def test_the_same_article_twice_never_duplicates_a_row(pipeline: Pipeline, seed_article, ctx, tmp_path):
    record = (seed_article.id.encode(), SEED_ARTICLE.read_bytes())
    pipeline.worker()
    pipeline.ingest([record, record])
    expected = {e.event_id for e in extract_all([seed_article], ctx)}
    assert pipeline.wait_for(expected, timeout=90), pipeline.logs()
    pipeline.ingest([record])
    # The third copy is processed after the first two: wait until its offset is applied.
    assert wait_until(lambda: _articles_offset(pipeline) >= 2, timeout=60), pipeline.logs()
    assert pipeline.store.digests() == offline_store(tmp_path, [seed_article], ctx).digests()


def _articles_offset(pipeline: Pipeline) -> int:
    offsets = [o["offset"] for o in pipeline.store.rows(t.offsets) if o["topic"] == pipeline.topics.articles_processed]
    return max(offsets, default=-1)


def _corpus(seed_article, n: int = 150):
    """Real news texts when ../shared is present, else the seed in many copies."""
    from tests.conftest import SHARED
    from wirewatch.schemas import Article

    texts = sorted((SHARED / "eval" / "polnear" / "train" / "text").glob("*.txt"))[:n]
    articles = [seed_article]
    for i, path in enumerate(texts):
        articles.append(Article(id=f"polnear-{path.stem}", text=path.read_text(encoding="utf-8"),
                                published_at=f"2016-09-{1 + i % 28:02d}T12:00:00+00:00", source="polnear"))
    while len(articles) < n:
        articles.append(seed_article.model_copy(update={"id": f"seed-copy-{len(articles)}"}))
    return articles


def test_stopping_and_killing_the_worker_mid_stream_gives_the_views_of_an_uninterrupted_run(
    pipeline: Pipeline, seed_article, ctx, tmp_path
):
    articles = _corpus(seed_article, n=240)
    expected = {e.event_id for e in extract_all(articles, ctx)}
    records = [(a.id.encode(), encode_article(a)) for a in articles]
    thirds = [records[:80], records[80:160], records[160:]]

    def processed() -> int:
        return pipeline.store.count(t.articles)

    first = pipeline.worker()
    pipeline.ingest(thirds[0])
    assert wait_until(lambda: processed() >= 40, timeout=90), pipeline.logs()
    assert first.stop() == 0  # graceful SIGTERM while the first third is still being worked on
    pipeline.ingest(thirds[1])  # arrives while no worker runs
    second = pipeline.worker()
    assert wait_until(lambda: processed() >= 90, timeout=90), pipeline.logs()
    second.kill()  # crash: SIGKILL with uncommitted offsets, to be re-read
    at_kill = processed()
    pipeline.ingest(thirds[2])
    pipeline.worker()
    assert pipeline.wait_for(expected, timeout=120), pipeline.logs()
    assert at_kill < len(articles)
    assert pipeline.event_ids() == expected
    assert pipeline.store.digests() == offline_store(tmp_path, articles, ctx).digests()


def test_an_extract_worker_beside_a_sink_process_gives_the_views_of_one_worker(
    pipeline: Pipeline, seed_article, ctx, tmp_path
):
    """`--role extract` publishes and tracks but writes no view; `--role sink` writes them."""
    articles = _corpus(seed_article, n=120)
    expected = {e.event_id for e in extract_all(articles, ctx)}
    pipeline.worker(role="extract")
    pipeline.ingest([(a.id.encode(), encode_article(a)) for a in articles])
    processed = consume(pipeline.bootstrap, pipeline.topics.articles_processed, len(articles), timeout=120)
    assert {r.key.decode() for r in processed} == {a.id for a in articles}, pipeline.logs()
    assert pipeline.store.count(t.articles) == 0  # no sink in the extract process
    pipeline.worker(role="sink")
    assert pipeline.wait_for(expected, timeout=120), pipeline.logs()
    assert pipeline.event_ids() == expected
    assert pipeline.store.digests() == offline_store(tmp_path, articles, ctx).digests()


def test_killing_an_extract_worker_beside_a_sink_process_gives_the_views_of_an_uninterrupted_run(
    pipeline: Pipeline, seed_article, ctx, tmp_path
):
    """Alone in its process the extract stage sends while it extracts (`SEND_EVERY`): a
    SIGKILL between those sends and the commit must still lose and duplicate nothing."""
    articles = _corpus(seed_article, n=240)
    expected = {e.event_id for e in extract_all(articles, ctx)}
    pipeline.worker(role="sink")
    first = pipeline.worker(role="extract")
    feeding = pipeline.ingest_gradually([(a.id.encode(), encode_article(a)) for a in articles], per_second=40)
    assert wait_until(lambda: pipeline.store.count(t.articles) >= 60, timeout=120), pipeline.logs()
    first.kill()
    at_kill = pipeline.store.count(t.articles)
    pipeline.worker(role="extract")
    feeding.join()
    assert pipeline.wait_for(expected, timeout=120), pipeline.logs()
    assert at_kill < len(articles)
    assert pipeline.event_ids() == expected
    assert pipeline.store.digests() == offline_store(tmp_path, articles, ctx).digests()


@pytest.mark.postgres
def test_the_worker_writes_the_same_views_into_postgresql(broker, postgres_url, seed_article, ctx, tmp_path):
    pipeline = Pipeline(broker, postgres_url, tmp_path)
    try:
        pipeline.worker()
        pipeline.ingest([(seed_article.id.encode(), SEED_ARTICLE.read_bytes())])
        expected = {e.event_id for e in extract_all([seed_article], ctx)}
        assert pipeline.wait_for(expected, timeout=90), pipeline.logs()
        assert pipeline.store.digests() == offline_store(tmp_path, [seed_article], ctx).digests()
    finally:
        pipeline.close()


def test_position_state_survives_a_worker_restart(pipeline: Pipeline, ctx, tmp_path):
    """The second article's change needs the first article's stance, which only the
    changelogged table of the previous worker knows."""
    articles = sorted(read_articles(SEED_PATHS), key=lambda a: a.published_at or "")
    events = list(extract_all(articles, ctx))
    first, second = seed_records()
    worker = pipeline.worker()
    pipeline.ingest([first])
    assert pipeline.wait_for({e.event_id for e in events if e.article_id == articles[0].id}), pipeline.logs()
    assert worker.stop() == 0
    pipeline.worker()
    pipeline.ingest([second])
    assert pipeline.wait_for({e.event_id for e in events}), pipeline.logs()
    assert pipeline.store.count(t.position_changes) == sum(e.event_type == "position-changed" for e in events) > 0


def test_a_revised_article_is_re_extracted_and_its_dropped_events_retracted(pipeline: Pipeline, ctx, tmp_path):
    from tests.sinks.test_revisions import FIRST, SECOND, revision

    first, second = revision(FIRST), revision(SECOND)
    events = list(extract_all([first, second, second], ctx))
    retracted = {e.payload["retracted_event_id"] for e in events if e.event_type == "event-retracted"}
    assert retracted
    pipeline.worker()
    sequence = (first, second, second)  # the same text again: a no-op
    for n, article in enumerate(sequence, start=1):
        pipeline.ingest([(article.id.encode(), encode_article(article))])
        stage = {e.event_id for e in extract_all(sequence[:n], ctx)}
        assert pipeline.wait_for(stage, timeout=90), pipeline.logs()
    assert wait_until(lambda: pipeline.store.count(t.retractions) == len(retracted), timeout=30)
    assert wait_until(lambda: _articles_offset(pipeline) >= 2, timeout=60), pipeline.logs()
    assert {r["amount_value"] for r in pipeline.store.rows(t.aid)} == {650e6}
    assert pipeline.store.digests() == offline_store(tmp_path, [first, second, second], ctx).digests()
    on_topic = consume(pipeline.bootstrap, pipeline.topics.aid, 10, timeout=5)
    kinds = [decode(m.value)["event_type"] for m in on_topic]
    assert kinds.index("event-retracted") > kinds.index("aid-announced")  # after what it retracts


def decode(value: bytes) -> dict:
    return json.loads(value)


def test_a_revision_after_a_restart_still_retracts_what_the_first_text_yielded(pipeline: Pipeline, ctx):
    # the new worker knows the first revision only from the changelog topic, read back on assignment
    from tests.sinks.test_revisions import FIRST, SECOND, revision

    first, second = revision(FIRST), revision(SECOND)
    events = list(extract_all([first, second], ctx))
    retracted = {e.payload["retracted_event_id"] for e in events if e.event_type == "event-retracted"}
    worker = pipeline.worker()
    pipeline.ingest([(first.id.encode(), encode_article(first))])
    assert pipeline.wait_for({e.event_id for e in extract_all([first], ctx)}, timeout=90), pipeline.logs()
    assert worker.stop() == 0
    pipeline.worker()
    pipeline.ingest([(second.id.encode(), encode_article(second))])
    assert pipeline.wait_for({e.event_id for e in events}, timeout=90), pipeline.logs()
    assert {r["retracted_event_id"] for r in pipeline.store.rows(t.retractions)} == retracted
    assert {r["amount_value"] for r in pipeline.store.rows(t.aid)} == {650e6}
