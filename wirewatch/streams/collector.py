"""The cyclic garbage collector, set for a long-running stream process."""

from __future__ import annotations

import gc


def tune_for_streaming() -> None:
    """Extraction allocates many short-lived objects (spans, matches, dicts); at CPython's
    default gen-0 threshold (700) the collector took 5 % of a draining worker's CPU (1.03 s of
    17.6 s for 3,000 articles), with these settings 0.34 s, start-up included. What exists by
    now (gazetteer, compiled patterns, the app) lives as long as the process: frozen, no
    collection walks it again.
    Gen-0 at 50,000 (pass perf30): extraction alone leaves fewer than 10,000 container objects
    alive over all 924 PolNeAR texts (no collection at either threshold), so what the collector
    walks in a worker is the sink's batches (2,000 records' envelopes and rows, alive until
    written) and the clients' buffers. At 10,000 each of those objects was walked in gen 0 and
    again in gen 1 before its batch was written: 0.05 ms of CPU an article in a draining worker
    (timed in `gc.callbacks`), 0.007 ms at 50,000; each gen-0 collection takes a few ms at most.
    The extraction benchmark runs with the same settings, so the two compare like with like."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
