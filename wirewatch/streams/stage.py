"""A plain Kafka consumer group run as a service of the worker (the extract stage, the sink).

One task loops over `_consume` until the service stops; a stop lets the batch in hand finish
(written or published, then committed) before the clients close. Plain semantics are the
easiest to trust: what is committed is exactly what was done.
"""

from __future__ import annotations

import asyncio

import structlog
from aiokafka.errors import CommitFailedError, KafkaError
from mode import Service

log = structlog.get_logger(__name__)

# aiokafka retries a retriable commit error forever (e.g. a topic a restarted broker no
# longer has), which would wedge the stage; an uncommitted batch is only read again.
COMMIT_TIMEOUT = 10.0


def group_consumer_config(bootstrap: str, group_id: str, *, session_timeout: float, fetch_max_wait_ms: int,
                          max_fetch_bytes: int) -> dict:
    return dict(
        bootstrap_servers=bootstrap, group_id=group_id, enable_auto_commit=False,
        auto_offset_reset="earliest", session_timeout_ms=int(session_timeout * 1000),
        heartbeat_interval_ms=max(int(session_timeout * 100), 300),
        rebalance_timeout_ms=int(max(session_timeout, 10.0) * 1000),
        max_partition_fetch_bytes=max_fetch_bytes, fetch_max_bytes=max_fetch_bytes,
        # aiokafka's default is 500 ms, and some Kafka-protocol brokers hold every fetch that
        # long even when records arrive meanwhile
        fetch_max_wait_ms=fetch_max_wait_ms,
    )


class ConsumerStage(Service):
    """Subclasses create `self.consumer` and `self.producer` in `on_start`, then call `_begin`;
    `_handle` does a fetched batch's work and commits after it."""

    stage = "stage"
    batch_size = 500

    def __init__(self) -> None:
        super().__init__()
        self._task: asyncio.Task | None = None
        self._stopping = False

    def _begin(self) -> None:
        self._task = asyncio.ensure_future(self._run())

    async def on_stop(self) -> None:
        self._stopping = True
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, timeout=15)
            except asyncio.TimeoutError:
                self._task.cancel()
        await self.consumer.stop()
        await self.producer.stop()

    async def _run(self) -> None:
        try:
            await self._consume()
        except Exception as exc:  # never die quietly: a crashed stage stops the worker
            log.exception(f"{self.stage} crashed")
            await self.crash(exc)

    async def _consume(self) -> None:
        while not self._stopping:
            try:
                batches = await self.consumer.getmany(timeout_ms=200, max_records=self.batch_size)
            except KafkaError as exc:
                log.warning(f"{self.stage} fetch failed; retrying", error=repr(exc))
                await asyncio.sleep(1)
                continue
            batches = {tp: records for tp, records in batches.items() if records}
            if batches:
                await self._handle(batches)

    async def _handle(self, batches: dict) -> None:
        raise NotImplementedError

    async def _commit(self, offsets) -> None:
        """Commit after a done batch; a failure only means the batch is read again."""
        try:
            await asyncio.wait_for(self.consumer.commit(offsets), COMMIT_TIMEOUT)
        except (CommitFailedError, KafkaError, asyncio.TimeoutError) as exc:
            log.warning(f"{self.stage} commit failed; the batch will be read again", error=repr(exc)[:300])
