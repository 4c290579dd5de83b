"""Stage 1: extraction alone, in this process, articles per second of CPU time (one core).

CPU time (`time.process_time`) rather than wall clock: the machine is shared, and CPU time
counts only the work this process did. All processors together is `process_article` (what the
worker runs per article, `article-processed` included); each processor is also timed alone over
the same articles. `codec` is the worker's per-article serialization: decoding the Article
record and encoding every derived event.
"""

from __future__ import annotations

import gc
import time

import orjson

from wirewatch.processors import ARTICLE_PROCESSORS, ExtractionContext, process_article
from wirewatch.schemas import Article
from wirewatch.streams.collector import tune_for_streaming
from wirewatch.streams.codec import decode_article, encode_article, encode_event


def _best_cpu(fn, articles: list[Article], repeat: int) -> tuple[float, int]:
    """Best CPU seconds over `repeat` passes, and what the pass returned (events counted)."""
    best, out = float("inf"), 0
    for _ in range(repeat):
        start = time.process_time()
        out = sum(fn(a) for a in articles)
        best = min(best, time.process_time() - start)
    return best, out


def measure(articles: list[Article], ctx: ExtractionContext, repeat: int = 2, per_processor: bool = True) -> dict:
    threshold = gc.get_threshold()
    tune_for_streaming()
    try:
        return _measure(articles, ctx, repeat, per_processor)
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _measure(articles: list[Article], ctx: ExtractionContext, repeat: int, per_processor: bool = True) -> dict:
    process_article(articles[0], ctx)  # warm-up: gazetteer, compiled patterns
    seconds, events = _best_cpu(lambda a: len(process_article(a, ctx)), articles, repeat)
    report = {
        "articles": len(articles),
        "chars_per_article": round(sum(len(a.text) for a in articles) / len(articles)),
        "extraction_articles_per_s": round(len(articles) / seconds, 1),
        "events_per_article": round(events / len(articles), 2),
        "extraction_events_per_s": round(events / seconds, 1),
        "per_processor_articles_per_s": {},
    }
    if not per_processor:
        return report
    for processor in ARTICLE_PROCESSORS:
        name = processor.__name__.rsplit(".", 1)[-1]
        p_seconds, _ = _best_cpu(lambda a: len(processor.extract(a, ctx)), articles, repeat)
        report["per_processor_articles_per_s"][name] = round(len(articles) / p_seconds, 1)

    records = [encode_article(a) for a in articles]
    outputs = [process_article(a, ctx) for a in articles]

    def codec(i: int) -> int:
        decode_article(records[i])
        return sum(len(encode_event(e)) for e in outputs[i])

    start = time.process_time()
    for _ in range(repeat):
        for i in range(len(articles)):
            codec(i)
    report["codec_articles_per_s"] = round(repeat * len(articles) / (time.process_time() - start), 1)
    report["output_bytes_per_article"] = round(
        sum(len(orjson.dumps(e.model_dump(mode="json"))) for o in outputs for e in o) / len(articles))
    return report
