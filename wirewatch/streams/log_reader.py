"""Reading topics from the beginning to their current end, without a consumer group.

The end of each partition is its high watermark as first reported by a fetch, never
`end_offsets` (which some Kafka-protocol brokers get wrong for batched records). Records
produced after the read started are left for the next read: a replay is a snapshot.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition


async def _partitions(consumer: AIOKafkaConsumer, topics: list[str], timeout: float) -> list[TopicPartition]:
    deadline = time.monotonic() + timeout
    while True:
        await consumer.topics()  # refreshes metadata
        found = {t: consumer.partitions_for_topic(t) for t in topics}
        if all(found.values()) or time.monotonic() > deadline:
            return [TopicPartition(t, p) for t, parts in sorted(found.items()) for p in sorted(parts or ())]
        await asyncio.sleep(0.1)


async def read_to_end(
    bootstrap: str, topics: list[str], *, max_records: int = 2000, timeout: float = 30.0,
    max_fetch_bytes: int = 64 * 1024 * 1024, group_id: str | None = None, fetch_max_wait_ms: int = 100,
    partitions: list[int] | None = None, partition_filter: Callable[[int], bool] | None = None,
) -> AsyncIterator[list[ConsumerRecord]]:
    """Yield batches of records, partition order preserved, until every partition's start-time end.

    `partitions` (or `partition_filter`) limits the read to those partition numbers. With `group_id`, the positions
    reached are committed for that group at the end (partitions are assigned, not balanced: a
    snapshot read needs every partition)."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=group_id, enable_auto_commit=False,
        auto_offset_reset="earliest", fetch_max_bytes=max_fetch_bytes,
        max_partition_fetch_bytes=max_fetch_bytes,
        # Kafka answers a fetch as soon as it has data; some Kafka-protocol brokers hold it for
        # the whole wait, which a reader slower than the broker pays at every refetch
        fetch_max_wait_ms=fetch_max_wait_ms,
    )
    await consumer.start()
    try:
        wanted = partitions
        partitions = [tp for tp in await _partitions(consumer, topics, timeout)
                      if (wanted is None or tp.partition in wanted)
                      and (partition_filter is None or partition_filter(tp.partition))]
        if not partitions:
            return
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends: dict[TopicPartition, int] = {}
        deadline = time.monotonic() + timeout
        while True:
            batches = await consumer.getmany(timeout_ms=200, max_records=max_records)
            for tp in partitions:
                if tp not in ends and consumer.highwater(tp) is not None:
                    ends[tp] = consumer.highwater(tp)
            out = [r for tp in partitions for r in batches.get(tp, []) if r.offset < ends.get(tp, r.offset + 1)]
            if out:
                yield out
                deadline = time.monotonic() + timeout
            if len(ends) == len(partitions):
                positions = [await consumer.position(tp) for tp in partitions]
                if all(pos >= ends[tp] for pos, tp in zip(positions, partitions)):
                    if group_id:
                        await consumer.commit({tp: pos for tp, pos in zip(partitions, positions)})
                    return
            if time.monotonic() > deadline:
                raise TimeoutError(f"log read stalled on {topics}")
    finally:
        await consumer.stop()
