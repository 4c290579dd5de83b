"""The extract stage: `articles` -> processors -> derived topics, as a plain consumer group.

Why not a faust agent: faust's consumer drops fetched records around start-up and rebalances
and then commits over them as "gaps" (faust-streaming issues #216, #606); the crash tests lost
up to 5 % of the articles that way after a restart (docs/reliability.md). The rule here is the
sink's: read a batch, publish everything it causes, wait until the broker has acknowledged all
of it, then commit the offsets after the batch. A crash re-reads at most the uncommitted batch;
deterministic event ids make the repeat harmless.

Revisions need the last revision of each article. That state is a log too: a changelog topic
with one record per processed article, written to the same partition number as the article,
acknowledged before the article's offset is committed, and read back for the partitions this
member is assigned into a local on-disk copy (`revision_state.py`).
"""

from __future__ import annotations

import asyncio
import time

import orjson
import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener
from aiokafka.errors import KafkaError

from ..processors import ExtractionContext, process_article, revisions
from ..processors.keys import event_key
from ..schemas import EVENT_RETRACTED, Envelope
from .codec import BadArticle, decode_article, encode_event
from .dlq import dead_letter_record
from .log_reader import read_to_end
from .publisher import BatchPublisher
from .revision_state import RevisionStates
from .stage import ConsumerStage, group_consumer_config
from .topics import TopicNames, ensure_topics

log = structlog.get_logger(__name__)

# Record batches of up to this size (Kafka's default `message.max.bytes` is 1 MiB); one
# batch of 200 articles' events spreads over a few dozen topic-partitions.
PRODUCE_BATCH_BYTES = 512 * 1024

# Articles between sends when the stage has its process to itself.
SEND_EVERY = 25


class DeadLetter(Exception):
    """A record that cannot be processed; `stage` says where it failed."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.stage = stage
        self.cause = cause


def derive(value: bytes | None, ctx: ExtractionContext, process=process_article) -> list[Envelope]:
    """An `articles` record's derived events, or DeadLetter saying why there are none."""
    try:
        article = decode_article(value)
    except BadArticle as exc:
        raise DeadLetter("decode", exc) from None
    try:
        return process(article, ctx)
    except Exception as exc:  # a processor bug must not stop the stream
        raise DeadLetter("process", exc) from exc


def revisions_topic(names: TopicNames) -> str:
    return f"{names.articles}.revisions"


class _Rebalance(ConsumerRebalanceListener):
    def __init__(self, stage: "ExtractConsumer") -> None:
        self.stage = stage

    async def on_partitions_revoked(self, revoked) -> None:
        async with self.stage.lock:  # the batch in hand is published and committed first
            for tp in revoked:
                self.stage.forget(tp.partition)

    async def on_partitions_assigned(self, assigned) -> None:
        async with self.stage.lock:
            partitions = sorted(tp.partition for tp in assigned)
            log.info("extract assigned partitions", group=self.stage.group_id, topic=self.stage.names.articles,
                     partitions=partitions)
            await self.stage.load_revisions(partitions)


class ExtractConsumer(ConsumerStage):
    """Runs in the worker process beside the tracker and the sink (a mode service)."""

    stage = "extract stage"
    batch_size = 200

    def __init__(self, bootstrap: str, names: TopicNames, ctx: ExtractionContext, *, group_id: str,
                 session_timeout: float, partitions: int, fetch_max_wait_ms: int = 100,
                 max_fetch_bytes: int = 64 * 1024 * 1024, shares_loop: bool = True) -> None:
        super().__init__()
        # Alone in its process, the stage hands records to the broker while it extracts, so
        # acks and the next fetch arrive meanwhile instead of after the batch (idle core).
        # Beside the sink it does not: the sink would then write many small transactions.
        self.send_every = None if shares_loop else SEND_EVERY
        self.bootstrap = bootstrap
        self.names = names
        self.ctx = ctx
        self.group_id = group_id
        self.partitions = partitions
        self.lock = asyncio.Lock()
        self.max_fetch_bytes = max_fetch_bytes
        self._consumer_config = group_consumer_config(bootstrap, group_id, session_timeout=session_timeout,
                                                      fetch_max_wait_ms=fetch_max_wait_ms,
                                                      max_fetch_bytes=max_fetch_bytes)
        self._revisions: RevisionStates | None = None
        self._failures = 0

    # --- lifecycle ------------------------------------------------------------------
    async def on_start(self) -> None:
        self._revisions = RevisionStates()
        await ensure_topics(self.bootstrap, [revisions_topic(self.names)], self.partitions)
        self.producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap, acks="all", linger_ms=5,
                                         max_request_size=self.max_fetch_bytes, max_batch_size=PRODUCE_BATCH_BYTES)
        self.publisher = BatchPublisher(self.producer)
        self.consumer = AIOKafkaConsumer(**self._consumer_config)
        self.consumer.subscribe([self.names.articles], listener=_Rebalance(self))
        await self.producer.start()
        await self.consumer.start()
        self._begin()

    async def on_stop(self) -> None:
        await super().on_stop()
        if self._revisions is not None:
            self._revisions.close()

    # --- revision state -------------------------------------------------------------
    def forget(self, partition: int) -> None:
        self._revisions.forget(partition)

    async def load_revisions(self, partitions: list[int]) -> None:
        """The last revision of every article of these partitions, from the changelog."""
        started = time.monotonic()
        topic = revisions_topic(self.names)
        wanted = [p for p in partitions if p not in self._revisions.partitions]
        records: dict[int, list[tuple[str, bytes]]] = {p: [] for p in wanted}
        if wanted:
            async for batch in read_to_end(self.bootstrap, [topic], partitions=wanted,
                                           max_fetch_bytes=self.max_fetch_bytes):
                for r in batch:
                    records[r.partition].append((r.key.decode(), r.value))
        loaded = sum(self._revisions.load(p, records[p]) for p in wanted)
        log.info("extract revision state loaded", partitions=partitions, articles=loaded,
                 seconds=round(time.monotonic() - started, 3))

    # --- the stage ------------------------------------------------------------------
    async def _handle(self, batches) -> None:
        async with self.lock:  # a rebalance waits for the batch in hand
            assigned = self.consumer.assignment()
            batches = {tp: records for tp, records in batches.items() if tp in assigned}
            if batches:
                await self._publish_and_commit(batches)

    async def _publish_and_commit(self, batches) -> None:
        """Publish a batch's events and commit after it; on a broker failure, read it again."""
        try:
            deliveries = []
            with self._revisions.batch():
                done = 0
                for tp in sorted(batches):
                    for record in batches[tp]:
                        deliveries += await self._process(record)
                        done += 1
                        if self.send_every and done % self.send_every == 0:
                            deliveries += await self.publisher.flush()
                            await asyncio.sleep(0)
            deliveries += await self.publisher.flush()
            await asyncio.gather(*deliveries)  # raises if the broker refused any of them
        except KafkaError as exc:
            self.publisher.discard()
            self._failures += 1
            wait = min(0.2 * 2 ** self._failures, 10.0)
            log.warning("extract publish failed; the batch will be read again", error=repr(exc)[:300],
                        retry_in=wait)
            for tp, records in batches.items():
                self.consumer.seek(tp, records[0].offset)
            await asyncio.sleep(wait)
            return
        self._failures = 0
        offsets = {tp: recs[-1].offset + 1 for tp, recs in batches.items()}
        await self._commit(offsets)

    async def _process(self, record) -> list:
        """Publish what one article record causes (the publisher's batches); returns the
        delivery futures of anything sent on its own (a dead letter)."""
        try:
            events = derive(record.value, self.ctx)
        except DeadLetter as failed:
            log.warning("dead letter", stage=failed.stage, error_class=type(failed.cause).__name__,
                        error=str(failed.cause)[:300], topic=record.topic, partition=record.partition,
                        offset=record.offset)
            value, headers = dead_letter_record(record.value, failed.cause, topic=record.topic,
                                                partition=record.partition, offset=record.offset, stage=failed.stage)
            return [await self.producer.send(self.names.dlq, value, key=record.key, headers=headers)]
        article_id = events[-1].article_id
        state, retractions = revisions.revise(self._revisions.get(article_id), events)
        for event in events:
            await self._publish(event)
        for key, retraction in retractions:
            await self._publish(retraction, key)
        encoded = orjson.dumps(state)
        await self.publisher.add(revisions_topic(self.names), encoded, article_id.encode(), partition=record.partition)
        self._revisions.put(article_id, record.partition, encoded)
        return []

    async def _publish(self, envelope: Envelope, key: str | None = None):
        """Retractions go where the retracted event went: same topic, same key, so in order."""
        event_type = envelope.event_type
        if event_type == EVENT_RETRACTED:
            event_type = envelope.payload["retracted_event_type"]
        await self.publisher.add(self.names.for_event_type(event_type), encode_event(envelope),
                                 (key or event_key(envelope)).encode())
