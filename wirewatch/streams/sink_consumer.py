"""The sink's consumer: a plain Kafka consumer group, committing exactly what was written.

It needs none of faust's machinery (no tables, no repartitioning), and plain semantics are
the easiest to trust: read a batch, write it to the store in one transaction, then commit
the offsets after the last record written. A crash re-reads at most the uncommitted batch,
which the idempotent store absorbs.
"""

from __future__ import annotations


import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from ..processors.keys import event_key
from ..sinks import Delivered, DeliveredArticle
from .codec import BadArticle, decode_article, decode_event_raw, encode_event
from .dlq import dead_letter_record
from .sink import SinkWriter
from .stage import ConsumerStage, group_consumer_config
from .topics import TopicNames

log = structlog.get_logger(__name__)


class SinkConsumer(ConsumerStage):
    """Runs beside the faust app in the worker process (a mode service of the worker)."""

    stage = "sink consumer"
    # Records per fetched batch, so per store transaction. Each transaction rewrites the index
    # pages its random event ids land on; four times the stage default writes a quarter as often
    # (in process, 2,000 PolNeAR articles: the store's write 0.47 -> 0.35 ms an article with the
    # writer's page cache). A batch still is written whole, then its offsets are committed.
    batch_size = 2000

    def __init__(self, bootstrap: str, names: TopicNames, writer: SinkWriter, *, group_id: str,
                 session_timeout: float, max_fetch_bytes: int = 64 * 1024 * 1024,
                 fetch_max_wait_ms: int = 100) -> None:
        super().__init__()
        self.names = names
        self.writer = writer
        self._consumer_config = group_consumer_config(bootstrap, group_id, session_timeout=session_timeout,
                                                      fetch_max_wait_ms=fetch_max_wait_ms,
                                                      max_fetch_bytes=max_fetch_bytes)
        self._producer_config = dict(bootstrap_servers=bootstrap, acks="all", linger_ms=0,
                                     max_request_size=max_fetch_bytes)

    async def on_start(self) -> None:
        # Created here, inside the worker's running event loop.
        self.consumer = AIOKafkaConsumer(self.names.articles, *self.names.derived, **self._consumer_config)
        self.producer = AIOKafkaProducer(**self._producer_config)
        await self.producer.start()
        await self.consumer.start()
        self._begin()

    async def _handle(self, batches) -> None:
        await self._write([r for tp in sorted(batches) for r in batches[tp]])
        await self._commit({tp: records[-1].offset + 1 for tp, records in batches.items()})

    async def _write(self, records) -> None:
        batch: list[Delivered | DeliveredArticle] = []
        for r in records:
            if r.topic == self.names.articles:  # the text behind the evidence; bad input is extract's
                try:
                    batch.append(DeliveredArticle(decode_article(r.value), r.topic, r.partition, r.offset))
                except BadArticle:
                    pass
                continue
            try:
                envelope, raw = decode_event_raw(r.value)
            except Exception as exc:
                await self._dead_letter(r.value, r.key, exc, r.topic, r.partition, r.offset, "sink-decode")
                continue
            batch.append(Delivered(envelope, r.topic, r.partition, r.offset, raw))
        await self.writer.write(batch, self._reject)

    async def _reject(self, item, exc: BaseException) -> None:
        if isinstance(item, DeliveredArticle):
            log.error("store rejected an article text", article_id=item.article.id, error=repr(exc)[:300])
            return
        await self._dead_letter(encode_event(item.envelope), event_key(item.envelope).encode(), exc,
                                item.topic or "", item.partition or 0, item.offset or 0, "sink")

    async def _dead_letter(self, value, key, exc, topic, partition, offset, stage) -> None:
        log.warning("dead letter", stage=stage, error=str(exc)[:300], topic=topic, partition=partition, offset=offset)
        value, headers = dead_letter_record(value, exc, topic=topic, partition=partition, offset=offset, stage=stage)
        await self.producer.send_and_wait(self.names.dlq, value, key=key, headers=headers)
