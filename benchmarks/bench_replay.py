"""Replay rate: derived events per second rebuilt from the log into a fresh store.

    .venv/bin/python benchmarks/bench_replay.py                       # >= 100k events, SQLite
    .venv/bin/python benchmarks/bench_replay.py --store postgresql+psycopg://postgres@127.0.0.1:5432/test
    .venv/bin/python benchmarks/bench_replay.py --events 20000 --json out.json

The log: every PolNeAR text (../shared/eval/polnear, read-only) run through the real
processors and position tracker (`extract_all`), then copied under new article ids until it
holds at least `--events` derived events (a copy's ids are derived from the original's, so
the copies are distinct events, never duplicates). The articles and the derived events are
published to fresh topics on the embedded broker (or `--broker`). Then `replay()` — the code
behind `wirewatch replay` — rebuilds every view into an empty store; the rate is applied
events / wall-clock seconds of that call, which includes reading the log, decoding,
upcasting and writing. Run twice (`--runs`) to see the spread; digests must agree.
For PostgreSQL, a scratch database is created in the server of `--store` and dropped after.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import cProfile
import asyncio
import json
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wirewatch.audit.replay import replay  # noqa: E402
from wirewatch.processors import ExtractionContext  # noqa: E402
from wirewatch.processors.keys import event_key  # noqa: E402
from wirewatch.processors.pipeline import extract_all  # noqa: E402
from wirewatch.schemas import Article, Envelope, IssueSet  # noqa: E402
from wirewatch.sinks import ViewStore  # noqa: E402
from wirewatch.streams.codec import encode_article, encode_event  # noqa: E402
from wirewatch.streams.topics import TopicNames, ensure_topics  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "eval" / "polnear"
COPY_NS = uuid.UUID("0b8f6a0e-43c4-4e0b-9a8e-7d51f1f0c2aa")


def source_articles() -> list[Article]:
    texts = sorted(POLNEAR.glob("*/text/*.txt"))
    if not texts:
        raise SystemExit(f"no PolNeAR texts under {POLNEAR}")
    return [
        Article(id=f"polnear-{p.stem}", text=p.read_text(encoding="utf-8"), source=p.stem.split("_")[0],
                published_at=f"{p.stem.split('_')[1]}T12:00:00Z", title=p.stem)
        for p in texts
    ]


def _copy_id(event_id: str, copy: int) -> str:
    return str(uuid.uuid5(COPY_NS, f"{event_id}|{copy}"))


def copy_event(envelope: Envelope, copy: int) -> Envelope:
    """The same event about a copy of its article: every id renamed consistently."""
    if copy == 0:
        return envelope
    data = envelope.model_dump(mode="json")
    suffix = f"~{copy}"
    data["event_id"] = _copy_id(data["event_id"], copy)
    data["article_id"] += suffix
    data["correlation_id"] += suffix
    cause = data["causation_id"]
    data["causation_id"] = cause + suffix if cause == envelope.article_id else _copy_id(cause, copy)
    payload = data["payload"]
    if "event_ids" in payload:
        payload["event_ids"] = {k: [_copy_id(i, copy) for i in v] for k, v in payload["event_ids"].items()}
    if payload.get("previous_event_id"):
        payload["previous_event_id"] = _copy_id(payload["previous_event_id"], copy)
    if "actor" in payload:  # each copy its own stance timeline, so trackers never mix copies
        payload["actor"] = {**payload["actor"], "canonical": payload["actor"]["canonical"] + suffix}
    return Envelope.model_validate(data)


def build_log(min_events: int) -> tuple[list[tuple[str, bytes]], list[tuple[str, Envelope]]]:
    articles = source_articles()
    ctx = ExtractionContext(issues=IssueSet.load(ROOT / "seeds" / "issues.yaml"))
    started = time.process_time()
    events = list(extract_all(articles, ctx))
    print(f"extracted {len(events):,} events from {len(articles)} articles "
          f"in {time.process_time() - started:.1f} s CPU", file=sys.stderr)
    copies = -(-min_events // len(events))
    article_records = [
        (a.id + (f"~{c}" if c else ""), encode_article(a.model_copy(update={"id": a.id + (f"~{c}" if c else "")})))
        for c in range(copies) for a in articles
    ]
    event_records = [(None, copy_event(e, c)) for c in range(copies) for e in events]
    return article_records, [(event_key(e), e) for _, e in event_records]


async def publish(bootstrap: str, names: TopicNames, articles, events) -> None:
    from aiokafka import AIOKafkaProducer

    await ensure_topics(bootstrap, names.all, 4)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=20, max_batch_size=1 << 20,
                                max_request_size=8 << 20)
    await producer.start()
    try:
        futures = [await producer.send(names.articles, value, key=key.encode()) for key, value in articles]
        futures += [
            await producer.send(names.for_event_type(e.event_type), encode_event(e), key=key.encode())
            for key, e in events
        ]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


def scratch_postgres(url: str):
    import sqlalchemy as sa

    name = f"wirewatch_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    target = url.rsplit("/", 1)[0] + f"/{name}"

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return target, drop


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000, help="at least this many derived events")
    parser.add_argument("--store", default="sqlite", help="'sqlite' (a scratch file) or a PostgreSQL URL")
    parser.add_argument("--broker", help="HOST:PORT of a Kafka broker (default: start the embedded one)")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--profile", help="write a cProfile of the replays (only) to this file")
    args = parser.parse_args()

    articles, events = build_log(args.events)
    names = TopicNames(f"bench{uuid.uuid4().hex[:6]}")
    with tempfile.TemporaryDirectory(prefix="wirewatch-replay-") as scratch:
        broker = None
        if args.broker:
            bootstrap = args.broker
        else:
            from wirewatch.streams.broker import EmbeddedBroker

            broker = EmbeddedBroker(log_path=Path(scratch) / "broker.log")
            bootstrap = broker.start().bootstrap
        try:
            started = time.monotonic()
            asyncio.run(publish(bootstrap, names, articles, events))
            print(f"published {len(articles):,} articles and {len(events):,} events "
                  f"in {time.monotonic() - started:.1f} s", file=sys.stderr)
            results = []
            profiler = cProfile.Profile() if args.profile else None
            for run in range(args.runs):
                drop = None
                if args.store == "sqlite":
                    url = f"sqlite:///{scratch}/replay-{run}.db"
                else:
                    url, drop = scratch_postgres(args.store)
                store = ViewStore(url)
                try:
                    if profiler:
                        profiler.enable()
                    cpu = time.process_time()
                    report = asyncio.run(replay(bootstrap, names, store))
                    cpu = time.process_time() - cpu  # includes the digests computed at the end
                finally:
                    if profiler:
                        profiler.disable()
                    store.close()
                    if drop:
                        drop()
                results.append(report)
                print(f"run {run + 1}: {report.applied:,} records applied in {report.seconds:.2f} s = "
                      f"{report.rate:,.0f} records/s ({cpu:.2f} s CPU in this process, digests included)",
                      file=sys.stderr)
        finally:
            if broker:
                broker.stop()
    if profiler:
        profiler.dump_stats(args.profile)
    digests = {json.dumps({str(k): v for k, v in r.digests.items()}, sort_keys=True) for r in results}
    best = max(results, key=lambda r: r.rate)
    figures = {
        "store": "sqlite" if args.store == "sqlite" else "postgresql",
        "derived_events": len(events),
        "articles": len(articles),
        "records_applied": best.applied,
        "seconds": round(best.seconds, 3),
        "records_per_s": round(best.rate),
        "derived_events_per_s": round(len(events) / best.seconds),
        "runs": [round(r.rate) for r in results],
        "digests_agree": len(digests) == 1,
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n")
    return 0 if figures["digests_agree"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
