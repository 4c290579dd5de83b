"""The faust application: topics, agents and the position-state table, wired together.

Data flows one way: `articles` -> extract -> derived topics -> (track positions) -> sink.
Processing is at-least-once; deterministic event ids and idempotent sinks make it exact.
"""

from __future__ import annotations

import faust
import structlog

from ..processors import ExtractionContext, process_article, revisions, tracking
from ..processors.keys import event_key
from ..schemas import EVENT_RETRACTED, Envelope
from ..settings import Settings
from ..sinks import Delivered, DeliveredArticle, ViewStore
from .codec import BadArticle, decode_article, decode_event, decode_event_raw, encode_event
from .dlq import dead_letter_headers
from .sink import SinkWriter
from .topics import TopicNames

log = structlog.get_logger(__name__)

SINK_BATCH = 500
SINK_WITHIN = 0.05


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


def create_app(settings: Settings, ctx: ExtractionContext, store: ViewStore, bootstrap: str) -> faust.App:
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
    writer = SinkWriter(store)
    app.sink_writer = writer  # for health reporting and shutdown

    async def dead_letter(value: bytes | None, key: bytes | None, error: BaseException, *, topic: str,
                          partition: int, offset: int, stage: str) -> None:
        log.warning("dead letter", stage=stage, error_class=type(error).__name__, error=str(error)[:300],
                    topic=topic, partition=partition, offset=offset)
        await dlq.send(
            key=key,
            value=value if value is not None else b"",
            headers=dead_letter_headers(error, topic=topic, partition=partition, offset=offset, stage=stage),
        )

    async def publish(envelope: Envelope, key: str | None = None) -> None:
        """Retractions go where the retracted event went: same topic, same key, so in order."""
        event_type = envelope.event_type
        if event_type == EVENT_RETRACTED:
            event_type = envelope.payload["retracted_event_type"]
        await derived[names.for_event_type(event_type)].send(
            key=(key or event_key(envelope)).encode(), value=encode_event(envelope)
        )

    @app.agent(articles, name="extract")
    async def extract(stream):
        async for event in stream.events():
            message = event.message
            try:
                derived_events = derive(message.value, ctx)
            except DeadLetter as failed:
                await dead_letter(message.value, message.key, failed.cause, stage=failed.stage,
                                  topic=message.topic, partition=message.partition, offset=message.offset)
                continue
            article_id = derived_events[-1].article_id
            state, retractions = revisions.revise(article_revisions.get(article_id), derived_events)
            for envelope in derived_events:
                await publish(envelope)
            for key, retraction in retractions:
                await publish(retraction, key)
            article_revisions[article_id] = state

    @app.agent(derived[names.positions], name="track-positions")
    async def track_positions(stream):
        async for event in stream.events():
            message = event.message
            try:
                event = decode_event(message.value)
                key = message.key.decode()
                state, revealed = tracking.track(position_state.get(key), event)
            except Exception as exc:
                await dead_letter(message.value, message.key, exc, stage="track", topic=message.topic,
                                  partition=message.partition, offset=message.offset)
                continue
            position_state[key] = state
            for envelope in revealed:
                await publish(envelope, key)

    @app.agent(topic(names.articles, *names.derived), name="sink")
    async def sink(stream):
        async for events in stream.take_events(SINK_BATCH, within=SINK_WITHIN):
            batch = []
            for event in events:
                m = event.message
                if m.topic == names.articles:  # the text behind the evidence; bad input is extract's
                    try:
                        batch.append(DeliveredArticle(decode_article(m.value), m.topic, m.partition, m.offset))
                    except BadArticle:
                        pass
                    continue
                try:
                    envelope, raw = decode_event_raw(m.value)
                    batch.append(Delivered(envelope, m.topic, m.partition, m.offset, raw))
                except Exception as exc:
                    await dead_letter(m.value, m.key, exc, stage="sink-decode", topic=m.topic,
                                      partition=m.partition, offset=m.offset)

            async def reject(item: Delivered | DeliveredArticle, exc: BaseException) -> None:
                if isinstance(item, DeliveredArticle):
                    log.error("store rejected an article text", article_id=item.article.id, error=repr(exc)[:300])
                    return
                await dead_letter(encode_event(item.envelope), event_key(item.envelope).encode(), exc,
                                  stage="sink", topic=item.topic or "", partition=item.partition or 0,
                                  offset=item.offset or 0)

            await writer.write(batch, reject)

    return app
