"""Machine calibration: a fixed workload that no wirewatch code takes part in.

The machine is shared and its speed drifts from day to day (the same extraction code measured
327 art/s on one day and 219–273 on the next). A figure of this fixed workload, taken in the same
run, tells a slower machine from slower code: compare `extraction_articles_per_s` across runs
through `extraction_per_calibration`, not raw. The workload is what extraction is made of —
regex scans, string slicing, set and dict lookups, small objects — over a text generated from a
fixed seed, so it exercises the same parts of the interpreter, and it does not change when
wirewatch does.
"""

from __future__ import annotations

import random
import re
import time

_WORDS = ("the minister said on Tuesday that Germany would send more air defence systems to Ukraine "
          "but declined to say when officials in Berlin and Washington expect a decision on tanks "
          "According to Reuters the package is worth $375 million and includes artillery rounds").split()
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")
_MONEY = re.compile(r"\$\s?\d[\d,.]*\s*(?:million|billion)?")
_CUES = frozenset({"said", "declined", "expect", "according"})


def _text(seed: int = 20261206, words: int = 4000) -> str:
    rng = random.Random(seed)
    out = []
    for i in range(words):
        word = rng.choice(_WORDS)
        out.append(word + ("." if i % 23 == 22 else ""))
    return " ".join(out)


def _unit(text: str) -> int:
    """One unit of work: what an extractor does to a text, roughly, with none of its rules."""
    names: dict[str, int] = {}
    for m in _CAPITALISED.finditer(text):
        names[m.group(0)] = names.get(m.group(0), 0) + 1
    amounts = [m.span() for m in _MONEY.finditer(text)]
    hits = 0
    for sentence in text.split(". "):
        words = sentence.lower().split()
        if _CUES.intersection(words):
            hits += len(sentence[: len(sentence) // 2].strip())
    return len(names) + len(amounts) + hits


def measure(units: int = 400, repeat: int = 3) -> dict:
    """Units of the fixed workload per second of CPU time (best of `repeat`)."""
    text = _text()
    _unit(text)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for _ in range(units):
            _unit(text)
        best = min(best, time.process_time() - start)
    return {"calibration_units_per_s": round(units / best, 1)}
