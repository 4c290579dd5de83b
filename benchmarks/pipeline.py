"""Stages 3-6: the real worker (`wirewatch run` subprocesses, all processors + SQLite sink).

Each run gets fresh topics, a fresh consumer group and a fresh SQLite store on the shared
broker. A run is warmed up first (one small article per partition, waited for in the views)
so that worker start-up and the group join are not measured. "Visible" means the article's
row in the `articles` view, which comes from its `article-processed` event — the last event
the worker produces for an article.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import time
import uuid
from pathlib import Path

import orjson
from aiokafka import AIOKafkaProducer

from wirewatch.sinks import ViewStore
from wirewatch.streams.process import WorkerProcess
from wirewatch.streams.topics import TopicNames, ensure_topics

from .loading import produce_all

WARM_TEXT = "Chancellor Olaf Scholz said on Monday that Berlin would keep supporting Ukraine."
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _tree(pid: int) -> list[int]:
    """The process and its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process tree so far."""
    total = 0
    for p in _tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError):
            pass
    return total / CLOCK_TICKS


def peak_rss_mb(pid: int, field: str = "VmHWM") -> float:
    """Sum of VmHWM (peak resident set; `VmRSS`: current) over a process and its children."""
    total_kb = 0
    for p in _tree(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith(f"{field}:"):
                    total_kb += int(line.split()[1])
        except OSError:
            pass
    return round(total_kb / 1024, 1)


class Run:
    """One isolated pipeline: its own topics, group, store and `workers` worker processes."""

    def __init__(self, bootstrap: str, workdir: Path, workers: int = 1, partitions: int = 4,
                 env: dict[str, str] | None = None, pin: bool = False, split: bool = False) -> None:
        tag = uuid.uuid4().hex[:8]
        self.bootstrap = bootstrap
        self.names = TopicNames(f"bench{tag}")
        self.db = workdir / f"views-{tag}.db"
        self.partitions = partitions
        asyncio.run(ensure_topics(bootstrap, self.names.all, partitions))
        # The schema first: two workers creating it at once on a fresh SQLite file race
        # (`table ... already exists`) and one of them exits.
        ViewStore(f"sqlite:///{self.db}").close()
        # split: `workers` extract processes and one sink process beside them (`--role`)
        roles = ["extract"] * workers + ["sink"] if split else ["all"] * workers
        self.workers = [
            WorkerProcess(bootstrap, f"sqlite:///{self.db}", topic_prefix=self.names.prefix, app_id=f"bench-{tag}",
                          partitions=partitions, log_path=workdir / f"worker-{tag}-{n}.log", extra_env=env, role=role)
            for n, role in enumerate(roles)
        ]
        if pin:  # worker n may run on CPU n only (its threads too): one core per worker
            for n, worker in enumerate(self.workers):
                worker.args = ["taskset", "-c", str(n % (os.cpu_count() or 1)), *worker.args]
        self.warm = 0

    def __enter__(self) -> "Run":
        for worker in self.workers:
            worker.start()
        return self

    def __exit__(self, *exc) -> None:
        for worker in self.workers:
            worker.stop()

    def count(self, table: str = "articles") -> int:
        if not self.db.exists():
            return 0
        try:
            with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=5) as conn:
                return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        except sqlite3.OperationalError:  # the worker has not created the tables yet
            return 0

    def wait_for(self, rows: int, timeout: float, interval: float = 0.2) -> bool:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.count() >= rows:
                return True
            if not all(w.running for w in self.workers):
                raise RuntimeError("a worker exited; see its log in the work directory")
            time.sleep(interval)
        return False

    def warm_up(self, timeout: float = 90.0) -> None:
        """One article on every partition: every worker has joined, consumed and written."""
        for p in range(self.partitions):
            record = orjson.dumps({"id": f"warm-{p}", "text": WARM_TEXT, "published_at": "2016-10-01T00:00:00Z"})
            asyncio.run(produce_all(self.bootstrap, self.names.articles, [(f"warm-{p}".encode(), record)], partition=p))
        self.warm += self.partitions
        if not self.wait_for(self.warm, timeout):
            raise RuntimeError("warm-up articles never reached the views")

    @property
    def pids(self) -> list[int]:
        return [w.process.pid for w in self.workers]

    def cpu(self) -> float:
        return sum(cpu_seconds(p) for p in self.pids)

    def peak_rss_mb(self) -> list[float]:
        return [peak_rss_mb(p) for p in self.pids]


def drain(run: Run, records: list[tuple[bytes, bytes]], beside: dict[str, int] | None = None) -> dict:
    """Load every record at once and time until all of them are visible.

    The rate is the drain of pre-loaded articles: from the moment the last record is in the
    topic (the articles already visible then are not counted) to the last one visible, so
    that the benchmark's own producer, which shares the machine's two cores, is not timed.
    The rate including the load is reported beside it.

    `beside` names other processes (the embedded broker) whose CPU an article is reported too,
    with this harness's own: on two cores, what they take is what two workers cannot have."""
    beside = beside or {}
    before_events = run.count("events")
    per_process0 = [cpu_seconds(p) for p in run.pids]
    beside0 = {name: cpu_seconds(pid) for name, pid in beside.items()}
    harness0 = time.process_time()
    cpu0, start = run.cpu(), time.perf_counter()
    asyncio.run(produce_all(run.bootstrap, run.names.articles, records))
    loaded_at = time.perf_counter()
    loaded = loaded_at - start
    done_at_load = run.count() - run.warm
    if not run.wait_for(run.warm + len(records), timeout=max(120.0, len(records) / 10)):
        raise RuntimeError(f"only {run.count() - run.warm} of {len(records)} articles reached the views")
    end = time.perf_counter()
    elapsed = end - start
    drained = len(records) - done_at_load
    cpu = run.cpu() - cpu0
    per_process = [cpu_seconds(p) - c for p, c in zip(run.pids, per_process0)]
    beside_ms = {name: round((cpu_seconds(pid) - beside0[name]) / len(records) * 1000, 2) for name, pid in beside.items()}
    beside_ms["harness"] = round((time.process_time() - harness0) / len(records) * 1000, 2)
    # Other topics' events of the last articles may land a batch later than their
    # `article-processed`: count them once the store stops growing (not timed).
    events, previous = run.count("events"), -1
    while events != previous:
        time.sleep(0.5)
        events, previous = run.count("events"), events
    events -= before_events
    return {"articles": len(records), "seconds": round(elapsed, 2), "load_seconds": round(loaded, 2),
            "visible_when_loaded": done_at_load, "drain_seconds": round(end - loaded_at, 2),
            "articles_per_s": round(drained / (end - loaded_at), 1),
            "articles_per_s_including_load": round(len(records) / elapsed, 1), "events": events,
            "events_per_s": round(events / len(records) * drained / (end - loaded_at), 1),
            "worker_cpu_s_per_article_ms": round(cpu / len(records) * 1000, 2),
            "worker_cpu_utilisation": round(cpu / elapsed, 2),
            "cpu_ms_per_article_by_process": {f"{w.role}-{n}": round(c / len(records) * 1000, 2)
                                              for n, (w, c) in enumerate(zip(run.workers, per_process))},
            "cpu_ms_per_article_beside": beside_ms,
            "worker_rss_mb_end": [peak_rss_mb(p, "VmRSS") for p in run.pids],
            "worker_peak_rss_mb": run.peak_rss_mb()}


async def _steady(run: Run, records: list[tuple[bytes, bytes]], rate: float, poll_s: float) -> dict:
    produced: dict[str, float] = {}
    visible: dict[str, float] = {}
    done = asyncio.Event()

    async def poll() -> None:
        last = 0
        conn = sqlite3.connect(f"file:{run.db}?mode=ro", uri=True, timeout=5)
        try:
            while not done.is_set():
                try:
                    rows = conn.execute("SELECT rowid, article_id FROM articles WHERE rowid > ?", (last,)).fetchall()
                except sqlite3.OperationalError:
                    rows = []
                now = time.perf_counter()
                for rowid, article_id in rows:
                    last = max(last, rowid)
                    visible.setdefault(article_id, now)
                await asyncio.sleep(poll_s)
        finally:
            conn.close()

    producer = AIOKafkaProducer(bootstrap_servers=run.bootstrap, linger_ms=0, max_request_size=64 * 1024 * 1024)
    await producer.start()
    poller = asyncio.create_task(poll())
    try:
        start = time.perf_counter()
        for i, (key, value) in enumerate(records):
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            produced[key.decode()] = time.perf_counter()
            await producer.send_and_wait(run.names.articles, value, key=key)
        sent = time.perf_counter() - start
        deadline = time.perf_counter() + 60
        while time.perf_counter() < deadline and not produced.keys() <= visible.keys():
            await asyncio.sleep(0.05)
    finally:
        done.set()
        await poller
        await producer.stop()
    latencies = sorted((visible[k] - t) * 1000 for k, t in produced.items() if k in visible)

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(round(p / 100 * (len(latencies) - 1))))], 1)

    return {"articles": len(produced), "missing": len(produced) - len(latencies),
            "achieved_rate": round(len(produced) / sent, 1), "seconds": round(sent, 1),
            "p50": pct(50), "p95": pct(95), "p99": pct(99), "max": round(latencies[-1], 1),
            "poll_interval_ms": round(poll_s * 1000)}


def steady(run: Run, records: list[tuple[bytes, bytes]], rate: float, poll_s: float = 0.01) -> dict:
    """Produce at a fixed rate (each record acknowledged before the next is due) and time
    every article from just before its produce call to its row in the `articles` view."""
    return asyncio.run(_steady(run, records, rate, poll_s))
