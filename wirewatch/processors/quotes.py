"""Quotation marks and quote-aware sentences, as offset ranges into the article text.

Everything here is a single left-to-right scan (no backtracking regexes), so the cost is
linear in the text length whatever the input: 100k stray quote marks or a megabyte with
no punctuation take the same time per character as ordinary copy.
"""

from __future__ import annotations

import re
from typing import NamedTuple

OPEN_CURLY = "\u201c"
CLOSE_CURLY = "\u201d"
# A mask character: quoted text is replaced by it so clause rules never look inside quotes.
MASK = "\ue000"

# `[\u201c\u201d"\u201e\u00ab\u00bb]|''|``` as one leading class (scanned for in C): a doubled `'` or
# backtick needs its second half, any other mark stands alone
_QUOTE_MARK = re.compile(r"[\u201c\u201d\"\u201e\u00ab\u00bb'`](?:(?<=')'|(?<=`)`|(?<![`']))")
_PARAGRAPH = re.compile(r"[^\n]+")
# (pass perf31) `_QUOTE_MARK` where the text holds no doubled `'` nor backtick: a single `'` or backtick matches only as
# the first of a pair, so there every match is one of the other marks, alone (the class stopped at every apostrophe);
# and where the straight double quote is the text's only mark, that literal (found by a plain character compare)
_PERF31_SINGLE_MARK = re.compile("[\u201c\u201d\"\u201e\u00ab\u00bb]")
_PERF31_STRAIGHT_MARK = re.compile('"')
# what `_QUOTE_MARK` can match: every match holds one of these
_MARKS = ("\"", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "''", "``")


class Quote(NamedTuple):
    """A quotation, marks included. `continues` = left open at paragraph end, resumed in the next."""

    start: int
    end: int
    continues: bool = False


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    out = []
    for match in _PARAGRAPH.finditer(text):
        chunk = match.group(0)
        stripped = chunk.strip()
        if stripped:
            start = match.start() + (len(chunk) - len(chunk.lstrip()))
            out.append((start, start + len(stripped)))
    return out


_KIND = {OPEN_CURLY: "open", "\u201e": "open", "\u00ab": "open", "``": "open", CLOSE_CURLY: "close", "\u00bb": "close"}


def _perf31_mark_scan(marks: list[str]) -> re.Pattern[str]:
    """(pass perf31) The scan that finds what `_QUOTE_MARK` finds in a text holding exactly these of `_MARKS`."""
    if "''" in marks or "``" in marks:
        return _QUOTE_MARK
    return _PERF31_STRAIGHT_MARK if marks == ['"'] else _PERF31_SINGLE_MARK


def find_quotes(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Quotations in text order; never nested, never crossing a paragraph (see `continues`)."""
    if paragraphs is None:
        paragraphs = paragraph_ranges(text)
    quotes: list[Quote] = []
    # (the marks the text holds, each found by a plain character search: a paragraph with none of them is not scanned,
    # the class costs the engine a class test at every character; a single `'` or backtick is no mark)
    marks = [mark for mark in _MARKS if mark in text]
    if not marks:
        return quotes
    scan = _perf31_mark_scan(marks)
    for index, (p_start, p_end) in enumerate(paragraphs):
        open_at = -1
        if not any(text.find(mark, p_start, p_end) >= 0 for mark in marks):
            continue  # no mark: no quotation opens, closes or stays open here
        for match in scan.finditer(text, p_start, p_end):
            kind = _KIND.get(match.group(0), "toggle")
            pos = match.start()
            if open_at < 0:
                if kind == "close":
                    continue  # a stray closing mark
                open_at = pos
            elif kind == "open":
                open_at = pos  # an unclosed mark earlier: restart from the newer one
            else:
                quotes.append(Quote(open_at, match.end()))
                open_at = -1
        if open_at >= 0 and index + 1 < len(paragraphs):
            n_start = paragraphs[index + 1][0]
            nxt = text[n_start : n_start + 2]
            if nxt[:1] in (OPEN_CURLY, '"') or nxt == "''":
                # wire convention: a quote running over paragraphs reopens each paragraph
                quotes.append(Quote(open_at, p_end, continues=True))
    return quotes


def masked(text: str, quotes: list[Quote]) -> str:
    """The text with every quotation (marks included) overwritten by MASK; offsets unchanged."""
    parts = []
    last = 0
    for quote in quotes:
        parts.append(text[last : quote.start])
        parts.append(MASK * (quote.end - quote.start))
        last = quote.end
    parts.append(text[last:])
    return "".join(parts)


_FILLER = "\ue001"  # (a character the stop scan of `sentence_ranges` neither stops at nor takes for whitespace)


def stops_scan_text(text: str, quotes: list[Quote]) -> str:
    """`masked(text, quotes)` with every MASK but each quotation's last one overwritten by `_FILLER`: where `_END` matches
    in it, and only there, it matches in the masked text (a MASK matches only before whitespace, so as the last of its
    quotation; the stops' look arounds test for neither character). The engine scans for `_END`'s first characters in C:
    in the masked text it entered the pattern at every masked character (a fifth of PolNeAR's text)."""
    parts = []
    last = 0
    for quote in quotes:
        parts.append(text[last : quote.start])
        parts.append(_FILLER * (quote.end - quote.start - 1) + MASK)
        last = quote.end
    parts.append(text[last:])
    return "".join(parts)


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col sgt capt maj adm gov govs sen sens rep reps rev st jr sr inc corp co ltd "
    "jan feb mar apr jun jul aug sep sept oct nov dec no vs etc u.s u.k u.n e.u d.c a.m p.m "
    "calif fla ga ill mass mich minn mo n.y n.j n.h n.c s.c pa va wash wis ariz colo conn "
    "tenn tex ky la md nev okla ore del v".split()
)
# From the start of a run of stops only, possessively: linear on a run of 100k dots. The stop
# (or the mask) as one leading class before the look backs, so that the engine scans for
# candidates in C (an alternation of a class and a literal is tried at every position).
_END = re.compile(
    r"[.!?" + MASK + r"](?:(?<=" + MASK + r")|(?<=[.!?])(?<![.!?].)[.!?]*+[\"'\u201d\u2019)\]]*+)(?=\s)"
)
# `_END` where the paragraph holds no `!`, `?` nor MASK (most paragraphs): led by its literal, which the engine finds by
# a plain character compare, where a class costs it a class test at every character (the MASK look behind cannot hold
# after a full stop)
_FULL_STOP_END = re.compile(r"\.(?<![.!?].)[.!?]*+[\"'\u201d\u2019)\]]*+(?=\s)")
MAX_SENTENCE = 2000
_SPEAKER_NEXT = re.compile(
    r"\s+(?:[\w.\u2019'-]+,?\s+){0,6}?(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|continued|replied|"
    r"explained|recalled|responded|declared|tweeted|noted|insisted|argued|stated|exclaimed|shouted|joked|quipped)\b"
    r"(?:\s+[\w.\u2019'-]+){0,4}\s*[.,]"
)
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# Words that begin a sentence after an abbreviation ("... in the U.S. He said ...").
_STARTER = re.compile(r"\s*(?:He|She|They|It|We|I|The|But|And|In|On|At|This|That|These|Those|His|Her|Their|Its|A|An|According|Asked|When|While|After|Before)\b")


def sentence_ranges(text: str, mask: str, p_start: int, p_end: int, scan: str | None = None) -> list[tuple[int, int]]:
    """Sentences of one paragraph, found on the masked text so a quote never splits them.

    A quotation ends a sentence when its last inner character is `.!?` and the next word
    starts with a capital or a quote (`"Go." He left.`, not `"Go!" he said.`). Overlong
    runs without punctuation are cut every MAX_SENTENCE characters to bound the work.
    """
    out = []
    start = p_start
    # `scan`: the text's `stops_scan_text` (the same stops as the mask, found faster)
    stops = mask if scan is None else scan
    end_re = _END if (stops.find("!", p_start, p_end) >= 0 or stops.find("?", p_start, p_end) >= 0
                      or stops.find(MASK, p_start, p_end) >= 0) else _FULL_STOP_END
    for match in end_re.finditer(stops, p_start, p_end):
        end = match.end()
        if match.group(0) == MASK:
            inner = end - 1
            while inner > start and text[inner] in "\"'\u201d\u2019`":
                inner -= 1
            if text[inner] not in ".!?":
                continue
            nxt = mask[end : end + 3].lstrip()[:1]
            if not nxt or not (nxt.isupper() or nxt == MASK):
                continue
            if _SPEAKER_NEXT.match(mask, end, min(p_end, end + 90)):
                continue  # `"Who are they?" Trump said.`: the attribution follows the quote
        else:
            nxt = mask[end : end + 3].lstrip()[:1]
            if nxt and nxt.islower():
                continue
            if match.group(0)[0] == ".":
                w = _word_before(mask, max(start, match.start() - 20), match.start())
                if w:
                    if _INITIALISM.fullmatch(w):  # U.S. / D.C.
                        if not _STARTER.match(mask, end):
                            continue
                    elif w.rstrip(".").casefold() in _ABBREVIATIONS or (len(w) == 1 and w.isupper()):
                        continue
        _emit(out, mask, start, end)
        start = end
    _emit(out, mask, start, p_end)
    return out


def _word_before(text: str, start: int, end: int) -> str:
    """The run of word characters and periods that ends at `end`, cut at `start`: what
    `re.search(r"([\\w.]+)$", text[start:end])` finds (the regex tried every start)."""
    at = end
    while at > start and ((c := text[at - 1]) == "." or c == "_" or c.isalnum()):
        at -= 1
    return text[at:end]


def _emit(out: list[tuple[int, int]], mask: str, start: int, end: int) -> None:
    while start < end and mask[start].isspace():
        start += 1
    while end > start and mask[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = mask.rfind(" ", start, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
        while start < end and mask[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))
