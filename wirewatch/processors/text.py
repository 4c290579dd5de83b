"""Text segmentation shared by the extractors: paragraphs and sentences as offset ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col sgt capt maj adm gov sen rep rev st jr sr inc corp co ltd "
    "jan feb mar apr jun jul aug sep sept oct nov dec no vs etc u.s u.k u.n e.u d.c a.m p.m".split()
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+|$)")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def paragraphs(text: str) -> list[Segment]:
    """Non-blank lines; news copy here puts one paragraph per line."""
    segments = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group(0).strip():
            start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            end = match.end() - (len(match.group(0)) - len(match.group(0).rstrip()))
            segments.append(Segment(start, end))
    return segments


def sentences(text: str, paragraph: Segment | None = None) -> list[Segment]:
    """Sentence ranges inside a paragraph (or the whole text), never crossing a paragraph."""
    if paragraph is None:
        return [s for p in paragraphs(text) for s in sentences(text, p)]
    out = []
    start = paragraph.start
    body = text[paragraph.start : paragraph.end]
    for match in _SENTENCE_END.finditer(body):
        end = paragraph.start + match.end()
        word = re.search(r"([\w.]+)[.!?]+[\"'\u201d\u2019)\]]*$", text[start:end])
        if word and match.group(0).startswith(".") and word.group(1).rstrip(".").casefold() in _ABBREVIATIONS:
            continue
        if word and re.fullmatch(r"[A-Z]", word.group(1)):  # an initial: "Donald J. Trump"
            continue
        if text[start:end].strip():
            out.append(Segment(start, end))
        start = end
        while start < paragraph.end and text[start].isspace():
            start += 1
    if start < paragraph.end and text[start : paragraph.end].strip():
        out.append(Segment(start, paragraph.end))
    return out
