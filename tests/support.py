"""Helpers for tests that run the real pipeline: publish, consume, wait."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from wirewatch.sinks import ViewStore
from wirewatch.sinks import tables as t
from wirewatch.streams.process import WorkerProcess
from wirewatch.streams.topics import TopicNames, ensure_topics_sync


def wait_until(predicate: Callable[[], bool], timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


def publish(bootstrap: str, topic: str, records: list[tuple[bytes | None, bytes]], max_request_size: int = 1 << 20) -> None:
    async def go():
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=0, max_request_size=max_request_size)
        await producer.start()
        try:
            for key, value in records:
                await producer.send_and_wait(topic, value, key=key)
        finally:
            await producer.stop()

    asyncio.run(go())


def consume(bootstrap: str, topic: str, count: int, timeout: float = 30.0) -> list:
    """Read `count` records from the beginning of `topic` (fewer if the timeout passes)."""

    async def go():
        consumer = AIOKafkaConsumer(
            topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False,
            group_id=None,
        )
        await consumer.start()
        out = []
        deadline = time.monotonic() + timeout
        try:
            while len(out) < count and time.monotonic() < deadline:
                batches = await consumer.getmany(timeout_ms=500)
                for records in batches.values():
                    out.extend(records)
        finally:
            await consumer.stop()
        return out

    return asyncio.run(go())


@dataclass
class Pipeline:
    """An isolated pipeline on the shared broker: own topics, consumer group and store."""

    bootstrap: str
    store_url: str
    workdir: Path
    partitions: int = 4

    def __post_init__(self) -> None:
        tag = uuid.uuid4().hex[:8]
        self.prefix = f"t{tag}"
        self.app_id = f"wirewatch-test-{tag}"
        self.topics = TopicNames(self.prefix)
        ensure_topics_sync(self.bootstrap, self.topics.all, self.partitions)
        self.store = ViewStore(self.store_url)
        self.workers: list[WorkerProcess] = []

    def worker(self, **kwargs) -> WorkerProcess:
        n = len(self.workers)
        worker = WorkerProcess(
            self.bootstrap, self.store_url, topic_prefix=self.prefix, app_id=self.app_id,
            partitions=self.partitions, log_path=self.workdir / f"worker-{n}.log",
            extra_env={"WIREWATCH_FAUST_LOG_LEVEL": "INFO"}, **kwargs,
        )
        self.workers.append(worker)
        return worker.start()

    def ingest(self, records: list[tuple[bytes | None, bytes]]) -> None:
        publish(self.bootstrap, self.topics.articles, records)

    def ingest_gradually(self, records: list[tuple[bytes | None, bytes]], per_second: float,
                         chunk: int = 20):
        """Publish in the background at about `per_second`, so that a fault injected while the
        worker runs finds work in every stage (an extract stage faster than the sink would
        otherwise be done before the first kill)."""
        import threading

        def run() -> None:
            for start in range(0, len(records), chunk):
                began = time.monotonic()
                publish(self.bootstrap, self.topics.articles, records[start:start + chunk])
                time.sleep(max(0.0, chunk / per_second - (time.monotonic() - began)))

        thread = threading.Thread(target=run, name="ingest", daemon=True)
        thread.start()
        return thread

    def event_ids(self) -> set[str]:
        return {row["event_id"] for row in self.store.rows(t.events)}

    def wait_for(self, event_ids: set[str], timeout: float = 60.0) -> bool:
        return wait_until(lambda: event_ids <= self.event_ids(), timeout, interval=0.3)

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-4000:] for p in sorted(self.workdir.glob("worker-*.log")))

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()
        self.store.close()
