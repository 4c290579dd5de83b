"""Throughput of the statement extractor on one core: articles/s over the PolNeAR dev texts.

    .venv/bin/python benchmarks/bench_statements.py [DIR] [--repeat N] [--adversarial]

DIR defaults to ../shared/eval/polnear/dev (only its text/*.txt is read). Each article goes
through `statements.extract` (attribution finding, speaker resolution, event building).
`--adversarial` also times pathological 1,000,000-character inputs and prints ms per 100 KB.
Times are CPU time of this process (one core), so other load on the machine does not count.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from wirewatch.processors import ExtractionContext
from wirewatch.processors.statements import extract
from wirewatch.schemas import Article

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear" / "dev"

ADVERSARIAL = {
    "1M straight quotes": '"' * 1_000_000,
    "1M curly quotes": ("\u201c" * 500_000) + ("\u201d" * 500_000),
    "1M chars, no punctuation": ("word " * 200_000)[:1_000_000],
    "1M chars, no spaces": "a" * 1_000_000,
    "200k x 'said '": ("said " * 200_000)[:1_000_000],
    "quote/said pairs": ('"It works," he said. ' * 50_000)[:1_000_000],
    "commas": (", " * 500_000)[:1_000_000],
    "according to x 100k": ("according to " * 100_000)[:1_000_000],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--repeat", type=int, default=3, help="passes over the articles (best is reported)")
    parser.add_argument("--adversarial", action="store_true", help="also time 1 MB pathological inputs")
    args = parser.parse_args()

    texts = [p.read_text(encoding="utf-8") for p in sorted((args.dir / "text").glob("*.txt"))]
    articles = [Article(id=f"bench-{i}", text=t) for i, t in enumerate(texts) if t.strip()]
    ctx = ExtractionContext()
    extract(articles[0], ctx)  # warm-up: gazetteer load, regex compilation
    best = best_cpu = float("inf")
    events = 0
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        events = sum(len(extract(a, ctx)) for a in articles)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles ({chars / 1e6:.2f} M chars), {events} statements, best of {args.repeat}")
    print(f"{len(articles) / best_cpu:.0f} articles/s per core (CPU time)  {chars / best_cpu / 1e6:.2f} M chars/s")
    print(f"{len(articles) / best:.0f} articles/s wall clock (lower when the machine is busy)")

    if args.adversarial:
        for name, text in ADVERSARIAL.items():
            start = time.process_time()
            extract(Article(id="adv", text=text), ctx)
            elapsed = time.process_time() - start
            print(f"  {name:28} {elapsed:6.2f} s  = {elapsed / (len(text) / 100_000) * 1000:6.0f} ms per 100 KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
