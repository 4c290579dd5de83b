"""Graceful shutdown: SIGTERM mid-stream finishes what is in flight, flushes the sink,
commits the offsets and exits 0 within 10 s; a restart then re-does nothing."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from tests.reliability.corpus import corpus, reference_in_background
from tests.reliability.groups import committed
from tests.support import Pipeline, consume, wait_until
from wirewatch.sinks import tables as t
from wirewatch.streams.codec import encode_article

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

ARTICLES = 800


def test_sigterm_mid_stream_finishes_commits_and_exits_0_within_10_s(pipeline: Pipeline, ctx, tmp_path):
    articles = corpus(ARTICLES, ctx)
    reference = reference_in_background(articles, ctx, tmp_path)
    worker = pipeline.worker()
    records = [(a.id.encode(), encode_article(a)) for a in articles]
    # The stream starts once the worker has joined (a slow join would otherwise find every
    # article already in the topic, and the worker would drain them before the signal).
    pipeline.ingest(records[:20])
    assert wait_until(lambda: pipeline.store.count(t.articles) >= 20, timeout=120), pipeline.logs()
    ingesting = pipeline.ingest_gradually(records[20:], per_second=80)
    assert wait_until(lambda: pipeline.store.count(t.articles) >= ARTICLES // 10, timeout=120), pipeline.logs()

    started = time.monotonic()
    code = worker.stop(timeout=30)
    took = time.monotonic() - started
    assert code == 0 and took < 10, f"exit code {code} after {took:.1f} s\n" + pipeline.logs()
    stopped_at = pipeline.store.count(t.articles)
    assert stopped_at < ARTICLES, "stopped after the end: nothing was in flight"
    ingesting.join()

    # Extract committed exactly what it finished: per partition, the committed offset of
    # `articles` is the number of article-processed events it published from that partition.
    done = consume(pipeline.bootstrap, pipeline.topics.articles_processed, ARTICLES, timeout=2)
    published = Counter(m.partition for m in done)
    extract = committed(pipeline.bootstrap, pipeline.app_id, [pipeline.topics.articles], pipeline.partitions)
    assert {p: extract.get((pipeline.topics.articles, p), 0) for p in range(pipeline.partitions)} == \
        {p: published.get(p, 0) for p in range(pipeline.partitions)}
    # The sink committed exactly what it wrote.
    sink = committed(pipeline.bootstrap, f"{pipeline.app_id}-sink", list(pipeline.topics.derived), pipeline.partitions)
    written = {(r["topic"], r["partition"]): r["offset"] + 1 for r in pipeline.store.rows(t.offsets)
               if r["topic"] in pipeline.topics.derived}
    assert {k: v for k, v in sink.items() if k in written or v} == written

    pipeline.worker()
    expected = reference.result()[ARTICLES]
    assert wait_until(lambda: pipeline.store.digests() == expected, timeout=60, interval=1.0), pipeline.logs()
    # Nothing was processed twice: one article-processed event per article on the topic.
    again = consume(pipeline.bootstrap, pipeline.topics.articles_processed, ARTICLES + 1, timeout=2)
    assert len(again) == ARTICLES, f"{len(again) - ARTICLES} articles were processed twice"
