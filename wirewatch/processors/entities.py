"""Actor mentions for the aid and stance extractors: gazetteer mentions plus demonyms.

Demonyms (`Ukrainian forces`) are kept out of the shared gazetteer on purpose: there they would
shadow titled names (`Ukrainian President Volodymyr Zelensky`) for the statement extractor.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter
from itertools import groupby
from dataclasses import dataclass

from typing import TYPE_CHECKING

from .analysis import analysis_of
from .gazetteer import Actor, Gazetteer, fast_mentions

if TYPE_CHECKING:
    from .context import ExtractionContext

DEMONYMS = {
    "Ukrainian": "Ukraine", "Ukrainians": "Ukraine", "American": "United States",
    "Americans": "United States", "German": "Germany", "Germans": "Germany", "French": "France",
    "British": "United Kingdom", "Polish": "Poland", "Canadian": "Canada", "Japanese": "Japan",
    "Italian": "Italy", "Dutch": "Netherlands", "Danish": "Denmark", "Norwegian": "Norway",
    "Swedish": "Sweden", "Finnish": "Finland", "Spanish": "Spain", "Belgian": "Belgium",
    "Czech": "Czech Republic", "Slovak": "Slovakia", "Hungarian": "Hungary", "Romanian": "Romania",
    "Lithuanian": "Lithuania", "Latvian": "Latvia", "Estonian": "Estonia", "Australian": "Australia",
    "South Korean": "South Korea", "Russian": "Russia", "Russians": "Russia", "Chinese": "China",
    "Turkish": "Turkey", "Swiss": "Switzerland", "Austrian": "Austria", "Portuguese": "Portugal",
    "Greek": "Greece", "Bulgarian": "Bulgaria", "Croatian": "Croatia", "Irish": "Ireland",
    "Emirati": "United Arab Emirates", "Saudi": "Saudi Arabia", "Qatari": "Qatar",
    "Brazilian": "Brazil",  # (pass poslist) `Brasilia, Sep 12 (EFE).- The Brazilian government has asked ...`
}
# `(?<![\w.-])(?:Ukrainians|Ukrainian|...)(?![\w-])` spelled with each alternative's first letter ahead
# of the look back (`U(?<![\w.-].)(?:krainians|krainian)|...`): the engine then only stops at those
# letters (a leading lookbehind is tried at every character). Longest first within a letter, as before.
_DEMONYM_RE = re.compile("(?:" + "|".join(
    f"{re.escape(first)}(?<![\\w.-].)(?:{'|'.join(re.escape(d[1:]) for d in group)})"
    for first, group in groupby(sorted(sorted(DEMONYMS, key=len, reverse=True), key=lambda d: d[0]), key=lambda d: d[0])
) + r")(?![\w-])")


_TO_BEFORE = re.compile(r"\b(?:to|for)\s+(?:the\s+)?$")
# the place a story is filed from (`SEOUL, July 16 (Yonhap) --`, `LONDON (Reuters) -`, `ANTAKYA, Turkey (AP) -`)
DATELINE_PLACE = re.compile(r"\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})(?=,|\s*\(|\s+[-\u2013\u2014])")


def dateline_country(text: str, gazetteer: Gazetteer) -> Actor | None:
    """The country a story's dateline city is in, where the gazetteer reads the city as one (`LONDON` -> United Kingdom;
    not `BRUSSELS`, the European Union's)."""
    dateline = DATELINE_PLACE.match(text)
    place = gazetteer.lookup(dateline.group(1)) if dateline is not None else None
    return place if place is not None and place.kind == "country" else None


@dataclass(frozen=True)
class Ref:
    """A mention with the actor it names and the country it stands for in aid flows."""

    start: int
    end: int
    text: str
    actor: Actor | None  # None for a demonym
    country: str | None
    demonym: bool = False
    text_before_to: bool = False  # preceded by `to`/`for`: written as a recipient


def refs(text: str, gazetteer: Gazetteer) -> list[Ref]:
    """Gazetteer mentions (media excluded) and demonyms, in text order."""
    return _refs(text, gazetteer, fast_mentions(gazetteer, text))


def article_refs(text: str, ctx: "ExtractionContext") -> list[Ref]:
    """`refs` of an article, computed once from its shared analysis (aid and positions both
    need them). A fresh list: callers may change it."""
    analysis = analysis_of(text, ctx)
    return list(analysis.memo("entities.refs", lambda: tuple(_refs(text, ctx.gazetteer, analysis.mentions))))


def _refs(text: str, gazetteer: Gazetteer, mentions) -> list[Ref]:
    out = []
    taken: list[tuple[int, int]] = []
    for m in mentions:  # `fast_mentions`: those of `gazetteer.mentions`, without one huge alternation
        if m.actor.kind == "media":
            continue
        to = bool(_TO_BEFORE.search(text, max(0, m.start - 12), m.start))
        out.append(Ref(m.start, m.end, m.text, m.actor, gazetteer.country_of(m.actor), text_before_to=to))
        taken.append((m.start, m.end))
    for m in _DEMONYM_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        out.append(Ref(m.start(), m.end(), m.group(0), None, DEMONYMS[m.group(0)], demonym=True))
    out.sort(key=lambda r: r.start)
    return out


def in_range(all_refs: list[Ref], start: int, end: int) -> list[Ref]:
    """The refs inside [start, end) of a list sorted by start (bisect: long articles stay linear)."""
    lo = bisect_left(all_refs, start, key=_start)
    hi = bisect_left(all_refs, end, lo, key=_start)
    return [r for r in all_refs[lo:hi] if r.end <= end]


_start = attrgetter("start")  # the bisect key: a C call, not a Python frame per probe (half a million an evaluation run)
