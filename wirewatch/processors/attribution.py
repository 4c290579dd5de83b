"""Rule-based attribution finder: who (source) said (cue) what (content), as character ranges.

Works on the article text with quotations masked out (see `quotes.py`), so clause rules see
`QQQQ, Kirby said.` and never look inside a quote. Span conventions follow PolNeAR:

- Source: the whole subject noun phrase, titles and appositions included
  (`House Speaker Paul Ryan, the convention chair`), as written (`he`, `the publication`).
- Cue: the reporting verb with its auxiliaries and adverbs (`has said`, `also disclosed`,
  `said in a statement`); never the addressee (`told` in `told reporters`).
- Content: the quotation with its marks, or the reported clause with `that`, without the
  sentence's final period; a direct quote interrupted by its cue is one content in several
  segments (`"A," he said. "B."`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import cues
from .quotes import MASK, Quote, find_quotes, masked, paragraph_ranges, sentence_ranges, stops_scan_text

Range = tuple[int, int]


_RE_CACHE: dict[tuple[str, int], re.Pattern[str]] = {}


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    key = (pattern, flags)
    compiled = _RE_CACHE.get(key)
    if compiled is None:
        compiled = _RE_CACHE[key] = re.compile(pattern, flags)
    return compiled


def _re_match(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return _rx(pattern, flags).match(string)


def _re_search(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return _rx(pattern, flags).search(string)


def _re_fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return _rx(pattern, flags).fullmatch(string)


@dataclass
class Attribution:
    source: Range | None
    cue: Range
    content: list[Range]
    mode: str  # direct | indirect | mixed
    participle: bool = False

    @property
    def content_hull(self) -> Range:
        return (self.content[0][0], self.content[-1][1])


_BOUNDARY_WORDS = frozenset(
    "and but or that which while as when because if although though so after before since where "
    "whereas than yet nor once until unless whether then also what how why whom whatever".split()
)
_BAD_SUBJECT_END = frozenset(
    "the a an this that these those to not n't was were is are be been being am did does do "
    "'s of for with by from in on at its into about as".split()
)
_TRAILING_ADVERBS = frozenset(
    "never also later then now just even still already repeatedly often once previously "
    "recently first again earlier further only has have had".split()
)
_TEMPORAL = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
    r"morning|afternoon|evening|night|week|month|year|weekend|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)"
)
_ADJUNCT = re.compile(
    r"\s*(?:(?:on|late|early|earlier|last|this|next|in|at|during|over|via|through|from|on\s+the|before|after)\s+"
    r"(?:(?:the|a|an|his|her|their|its|\w+'s|\w+\u2019s)\s+)?(?:[\w.\u2019'-]+\s+){0,3}?"
    r"(?:" + _TEMPORAL + r"|statement|interview|email|e-mail|call|conference|briefing|release|post|"
    r"tweet|twitter|facebook|radio|television|tv|speech|rally|event|hearing|meeting|appearance|"
    r"message|letter|remarks|broadcast|show|program|programme|podcast|session|sidelines)"
    r"|(?:" + _TEMPORAL + r")(?:\s+(?:morning|afternoon|evening|night))?)\b",
    re.IGNORECASE,
)
_NOUN_BEFORE = frozenset("his her their its our my your the a an this that these those media news new recent".split())
_WITH_NP = re.compile(r"(?:^|\s)with\s+((?:[\w%.\u2019'-]+\s+){0,7}?[\w%.\u2019'-]+)\s+$")
_WENT_ON = re.compile(r"(?:went|goes|go|going)\s+on\s+to\s", re.IGNORECASE)
_DET_OBJECT = re.compile(
    r"(\s+(?:the|a|an|his|her|their|its|our|my|your|some|several|many)\s+(?:[\w-]+\s+){0,3}?[\w-]+)"
    r"(?=\s+(?:he|she|they|it|we|I|you|there|this|the|his|her|their)\b)"
)
_ASK_CONTENT = re.compile(
    r"(?:[\w.\u2019'-]+\s+){0,3}?\b((?:whether|if|what|how|why|which|who|whom|when|where|about)\b)"
)
_LEAD_ADVERB = re.compile(r"(?:Even|Only|Also|Now|Then|Still|Indeed|Instead|Meanwhile|Yet)\s+")
_REPORT_BY = re.compile(
    r"(?:an?|the)\s+(?:(?:new|recent|latest|separate|previous|detailed|internal|preliminary|\d{4})\s+)?"
    r"(?:report|analysis|post|study|survey|statement|story|article|review|memo|tally|count|estimate|investigation)\s+"
    r"(?:from|by)\s+"
)
# (possessive runs: a shorter token or blank run leaves a token character next, which neither `\s` nor `[,:]` takes, so
# backtracking into them never matched; it cost a retry per character)
_QUOTE_AFTER_ADJUNCT = re.compile(r"(?:\s++[^\s,;:\ue000]++){1,10}\s*[,:]\s*(?=\ue000)")
_AFTER_ADJUNCT = re.compile(r"\s+(?:that|he|she|they|it|we|I|to)\b")
_STRICT_LEMMAS = frozenset({"add", "continue", "testify", "reply", "comment", "remark"})
_MODALS = frozenset("would will could can might may should must".split())
_WORD = re.compile(r"[^\s]+")
MAX_SUBJECT_TOKENS = 14
MAX_NESTED_CHECKS = 12  # cues inside an earlier content examined per sentence
MAX_APPOSITION_TOKENS = 18
MAX_RELATIVE_TOKENS = 40
_END_PUNCT = ".,;:!?\u2014- "


def find_attributions(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Attribution]:
    """`paragraphs`: the text's `quotes.paragraph_ranges`, when the caller has them already."""
    if paragraphs is None:
        paragraphs = paragraph_ranges(text)
    quotes = find_quotes(text, paragraphs)
    mask = masked(text, quotes)
    scan = stops_scan_text(text, quotes) if quotes else mask
    quote_at = {q.start: q for q in quotes}
    found: list[Attribution] = []
    for p_start, p_end in paragraphs:
        sentences = sentence_ranges(text, mask, p_start, p_end, scan)
        per_sentence: list[list[Attribution]] = []
        for s_start, s_end in sentences:
            per_sentence.append(_sentence(text, mask, s_start, s_end))
        _attach_quote_sentences(text, mask, sentences, per_sentence)
        for atts in per_sentence:
            found.extend(atts)
    _continue_over_paragraphs(found, quotes, quote_at)
    for att in found:
        att.mode = _mode(text, mask, att.content)
    return found


def _mode(text: str, mask: str, content: list[Range]) -> str:
    """direct: only quotation; indirect: no quotation; mixed: both."""
    inside = sum(mask.count(MASK, a, b) for a, b in content)
    if inside == 0:
        return "indirect"
    if all(_is_quote(mask, a, b) for a, b in content):
        return "direct"
    return "mixed"


def _is_quote(mask: str, a: int, b: int) -> bool:
    seg = mask[a:b].strip().rstrip(".,;:")
    return bool(seg) and seg.count(MASK) == len(seg)


# --------------------------------------------------------------------------- sentences


def _sentence(text: str, mask: str, s_start: int, s_end: int) -> list[Attribution]:
    out: list[Attribution] = []
    floor = s_start  # content-first contents never reach back before an earlier attribution
    matches = cues.find_cues(mask, s_start, s_end)
    claimed_until = s_start
    nested_checks = 0
    for c_start, c_end, kind in matches:
        coordinated: int | None = None
        cut: int | None = None
        if c_start < claimed_until:
            if kind != "verb" or not out:
                continue
            nested_checks += 1
            if nested_checks > MAX_NESTED_CHECKS:
                continue  # bounds the work on pathological input ("said said said …")
            coordinated = _coordination(mask, out[-1].content[-1][0], c_start)
            if coordinated is None and not cues.is_participle(mask[c_start:c_end]):
                # "When the moderator pointed out that X, the candidate said Y": a new clause
                window_start = max(out[-1].content[-1][0], c_start - 200)
                if mask.rfind(",", window_start, c_start) < 0 and mask.rfind(MASK, window_start, c_start) < 0:
                    continue
                subj, lead = _subject_before(mask, out[-1].content[-1][0], c_start)
                if subj is None or lead not in ("comma", "mask") or not _clause_subject(mask[subj[0] : subj[1]]):
                    continue
                if lead == "mask":
                    coordinated = subj[0]  # `… had "been friends," he claimed …`: cut after the quote
                else:
                    comma = mask.rfind(",", out[-1].content[-1][0], subj[0])
                    if comma < 0:
                        continue
                    coordinated = comma
            if coordinated is not None:
                last = out[-1].content[-1]
                cut = _rstrip(mask, last[0], coordinated)
                if cut - last[0] < 2:
                    continue
        if kind == "according":
            att = _according(text, mask, s_start, s_end, c_start, c_end, max(floor, coordinated or 0))
        else:
            att = _verb(text, mask, s_start, s_end, c_start, c_end, max(floor, coordinated or 0), out)
        if att is None:
            continue
        if coordinated is not None and cut is not None:
            # the new clause is a statement of its own: the earlier content stops before it
            out[-1].content[-1] = (out[-1].content[-1][0], cut)
            floor = max(floor, coordinated)
        if out and att.participle:
            prev = out[-1]
            # "X said A, adding B": A stops where the participle clause starts
            last = prev.content[-1]
            if last[0] < c_start < last[1]:
                cut = _rstrip(mask, last[0], c_start)
                if cut > last[0]:
                    prev.content[-1] = (last[0], cut)
        out.append(att)
        spans = [att.cue, *att.content] + ([att.source] if att.source else [])
        end = max(b for _, b in spans)
        if att.content[-1][1] > att.cue[1]:
            # content after the cue: later cues in it belong to the content, except a new
            # clause with its own speaker or a participle (handled above)
            claimed_until = max(claimed_until, end)
            floor = max(floor, att.cue[1])
        else:
            claimed_until = max(claimed_until, end)
            floor = max(floor, end)
    return out


_COORD = re.compile(
    r"(?:^|[\s,])(and|but|while|whereas|who|as|because|although|though|compared\s+with|compared\s+to)\s+"
    r"(?:[^\s,;:\ue000]+\s+){0,8}$"
)


def _coordination(mask: str, content_start: int, c_start: int) -> int | None:
    """`… A, and other leaders said B` / `… A but conceded B`: where the new clause starts."""
    lo = max(content_start, c_start - 120)
    m = _COORD.search(mask, lo, c_start)
    if not m:
        return None
    return m.start(1)


def _clause_subject(subject: str) -> bool:
    first = subject.split(None, 1)[0]
    return first[:1].isupper() or first.lower() in ("he", "she", "they", "we", "i", "the", "a", "an")


def _rstrip(mask: str, start: int, end: int) -> int:
    while end > start and mask[end - 1] in _END_PUNCT:
        end -= 1
    return end


def _lstrip(mask: str, start: int, end: int) -> int:
    while start < end and mask[start] in " ,;:\u2014-":
        start += 1
    return start


def _content_after(mask: str, start: int, s_end: int) -> Range | None:
    a = _lstrip(mask, start, s_end)
    b = _rstrip(mask, a, s_end)
    while a < b and mask[a] in "([":
        a += 1
    if b - a < 2:
        return None
    return (a, b)


# a wire dateline opening a story (`BORGO EGNAZIA, Italy (AP) — `); aid reads it too: the place filed from gives nothing
WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w .]{1,30})?\s*(?:\([A-Za-z .]{1,30}\))?\s*(?:\u2014|\u2013|--|-)\s+")
_LEAD_CONNECTIVE = re.compile(
    r"(?:But|And|So|Yet|Still|However|Meanwhile|Instead|Moreover|Indeed|Also|Plus|Now|Then)\b,?\s+"
    r"|(?:In\s+all|In\s+fact|What\u2019s\s+more|What's\s+more|In\s+addition|In\s+other\s+words|Of\s+course|"
    r"In\s+short|After\s+all|At\s+the\s+same\s+time|For\s+now|Overall|Still),\s+"
)


def _content_before(mask: str, floor: int, end: int) -> Range | None:
    a = _lstrip(mask, floor, end)
    b = _rstrip(mask, a, end)
    # a leading discourse connective is not part of what was said
    dateline = WIRE_DATELINE.match(mask, a, b)
    if dateline and dateline.end() < b:
        a = dateline.end()  # "WASHINGTON (AP) — …"
    lead = _LEAD_CONNECTIVE.match(mask, a, b)
    if lead and lead.end() < b:
        a = lead.end()
    while a < b and mask[a] in "([":
        a += 1
    if b - a < 2:
        return None
    return (a, b)


def _according(text, mask, s_start, s_end, c_start, c_end, floor) -> Attribution | None:
    src_start = _lstrip(mask, c_end, s_end)
    comma = _next_stop(mask, src_start, s_end)
    verb = _re_search(r"reported|told|quoted", mask[c_start:c_end])
    cue = (c_start + verb.start(), c_start + verb.end()) if verb else (c_start, c_end)  # PolNeAR: "as reported by" -> "reported"
    before = _content_before(mask, floor, c_start)
    at_start = before is None or mask[before[0]:c_start].strip() == ""
    segments: list[Range] = [] if at_start else [before]
    src_end = comma
    if at_start:
        content = _content_after(mask, comma, s_end)
        if content is None:
            return None
        segments = [content]
    elif comma < s_end and mask[comma] == ",":
        tail = mask[comma + 1 : s_end].lstrip()
        first = tail.split(None, 1)[0].lower() if tail.strip() else ""
        if not _re_match(r"(?:citing|speaking|who|which|in|on)\b", tail) and (
            first in _VERBISH or first in ("will", "would", "is", "was", "are", "were", "has", "have") or first.endswith("ed")
        ):
            rest = _content_after(mask, comma, s_end)  # "X, according to Y, will …"
            if rest:
                segments.append(rest)
        # else "…, according to Y, an advocacy group.": PolNeAR often keeps the apposition, but
        # stopping at the comma measured better
    src_end = _rstrip(mask, src_start, src_end)
    word_before = mask[max(src_start, src_end - 40) : src_end]
    if not _re_search(r"(?:released|filed|published|conducted|taken|issued|posted)\s+(?:\S+\s+){0,3}\S+$", word_before):
        src_end = _strip_temporal(mask, src_start, src_end)
    if src_end <= src_start:
        return None
    by = _REPORT_BY.match(mask, src_start, src_end)
    if by and by.end() < src_end:
        src_start = by.end()  # "according to a report by Reuters" -> Reuters
    return Attribution((src_start, src_end), cue, segments, "indirect")


def _next_stop(mask: str, start: int, end: int) -> int:
    i = start
    while i < end and mask[i] not in ",;:()" and mask[i] != MASK and mask[i] not in "\u2014\u2013":
        if mask[i] == "-" and i > start and mask[i - 1] == " " and i + 1 < end and mask[i + 1] in " -":
            break  # " - " / " -- ": a dash parenthesis
        i += 1
    return i


# The patterns of the hot paths, compiled once (a pattern built per call was concatenated and hashed for `_rx` each time)
_TEMPORAL_PHRASE_END = re.compile(
    r"\s+(?:on|late|early|last|this|earlier|in)\s+(?:\w+\s+){0,2}" + _TEMPORAL + r"(?:\s+\w+)?$", re.IGNORECASE
)
_TEMPORAL_END = re.compile(r"\s+" + _TEMPORAL + r"$", re.IGNORECASE)
_TEMPORAL_WORD = re.compile(_TEMPORAL, re.IGNORECASE)
_THAT_NEAR = re.compile(r"[^,;:\u201c\"" + MASK + r"]{0,100}?(?<![\w-])(that)\b")
_CLAUSE_WORD = re.compile(r"\b(?:and|but|said|says|told)\b")
_LEAD_TIME_WORD = re.compile(r"(?:Last|This|On|In|At|Earlier|Later|Then|Now|Today|Yesterday|Also|Meanwhile|Still|However|Instead)")


def _strip_temporal(mask: str, start: int, end: int) -> int:
    subject = mask[start:end]
    m = _TEMPORAL_PHRASE_END.search(subject)
    if m:
        return start + m.start()
    m = _TEMPORAL_END.search(subject)
    if m and m.start() > 0:
        return start + m.start()
    return end


def _verb(text, mask, s_start, s_end, c_start, c_end, floor, previous) -> Attribution | None:
    cue_text = mask[c_start:c_end]
    lemma = cues.lemma(cue_text)
    if lemma is None:
        return None
    participle = cues.is_participle(cue_text)
    before = mask[max(s_start, c_start - 40) : c_start]
    if cue_text[:1].isupper() and mask[s_start:c_start].strip(" \u00a0(\"'\u201c") and cue_text.lower() in cues.NOUNLIKE:
        return None  # "the United States"
    if lemma == "ask" and cue_text.lower() == "asked" and _re_fullmatch(r"\s*(?:(?:When|After|If|Once|when|after|if|once)\s*)?", mask[s_start:c_start]):
        return _asked(mask, s_end, c_start, c_end)
    prev_word = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
    if lemma == "ask" and cue_text.lower() == "asked" and prev_word in ("was", "were", "is", "are", "been", "being"):
        # "Clinton was asked whether …": the question is the content; the asker goes unnamed
        aux_start = c_start - len(before) + before.rstrip().rfind(" ") + 1 if " " in before.rstrip() else c_start - len(before)
        att = _asked(mask, s_end, c_start, c_end, require_comma=False)
        if att is not None:
            att.cue = (aux_start, c_end)
        return att
    went_on = bool(_WENT_ON.match(cue_text))
    if not went_on and (prev_word in ("to", "the", "a", "an", "was", "were", "is", "are", "been", "being", "be", "not", "never", "without", "of", "by") or prev_word.endswith("n't")) and not (participle and prev_word in ("is", "are", "was", "were", "been")):
        return None

    if participle and prev_word in ("is", "are", "was", "were", "am", "been"):
        # progressive: "Full-blown capitalists are saying that ..." — a finite verb after all
        participle = False
        c_start = c_start - len(before) + len(before.rstrip()) - len(prev_word)
        cue_text = mask[c_start:c_end]
        before = mask[max(s_start, c_start - 40) : c_start]
        prev_word = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
    if cue_text in ("Said", "Says", "Added", "Wrote", "Asked") and not mask[s_start:c_start].strip():
        # "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”"
        quote = mask.find(MASK, c_end, s_end)
        colon = mask.find(":", c_end, s_end)
        stop = min(x for x in (quote, colon, s_end) if x >= 0)
        src_end = _rstrip(mask, c_end, stop)
        src_start = _lstrip(mask, c_end, src_end)
        content = _content_after(mask, stop, s_end)
        if src_end <= src_start or content is None or stop == s_end:
            return None
        return Attribution((src_start, src_end), (c_start, c_end), [content], "indirect")
    if participle and cue_text[:1].isupper() and not mask[s_start:c_start].strip(" \"'(\u201c"):
        # "Noting that both battled the media, Schlafly put her finger on …"
        comma = mask.find(",", c_end, min(s_end, c_end + 400))
        if comma < 0:
            return None
        content = _content_after(mask, _skip_object(mask, c_end, comma, lemma), comma)
        subject = _sentence_subject(mask, comma + 1, s_end)
        if content is None or subject is None:
            return None
        return Attribution(subject, (c_start, c_end), [content], "indirect")
    if participle:
        source = None
        with_np = _WITH_NP.search(mask, max(s_start, c_start - 120), c_start)
        if with_np:
            source = (with_np.start(1), with_np.end(1))  # "with 30 percent of voters saying ..."
        elif not before.rstrip().endswith((",", MASK, "\u2014", "\u2013", "-")) and prev_word not in ("and", "but", "after", "before", "while", "when", "by"):
            return None  # ("a sign saying …" is left out: measured, it costs more than it brings)
        if source is None:
            source = previous[-1].source if previous else _sentence_subject(mask, s_start, c_start)
        if source is None:
            return None
        content = _content_after(mask, _skip_object(mask, c_end, s_end, lemma), s_end)
        if content is None:
            return None
        return Attribution(source, (c_start, c_end), [content], "indirect", participle=True)

    tail_before = mask[max(s_start, c_start - 3) : c_start].rstrip()
    if tail_before.endswith((",", MASK)) and lemma != "tell" and _name_np(mask, c_end, s_end):
        subject, lead = None, "none"  # `…, said Steve Grubbs, an Iowa operative` (inversion)
    else:
        subject, lead = _subject_before(mask, floor, c_start)
    if subject is None and prev_word in ("and", "but"):
        source = previous[-1].source if previous else _sentence_subject(mask, s_start, c_start)
        content = _content_after(mask, _skip_object(mask, c_end, s_end, lemma), s_end)
        if content is None or source is None:
            return None
        return Attribution(source, (c_start, c_end), [content], "indirect", participle=bool(previous))
    if subject is not None and cues.is_base(cue_text):
        head = mask[subject[0]:subject[1]].split()[-1].lower()
        if head in _NOUN_BEFORE or head in ("final", "last", "first", "no", "any", "some", "false", "big"):
            return None  # "has the final say", "a false claim"
        if cue_text.lower() != "say" and not (
            head in ("i", "we", "you", "they", "who") or head.endswith(("s", "%")) or head in _MODALS
            or head in ("do", "did", "people", "police") or head[:1].isdigit()
        ):
            return None
    if subject is not None and cue_text.lower() in cues.NOUNLIKE:
        head = mask[subject[0]:subject[1]].split()[-1]
        if head.lower() in _NOUN_BEFORE or head[:1].isdigit() or head.lower() in ("they", "we", "i", "you"):
            return None  # "his claims", "30 states", "media reports"
        if not (head[:1].isupper() or head.lower() in ("he", "she", "it")):
            return None
    if subject is not None:
        # "Trump would say" / "they will tell": the modal is not the subject
        words = mask[subject[0]:subject[1]].split()
        while len(words) > 1 and words[-1].lower() in _MODALS:
            words.pop()
        stop = subject[0] + len(" ".join(words)) if mask[subject[0]:subject[1]].count(" ") == len(mask[subject[0]:subject[1]].split()) - 1 else subject[1]
        subject = (subject[0], stop)
    after = _skip_object(mask, c_end, s_end, lemma) if subject else c_end
    if subject is None:
        # inversion: `"…," said Ian Solomon, who …` / `…, says Kirby.`
        tail = mask[c_start - 3 : c_start] if c_start >= 3 else ""
        if not tail.rstrip().endswith((",", MASK)):
            return None
        src_start = _lstrip(mask, c_end, s_end)
        word = mask[src_start : src_start + 30].split(None, 1)
        if not word or not (
            word[0][:1].isupper()
            or word[0].lower() in ("the", "a", "an", "one", "two", "three", "several", "some", "many", "another")
            or _name_np(mask, c_end, s_end)
        ):
            return None
        if word[0] in ("I",) or word[0].lower() in ("that",):
            return None
        src_end = _participle_cut(mask, src_start, s_end)
        quote = mask.find(MASK, src_start, src_end)
        if quote >= 0:
            src_end = quote  # `…," said X, "…"`: the next quote is not the source
        src_end = _strip_adjunct_segments(mask, src_start, src_end)
        src_end = _strip_temporal(mask, src_start, _rstrip(mask, src_start, src_end))
        if src_end <= src_start:
            return None
        content = _content_before(mask, floor, c_start)
        if content is None:
            return None
        return Attribution((src_start, src_end), (c_start, c_end), [content], "indirect")

    rest_text = mask[after:s_end]
    stripped = rest_text.lstrip()
    nxt = stripped[:1]
    ends_here = (
        not stripped
        or nxt in (";", ")", "\u2014")
        or stripped[:2] == "--"
        or _rstrip(mask, after, s_end) <= after
    )
    tail = stripped[1:].lstrip() if nxt == "," else ""
    if lead in ("mask", "comma"):
        before = _content_before(mask, floor, subject[0])
        if before is not None:
            segments = [before]
            after_comma = after + (len(rest_text) - len(stripped)) + 1
            if nxt == "," and tail[:1] == MASK and lead == "comma":
                content = _content_after(mask, after_comma, s_end)  # `In March, he said, "…"`
                return Attribution(subject, (c_start, c_end), [content], "indirect") if content else None
            if nxt == "," and (tail[:1] == MASK or (lead == "comma" and _continues(tail))):
                extra = _content_after(mask, after_comma, s_end)  # `"A," he said, "B."` / `A, he said, B`
                if extra:
                    segments.append(extra)
                return Attribution(subject, (c_start, c_end), segments, "indirect")
            if nxt in (MASK, ":") and lead == "mask":
                extra = _content_after(mask, after, s_end)
                if extra:
                    segments.append(extra)
                return Attribution(subject, (c_start, c_end), segments, "indirect")
            if lead == "mask" or ends_here or nxt == ",":
                return Attribution(subject, (c_start, c_end), segments, "indirect")
    if nxt == "," and tail[:1] != MASK:
        if lead == "other":
            # "As POLITICO revealed, most of the payments ..."
            as_clause = _re_search(r"(?:^|\s)(?:[Aa]s)\s+$", mask[max(s_start, subject[0] - 4) : subject[0]])
            if as_clause:
                content = _content_after(mask, after, s_end)
                return Attribution(subject, (c_start, c_end), [content], "indirect") if content else None
        return None
    if ends_here and nxt != ":":
        return None
    # speaker first: `Kirby said (that) …` / `Kirby said: "…"` / `Kirby said, "…"`
    content = _content_after(mask, after, s_end)
    if content is None:
        return None
    if lemma == "ask" and _re_match(r"(?:not|that\s+(?:his|her|their)\s+name)\b", mask[content[0] : content[0] + 30]):
        return None  # "who asked not to be named": a request, not a statement
    if lemma == "ask" and mask[content[0]] != MASK:
        q = _ASK_CONTENT.match(mask, content[0], content[1])
        if q:
            content = (q.start(1), content[1])  # "asked Trump how …": the question
    if lemma == "report" and _re_match(r"(?:from|on|in|at|to|for|with)\b", mask[content[0] : content[0] + 5]):
        return None  # "Costa reported from Washington."
    if lemma in _STRICT_LEMMAS and not (mask[content[0]] == MASK or nxt == ":" or mask.startswith("that", content[0])):
        return None  # "added Latin hits", "continued to rise", "testified voluntarily"
    if cue_text.lower() == "said" and mask[subject[0]:subject[1]].lstrip("(").lower() == "that" and nxt == ",":
        return None  # "That said, ..."
    if content[1] - content[0] < 8 and " " not in mask[content[0]:content[1]]:
        return None  # `he said so`
    return Attribution(subject, (c_start, c_end), [content], "indirect")


_NOT_CONTINUATION = frozenset(
    "who which where when whose according citing in on at during after before as while because "
    "referring speaking and but adding saying noting or though although if since than with without "
    "for from by to".split()
)


def _continues(tail: str) -> bool:
    """After `A, he said,`: does the sentence go on with more of what was said?"""
    word = tail.split(None, 1)[0].lower() if tail.strip() else ""
    if not word or word in _NOT_CONTINUATION or word.endswith("ing"):
        return False
    return True


_PERSON_HEAD = (
    r"(?:official|officials|spokesman|spokeswoman|spokesperson|source|sources|aide|aides|adviser|advisers|"
    r"advisor|analyst|analysts|expert|experts|lawyer|attorney|statement|report|campaign|group|leader|"
    r"leaders|member|members|strategist|pollster|person|people|voter|voters|resident|residents|supporter|"
    r"supporters|official\s+said|executive|director|professor|economist|senator|candidate|nominee)"
)
_TITLE_WORD = (
    r"(?:former|then|the|his|her|their|its|spokesman|spokeswoman|spokesperson|senator|governor|president|secretary|"
    r"director|chairman|chairwoman|analyst|lawyer|attorney|professor|economist|strategist|pollster|adviser|advisor|"
    r"aide|deputy|senior|press|campaign|manager|chief|executive|election|political|communications|retired|state|"
    r"rep\.|sen\.|gov\.|u\.s\.|longtime|veteran|top|close|research|policy|legal|independent|conservative|liberal|"
    r"republican|democratic|party|house|senate|committee|national|security|foreign|defense|justice|activist|"
    r"operative|organizer|consultant|researcher|historian|scholar|fellow|member|founder|owner|resident|voter|"
    r"supporter|delegate|candidate|nominee|lawmaker|congressman|congresswoman|mayor|judge|head|editor|writer|"
    r"columnist|author|leader|of|and|co-founder|ceo|vice|general|prime|minister|ambassador|envoy|official|"
    r"finance|economy|economic|trade|health|education|energy|interior|transport|labor|agriculture|environment|"
    r"treasury|budget|military|intelligence|police|city|county|district|federal|regional|local|news|business|"
    r"union|company|industry|bank|council|board|agency|ministry|department|commission|"
    r"\w+(?:\u2019s|'s))"
)
_CAP_WORD = r"(?:[A-Z][\w.\u2019'-]*|(?:[A-Z]\.)+)"
_NAME_NP = re.compile(
    r"\s*(?:(?:(?:" + _TITLE_WORD + r"|" + _CAP_WORD + r")\s+){0,8}" + _CAP_WORD
    + r"(?:\s+(?:de|van|von|da|del|al-\w+|[A-Z]\.))*(?:\s+" + _CAP_WORD + r")*(?:\s+\([A-Z][\w.-]*\))?"
    r"|(?:the|a|an|one|another|two|three|several)\s+(?:[\w-]+\s+){0,4}?" + _PERSON_HEAD + r")"
    r"(?=\s*(?:$|[,(]|\.\s*$|\s+who\b|\s+of\b|\s+(?:on|in|at|during|last|this)\b))"
)


def _name_np(mask: str, start: int, s_end: int) -> bool:
    """Does a name (or a person noun phrase) follow the cue, as in `said Ian Solomon, who …`?"""
    window = mask[start : min(s_end, start + 120)]
    if min(s_end, start + 120) < s_end:
        window = window  # a long sentence: the name must close within the window anyway
    m = _NAME_NP.match(window)
    if not m:
        return False
    first = window.split(None, 1)[0] if window.strip() else ""
    return first not in ("I", "He", "She", "They", "We", "It", "That", "This", "There") and first.lower() != "that"


_QUESTION_START = re.compile(r"\b(?:about|whether|if|who|what|why|how|when|where|which|to)\b")


def _asked(mask: str, s_end: int, c_start: int, c_end: int, require_comma: bool = True) -> Attribution | None:
    """`Asked (by a reporter) whether …, Trump said …`: the question is the content, the asker the source."""
    stop = c_end
    while stop < s_end and mask[stop] not in ",;:" and stop - c_end < 400:
        stop += 1
    if require_comma and (stop >= s_end or mask[stop] != ","):
        return None
    if not require_comma and not _QUESTION_START.match(mask, _lstrip(mask, c_end, stop)):
        return None
    source = None
    pos = c_end
    by = _re_match(r"\s+by\s+", mask[pos:stop])
    if by:
        q = _QUESTION_START.search(mask, pos + by.end(), stop)
        src_end = q.start() if q else stop
        src_end = _strip_temporal(mask, pos + by.end(), _rstrip(mask, pos + by.end(), src_end))
        if src_end > pos + by.end():
            source = (pos + by.end(), src_end)
            pos = src_end
    q = _QUESTION_START.search(mask, pos, stop)
    start = q.start() if q else _lstrip(mask, pos, stop)
    content = _content_after(mask, start, stop)
    if content is None:
        return None
    return Attribution(source, (c_start, c_end), [content], "indirect")


_TRAILING_SEGMENT = re.compile(
    r",\s*(?:for\s+(?:his|her|their|its|our|my)\s+part|for\s+example|for\s+instance|in\s+turn|too|however|"
    r"though|meanwhile|in\s+a\s+statement|in\s+an\s+interview|[a-z]+ed|[a-z]+ing\b[^,]*)\s*$"
)


def _strip_adjunct_segments(mask: str, start: int, end: int) -> int:
    """`Snyder, for his part` / `Clinton, exasperated` -> the name alone."""
    for _ in range(3):
        m = _TRAILING_SEGMENT.search(mask, start, end)
        if not m or m.start() <= start:
            break
        end = m.start()
    return end


def _participle_cut(mask: str, start: int, end: int) -> int:
    m = _re_search(
        r",\s+(?:adding|saying|noting|arguing|explaining|warning|insisting|stressing|telling|citing|according|"
        r"who\s+(?:also\s+)?(?:said|says|told|tells|added|noted|argued|wrote|explained|recalled|asked))\b",
        mask[start:end],
    )
    return start + m.start() if m else end


def _skip_object(mask: str, start: int, s_end: int, lemma: str) -> int:
    """Past the addressee and adjuncts between a cue and its content (`told reporters on Tuesday`)."""
    pos = start
    window_end = min(s_end, start + 160)
    window = mask[pos:window_end]
    # an explicit complementizer or colon close by: content starts there
    m = _THAT_NEAR.match(window)
    if m and not _CLAUSE_WORD.search(window[: m.start(1)]):
        between = window[: m.start(1)]
        if len(between.split()) <= 8 and not any(w.lower() in _VERBISH for w in between.split()):
            return pos + m.start(1)  # any reporting verb: "reported on Wednesday that …"
    q = _QUOTE_AFTER_ADJUNCT.match(window)
    if q and not any(w.lower() in _VERBISH for w in q.group(0).split()):
        return pos + q.end()  # "said of the episode, ''I don't like it''"
    if lemma in cues.TELL_LEMMAS:
        o = _re_match(
            r"\s+(?:to\s+)?(?:(?:the|a|an|his|her|their|its|[A-Z][\w.\u2019'-]*(?:'s|\u2019s)?)\s+){0,3}"
            r"(?:[A-Z][\w.&\u2019'-]*|reporters|journalists|supporters|members|voters|lawmakers|me|us|him|her|them|viewers|listeners|a\s+\w+|the\s+\w+)"
            r"(?:\s+[A-Z][\w.&\u2019'-]*){0,4}",
            window,
        )
        if o:
            pos += o.end()
        elif lemma == "tell":
            # "told his aides he planned …": a determiner phrase up to the reported clause's subject
            d = _DET_OBJECT.match(mask, pos, window_end)
            if d:
                pos = d.end(1)
    while True:
        a = _ADJUNCT.match(mask, pos, window_end)
        if not a or a.end() == pos:
            break
        nxt = mask[a.end() : a.end() + 2].lstrip()[:1]
        if nxt not in (",", ".", ":", ";", MASK, "") and not _AFTER_ADJUNCT.match(mask, a.end()):
            # only skip an adjunct that a clause boundary or the reported clause's subject follows
            break
        pos = a.end()
    return pos


def _token_start(mask: str, limit: int, pos: int) -> int:
    """Where the token ending at `pos` starts, not before `limit`: what
    `while pos > limit and not mask[pos - 1].isspace() and mask[pos - 1] != MASK: pos -= 1` leaves, by one `rfind` of
    the last blank when what follows it is printable (no whitespace but the blank is printable, nor the private-use
    MASK); else (a no-break space, no blank within reach) that loop over the characters."""
    blank = mask.rfind(" ", limit, pos)
    if blank >= 0 and mask[blank + 1 : pos].isprintable():
        return blank + 1
    while pos > limit and not mask[pos - 1].isspace() and mask[pos - 1] != MASK:
        pos -= 1
    return pos


def _subject_before(mask: str, floor: int, c_start: int) -> tuple[Range | None, str]:
    """The subject noun phrase right before a cue, and what precedes it: start | comma | mask | other."""
    end = c_start
    while end > floor and mask[end - 1].isspace():
        end -= 1
    if end <= floor:
        return None, "none"
    if mask[end - 1] == ",":
        return _apposition(mask, floor, end - 1)
    chosen: list[tuple[int, int]] = []
    lead = "start"
    pos = end
    reset = False
    while True:
        while pos > floor and mask[pos - 1].isspace():
            pos -= 1
        if pos <= floor:
            lead = "start"
            break
        if mask[pos - 1] == MASK:
            lead = "mask"
            break
        if not chosen and mask[pos - 1] in "\u2014-" and mask[max(floor, pos - 2) : pos] in ("--", "\u2014", " \u2014", "-\u2014") or (not chosen and mask[pos - 1] == "\u2014"):
            # "The justice -- who has been in a scuffle -- said": skip the parenthetical
            dash = max(mask.rfind("--", floor, pos - 2), mask.rfind("\u2014", floor, pos - 1))
            if dash > floor and pos - dash < 300:
                pos = dash
                continue
        tok_end = pos
        limit = max(floor, pos - 60)
        pos = _token_start(mask, limit, pos)
        if pos == limit and pos > floor and not mask[pos - 1].isspace():
            return None, "none"  # an overlong token
        word = mask[pos:tok_end]
        if word[-1] in ",;:(" or word in ("\u2014", "--", "-"):
            lead = "comma" if word[-1] == "," or word in ("\u2014", "--") else "other"
            break
        if word.lower() in ("who", "whom") and not chosen:
            chosen.append((pos, tok_end))  # "…, who said": the relative pronoun is the source
            lead = "other"
            break
        if word.lower() in ("that", "who") and chosen and not reset and any(
            mask[a:b].lower() in _VERBISH or (mask[a:b].islower() and mask[a:b].endswith("ed")) for a, b in chosen
        ):
            # "progressive organizations that have endorsed him say": the head before the clause
            chosen = []
            reset = True
            continue
        if word.lower() in _BOUNDARY_WORDS or (chosen and word.lower() in ("who", "whom", "which", "everything", "something", "anything", "nothing", "had")):
            if word.lower() == "and" and chosen:
                extra = _np_before_and(mask, floor, pos)
                if extra is not None:
                    chosen.append((pos, tok_end))
                    chosen.extend(extra)
                    pos = extra[-1][0]
                    lead = _lead_before(mask, floor, pos)
                    break
            lead = "other"
            break
        if chosen and len(chosen) == 1 and mask[chosen[0][0]:chosen[0][1]].lower() in ("he", "she", "they", "i", "we", "you"):
            lead = _lead_before(mask, floor, chosen[0][0])
            break  # a pronoun is the whole subject: "any fees he reported"
        chosen.append((pos, tok_end))
        if len(chosen) > MAX_SUBJECT_TOKENS:
            return None, "none"
    # strip trailing adverbs ("Trump never said" is rejected upstream; "Trump now says")
    while chosen and (
        mask[chosen[0][0]:chosen[0][1]].lower() in _TRAILING_ADVERBS
        or (mask[chosen[0][0]:chosen[0][1]].endswith("ly") and mask[chosen[0][0]:chosen[0][1]].islower() and len(chosen) > 1)
    ):
        chosen = chosen[1:]
    if not chosen:
        return None, "none"
    chosen.reverse()
    # a leading time or place phrase is not the subject: "Last week Trump said"
    while len(chosen) > 1 and _LEAD_TIME_WORD.fullmatch(mask[chosen[0][0]:chosen[0][1]]):
        chosen = chosen[1:]
    last = mask[chosen[-1][0]:chosen[-1][1]].lower()
    if last in _BAD_SUBJECT_END:
        return None, "none"
    if last.endswith(("\u2019s", "'s")) and last not in ("he\u2019s", "she\u2019s", "he's", "she's", "who's", "who\u2019s"):
        return None, "none"  # "Editor's note", "Trump's claims"
    if len(chosen) == 1 and _TEMPORAL_WORD.fullmatch(last):
        return None, "none"  # "Wednesday added one more development"
    start, stop = chosen[0][0], chosen[-1][1]
    while start < stop and mask[start] in "([>\"'":
        start += 1
    lead_adverb = _LEAD_ADVERB.match(mask, start, stop)
    if lead_adverb and lead_adverb.end() < stop:
        start = lead_adverb.end()
    stop = _strip_temporal(mask, start, stop)
    if stop <= start or not _plausible_subject(mask[start:stop]):
        return None, "none"
    return (start, stop), lead


_NP_WORD = re.compile(r"(?:[A-Z][\w.\u2019'-]*|he|she|they|we|i|the|his|her|their|its|a|an|of|private|other|some|many|several)$")


def _np_before_and(mask: str, floor: int, and_pos: int) -> list[tuple[int, int]] | None:
    """Tokens of a short noun phrase before `and` (`Trump and his attorneys`), else None."""
    out: list[tuple[int, int]] = []
    pos = and_pos
    while True:
        while pos > floor and mask[pos - 1] in " \t\u00a0":
            pos -= 1
        if pos <= floor or mask[pos - 1] in ",;:\n" or mask[pos - 1] == MASK:
            break
        end = pos
        pos = _token_start(mask, floor, pos)
        word = mask[pos:end]
        if word.lower() in _BOUNDARY_WORDS:
            break
        low = word.lower()
        if len(out) >= 4 or low in _VERBISH or (word.islower() and low.endswith("ed")) or not word[:1].isalnum():
            return None
        out.append((pos, end))
    if not out:
        return None
    first = mask[out[-1][0] : out[-1][1]].lower()
    if first in ("he", "she", "they", "we", "i"):
        return out if len(out) == 1 else None
    if first in ("the", "his", "her", "their", "its", "some", "other", "many", "our", "my"):
        return out  # "The mayor and his deputy"
    if all(mask[a].isupper() or mask[a:b].lower() in ("of", "the", "de") for a, b in out):
        return out  # "Trump and his attorneys"
    return None


def _lead_before(mask: str, floor: int, pos: int) -> str:
    while pos > floor and mask[pos - 1].isspace():
        pos -= 1
    if pos <= floor:
        return "start"
    if mask[pos - 1] == MASK:
        return "mask"
    return "comma" if mask[pos - 1] == "," else "other"


def _apposition(mask: str, floor: int, comma: int) -> tuple[Range | None, str]:
    """`Greg Raiff, chief executive of X, said` / `"…," Ryan, the convention chair, told`."""
    lo = max(floor, comma - 400)
    region = mask[lo:comma]
    cut = max(region.rfind(MASK), region.rfind(";"), region.rfind(":"), region.rfind("\u2014"))
    lead = "start" if lo == floor else "other"
    if cut >= 0:
        lead = "mask" if region[cut] == MASK else "other"
        region_start = lo + cut + 1
    else:
        region_start = lo
    parts = []
    pos = comma
    # walk back over comma-separated segments while they are short
    while True:
        prev = mask.rfind(",", region_start, pos)
        seg_start = prev + 1 if prev >= 0 else region_start
        seg = mask[seg_start:pos]
        limit = MAX_RELATIVE_TOKENS if _re_search(r"(?:^|\s)(?:who|whose|which|whom)\s", seg) else MAX_APPOSITION_TOKENS
        if len(seg.split()) > limit or not seg.strip():
            if not parts:
                return None, "none"
            lead = "comma"
            break
        parts.append(seg_start)
        if prev < 0:
            break
        if len(parts) >= 4:
            lead = "comma"
            break
        # a clause before the name: its segment is long, or ends the content-first part
        pos = prev
    while len(parts) > 1 and _intro_segment(mask[parts[-1]:mask.find(",", parts[-1], comma)]):
        parts.pop()
    # "Judicial Watch, in releasing the email, noted": a trailing adjunct is not the source
    while len(parts) > 1 and _ADJUNCT_SEGMENT.match(mask, parts[0], comma):
        comma = parts[0] - 1
        parts.pop(0)
    start = _lstrip(mask, parts[-1], comma)
    while start < comma and mask[start].isspace():
        start += 1
    # "And then, Trump, ..." — drop connectives
    lead_word = _re_match(r"(?:But|And|So|Yet|However|Meanwhile)\b,?\s+", mask[start:comma])
    if lead_word:
        start += lead_word.end()
    stop = _rstrip(mask, start, comma)
    if stop <= start or not _plausible_subject(mask[start:stop]):
        return None, "none"
    return (start, stop), lead


_ADJUNCT_SEGMENT = re.compile(
    r"\s*(?:in|on|at|during|with|without|after|before|while|when|speaking|according|half|"
    r"[a-z]+ing|[a-z]+ly|last|this|earlier|later|again|too|also|however|though|then|now|meanwhile|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\s*[a-z]+ed\s*(?:,|$)"
)
_INTRO = re.compile(
    r"\s*(?:(?:On|In|At|After|Before|During|Last|This|Earlier|Later|Since|While|When|As|By|For|With|Without|"
    r"Despite|Although|Though|Because|If|Under|Over|Still|Yet|Moreover|However|Meanwhile|Instead|Now|Then|Also|"
    r"Indeed|Separately|Similarly|Likewise|Afterward|Afterwards|Even\s+so|Again|Today|Yesterday|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b|[A-Z][a-z]+ly\b|[A-Z][a-z]+ing\b)"
)


def _intro_segment(seg: str) -> bool:
    return bool(_INTRO.match(seg))


def _plausible_subject(s: str) -> bool:
    words = s.split()
    if not words or len(words) > MAX_APPOSITION_TOKENS * 3:
        return False
    first = words[0]
    if first.lower() == "it":
        return len(words) == 1  # "it said" (a ministry, a report, a statement)
    if first.lower() in ("there", "this", "what", "how", "why", "that", "which", "to"):
        return len(words) > 1 and first.lower() == "this"
    return True


def _sentence_subject(mask: str, s_start: int, c_start: int) -> Range | None:
    """The subject at a sentence start, for a participle cue (`Putin …, arguing that …`)."""
    intro = _re_match(
        r"(?:(?:On|In|At|After|Before|During|Last|This|Earlier|Later|Since|While|When|As|By|For|With|"
        r"Without|Despite|Although|Though|Because|If|Under|Over|Meanwhile|However|But|And|Still|Yet|Then)\b[^,\ue000]{0,80},\s+)",
        mask[s_start : min(c_start, s_start + 160)],
    )
    if intro:
        s_start += intro.end()
    lead = _re_match(r"(?:(?:But|And|Meanwhile|However|Later|Earlier|Even|Still),?\s+)", mask[s_start : s_start + 20])
    if lead:
        s_start += lead.end()
    chosen: list[tuple[int, int]] = []
    for tok in _WORD.finditer(mask, s_start, min(c_start, s_start + 200)):
        word = tok.group(0)
        low = word.lower()
        if MASK in word:
            break
        if not chosen and low in ("he", "she", "they", "we", "i", "it"):
            chosen.append((tok.start(), tok.end()))
            break
        bare = word.rstrip(",;:")
        if word[:1].islower() and chosen and (
            low in _VERBISH or low.endswith(("ed", "ly")) or (low.endswith("s") and not low.endswith(("ss", "us", "is")) and mask[chosen[-1][0]].isupper() and len(chosen) > 1)
        ):
            break
        chosen.append((tok.start(), tok.start() + len(bare)))
        if bare != word or len(chosen) > 10:
            break
    if not chosen or len(chosen) > 10:
        return None
    a, b = chosen[0][0], chosen[-1][1]
    b = _rstrip(mask, a, b)
    if b <= a or mask[a:b].lower() in _BAD_SUBJECT_END:
        return None
    return (a, b)


_VERBISH = frozenset(
    """is was were are has had have will would can could may might should must did does do sought took
    made said told went came gave got won lost began spent kept left ran held brought met set put read saw
    wrote spoke stood became fought led sent struck threw chose drew drove fell felt found heard hit knew
    paid rose shot sat sold tried used also then later again still never already just""".split()
)


# --------------------------------------------------------------------------- quotes over sentences


def _attach_quote_sentences(text, mask, sentences, per_sentence) -> None:
    """A sentence that is only a quotation joins the quoted statement next to it in the paragraph."""
    for i, (s_start, s_end) in enumerate(sentences):
        if per_sentence[i] or not _is_quote(mask, s_start, s_end):
            continue
        end = _quote_end(mask, s_start, s_end)
        target = None
        for j in range(i - 1, -1, -1):
            if per_sentence[j]:
                quoted = [a for a in per_sentence[j] if mask.count(MASK, *a.content_hull)]
                if quoted and _quote_chain(mask, sentences, j + 1, i):
                    target = quoted[-1]
                break
        if target is None:
            for j in range(i + 1, len(sentences)):
                if per_sentence[j]:
                    cand = per_sentence[j][0]
                    if cand.content[0][0] == sentences[j][0] and mask[cand.content[0][0]] == MASK and _quote_chain(mask, sentences, i + 1, j):
                        target = cand
                    break
        if target is not None:
            target.content.append((s_start, end))
            target.content.sort()


def _quote_end(mask: str, s_start: int, s_end: int) -> int:
    end = s_end
    while end > s_start and mask[end - 1] != MASK:
        end -= 1
    return end


def _quote_chain(mask, sentences, lo, hi) -> bool:
    """Every sentence strictly between is itself a bare quotation."""
    return all(_is_quote(mask, *sentences[k]) for k in range(lo, hi))


def _continue_over_paragraphs(found: list[Attribution], quotes: list[Quote], quote_at: dict[int, Quote]) -> None:
    """A quote left open at a paragraph end belongs to the statement of the quote it resumes in."""
    if not any(q.continues for q in quotes):
        return
    by_quote: dict[int, Attribution] = {}
    for att in found:
        for a, b in att.content:
            if a in quote_at:
                by_quote[a] = att
    chains: list[list[Quote]] = []
    current: list[Quote] = []
    for i, q in enumerate(quotes):
        current.append(q)
        if not q.continues:
            chains.append(current)
            current = []
    for chain in chains:
        if len(chain) < 2:
            continue
        owner = next((by_quote[q.start] for q in chain if q.start in by_quote), None)
        if owner is None:
            continue
        have = {a for a, _ in owner.content}
        for q in chain:
            if q.start not in have and q.start not in by_quote:
                owner.content.append((q.start, q.end))
        owner.content.sort()
