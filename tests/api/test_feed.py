"""GET /feed: SSE over the derived topics, resumable with Last-Event-ID, nothing lost or repeated."""

from __future__ import annotations

import uuid

import orjson
import pytest

from tests.support import publish
from wirewatch.sinks import ViewStore
from wirewatch.streams.topics import TopicNames, ensure_topics_sync

from . import factory as f
from .conftest import make_client
from .server import read_events, running

pytestmark = pytest.mark.kafka


@pytest.fixture
def feed_api(broker, sqlite_url):
    prefix = f"feed{uuid.uuid4().hex[:8]}"
    names = TopicNames(prefix)
    ensure_topics_sync(broker, names.all, 4)
    ViewStore(sqlite_url).close()
    client = make_client(sqlite_url, broker=broker, topic_prefix=prefix, watermark_interval=0.5)
    with running(client.app) as base:
        yield base, names, broker


def _publish(broker, topic, envelopes):
    publish(broker, topic, [(e.article_id.encode(), orjson.dumps(e.model_dump(mode="json"))) for e in envelopes])


def data_ids(messages):
    return [m["data"]["envelope"]["event_id"] for m in messages if m.get("event") not in ("ready", "checkpoint")]


def test_resume_with_last_event_id_loses_and_repeats_nothing(feed_api):
    base, names, broker = feed_api
    statements = [f.statement(f"feed-{i}", "2025-01-01T00:00:00+00:00", "Mr Sample", f"remark {i}", n=i) for i in range(40)]
    aid = [f.aid(f"feed-aid-{i}", "2025-01-01T00:00:00+00:00", "Germany", "Ukraine", 1e6 * (i + 1), n=i) for i in range(6)]
    _publish(broker, names.statements, statements)
    _publish(broker, names.aid, aid)
    wanted = {e.event_id for e in statements + aid}

    first = read_events(base, 17, params={"start": "earliest"})
    assert first[0]["event"] == "ready"
    got = data_ids(first)
    assert len(got) == 17
    message = [m for m in first if m.get("event") == "statement-made"][0]
    head = message["id"].rsplit(".", 1)[0]
    assert head == f"{message['data']['topic']}/{message['data']['partition']}/{message['data']['offset']}"

    second = read_events(base, len(wanted) - 17, headers={"Last-Event-ID": first[-1]["id"]})
    assert second[0]["event"] == "ready"
    got += data_ids(second)
    assert len(got) == len(set(got)) and set(got) == wanted

    # live: connect, then publish, and the new events arrive after the resume point
    later = [f.statement(f"feed-late-{i}", "2025-01-02T00:00:00+00:00", "Ms Example", f"late {i}", n=i) for i in range(3)]
    import threading

    timer = threading.Timer(1.0, _publish, (broker, names.statements, later))
    timer.start()
    third = read_events(base, 3, headers={"Last-Event-ID": second[-1]["id"]})
    timer.join()
    assert data_ids(third) and set(data_ids(third)) == {e.event_id for e in later}


def test_feed_filters_and_bad_ids(feed_api):
    base, names, broker = feed_api
    _publish(broker, names.statements, [
        f.statement("flt-1", "2025-01-01T00:00:00+00:00", "Mr Sample", "about bridges", n=1),
        f.statement("flt-2", "2025-01-01T00:00:00+00:00", "Ms Example", "about ATACMS long-range strikes", n=2),
    ])
    _publish(broker, names.aid, [f.aid("flt-3", "2025-01-01T00:00:00+00:00", "Germany", "Ukraine", 1e6, n=3)])
    only_aid = read_events(base, 1, params={"start": "earliest", "types": "aid-announced"})
    assert [m["data"]["envelope"]["article_id"] for m in only_aid if m.get("event") == "aid-announced"] == ["flt-3"]
    assert all(m.get("event") in ("ready", "checkpoint", "aid-announced") for m in only_aid)
    by_speaker = read_events(base, 1, params={"start": "earliest", "speaker": "Ms Example"})
    assert data_ids(by_speaker) and all(m["data"]["envelope"]["article_id"] == "flt-2" for m in by_speaker if "envelope" in m.get("data", {}))
    by_issue = read_events(base, 1, params={"start": "earliest", "issue": "long-range-strikes", "types": "statement-made"})
    assert [m["data"]["envelope"]["article_id"] for m in by_issue if m.get("event") == "statement-made"] == ["flt-2"]

    # a retraction travels on the topic of the event it retracts, and reaches who watches that type
    retraction = f.envelope("event-retracted", "flt-2", "2025-01-01T00:00:00+00:00", {
        "retracted_event_id": "x", "retracted_event_type": "statement-made", "reason": "revised"}, n=9)
    _publish(broker, names.statements, [retraction])
    seen = read_events(base, 100, params={"start": "earliest", "types": "statement-made"},
                       until=lambda ms: any(m.get("event") == "event-retracted" for m in ms))
    assert [m["data"]["envelope"]["event_id"] for m in seen if m.get("event") == "event-retracted"] == [retraction.event_id]
    assert not [m for m in read_events(base, 1, params={"start": "earliest", "types": "aid-announced"})
                if m.get("event") == "event-retracted"]

    for bad in ({"types": "nonsense"},):
        assert read_events(base, 1, params=bad)[0]["status"] == 400
    assert read_events(base, 1, headers={"Last-Event-ID": "garbage"})[0]["status"] == 400


def test_metrics_report_sink_lag_and_dlq_from_the_broker(feed_api):
    import httpx

    from tests.support import wait_until

    base, names, broker = feed_api
    _publish(broker, names.statements, [f.statement(f"lag-{i}", None, "Mr Sample", f"lag {i}", n=i) for i in range(5)])
    publish(broker, names.dlq, [(b"k", b"not json")])
    lag_lines = []

    def scraped() -> bool:
        text = httpx.get(f"{base}/metrics").text
        lag_lines[:] = [line for line in text.splitlines() if line.startswith("wirewatch_sink_lag{") and names.statements in line]
        return bool(lag_lines) and "wirewatch_dlq_records 1.0" in text

    assert wait_until(scraped, timeout=15)
    assert sum(float(line.rsplit(" ", 1)[1]) for line in lag_lines) == 5  # nothing applied yet
