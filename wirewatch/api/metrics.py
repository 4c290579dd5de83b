"""Prometheus metrics: request latencies, events applied per type, sink lag, DLQ size.

Store figures are read at scrape time (two small queries); Kafka watermarks come from a
background poller (one group-less consumer) so a scrape never waits on the broker.
"""

from __future__ import annotations

import asyncio
import logging
import time

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily

from ..sinks import queries
from ..streams.topics import TopicNames

log = logging.getLogger(__name__)


class Watermarks:
    """End offsets of the derived topics and the DLQ, refreshed every `interval` seconds.

    On the embedded Tansu broker end offsets are approximate when producers batch (see
    shared/notes/embedded-broker.md); on Apache Kafka they are exact.
    """

    def __init__(self, bootstrap: str | None, names: TopicNames, interval: float = 5.0) -> None:
        self.bootstrap = bootstrap
        self.names = names
        self.interval = interval
        self.end: dict[tuple[str, int], int] = {}
        self.start: dict[tuple[str, int], int] = {}
        self.updated: float | None = None
        self._task: asyncio.Task | None = None

    async def _poll(self) -> None:
        from aiokafka import AIOKafkaConsumer, TopicPartition

        consumer = None
        while True:
            try:
                if consumer is None:
                    consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None, enable_auto_commit=False)
                    await consumer.start()
                await consumer.topics()
                tps = [TopicPartition(topic, p) for topic in (*self.names.derived, self.names.dlq)
                       for p in sorted(consumer.partitions_for_topic(topic) or ())]
                if tps:
                    end = await consumer.end_offsets(tps)
                    begin = await consumer.beginning_offsets(tps)
                    self.end = {(tp.topic, tp.partition): o for tp, o in end.items()}
                    self.start = {(tp.topic, tp.partition): o for tp, o in begin.items()}
                    self.updated = time.time()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # broker away: keep the last figures, try again later
                log.warning("watermark poll failed: %s", exc)
                if consumer is not None:
                    try:
                        await consumer.stop()
                    except Exception:
                        pass
                    consumer = None
            try:
                await asyncio.sleep(self.interval)
            except asyncio.CancelledError:
                if consumer is not None:
                    await consumer.stop()
                raise

    def start_polling(self) -> None:
        if self.bootstrap and self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._poll())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except (asyncio.CancelledError, Exception):
                pass
            self._task = None


class StoreCollector:
    def __init__(self, engine, watermarks: Watermarks) -> None:
        self.engine = engine
        self.watermarks = watermarks

    def collect(self):
        applied = GaugeMetricFamily("wirewatch_events_applied", "Events applied to the views, per event type", labels=["event_type"])
        offset = GaugeMetricFamily("wirewatch_sink_applied_offset", "Highest applied offset per derived topic partition", labels=["topic", "partition"])
        lag = GaugeMetricFamily("wirewatch_sink_lag", "Records on the derived topic not yet applied to the views", labels=["topic", "partition"])
        dlq = GaugeMetricFamily("wirewatch_dlq_records", "Records on the dead-letter topic")
        up = GaugeMetricFamily("wirewatch_store_up", "1 when the view store answered the scrape")
        try:
            with self.engine.connect() as conn:
                counts = queries.event_counts(conn)
                fresh = queries.freshness(conn)
            up.add_metric([], 1)
        except Exception:
            counts, fresh = {}, {"topics": {}}
            up.add_metric([], 0)
        for event_type, n in sorted(counts.items()):
            applied.add_metric([event_type], n)
        applied_at: dict[tuple[str, int], int] = {}
        for topic, entry in fresh["topics"].items():
            for p, o in entry["partitions"].items():
                applied_at[(topic, int(p))] = o
                offset.add_metric([topic, p], o)
        wm = self.watermarks
        for (topic, p), end in sorted(wm.end.items()):
            if topic == wm.names.dlq:
                continue
            lag.add_metric([topic, str(p)], max(0, end - (applied_at.get((topic, p), -1) + 1)))
        if wm.updated is not None:
            dlq.add_metric([], sum(end - wm.start.get(key, 0) for key, end in wm.end.items() if key[0] == wm.names.dlq))
        yield from (applied, offset, lag, dlq, up)


def build_registry(engine, watermarks: Watermarks) -> tuple[CollectorRegistry, Histogram, Counter]:
    registry = CollectorRegistry()
    latency = Histogram(
        "wirewatch_api_request_duration_seconds", "API request latency", ["method", "route", "status"],
        registry=registry, buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
    )
    feed_events = Counter("wirewatch_feed_events_sent", "Events sent on the SSE feed", ["event_type"], registry=registry)
    registry.register(StoreCollector(engine, watermarks))
    return registry, latency, feed_events
