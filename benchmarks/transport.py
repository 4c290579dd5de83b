"""Stage 2: the transport limit — a plain aiokafka consume -> produce passthrough, no processing.

The same article records, pre-loaded on a topic of the same broker, are read by a consumer
group and each written to an output topic, with the same at-least-once discipline as the
worker: a batch's offsets are committed only after the broker acknowledged its outputs.
Timed from the first record fetched to the last commit (group join left out).
"""

from __future__ import annotations

import asyncio
import time
import uuid

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from wirewatch.streams.topics import ensure_topics

from .loading import produce_all


async def passthrough(bootstrap: str, records: list[tuple[bytes, bytes]], partitions: int = 4) -> dict:
    tag = uuid.uuid4().hex[:8]
    source, sink = f"pass{tag}.in", f"pass{tag}.out"
    await ensure_topics(bootstrap, [source, sink], partitions)
    await produce_all(bootstrap, source, records)
    big = 64 * 1024 * 1024
    consumer = AIOKafkaConsumer(source, bootstrap_servers=bootstrap, group_id=f"pass{tag}",
                                enable_auto_commit=False, auto_offset_reset="earliest",
                                session_timeout_ms=6000, heartbeat_interval_ms=600,
                                max_partition_fetch_bytes=big, fetch_max_bytes=big, fetch_max_wait_ms=100)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=0, max_request_size=big)
    await producer.start()
    await consumer.start()
    seen = 0
    start = None
    try:
        while seen < len(records):
            batches = await consumer.getmany(timeout_ms=1000, max_records=500)
            if not batches:
                continue
            start = start or time.perf_counter()
            futures = [await producer.send(sink, r.value, key=r.key) for recs in batches.values() for r in recs]
            await asyncio.gather(*futures)
            await consumer.commit({tp: recs[-1].offset + 1 for tp, recs in batches.items() if recs})
            seen += len(futures)
        elapsed = time.perf_counter() - start
    finally:
        await consumer.stop()
        await producer.stop()
    return {"transport_articles": seen, "transport_seconds": round(elapsed, 2),
            "transport_articles_per_s": round(seen / elapsed, 1),
            "transport_mb_per_s": round(sum(len(v) for _, v in records) / elapsed / 1e6, 1)}
