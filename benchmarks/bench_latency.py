"""End-to-end latency: article produced to Kafka -> its statement visible through GET /statements.

    .venv/bin/python benchmarks/bench_latency.py                  # 20 articles/s for 60 s, SQLite
    .venv/bin/python benchmarks/bench_latency.py --rate 20 --seconds 60 --store postgresql+psycopg://...
    .venv/bin/python benchmarks/bench_latency.py --broker HOST:PORT   # a real Kafka instead of the embedded one

Starts the embedded broker (unless --broker), a worker (`wirewatch run`) and the API
(`wirewatch serve`) as subprocesses on fresh topics and a fresh store; warms them up with one
article; then produces `--rate` articles per second on a fixed schedule for `--seconds`, each
with a unique id and a statement, while a poller asks `GET /statements?since=...` every
`--poll-ms`. Latency of an article = first time the API shows a statement of it - the time
just before it was produced. The poll interval bounds the resolution (reported).
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import httpx
import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wirewatch.streams.topics import TopicNames, ensure_topics  # noqa: E402

TEXT = ("German Chancellor Olaf Scholz said on {day} that Berlin would keep supporting Ukraine "
        "for as long as it takes, in remarks tagged {tag}. “We will not waver,” Scholz told reporters in Berlin.")




def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def article(tag: str) -> dict:
    now = datetime.now(timezone.utc)
    return {"id": f"lat-{tag}", "title": f"bench {tag}", "source": "bench",
            "published_at": now.isoformat(timespec="milliseconds"),
            "text": TEXT.format(day=now.strftime("%A"), tag=tag)}


async def run(base: str, bootstrap: str, topic: str, rate: float, seconds: float, poll_ms: int, since: str) -> dict:
    from aiokafka import AIOKafkaProducer

    produced: dict[str, float] = {}
    visible: dict[str, float] = {}
    done = asyncio.Event()

    async def poll(client: httpx.AsyncClient):
        polls = 0
        while not done.is_set():
            try:
                r = await client.get("/statements", params={"since": since, "limit": 500})
            except httpx.HTTPError:
                await asyncio.sleep(poll_ms / 1000)
                continue
            now = time.perf_counter()
            polls += 1
            if r.status_code == 200:
                for item in r.json()["items"]:
                    visible.setdefault(item["article_id"], now)
            await asyncio.sleep(poll_ms / 1000)
        return polls

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=0)
    await producer.start()
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        poller = asyncio.create_task(poll(client))
        try:
            start = time.perf_counter()
            n = int(rate * seconds)
            for i in range(n):
                due = start + i / rate
                delay = due - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                a = article(f"{uuid.uuid4().hex[:12]}")
                produced[a["id"]] = time.perf_counter()
                await producer.send_and_wait(topic, orjson.dumps(a), key=a["id"].encode())
            sent_s = time.perf_counter() - start
            deadline = time.perf_counter() + 30
            while time.perf_counter() < deadline and not set(produced) <= set(visible):
                await asyncio.sleep(0.1)
        finally:
            done.set()
            polls = await poller
            await producer.stop()
    latencies = [(visible[a] - t) * 1000 for a, t in produced.items() if a in visible]
    return {
        "articles": len(produced), "visible": len(latencies), "missing": len(produced) - len(latencies),
        "achieved_rate": round(len(produced) / sent_s, 2), "duration_s": round(sent_s, 1),
        "p50_ms": round(pct(latencies, 50), 1), "p95_ms": round(pct(latencies, 95), 1),
        "p99_ms": round(pct(latencies, 99), 1), "max_ms": round(max(latencies), 1),
        "poll_interval_ms": poll_ms, "polls": polls,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=float, default=20.0, help="articles per second")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--store", help="store URL (default: fresh SQLite file)")
    parser.add_argument("--broker", help="Kafka bootstrap (default: start the embedded broker)")
    parser.add_argument("--poll-ms", type=int, default=20)
    parser.add_argument("--worker-fetch-wait-ms", type=int,
                        help="the worker's consumer fetch wait (WIREWATCH_FETCH_MAX_WAIT_MS; default 100). "
                             "The embedded broker holds a fetch that long even when records arrive meanwhile")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from wirewatch.streams.broker import EmbeddedBroker
    from wirewatch.streams.process import WorkerProcess

    tmp = Path(tempfile.mkdtemp(prefix="wirewatch-latency-"))
    store = args.store or f"sqlite:///{tmp}/views.db"
    tag = uuid.uuid4().hex[:8]
    names = TopicNames(f"lat{tag}")
    embedded = None if args.broker else EmbeddedBroker(log_path=tmp / "broker.log").__enter__()
    bootstrap = args.broker or embedded.bootstrap
    worker = server = None
    try:
        asyncio.run(ensure_topics(bootstrap, names.all, 4))
        extra_env = {}
        if args.worker_fetch_wait_ms is not None:
            extra_env["WIREWATCH_FETCH_MAX_WAIT_MS"] = str(args.worker_fetch_wait_ms)
        worker = WorkerProcess(bootstrap, store, topic_prefix=names.prefix, app_id=f"lat-{tag}", partitions=4,
                               log_path=tmp / "worker.log", extra_env=extra_env)
        worker.start()
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "wirewatch", "serve", "--store", store, "--broker", bootstrap,
             "--topic-prefix", names.prefix, "--port", str(port)],
            env={**os.environ, "WIREWATCH_LOG_JSON": "1"}, stdout=open(tmp / "api.log", "ab"), stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(base + "/healthz").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        # warm up: the worker joins its group and the API answers
        since = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
        warm = asyncio.run(run(base, bootstrap, names.articles, rate=1, seconds=1, poll_ms=100, since=since))
        print(f"warm-up: first article visible after {warm['max_ms']:.0f} ms (worker start, group join)", file=sys.stderr)
        if warm["missing"]:
            print(f"warm-up article never became visible; logs in {tmp}", file=sys.stderr)
            return 1
        since = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
        report = asyncio.run(run(base, bootstrap, names.articles, args.rate, args.seconds, args.poll_ms, since))
        report.update({"store": store.split("://")[0], "broker": "embedded" if embedded else bootstrap,
                       "target_p99_under_1s": report["p99_ms"] < 1000 and report["missing"] == 0})
        print(f"{report['articles']} articles at {report['achieved_rate']}/s for {report['duration_s']} s: "
              f"p50 {report['p50_ms']} ms  p95 {report['p95_ms']} ms  p99 {report['p99_ms']} ms  max {report['max_ms']} ms  "
              f"missing {report['missing']}  (poll every {args.poll_ms} ms)  target p99 < 1 s: "
              f"{'met' if report['target_p99_under_1s'] else 'MISSED'}", file=sys.stderr)
        if args.json:
            print(json.dumps(report, indent=2))
        return 0
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        if worker is not None:
            worker.stop()
        if embedded is not None:
            embedded.__exit__(None, None, None)


if __name__ == "__main__":
    sys.exit(main())
