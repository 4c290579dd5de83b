"""API throughput and latency of the three main list endpoints with 100k rows per view.

    .venv/bin/python benchmarks/bench_api.py                       # SQLite, 100k rows
    .venv/bin/python benchmarks/bench_api.py --store postgresql+psycopg://postgres@127.0.0.1:5432/DB
    .venv/bin/python benchmarks/bench_api.py --rows 20000 --seconds 3   # quick

Fills a fresh store through `ViewStore.apply` (the sink's own path) with `--rows` statements,
aid announcements and position statements (as many board cells), starts `wirewatch serve` as
a subprocess (uvicorn, one process), then per endpoint:
  * latency: one client, sequential requests over a mix of queries (first pages, filters,
    full-text search, deep keyset pages) -> p50/p95/p99 in ms;
  * throughput: `--clients` concurrent clients -> requests/s.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wirewatch.schemas import AID_ANNOUNCED, POSITION_STATED, STATEMENT_MADE, Envelope  # noqa: E402
from wirewatch.sinks import Delivered, ViewStore  # noqa: E402

NS = uuid.UUID("5b0f6a34-54a1-4c0e-9a4e-3f8f6f1b2c77")
WORDS = ("drones grain corridor sanctions ceasefire missiles tanks artillery energy reactor bridge "
         "negotiations border refugees loans reconstruction air-defence shells frontline talks").split()
SPEAKERS = [f"Speaker {i}" for i in range(2000)]
COUNTRIES = [f"Country {i}" for i in range(60)]
ISSUES = [f"issue-{i}" for i in range(10)]


def _span(text: str, start: int = 0) -> dict:
    return {"text": text, "start": start, "end": start + len(text)}


def _ent(name: str) -> dict:
    return {"name": name, "canonical": name, "span": _span(name)}


def _env(kind: str, i: int, when: str, payload: dict) -> Envelope:
    article = f"bench-{i // 5}"
    return Envelope(event_id=str(uuid.uuid5(NS, f"{kind}|{i}")), event_type=kind, schema_version=1, article_id=article,
                    occurred_at=when, producer={"name": "bench", "version": "0"}, correlation_id=article,
                    causation_id=article, payload=payload)


def _when(rng: random.Random) -> str:
    day = rng.randrange(0, 730)
    t = time.gmtime(1_640_995_200 + day * 86400 + rng.randrange(0, 86400))
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", t)


def fill(url: str, rows: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    store = ViewStore(url)
    started = time.perf_counter()
    batch: list[Delivered] = []
    offsets = {"statements": 0, "aid": 0, "positions": 0}

    def flush():
        store.apply(batch)
        batch.clear()

    for i in range(rows):
        content = " ".join(rng.choice(WORDS) for _ in range(12))
        speaker = rng.choice(SPEAKERS)
        batch.append(Delivered(_env(STATEMENT_MADE, i, _when(rng), {
            "speaker": _ent(speaker), "cue": _span("said"), "content": _span(content, 10), "mode": "indirect"}),
            "bench.statements", i % 4, offsets["statements"]))
        offsets["statements"] += 1
        donor, recipient = rng.sample(COUNTRIES, 2)
        batch.append(Delivered(_env(AID_ANNOUNCED, i, _when(rng), {
            "donor": _ent(donor), "recipient": _ent(recipient),
            "amount": {"value": float(rng.randrange(1, 500) * 1_000_000), "currency": "USD", "qualifier": "exact"},
            "aid_type": rng.choice(["military", "humanitarian", "financial"]), "kind": rng.choice(["new", "new", "cumulative"]),
            "status": rng.choice(["announced", "pledged", "delivered"]), "items": [], "parts": [],
            "evidence": _span(f"{donor} gives {recipient} aid")}), "bench.aid", i % 4, offsets["aid"]))
        offsets["aid"] += 1
        actor = f"Actor {i // len(ISSUES)}"  # every (actor, issue) once: `rows` board cells
        batch.append(Delivered(_env(POSITION_STATED, i, _when(rng), {
            "actor": _ent(actor), "issue": ISSUES[i % len(ISSUES)], "stance": rng.choice(["support", "oppose"]),
            "explicitly_unchanged": False, "evidence": _span(f"{actor} on {ISSUES[i % len(ISSUES)]}")}),
            "bench.positions", i % 4, offsets["positions"]))
        offsets["positions"] += 1
        if len(batch) >= 3000:
            flush()
    flush()
    if store.engine.dialect.name == "postgresql":
        # what autovacuum does after a bulk load: without statistics the planner cannot tell a
        # common search word from a rare one
        with store.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    store.close()
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def queries(endpoint: str, rng: random.Random, cursors: list[str]) -> str:
    if endpoint == "/statements":
        pick = rng.randrange(5)
        if pick == 0:
            return "/statements"
        if pick == 1:
            return f"/statements?speaker={rng.choice(SPEAKERS).replace(' ', '+')}"
        if pick == 2:
            return f"/statements?q={rng.choice(WORDS)}+{rng.choice(WORDS)}"
        if pick == 3:
            return "/statements?since=2023-03-01&until=2023-03-31"
        return "/statements?cursor=" + rng.choice(cursors) if cursors else "/statements"
    if endpoint == "/aid":
        pick = rng.randrange(4)
        if pick == 0:
            return "/aid"
        if pick == 1:
            return f"/aid?donor={rng.choice(COUNTRIES).replace(' ', '+')}&kind=new"
        if pick == 2:
            return "/aid?since=2023-06-01&until=2023-06-30&status=delivered"
        return "/aid?cursor=" + rng.choice(cursors) if cursors else "/aid"
    pick = rng.randrange(3)
    if pick == 0:
        return "/positions"
    if pick == 1:
        return f"/positions?actor=Actor+{rng.randrange(0, 10_000)}"
    return "/positions?cursor=" + rng.choice(cursors) if cursors else "/positions"


def deep_cursors(base: str, endpoint: str, pages: int = 40) -> list[str]:
    out, cursor = [], None
    with httpx.Client(base_url=base, timeout=30) as client:
        for _ in range(pages):
            body = client.get(endpoint, params={"limit": 500, **({"cursor": cursor} if cursor else {})}).json()
            cursor = body["next_cursor"]
            if not cursor:
                break
            out.append(cursor)
    return out


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def latency(base: str, endpoint: str, seconds: float, cursors: list[str]) -> dict:
    rng = random.Random(1)
    samples, statuses = [], {}
    with httpx.Client(base_url=base, timeout=30) as client:
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            path = queries(endpoint, rng, cursors)
            t0 = time.perf_counter()
            r = client.get(path)
            samples.append((time.perf_counter() - t0) * 1000)
            statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
    return {"requests": len(samples), "p50_ms": round(pct(samples, 50), 2), "p95_ms": round(pct(samples, 95), 2),
            "p99_ms": round(pct(samples, 99), 2), "max_ms": round(max(samples), 2), "statuses": statuses}


async def throughput(base: str, endpoint: str, seconds: float, clients: int, cursors: list[str]) -> dict:
    done, statuses = 0, {}

    async def one(n: int):
        nonlocal done
        rng = random.Random(100 + n)
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            deadline = time.perf_counter() + seconds
            while time.perf_counter() < deadline:
                r = await client.get(queries(endpoint, rng, cursors))
                statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                done += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(one(n) for n in range(clients)))
    return {"clients": clients, "requests_per_s": round(done / (time.perf_counter() - t0), 1), "statuses": statuses}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", help="store URL (default: a fresh SQLite file in a temp dir)")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10.0, help="per endpoint and mode")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--no-fill", action="store_true", help="--store is already filled (by an earlier run)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="wirewatch-bench-")
    url = args.store or f"sqlite:///{tmp}/views.db"
    fill_s = 0.0 if args.no_fill else fill(url, args.rows)
    print(f"filled {url} with {args.rows} statements, aid and positions each in {fill_s:.1f}s", file=sys.stderr)

    port = free_port()
    env = {**os.environ, "WIREWATCH_LOG_JSON": "1"}
    env.pop("WIREWATCH_API_TOKEN", None)
    server = subprocess.Popen([sys.executable, "-m", "wirewatch", "serve", "--store", url, "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(base + "/healthz").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        report = {"store": url.split("://")[0], "rows": args.rows, "fill_seconds": round(fill_s, 1), "endpoints": {}}
        for endpoint in ("/statements", "/aid", "/positions"):
            cursors = deep_cursors(base, endpoint)
            lat = latency(base, endpoint, args.seconds, cursors)
            thr = asyncio.run(throughput(base, endpoint, args.seconds, args.clients, cursors))
            report["endpoints"][endpoint] = {"latency": lat, "throughput": thr}
            print(f"{endpoint:12s} p50 {lat['p50_ms']:7.2f} ms  p95 {lat['p95_ms']:7.2f} ms  p99 {lat['p99_ms']:7.2f} ms  "
                  f"({lat['requests']} sequential)  |  {thr['requests_per_s']:8.1f} req/s with {args.clients} clients  "
                  f"statuses {sorted({**lat['statuses'], **thr['statuses']})}", file=sys.stderr)
        ok = all(e["latency"]["p99_ms"] < 50 for e in report["endpoints"].values())
        report["target_p99_under_50ms"] = ok
        if args.json:
            print(json.dumps(report, indent=2))
        print(f"target p99 < 50 ms: {'met' if ok else 'MISSED'}", file=sys.stderr)
        return 0
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
