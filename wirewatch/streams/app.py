"""The faust application: the position tracker and its state table.

Data flows one way: `articles` -> extract (extract.py) -> derived topics -> track positions
(here); the sink consumer (sink_consumer.py) materializes the derived topics into the views.
Processing is at-least-once; deterministic event ids and idempotent sinks make it exact.
"""

from __future__ import annotations

import faust
import structlog

from ..processors import ExtractionContext, tracking
from ..processors.keys import event_key
from ..schemas import EVENT_RETRACTED, Envelope
from ..settings import Settings
from .acks import OrderedAcks
from .codec import decode_event, encode_event
from .dlq import dead_letter_record
from .stampede import install as install_stampede_fix
from .topics import TopicNames
from .transport import transport_class

log = structlog.get_logger(__name__)


def create_app(settings: Settings, ctx: ExtractionContext, bootstrap: str) -> faust.App:
    install_stampede_fix()
    names = TopicNames(settings.topic_prefix)
    app = faust.App(
        f"{settings.app_id}-positions",  # the extract stage's plain consumer group is `app_id`
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

    dlq = topic(names.dlq)
    derived = {name: topic(name) for name in names.derived}
    # Keyed like the topic its agent reads (co-partitioned); values are plain JSON.
    position_state = app.Table(
        "position-state", default=None, partitions=settings.partitions, key_type=str
    )

    async def dead_letter(value: bytes | None, key: bytes | None, error: BaseException, *, topic: str,
                          partition: int, offset: int, stage: str) -> None:
        log.warning("dead letter", stage=stage, error_class=type(error).__name__, error=str(error)[:300],
                    topic=topic, partition=partition, offset=offset)
        value, headers = dead_letter_record(value, error, topic=topic, partition=partition, offset=offset,
                                            stage=stage)  # a 50 MB record is truncated, not a crash
        sent = await dlq.send(key=key, value=value, headers=headers)
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

    # Acks are manual: faust acks an event in a `finally` when an agent is cancelled (a
    # graceful stop mid-event), which would commit work that never finished. An event is
    # acked only once the broker has acknowledged everything it caused, and in order; the
    # agent goes on with the next record meanwhile (acks.py).

    @app.agent(derived[names.positions], name="track-positions")
    async def track_positions(stream):
        manual = stream.noack()
        acks = OrderedAcks(manual.ack)
        try:
            async for event in manual.events():
                message = event.message
                try:
                    stated = decode_event(message.value)
                    key = message.key.decode()
                    state, revealed = tracking.track(position_state.get(key), stated)
                except Exception as exc:
                    await dead_letter(message.value, message.key, exc, stage="track", topic=message.topic,
                                      partition=message.partition, offset=message.offset)
                    await acks.add(event, ())
                    continue
                position_state[key] = state
                await acks.add(event, [await publish(envelope, key) for envelope in revealed])
        finally:
            await acks.close()

    return app
