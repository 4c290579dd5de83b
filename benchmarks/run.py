"""wirewatch against its own limits on this machine: extraction, transport, pipeline, latency,
scale-out and memory, on real article texts. Prints a table; `--json FILE` writes the figures.

    .venv/bin/python benchmarks/run.py                 # full: 10,000 articles, 60 s latency (~6 min)
    .venv/bin/python benchmarks/run.py --quick         # reduced, under 3 minutes (`make bench`)
    .venv/bin/python benchmarks/run.py --json bench.json --stages extraction,pipeline

Stages (docs/performance.md says what each measures and why):
  1 extraction  all processors together and each alone, articles/s of CPU time on one core,
                with a fixed calibration workload timed around it (benchmarks/calibration.py)
  2 transport   plain aiokafka consume -> produce passthrough of the same records, same broker
  3 pipeline    one worker (`wirewatch run`: all processors + SQLite sink) draining the corpus;
                ratio to min(1, 2)
  4 latency     steady rate (default 50 articles/s for 60 s), produce -> row in the views
  5 scale-out   two worker processes in one group draining the same corpus, vs one
  6 memory      peak RSS (VmHWM, children included) of the workers
The embedded broker is started unless --broker is given. The machine is shared: load
averages are recorded with the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import calibration, corpus, extraction, pipeline, transport  # noqa: E402
from wirewatch.processors import ExtractionContext  # noqa: E402
from wirewatch.schemas import IssueSet  # noqa: E402
from wirewatch.settings import DEFAULT_ISSUES  # noqa: E402
from wirewatch.streams.codec import encode_article  # noqa: E402

STAGES = ("extraction", "transport", "pipeline", "latency", "scale-out")
TARGETS = {  # key: (target, higher is better)
    "extraction_articles_per_s": (300, True),
    "pipeline_ratio": (0.8, True),
    "latency_p99_ms": (500, False),
    "scale_out_ratio": (1.6, True),
    "worker_peak_rss_mb": (400, False),
}


def conditions() -> dict:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "wirewatch", "benchmarks"], cwd=ROOT,
                           capture_output=True, text=True)
    return {"commit": commit.stdout.strip(), "uncommitted_changes": bool(dirty.stdout.strip()),
            "cpus": os.cpu_count(), "python": platform.python_version(), "python_build": python_build(),
            "load_average_start": [round(x, 2) for x in os.getloadavg()],
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z")}


def python_build() -> str:
    """Which interpreter build ran: the same code runs 15-25 % slower on a CPython whose executable calls
    into a shared libpython (pyenv's default build) than on a static, PGO-built one (Debian's)."""
    try:
        with open("/proc/self/maps") as maps:
            shared = any("libpython" in line for line in maps)
    except OSError:
        return os.path.realpath(sys.executable)
    return f"{os.path.realpath(sys.executable)} ({'shared' if shared else 'static'} libpython)"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')} load {os.getloadavg()[0]:.2f}] {message}", file=sys.stderr, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="reduced sizes: under 3 minutes")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON")
    parser.add_argument("--stages", default=",".join(STAGES), help=f"comma-separated subset of {','.join(STAGES)}")
    parser.add_argument("--articles", type=int, help="articles per pipeline run (default 10000; quick 2000)")
    parser.add_argument("--rate", type=float, default=50.0, help="latency stage: articles/s")
    parser.add_argument("--seconds", type=float, help="latency stage duration (default 60; quick 20)")
    parser.add_argument("--broker", help="Kafka bootstrap host:port (default: start the embedded broker)")
    parser.add_argument("--fetch-wait-ms", type=int,
                        help="workers' consumer fetch wait (WIREWATCH_FETCH_MAX_WAIT_MS; default: the worker's own)")
    parser.add_argument("--split", action="store_true",
                        help="run the views in a sink process of their own beside the extract worker(s) "
                             "(`wirewatch run --role extract` + `--role sink`)")
    parser.add_argument("--pin", action="store_true",
                        help="scale-out stage: bind worker n to CPU n (one core per worker; one-worker run redone pinned)")
    parser.add_argument("--polnear", type=Path, default=corpus.POLNEAR,
                        help="PolNeAR directory (default ../shared/eval/polnear; absent: a generated corpus)")
    args = parser.parse_args()
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    unknown = set(stages) - set(STAGES)
    if unknown:
        parser.error(f"unknown stages: {', '.join(sorted(unknown))}")
    n = args.articles or (2000 if args.quick else 10_000)
    seconds = args.seconds or (20.0 if args.quick else 60.0)

    env = {"WIREWATCH_FETCH_MAX_WAIT_MS": str(args.fetch_wait_ms)} if args.fetch_wait_ms is not None else None
    unique, corpus_name = corpus.texts(args.polnear)
    articles = corpus.articles(unique, n)
    records = [(a.id.encode(), encode_article(a)) for a in articles]
    report: dict = {"conditions": conditions(), "quick": args.quick,
                    "topology": "extract worker(s) + one sink process" if args.split else "all-in-one worker(s)", "worker_env": env or {}, "corpus": corpus_name,
                    "corpus_articles": n, "corpus_mb": round(sum(len(v) for _, v in records) / 1e6, 1)}
    log(f"corpus: {n} articles from {corpus_name}")

    if "extraction" in stages:
        sample = corpus.articles(unique[::3] if args.quick else unique, len(unique[::3]) if args.quick else len(unique))
        ctx = ExtractionContext(issues=IssueSet.load(DEFAULT_ISSUES))
        log(f"stage 1: extraction over {len(sample)} unique texts (CPU time)")
        before = calibration.measure()["calibration_units_per_s"]
        report["extraction"] = extraction.measure(sample, ctx, repeat=1 if args.quick else 2)
        after = calibration.measure()["calibration_units_per_s"]
        report["extraction_articles_per_s"] = report["extraction"]["extraction_articles_per_s"]
        # the machine's speed around the stage: compare extraction across days through the ratio
        report["calibration_units_per_s"] = round((before + after) / 2, 1)
        report["extraction_per_calibration"] = round(
            report["extraction_articles_per_s"] / report["calibration_units_per_s"], 4)

    tmp = Path(tempfile.mkdtemp(prefix="wirewatch-bench-"))
    report["workdir"] = str(tmp)
    embedded = None
    if {"transport", "pipeline", "latency", "scale-out"} & set(stages):
        from wirewatch.streams.broker import EmbeddedBroker

        embedded = None if args.broker else EmbeddedBroker(log_path=tmp / "broker.log").start()
    bootstrap = args.broker or (embedded.bootstrap if embedded else "")
    report["broker"] = args.broker or "embedded (Tansu)"
    failed = None
    peaks: list[float] = []
    beside = {"broker": embedded.process.pid} if embedded is not None else {}
    try:
        if "transport" in stages:
            log(f"stage 2: transport passthrough of {n} records")
            report["transport"] = asyncio.run(transport.passthrough(bootstrap, records))
            report["transport_articles_per_s"] = report["transport"]["transport_articles_per_s"]

        if "pipeline" in stages:
            with pipeline.Run(bootstrap, tmp, workers=1, env=env, split=args.split) as run:
                run.warm_up()
                around = [_extraction_now(unique, args.quick)]  # the worker is idle: no contention
                log(f"stage 3: one worker draining {n} articles")
                report["pipeline"] = pipeline.drain(run, records, beside)
                around.append(_extraction_now(unique, args.quick))
                report["extraction_around_pipeline"] = around
                report["pipeline_articles_per_s"] = report["pipeline"]["articles_per_s"]
                report["pipeline_events_per_s"] = report["pipeline"]["events_per_s"]
                report["pipeline_articles_per_s_including_load"] = report["pipeline"]["articles_per_s_including_load"]
                peaks += run.peak_rss_mb()
        if "latency" in stages:  # a fresh worker and store: no backlog of stage 3 left to work off
            with pipeline.Run(bootstrap, tmp, workers=1, env=env, split=args.split) as run:
                run.warm_up()
                count = int(args.rate * seconds)
                steady = [(a.id.encode(), encode_article(a)) for a in corpus.articles(unique, count, prefix="lat")]
                log(f"stage 4: latency at {args.rate:g} articles/s for {seconds:g} s")
                report["latency"] = pipeline.steady(run, steady, args.rate)
                report["latency_ms"] = {k: report["latency"][k] for k in ("p50", "p95", "p99")}
                peaks += run.peak_rss_mb()

        if "scale-out" in stages:
            one = None if args.pin else report.get("pipeline")
            if one is None:
                with pipeline.Run(bootstrap, tmp, workers=1, pin=args.pin, env=env, split=args.split) as run:
                    run.warm_up()
                    log(f"stage 5: one worker draining {n} articles")
                    one = pipeline.drain(run, records, beside)
                    peaks += run.peak_rss_mb()
            with pipeline.Run(bootstrap, tmp, workers=2, pin=args.pin, env=env, split=args.split) as run:
                run.warm_up()
                log(f"stage 5: two workers draining {n} articles")
                two = pipeline.drain(run, records, beside)
                peaks += run.peak_rss_mb()
            report["scale_out"] = {"one_worker": one, "two_workers": two, "pinned": args.pin}
            report["scale_out_ratio"] = round(two["articles_per_s"] / one["articles_per_s"], 2)
    except Exception as exc:  # keep the figures measured so far
        failed = report["error"] = f"{type(exc).__name__}: {exc} (logs in {tmp})"
        log(f"FAILED: {failed}")
    finally:
        if peaks:
            report["worker_peak_rss_mb"] = max(peaks)
            report["worker_peak_rss_mb_all"] = peaks
        if embedded is not None:
            embedded.stop()

    limits = [report[k] for k in ("extraction_articles_per_s", "transport_articles_per_s") if k in report]
    if "pipeline_articles_per_s" in report and limits:
        report["pipeline_limit_articles_per_s"] = min(limits)
        # three decimals: at two, 0.797 printed as 0.8 and passed the 0.8 target
        report["pipeline_ratio"] = round(report["pipeline_articles_per_s"] / min(limits), 3)
    if "pipeline_articles_per_s" in report and "extraction_around_pipeline" in report:
        # This machine's speed drifts by a tenth within minutes (the same extraction loop: 2.8 to 4.1 CPU ms an
        # article); the ratio against extraction timed just before and after the drain reads the pipeline against
        # its limit in the same window. Reported beside `pipeline_ratio`, not instead of it.
        same = sum(report["extraction_around_pipeline"]) / 2
        window = [same] + ([report["transport_articles_per_s"]] if "transport_articles_per_s" in report else [])
        report["pipeline_ratio_same_window"] = round(report["pipeline_articles_per_s"] / min(window), 3)
    report["conditions"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    print_table(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
        log(f"wrote {args.json}")
    return 1 if failed else 0


def _extraction_now(unique: list[str], quick: bool, _ctx: list = []) -> float:
    """Extraction alone as stage 1 measures it (best of two passes over the unique texts, a third of them with
    --quick), in this process, now. One context for every call: its caches warm, as a draining worker's are."""
    if not _ctx:
        _ctx.append(ExtractionContext(issues=IssueSet.load(DEFAULT_ISSUES)))
    sample = corpus.articles(unique[::3] if quick else unique, len(unique[::3]) if quick else len(unique), prefix="now")
    return extraction.measure(sample, _ctx[0], repeat=1 if quick else 2, per_processor=False)["extraction_articles_per_s"]


def _cpu_beside(report: dict) -> dict[str, float]:
    """Per drain, the CPU an article of the workers and of what shares their cores (broker, harness)."""
    out = {}
    for label, drained in (("one worker", report.get("pipeline") or report.get("scale_out", {}).get("one_worker")),
                           ("two workers", report.get("scale_out", {}).get("two_workers"))):
        if drained:
            out[f"{label}: workers"] = round(sum(drained["cpu_ms_per_article_by_process"].values()), 2)
            out.update({f"{label}: {who}": ms for who, ms in drained.get("cpu_ms_per_article_beside", {}).items()})
    return out


def print_table(report: dict) -> None:
    values = {
        "extraction_articles_per_s": report.get("extraction_articles_per_s"),
        **{f"  {k}": v for k, v in report.get("extraction", {}).get("per_processor_articles_per_s", {}).items()},
        "  codec (decode + encode)": report.get("extraction", {}).get("codec_articles_per_s"),
        "  machine calibration (units/s)": report.get("calibration_units_per_s"),
        "  extraction per calibration unit": report.get("extraction_per_calibration"),
        "transport_articles_per_s": report.get("transport_articles_per_s"),
        "pipeline_articles_per_s": report.get("pipeline_articles_per_s"),
        "pipeline_events_per_s": report.get("pipeline_events_per_s"),
        "  articles/s including the load": report.get("pipeline_articles_per_s_including_load"),
        "pipeline_ratio": report.get("pipeline_ratio"),
        "  ratio to extraction around the drain": report.get("pipeline_ratio_same_window"),
        **{f"latency_{k}_ms": v for k, v in report.get("latency_ms", {}).items()},
        "scale_out_ratio": report.get("scale_out_ratio"),
        **{f"  CPU ms an article, {who}": ms for who, ms in _cpu_beside(report).items()},
        "worker_peak_rss_mb": report.get("worker_peak_rss_mb"),
    }
    c = report["conditions"]
    print(f"wirewatch benchmarks — {report['corpus_articles']} articles, {report['corpus']}; commit {c['commit']}"
          f"{' (+changes)' if c['uncommitted_changes'] else ''}; {c['cpus']} CPUs; load {c['load_average_start'][0]}"
          f" -> {c['load_average_end'][0]}; {report['topology']}; Python {c['python']}, {c.get('python_build')}")
    print(f"{'figure':44} {'value':>10}  target")
    for name, value in values.items():
        if value is None:
            continue
        target = TARGETS.get(name.strip())
        verdict = ""
        if target:
            goal, higher = target
            met = value >= goal if higher else value < goal
            verdict = f"{'>=' if higher else '<'} {goal:g}  {'met' if met else 'MISSED'}"
        print(f"{name:44} {value:>10}  {verdict}")


if __name__ == "__main__":
    sys.exit(main())
