"""Text segmentation shared by the extractors: paragraphs and sentences as offset ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col sgt capt maj adm gov sen rep rev st jr sr inc corp co ltd "
    "jan feb mar apr jun jul aug sep sept oct nov dec no vs etc u.s u.k u.n e.u d.c a.m p.m".split()
)
# Only from the start of a run of stops, and without backtracking into it: linear on `.....x`.
# A stop first, then the look back at the character before it: a pattern that starts with a
# character class is scanned for in C, one that starts with a lookbehind is tried everywhere.
_SENTENCE_END = re.compile(r"[.!?](?<![.!?].)[.!?]*+[\"'\u201d\u2019)\]]*+(?=\s|$)")
# the same where the body holds no `!` nor `?` (most paragraphs): led by its literal, which the engine finds by a plain
# character compare, where a class costs it a class test at every character (some four times the instructions)
_FULL_STOP_END = re.compile(r"\.(?<![.!?].)[.!?]*+[\"'\u201d\u2019)\]]*+(?=\s|$)")
_WORD_WINDOW = 64  # the word before a stop is looked for this far back, not from the sentence start
_CLOSERS = "\"'\u201d\u2019)]"
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def paragraphs(text: str) -> list[Segment]:
    """Non-blank lines; news copy here puts one paragraph per line."""
    segments = []
    for match in _LINE.finditer(text):
        line = match.group(0)
        left = len(line) - len(line.lstrip())
        if left < len(line):  # not blank
            segments.append(Segment(match.start() + left, match.end() - (len(line) - len(line.rstrip()))))
    return segments


def sentences(text: str, paragraph: Segment | None = None) -> list[Segment]:
    """Sentence ranges inside a paragraph (or the whole text), never crossing a paragraph."""
    if paragraph is not None:
        return _sentences(text, paragraph, [])
    out: list[Segment] = []
    for p in paragraphs(text):
        _sentences(text, p, out)
    return out


def word_before_stop(text: str, start: int, end: int) -> str | None:
    """`re.compile(r"([\\w.]+)[.!?]+[\"'\u201d\u2019)\\]]*$").search(text, start, end).group(1)`, or None,
    read backwards from `end` (the regex tried every start in the window, the splitter's hot spot).
    `end` does not follow a newline (where `$` would also match before it): it ends a stop run."""
    stop_end = end
    while stop_end > start and text[stop_end - 1] in _CLOSERS:
        stop_end -= 1
    stops = stop_end
    while stops > start and text[stops - 1] in ".!?":
        stops -= 1
    if stops == stop_end:
        return None
    # the leftmost start: the word run reaching the stop run, through its leading periods but one
    word_end = stops
    while word_end < stop_end - 1 and text[word_end] == ".":
        word_end += 1
    word_start = stops
    while word_start > start and ((c := text[word_start - 1]) == "." or c == "_" or c.isalnum()):
        word_start -= 1
    if word_start < word_end:
        return text[word_start:word_end]
    # else periods inside the stop run, before its last stop (`!..?`)
    first = text.find(".", stops, stop_end - 1)
    if first < 0:
        return None
    word_end = first
    while word_end < stop_end - 1 and text[word_end] == ".":
        word_end += 1
    return text[first:word_end]


def _sentences(text: str, paragraph: Segment, out: list[Segment]) -> list[Segment]:
    start = paragraph.start
    body = text[paragraph.start : paragraph.end]
    for match in (_SENTENCE_END if "!" in body or "?" in body else _FULL_STOP_END).finditer(body):
        end = paragraph.start + match.end()
        # A bounded window: after many skipped abbreviations (`Mr. Mr. ...`) `start` lags far behind.
        before = word_before_stop(text, max(start, paragraph.start + match.start() - _WORD_WINDOW), end)
        if before:
            if body[match.start()] == "." and before.rstrip(".").casefold() in _ABBREVIATIONS:
                continue
            if len(before) == 1 and "A" <= before <= "Z":  # an initial: "Donald J. Trump"
                continue
        if text[start:end].strip():
            out.append(Segment(start, end))
        start = end
        while start < paragraph.end and text[start].isspace():
            start += 1
    if start < paragraph.end and text[start : paragraph.end].strip():
        out.append(Segment(start, paragraph.end))
    return out
