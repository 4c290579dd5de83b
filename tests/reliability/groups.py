"""Reading a consumer group's committed offsets from the broker."""

from __future__ import annotations

import asyncio

from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient


def committed(bootstrap: str, group: str, topics, partitions: int) -> dict[tuple[str, int], int]:
    """The group's committed offsets (partitions named explicitly: the embedded broker
    answers the partition-less form malformed)."""

    async def go():
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        await admin.start()
        try:
            wanted = [TopicPartition(topic, p) for topic in topics for p in range(partitions)]
            found = await admin.list_consumer_group_offsets(group, partitions=wanted)
            return {(tp.topic, tp.partition): meta.offset for tp, meta in found.items() if meta.offset >= 0}
        finally:
            await admin.close()

    return asyncio.run(go())
