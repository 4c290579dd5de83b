"""Producing benchmark records onto the broker, fast (pre-loading) or on a schedule (latency)."""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaProducer

BIG = 64 * 1024 * 1024


async def produce_all(bootstrap: str, topic: str, records: list[tuple[bytes, bytes]],
                      partition: int | None = None) -> None:
    """Every record, as fast as the broker takes them; returns once all are acknowledged."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5, max_request_size=BIG,
                                max_batch_size=1024 * 1024)
    await producer.start()
    try:
        futures = [await producer.send(topic, value, key=key, partition=partition) for key, value in records]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
