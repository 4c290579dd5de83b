"""The view store fails mid-run on PostgreSQL: its connections are terminated, then it
refuses the worker's role for a while. The worker retries with back-off, commits no offset
while nothing can be written, and ends with exact views."""

from __future__ import annotations

import json
import time

import pytest
import sqlalchemy as sa

from tests.reliability.corpus import corpus, reference_in_background
from tests.reliability.groups import committed
from tests.support import Pipeline, consume, publish, wait_until
from wirewatch.sinks import ViewStore
from wirewatch.sinks import tables as t
from wirewatch.streams.codec import encode_article

pytestmark = [pytest.mark.kafka, pytest.mark.postgres, pytest.mark.slow]

ARTICLES = 800


def test_postgres_connections_dropped_and_refused_mid_run(broker, postgres_url, ctx, tmp_path):
    database = postgres_url.rsplit("/", 1)[1]
    role = f"{database}_worker"
    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")  # superuser, for the faults
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(sa.text(f'ALTER DATABASE "{database}" OWNER TO "{role}"'))
    worker_url = postgres_url.replace("postgres@", f"{role}@")
    ViewStore(worker_url).close()  # the worker's role owns the tables it writes

    def terminate() -> int:
        with admin.connect() as conn:
            return len(conn.execute(sa.text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :role"), {"role": role}).all())

    def login(allowed: bool) -> None:
        with admin.connect() as conn:
            conn.execute(sa.text(f'ALTER ROLE "{role}" {"LOGIN" if allowed else "NOLOGIN"}'))

    articles = corpus(ARTICLES, ctx)
    reference = reference_in_background(articles, ctx, tmp_path)
    pipeline = Pipeline(broker, postgres_url, tmp_path)  # the test reads as the superuser
    pipeline.store_url = worker_url
    sink_group, derived = f"{pipeline.app_id}-sink", pipeline.topics.derived

    def sink_offsets() -> int:
        return sum(committed(pipeline.bootstrap, sink_group, derived, pipeline.partitions).values())

    try:
        worker = pipeline.worker()
        records = [(a.id.encode(), encode_article(a)) for a in articles]
        # a first few, written before the stream starts: a slow first join on a busy machine must not
        # let the whole stream pile up and land in one batch before the refusal
        publish(pipeline.bootstrap, pipeline.topics.articles, records[:10])
        assert wait_until(lambda: pipeline.store.count(t.articles) >= 10, timeout=120), pipeline.logs()
        ingesting = pipeline.ingest_gradually(records[10:], per_second=80)
        assert wait_until(lambda: pipeline.store.count(t.articles) >= 50, timeout=120), pipeline.logs()

        login(False)  # the server refuses the worker for a while
        killed = terminate()
        time.sleep(1.5)  # the batch in hand fails; commits that were in flight land
        before = sink_offsets()
        time.sleep(4.0)
        during = sink_offsets()
        pending = pipeline.store.count(t.articles) < ARTICLES  # (the test reads as the superuser)
        login(True)
        for _ in range(3):  # then the connection drops, three times
            time.sleep(1.0)
            killed += terminate()
        assert pending, "everything was written before the refusal: the test proved nothing"
        assert killed >= 1, "the worker held no connection to terminate"  # it may be between reconnects
        assert during == before, "the sink committed offsets while nothing could be written"
        ingesting.join()

        expected = reference.result()[ARTICLES]
        assert wait_until(lambda: pipeline.store.digests() == expected, timeout=120, interval=1.0), pipeline.logs()
        assert worker.running
        log = [json.loads(line) for line in (tmp_path / "worker-0.log").read_text().splitlines()
               if line.startswith("{")]
        waits = [e["retry_in"] for e in log if e["event"] == "store write failed; retrying"]
        assert any(b > a for a, b in zip(waits, waits[1:])), f"no back-off: {waits}"
        assert any(e["event"] == "store reachable again" for e in log)
        assert not consume(pipeline.bootstrap, pipeline.topics.dlq, 1, timeout=1)  # an outage is not bad data
    finally:
        login(True)
        pipeline.close()
        with admin.connect() as conn:
            terminate()
            conn.execute(sa.text(f'REASSIGN OWNED BY "{role}" TO postgres'))
            conn.execute(sa.text(f'DROP ROLE "{role}"'))
        admin.dispose()
