"""BatchPublisher: records land where a plain producer would put them, in the order added."""

import uuid

from aiokafka import AIOKafkaProducer
from aiokafka.partitioner import DefaultPartitioner

from wirewatch.streams.log_reader import read_to_end
from wirewatch.streams.publisher import BatchPublisher, partition_for
from wirewatch.streams.topics import ensure_topics


def test_partition_for_is_the_default_partitioner():
    partitions = list(range(4))
    for n in range(500):
        key = f"actor-{n}\x1fissue".encode()
        assert partition_for(key, 4) == DefaultPartitioner()(key, partitions, partitions)


async def test_keyed_records_land_on_the_default_partition_in_the_order_added(broker):
    topic, explicit = f"pub-{uuid.uuid4().hex[:8]}", f"pub-{uuid.uuid4().hex[:8]}"
    await ensure_topics(broker, [topic, explicit], 3)
    # tiny batches: most records start a new batch once the previous one is full
    producer = AIOKafkaProducer(bootstrap_servers=broker, acks="all", max_batch_size=256)
    await producer.start()
    try:
        publisher = BatchPublisher(producer)
        sent = [(f"key-{n % 7}".encode(), f"value-{n:03d}".encode() * 5) for n in range(60)]
        for key, value in sent:
            await publisher.add(topic, value, key)
        await publisher.add(explicit, b"pinned", b"any key", partition=2)
        futures = await publisher.flush()
        assert len(futures) > 3  # the small batch size forced several batches
        for future in futures:
            await future
        assert await publisher.flush() == []
    finally:
        await producer.stop()

    read = [r async for batch in read_to_end(broker, [topic, explicit]) for r in batch]
    by_partition: dict[int, list[bytes]] = {}
    for r in read:
        if r.topic == topic:
            assert r.partition == partition_for(r.key, 3)
            by_partition.setdefault(r.partition, []).append(r.value)
    assert sorted(v for vs in by_partition.values() for v in vs) == sorted(v for _, v in sent)
    for partition, values in by_partition.items():
        assert values == [v for k, v in sent if partition_for(k, 3) == partition]
    assert [(r.partition, r.value) for r in read if r.topic == explicit] == [(2, b"pinned")]
