"""The faust application: topics, agents and the position-state table, wired together.

Data flows one way: `articles` -> extract -> derived topics -> (track positions); the sink
consumer (sink_consumer.py) materializes the derived topics into the views.
Processing is at-least-once; deterministic event ids and idempotent sinks make it exact.
"""

from __future__ import annotations

import asyncio

import faust
import structlog

from ..processors import ExtractionContext, process_article, revisions, tracking
from ..processors.keys import event_key
from ..schemas import EVENT_RETRACTED, Envelope
from ..settings import Settings
from .codec import BadArticle, decode_article, decode_event, encode_event
from .dlq import dead_letter_headers
from .topics import TopicNames
from .transport import transport_class

log = structlog.get_logger(__name__)


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


def create_app(settings: Settings, ctx: ExtractionContext, bootstrap: str) -> faust.App:
    names = TopicNames(settings.topic_prefix)
    app = faust.App(
        settings.app_id,
        broker=f"kafka://{bootstrap}",
        store="memory://",
        topic_partitions=settings.partitions,
        topic_replication_factor=1,
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=max(settings.session_timeout / 10, 0.3),
        broker_rebalance_timeout=max(settings.session_timeout, 10.0),
        # No lingering: with batched records the embedded broker misreports end offsets,
        # which would cut table recovery short. Costs little against Apache Kafka.
        producer_linger=0.0,
        consumer_auto_offset_reset="earliest",
        broker_commit_interval=1.0,
        web_enabled=False,
        table_standby_replicas=0,
    )

    app.transport = transport_class(settings.fetch_max_wait_ms)(app.conf.broker_consumer, app)

    def topic(*topic_names: str):
        return app.topic(*topic_names, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")

    articles = topic(names.articles)
    dlq = topic(names.dlq)
    derived = {name: topic(name) for name in names.derived}
    # Keyed like the topic their agent reads (co-partitioned); values are plain JSON.
    position_state = app.Table(
        "position-state", default=None, partitions=settings.partitions, key_type=str
    )
    article_revisions = app.Table(
        "article-revisions", default=None, partitions=settings.partitions, key_type=str
    )

    async def dead_letter(value: bytes | None, key: bytes | None, error: BaseException, *, topic: str,
                          partition: int, offset: int, stage: str) -> None:
        log.warning("dead letter", stage=stage, error_class=type(error).__name__, error=str(error)[:300],
                    topic=topic, partition=partition, offset=offset)
        sent = await dlq.send(
            key=key,
            value=value if value is not None else b"",
            headers=dead_letter_headers(error, topic=topic, partition=partition, offset=offset, stage=stage),
        )
        await sent

    async def publish(envelope: Envelope, key: str | None = None):
        """Hand an event to the producer; returns the future of its delivery.
        Retractions go where the retracted event went: same topic, same key, so in order."""
        event_type = envelope.event_type
        if event_type == EVENT_RETRACTED:
            event_type = envelope.payload["retracted_event_type"]
        return await derived[names.for_event_type(event_type)].send(
            key=(key or event_key(envelope)).encode(), value=encode_event(envelope)
        )

    async def delivered(futures: list) -> None:
        """Wait until the broker has every output of an input before that input is acked:
        the commit never gets ahead of what was written, whatever the producer does."""
        if futures:
            await asyncio.gather(*futures)

    # Acks are manual: faust acks an event in a `finally` when an agent is cancelled (a
    # graceful stop mid-event), which would commit work that never finished. An event is
    # acked only once the broker has acknowledged everything it caused.

    @app.agent(articles, name="extract")
    async def extract(stream):
        manual = stream.noack()
        async for event in manual.events():
            message = event.message
            try:
                derived_events = derive(message.value, ctx)
            except DeadLetter as failed:
                await dead_letter(message.value, message.key, failed.cause, stage=failed.stage,
                                  topic=message.topic, partition=message.partition, offset=message.offset)
                await manual.ack(event)
                continue
            article_id = derived_events[-1].article_id
            state, retractions = revisions.revise(article_revisions.get(article_id), derived_events)
            futures = [await publish(envelope) for envelope in derived_events]
            futures += [await publish(retraction, key) for key, retraction in retractions]
            article_revisions[article_id] = state
            await delivered(futures)
            await manual.ack(event)

    @app.agent(derived[names.positions], name="track-positions")
    async def track_positions(stream):
        manual = stream.noack()
        async for event in manual.events():
            message = event.message
            try:
                stated = decode_event(message.value)
                key = message.key.decode()
                state, revealed = tracking.track(position_state.get(key), stated)
            except Exception as exc:
                await dead_letter(message.value, message.key, exc, stage="track", topic=message.topic,
                                  partition=message.partition, offset=message.offset)
                await manual.ack(event)
                continue
            position_state[key] = state
            await delivered([await publish(envelope, key) for envelope in revealed])
            await manual.ack(event)

    return app
