"""The broker is unreachable at start, then goes away mid-run: the worker reports it (a
structured log line, /healthz turns 503), keeps retrying without exiting, and resumes when
the broker is back. A restarted embedded broker has lost everything, like a new cluster."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
import uuid

import pytest

from tests.conftest import SEED_ARTICLE
from tests.support import publish, wait_until
from wirewatch.processors import extract_all
from wirewatch.schemas import Article
from wirewatch.sinks import ViewStore
from wirewatch.sinks import tables as t
from wirewatch.streams.broker import EmbeddedBroker, free_port
from wirewatch.streams.codec import encode_article
from wirewatch.streams.process import WorkerProcess
from wirewatch.streams.topics import TopicNames

pytestmark = [pytest.mark.kafka, pytest.mark.slow]


def health(port: int) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())
    except OSError:
        return 0, {}


def log_events(path) -> list[dict]:
    lines = path.read_text(errors="replace").splitlines() if path.exists() else []
    return [json.loads(line) for line in lines if line.startswith("{")]


def test_broker_unreachable_at_start_and_gone_mid_run(tmp_path, sqlite_url, ctx):
    broker_port, health_port = free_port(), free_port()
    bootstrap = f"127.0.0.1:{broker_port}"
    prefix = f"t{uuid.uuid4().hex[:8]}"
    topics = TopicNames(prefix)
    log_path = tmp_path / "worker.log"
    worker = WorkerProcess(bootstrap, sqlite_url, topic_prefix=prefix, app_id=f"wirewatch-{prefix}",
                           log_path=log_path, extra_env={"WIREWATCH_HEALTH_PORT": str(health_port)})
    store = ViewStore(sqlite_url)
    broker = EmbeddedBroker(port=broker_port, log_path=tmp_path / "broker.log")
    seed = Article.model_validate_json(SEED_ARTICLE.read_bytes())

    def ingest(article: Article) -> None:
        publish(bootstrap, topics.articles, [(article.id.encode(), encode_article(article))])

    def applied(article: Article) -> bool:
        return {e.event_id for e in extract_all([article], ctx)} <= {r["event_id"] for r in store.rows(t.events)}

    def unreachable_reports() -> list[dict]:
        return [e for e in log_events(log_path) if e["event"] == "broker unreachable"]

    try:
        worker.start()  # no broker yet
        assert wait_until(lambda: health(health_port)[0] == 503, timeout=30), log_path.read_text()
        status, body = health(health_port)
        assert body["status"] == "unhealthy" and body["broker"] != "ok"
        assert wait_until(lambda: unreachable_reports(), timeout=10)
        assert unreachable_reports()[0]["bootstrap"] == bootstrap and unreachable_reports()[0]["level"] == "error"
        time.sleep(2)
        assert worker.running, "the worker exited instead of waiting for its broker"

        broker.start()
        assert wait_until(lambda: health(health_port)[0] == 200, timeout=60), log_path.read_text()[-3000:]
        ingest(seed)
        assert wait_until(lambda: applied(seed), timeout=90), log_path.read_text()[-3000:]

        broker.stop()  # mid-run
        assert wait_until(lambda: health(health_port)[0] == 503, timeout=30), log_path.read_text()[-3000:]
        assert wait_until(lambda: len(unreachable_reports()) == 2, timeout=10)
        time.sleep(2)
        assert worker.running, "the worker exited when its broker went away"

        broker = EmbeddedBroker(port=broker_port, log_path=tmp_path / "broker.log").start()  # empty again
        assert wait_until(lambda: health(health_port)[0] == 200, timeout=60), log_path.read_text()[-3000:]
        assert any(e["event"] == "broker reachable again" for e in log_events(log_path))
        later = seed.model_copy(update={"id": "after-the-outage"})
        assert wait_until(lambda: (ingest(later), applied(later))[1], timeout=120, interval=5.0), \
            log_path.read_text()[-5000:]
        assert worker.running
    finally:
        worker.stop()
        broker.stop()
        store.close()
