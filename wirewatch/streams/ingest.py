"""Publishing article records to the `articles` topic, keyed by article id."""

from __future__ import annotations

from collections.abc import Iterable

from aiokafka import AIOKafkaProducer

from ..sources import record_key


async def publish_records(bootstrap: str, topic: str, records: Iterable[bytes], max_request_size: int = 8 * 1024 * 1024) -> int:
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", linger_ms=0, max_request_size=max_request_size
    )
    await producer.start()
    sent = 0
    try:
        for record in records:
            await producer.send_and_wait(topic, record, key=record_key(record))
            sent += 1
    finally:
        await producer.stop()
    return sent
