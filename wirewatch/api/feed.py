"""`GET /feed`: Server-Sent Events tailing the derived topics.

Each connection has its own Kafka consumer without a group (assign, no JoinGroup) over every
partition of the topics it needs. The SSE `id` of every message encodes the event's own
`topic/partition/offset` and the *position vector*: for every partition, the next offset to
read. A client that reconnects with `Last-Event-ID` resumes from that vector, so nothing is
lost or repeated whatever the interleaving of partitions. Records a filter drops still advance
the vector; `checkpoint` messages carry it to the client so a resume does not rescan them.
"""

from __future__ import annotations

import base64
import binascii
import time
from collections.abc import AsyncIterator
from typing import Any

import orjson

from ..schemas import AID_ANNOUNCED, ARTICLE_PROCESSED, POSITION_CHANGED, POSITION_STATED, STATEMENT_MADE
from ..schemas.upcasting import upcast
from ..sinks.queries import QueryError
from ..streams.topics import TopicNames

EVENT_TYPES = (STATEMENT_MADE, AID_ANNOUNCED, POSITION_STATED, POSITION_CHANGED, ARTICLE_PROCESSED)
RETRACTED = "event-retracted"  # on the topic of the event it retracts, after it
KEEPALIVE_S = 15.0
CHECKPOINT_S = 2.0

Positions = dict[str, dict[int, int]]


def encode_id(topic: str | None, partition: int | None, offset: int | None, positions: Positions) -> str:
    vector = {tp: {str(p): o for p, o in sorted(parts.items())} for tp, parts in sorted(positions.items())}
    packed = base64.urlsafe_b64encode(orjson.dumps(vector)).decode().rstrip("=")
    head = f"{topic}/{partition}/{offset}" if topic is not None else "-"
    return f"{head}.{packed}"


def decode_id(value: str) -> Positions:
    try:
        packed = value.rsplit(".", 1)[1]
        vector = orjson.loads(base64.urlsafe_b64decode(packed + "=" * (-len(packed) % 4)))
        out: Positions = {}
        for topic, parts in vector.items():
            if not isinstance(topic, str) or not isinstance(parts, dict):
                raise ValueError
            out[topic] = {}
            for p, o in parts.items():
                if not isinstance(o, int) or isinstance(o, bool) or o < 0 or int(p) < 0:
                    raise ValueError
                out[topic][int(p)] = o
        return out
    except (IndexError, ValueError, TypeError, AttributeError, binascii.Error, orjson.JSONDecodeError):
        raise QueryError("Last-Event-ID: not an id this feed issued") from None


def topics_for(names: TopicNames, types: list[str]) -> list[str]:
    return sorted({names.for_event_type(t) for t in types})


def parse_types(raw: str | None) -> list[str]:
    if not raw:
        return list(EVENT_TYPES)
    types = [t.strip() for t in raw.split(",") if t.strip()]
    unknown = [t for t in types if t not in EVENT_TYPES]
    if unknown or not types:
        raise QueryError(f"types: unknown event type(s) {unknown}; choose from {', '.join(EVENT_TYPES)}")
    return types


class Filter:
    def __init__(self, types: list[str], speakers: set[str] | None, speaker_raw: str | None,
                 issue: str | None, issue_terms: list[str] | None) -> None:
        self.types = set(types)
        self.names = {s.casefold() for s in (speakers or set())} | ({speaker_raw.casefold()} if speaker_raw else set())
        self.issue = issue
        self.issue_terms = [term.casefold() for term in issue_terms or []]

    def __call__(self, envelope: dict[str, Any]) -> bool:
        if envelope.get("event_type") == RETRACTED:  # travels with the event it retracts
            return (envelope.get("payload") or {}).get("retracted_event_type") in self.types
        if envelope.get("event_type") not in self.types:
            return False
        p = envelope.get("payload") or {}
        if self.names:
            who = [p.get(k) for k in ("speaker", "actor", "donor")]
            if not any(isinstance(e, dict) and {str(e.get("canonical", "")).casefold(), str(e.get("name", "")).casefold()} & self.names for e in who):
                return False
        if self.issue:
            if "issue" in p:
                return p["issue"] == self.issue
            content = ((p.get("content") or {}).get("text") or "").casefold()
            return any(term in content for term in self.issue_terms)
        return True


def _jsonable(vector: Positions) -> dict:
    return {tp: {str(p): o for p, o in sorted(parts.items())} for tp, parts in sorted(vector.items())}


def sse(event: str, data: Any, id_: str | None = None) -> bytes:
    lines = []
    if id_ is not None:
        lines.append(f"id: {id_}")
    lines.append(f"event: {event}")
    lines.append("data: " + orjson.dumps(data).decode())
    return ("\n".join(lines) + "\n\n").encode()


async def open_consumer(bootstrap: str, topics: list[str], positions: Positions | None, start: str):
    """Assign and position a group-less consumer; returns it and the starting vector.

    Done before the response starts, so a broker or topic problem is a clean 503, not a torn stream.
    """
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
        auto_offset_reset="earliest", request_timeout_ms=15_000, metadata_max_age_ms=30_000,
    )
    await consumer.start()
    try:
        await consumer.topics()  # fetch cluster metadata: partitions of every topic
        tps: list[TopicPartition] = []
        for topic in topics:
            parts = consumer.partitions_for_topic(topic) or set()
            tps.extend(TopicPartition(topic, p) for p in sorted(parts))
        if not tps:
            raise LookupError(f"none of the topics {topics} exists on the broker")
        consumer.assign(tps)
        resume = positions or {}
        fresh = []
        for tp in tps:
            if tp.partition in resume.get(tp.topic, {}):
                consumer.seek(tp, resume[tp.topic][tp.partition])
            else:
                fresh.append(tp)
        if fresh:
            if positions is not None or start == "earliest":  # a partition the client never saw
                await consumer.seek_to_beginning(*fresh)
            else:
                await consumer.seek_to_end(*fresh)
        vector: Positions = {}
        for tp in tps:
            vector.setdefault(tp.topic, {})[tp.partition] = await consumer.position(tp)
        return consumer, vector
    except BaseException:
        await consumer.stop()
        raise


async def stream(consumer, vector: Positions, keep: Filter, request=None, on_event=None) -> AsyncIterator[bytes]:
    """The SSE stream: `ready` (with the starting vector), then events, checkpoints, keep-alives."""
    try:
        yield b"retry: 1000\n\n"
        yield sse("ready", {"positions": _jsonable(vector)}, encode_id(None, None, None, vector))
        last_out = last_checkpoint = time.monotonic()
        advanced = False
        while True:
            if request is not None and await request.is_disconnected():
                return
            batches = await consumer.getmany(timeout_ms=500, max_records=500)
            for tp, records in sorted(batches.items(), key=lambda kv: (kv[0].topic, kv[0].partition)):
                for record in records:
                    vector[tp.topic][tp.partition] = record.offset + 1
                    try:
                        envelope = orjson.loads(record.value)
                    except (orjson.JSONDecodeError, TypeError):
                        advanced = True
                        continue
                    if not isinstance(envelope, dict) or not keep(envelope):
                        advanced = True
                        continue
                    try:
                        envelope = upcast(envelope)  # the current schema version, as the views hold it
                    except Exception:  # newer than this reader: pass it on as it is
                        pass
                    if on_event is not None:
                        on_event(envelope.get("event_type", "event"))
                    yield sse(
                        envelope.get("event_type", "event"),
                        {"topic": tp.topic, "partition": tp.partition, "offset": record.offset, "envelope": envelope},
                        encode_id(tp.topic, tp.partition, record.offset, vector),
                    )
                    advanced = False
                    last_out = last_checkpoint = time.monotonic()
            now = time.monotonic()
            if advanced and now - last_checkpoint >= CHECKPOINT_S:
                yield sse("checkpoint", {}, encode_id(None, None, None, vector))
                advanced = False
                last_out = last_checkpoint = now
            elif now - last_out >= KEEPALIVE_S:
                yield b": keepalive\n\n"
                last_out = now
    finally:
        await consumer.stop()
