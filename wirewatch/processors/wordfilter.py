"""A word-bounded alternation answered from a text's words instead of a scan of its characters.

`(?<![\\w-])(?:w1|w2|...)SUFFIX(?![\\w-])` with a hundred alternatives costs Python's regex
engine a try of every alternative at every word start; positions ran it over every sentence
of every article (an eighth of extraction time). An alternative that can only match word
characters (letters, digits, `_`, `-`) can only match a whole word there: the maximal run of
such characters between the two assertions. So for those alternatives the question "does the
pattern match somewhere in this text" is "does one of the text's words match them in full",
and a word's answer is remembered. Alternatives that can match anything else (`the\\s+bloc`)
keep a (much smaller) pattern of their own. The answer is the same as `pattern.search`'s.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _p
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

_WORD_CHAR = re.compile(r"[\w-]")
_WORD = re.compile(r"[\w-]+")
_MEMO_LIMIT = 200_000  # distinct words remembered before the memo starts afresh


def _word_chars_only(items, flags: int) -> bool:
    """True when every string the parsed pattern matches is made of [\\w-] characters only."""
    for op, av in items:
        if op is _c.LITERAL:
            if not _WORD_CHAR.fullmatch(chr(av)):
                return False
        elif op is _c.SUBPATTERN:
            if av[1] or av[2] or not _word_chars_only(av[3], flags):  # no inline flag changes
                return False
        elif op is _c.BRANCH:
            if not all(_word_chars_only(b, flags) for b in av[1]):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            if not _word_chars_only(av[2], flags):
                return False
        elif op is _c.IN:
            for item_op, item in av:
                if item_op is _c.LITERAL:
                    if not _WORD_CHAR.fullmatch(chr(item)):
                        return False
                elif item_op is _c.RANGE:
                    lo, hi = item
                    if hi - lo > 256 or not all(_WORD_CHAR.fullmatch(chr(c)) for c in range(lo, hi + 1)):
                        return False
                elif item_op is _c.CATEGORY:
                    if item not in (_c.CATEGORY_WORD, _c.CATEGORY_DIGIT):
                        return False
                else:  # NEGATE and anything unforeseen
                    return False
        else:
            return False
    return True


def matches_whole_words_only(alternative: str, flags: int = 0) -> bool:
    """Whether `alternative` only ever matches a non-empty run of [\\w-] characters."""
    try:
        parsed = _p.parse(alternative, flags)
    except re.error:
        return False
    return _word_chars_only(list(parsed), flags) and re.fullmatch(alternative, "", flags) is None


class WordMemo:
    """The words asked about so far, for a group of word memos (`BoundedWords`, `stance.PropositionWords`).

    Positions asks every sentence of each issue's term gate and proposition words in turn. With a memo
    of its own, each of them looked the sentence's words up in its own set of words seen (a pass over
    the words per memo); in a group they are looked up once, and a new word is asked of every member
    at once. Invariant: each member has been asked exactly the words in `seen` (its answers are kept
    by the member); a member asks its group, so a group it left never answers for it."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self._members: list = []
        self._last: frozenset[str] | None = None  # the words remembered last: all in `seen`
        self._index: tuple | None = None  # (`_form_index`), rebuilt when the members change

    def join(self, member) -> None:
        """Make `member` (with `_memo`, `_forget`, `_learn`, `_forms`, `_fold`, `_add_hit`) one of this group,
        leaving its former one."""
        old = member._memo
        if old is self:
            return
        if old is not None:
            old._members.remove(member)
            old._index = None
        member._memo = self
        self._members.append(member)
        self._index = None
        member._forget()
        if self.seen:
            member._learn(self.seen)

    def _form_index(self) -> tuple:
        """The members' spelled-out forms in two look-ups: lowercase form -> the IGNORECASE members that take it,
        form -> the case-sensitive ones; and the members asked word by word (no forms, or forms outside ASCII)."""
        folded: dict[str, list] = {}
        exact: dict[str, list] = {}
        by_pattern, folding = [], []
        for member in self._members:
            forms = member._forms
            if forms is None or not all(f.isascii() for f in forms):
                by_pattern.append(member)
                continue
            if member._fold:
                folding.append(member)  # (a word outside ASCII still goes to its pattern: the Kelvin sign is a `k`)
            for form in forms:
                (folded if member._fold else exact).setdefault(form, []).append(member)
        self._index = (folded, exact, by_pattern, folding)
        return self._index

    def remember(self, words: frozenset[str]) -> None:
        """Ask every member about the words none was asked about yet (most are: the memo outlives articles).
        An ASCII word is looked up once for all members with forms (what each member's `_learn` would ask of
        its own forms: its lowercase under IGNORECASE, else the word; forms are ASCII, so no other word is one)."""
        if words is self._last:
            return  # (the same sentence asked of the next member)
        if not self.seen.issuperset(words):
            if len(self.seen) >= _MEMO_LIMIT:
                self.seen.clear()
                for member in self._members:
                    member._forget()
            new = words - self.seen
            self.seen |= new
            folded, exact, by_pattern, folding = self._index or self._form_index()
            for member in by_pattern:
                member._learn(new)
            others = None
            for word in new:
                if word.isascii():
                    for member in folded.get(word.lower(), ()):
                        member._add_hit(word)
                    for member in exact.get(word, ()):
                        member._add_hit(word)
                elif folding:
                    others = others or []
                    others.append(word)
            if others:
                for member in folding:
                    member._learn(others)
        self._last = words


class BoundedWords:
    """`pattern` = `(?<![\\w-])(?:alternatives)suffix(?![\\w-])`; `search(text)` answers
    `bool(pattern.search(text))`, faster."""

    def __init__(self, alternatives: Iterable[str], suffix: str = "", flags: int = 0) -> None:
        alternatives = list(alternatives)
        self.pattern = _bounded(alternatives, suffix, flags)
        # `(?:join|accede to)` is two alternatives: only one of them needs the slow path
        alternatives = [part for a in alternatives for part in split_alternatives(a)]
        single = [a for a in alternatives if matches_whole_words_only(a + suffix, flags)]
        others = [a for a in alternatives if a not in single]
        self._whole_word = re.compile("(?:" + "|".join(single) + ")" + suffix, flags) if single else None
        # a word's first character -> the whole-word alternatives that can start with it (None: none can)
        self._by_first = first_char_patterns(single, suffix, flags) if single else {}
        # when they are all ASCII literals: every word they match in full, an ASCII word asked by a set look-up
        self._forms = literal_forms(single, suffix, flags) if single else None
        self._fold = bool(flags & re.IGNORECASE)
        self._others = _bounded(others, suffix, flags) if others else None
        self._others_gate = Gated.of_alternatives(self._others, others) if others else None
        self._hits: set[str] = set()  # the words of `self._memo.seen` that match in full
        self._memo: WordMemo | None = None
        WordMemo().join(self)

    def _forget(self) -> None:
        self._hits.clear()

    def _add_hit(self, word: str) -> None:
        self._hits.add(word)

    def _remember(self, words: frozenset[str]) -> None:
        """Ask about the words not asked about yet (most are: the memo outlives articles)."""
        self._memo.remember(words)

    def _learn(self, new: Iterable[str]) -> None:
        """Ask about words not asked about before (`WordMemo`)."""
        by_first, whole, forms = self._by_first, self._whole_word, self._forms
        if forms is None:
            hits = [w for w in new if (p := by_first.get(w[0], whole)) is not None and p.fullmatch(w)]
        elif self._fold:
            hits = [w for w in new if (w.lower() in forms if w.isascii() else
                                       (p := by_first.get(w[0], whole)) is not None and p.fullmatch(w))]
        else:
            hits = [w for w in new if w in forms]
        if hits:
            self._hits.update(hits)

    def _hit_words(self, words: frozenset[str]) -> set[str]:
        """Those of `words` that the whole-word alternatives match in full."""
        self._remember(words)
        return self._hits & words

    def _has_hit(self, words: frozenset[str]) -> bool:
        self._remember(words)
        return not self._hits.isdisjoint(words)

    def search(self, text: str) -> bool:
        if self._whole_word is not None:
            # (`_has_hit` inlined: every issue's gate asks about the same sentence in turn, and the memo answers all
            # but the first by identity)
            words = text_words(text)[1]
            memo = self._memo
            if words is not memo._last:
                memo.remember(words)
            if not self._hits.isdisjoint(words):
                return True
        if self._others is None or (self._others_gate is not None and not self._others_gate.may_match(text)):
            return False
        return self._others.search(text) is not None

    def search_spans(self, text: str, spans: Iterable[tuple[int, int]]) -> list[bool]:
        """`[self.search(text[start:end]) for start, end in spans]`, the text read once.

        A span whose edges cut no word holds exactly the text's words that lie inside it, so
        a whole-word hit there is an occurrence, in the text, of one of the text's hit words;
        a span that cuts a word is asked on its own."""
        spans = list(spans)
        others = self._others
        # Where the others match in a span, they match in the whole text too, unless the span's
        # edge cuts a word (the assertions see other neighbours): candidates from one scan.
        if others is not None and self._others_gate is not None and not self._others_gate.may_match(text):
            others = None  # none of them can match anywhere in the text
        found = [(m.start(), m.end()) for m in others.finditer(text)] if others is not None else []
        hits = self._hit_words(text_words(text)[1]) if self._whole_word is not None else ()
        starts = _occurrences(text, hits) if hits else []
        out = []
        for start, end in spans:
            if _cuts_a_word(text, start) or _cuts_a_word(text, end):
                out.append(self.search(text[start:end]))
                continue
            i = bisect_left(starts, start)
            hit = i < len(starts) and starts[i] < end  # a whole word starting inside ends inside
            if not hit and found and any(a < end and start < b for a, b in found):
                hit = others.search(text[start:end]) is not None
            out.append(hit)
        return out


def _first_chars(items, literal_only: bool = False) -> tuple[set[str] | None, bool]:
    """The characters a match of the parsed sequence can start with (None: not worked out), and
    whether the sequence can match the empty string (then what follows it can start a match too).
    `literal_only`: read off literals and classes of literals only (None for a category or an anchor),
    so that the answer holds for every character, ASCII or not."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            first, empty = {chr(av)}, False
        elif op is _c.IN:
            first, empty = set(), False
            for item_op, item in av:
                if item_op is _c.LITERAL:
                    first.add(chr(item))
                elif item_op is _c.RANGE and item[1] - item[0] <= 256:
                    first.update(chr(c) for c in range(item[0], item[1] + 1))
                elif not literal_only and item_op is _c.CATEGORY and item is _c.CATEGORY_DIGIT:
                    first.update("0123456789")  # (and digits outside ASCII: those words take the full pattern)
                elif not literal_only and item_op is _c.CATEGORY and item is _c.CATEGORY_WORD:
                    first.update("0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
                else:  # NEGATE and anything unforeseen
                    return None, False
        elif op is _c.SUBPATTERN:
            if av[1]:  # a flag added inline (`(?i:...)`); one taken away (`(?-i:T)`) only narrows what matches
                return None, False
            first, empty = _first_chars(av[3], literal_only)
        elif op is _c.BRANCH:
            first, empty = set(), False
            for branch in av[1]:
                f, e = _first_chars(branch, literal_only)
                if f is None:
                    return None, False
                first |= f
                empty = empty or e
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            first, empty = _first_chars(av[2], literal_only)
            empty = empty or av[0] == 0
        elif op in (_c.ASSERT, _c.ASSERT_NOT) or (not literal_only and op is _c.AT):
            first, empty = set(), True  # zero width: what follows starts the match
        else:
            return None, False
        if first is None:
            return None, False
        out |= first
        if not empty:
            return out, False
    return out, True


def first_char_dispatch(alternatives: list[str], flags: int, max_growth: float | None = None) -> str | None:
    """`(?:a1|a2|...)` with each alternative tried only at a character it can start with (None when some
    alternative's first characters are not known from its literals, or one of them lies outside ASCII).

    `(?=[abc])(?:(?=a)(?:a1|a3)|(?=b)(?:a2)|(?=c)(?:a3))`: an alternative in the group of each of its
    first characters (their lowercase under IGNORECASE), the groups' order kept inside each. At a given
    place at most one group's look ahead holds (distinct ASCII keys, under IGNORECASE too), and it holds
    every alternative that can match there, in the order of the plain alternation, so the match found,
    and the backtracking to it, are the plain alternation's. Under IGNORECASE the regex engine cannot
    skip a branch on its first letter: it entered every alternative at every word start. `max_growth`: None
    when the dispatch is longer than that many times the alternation (its compile costs in proportion)."""
    fold = bool(flags & re.IGNORECASE)
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        try:
            parsed = _p.parse(alternative, flags)
        except re.error:
            return None
        if parsed.state.groups > 1:
            return None  # (a capturing group, written twice, would be numbered anew)
        first, empty = _first_chars(list(parsed), literal_only=True)
        if first is None or empty or not all(c.isascii() for c in first):
            return None
        for key in sorted({c.lower() for c in first} if fold else first):
            groups.setdefault(key, []).append(alternative)
    union = "".join(re.escape(key) for key in sorted(groups))
    dispatched = f"(?=[{union}])(?:" + "|".join(
        f"(?={re.escape(key)})(?:" + "|".join(group) + ")" for key, group in sorted(groups.items())
    ) + ")"
    if max_growth is not None and len(dispatched) > max_growth * len("|".join(alternatives)):
        return None  # (an alternative that starts with many letters is written once in each of their groups)
    return dispatched


_FORMS_LIMIT = 20_000  # strings an alternation may spell out before `literal_forms` gives up


def _spelled(items, limit: int) -> set[str] | None:
    """Every string a parsed pattern of literals, classes of literals, groups, alternations and bounded repeats
    matches (None for anything else, or past `limit` strings)."""
    out = {""}
    for op, av in items:
        if op is _c.LITERAL:
            options = {chr(av)}
        elif op is _c.SUBPATTERN:
            if av[1] or av[2]:  # inline flags
                return None
            options = _spelled(list(av[3]), limit)
        elif op is _c.BRANCH:
            options = set()
            for branch in av[1]:
                spelled = _spelled(list(branch), limit)
                if spelled is None:
                    return None
                options |= spelled
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, hi, item = av
            if hi is _c.MAXREPEAT or hi > 3:
                return None
            one = _spelled(list(item), limit)
            if one is None:
                return None
            options, run = set(), {""}
            for count in range(hi + 1):
                if count >= lo:
                    options |= run
                run = {x + y for x in run for y in one}
                if len(run) > limit:
                    return None
        elif op is _c.IN:
            options = set()
            for item_op, item in av:
                if item_op is not _c.LITERAL:
                    return None
                options.add(chr(item))
        else:
            return None
        if options is None:
            return None
        out = {x + y for x in out for y in options}
        if len(out) > limit:
            return None
    return out


def literal_forms(alternatives: list[str], suffix: str, flags: int) -> frozenset[str] | None:
    """Every string `(?:alternatives)suffix` matches in full, when that is a finite set of ASCII strings spelled by
    literals, classes of them, groups, alternations and bounded repeats (else None); lowercased under IGNORECASE.
    Then `fullmatch(w)` is `w in forms` (without IGNORECASE), or for an ASCII `w` `w.lower() in forms` (under it an
    ASCII character matches no other ASCII character than its two cases; a word outside ASCII is left to the
    pattern: the Kelvin sign matches `k`)."""
    if flags & ~re.IGNORECASE:
        return None
    fold = bool(flags & re.IGNORECASE)
    try:
        spelled = _spelled(list(_p.parse("(?:" + "|".join(alternatives) + ")" + suffix, flags)), _FORMS_LIMIT)
    except re.error:
        return None
    if spelled is None or not all(x.isascii() for x in spelled):
        return None
    return frozenset(x.lower() for x in spelled) if fold else frozenset(spelled)


def first_char_patterns(alternatives: list[str], suffix: str, flags: int, lead: str = "") -> dict[str, re.Pattern[str] | None]:
    """For each ASCII character: `lead(?:alternatives)suffix` narrowed to the alternatives whose
    matches can start with it (None when none can). `fullmatch` of a word that starts with that
    character answers as the whole pattern's: an alternative left out cannot match the word's
    first character. A word starting outside ASCII is not in the table (the whole pattern).
    An alternative whose first characters are not worked out, or hold one outside ASCII (under
    IGNORECASE `ſ` and the Kelvin sign match `s` and `k`), stays in every entry."""
    fold = bool(flags & re.IGNORECASE)
    firsts = []
    for a in alternatives:
        try:
            first, empty = _first_chars(list(_p.parse(a + suffix, flags)))
        except re.error:
            first, empty = None, True
        if first is None or empty or not all(c.isascii() for c in first):
            firsts.append(None)
        else:
            firsts.append({c.lower() for c in first} if fold else first)
    compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
    table: dict[str, re.Pattern[str] | None] = {}
    for code in range(128):
        ch = chr(code)
        key = ch.lower() if fold else ch
        kept = tuple(a for a, first in zip(alternatives, firsts) if first is None or key in first)
        if not kept:
            table[ch] = None
            continue
        if kept not in compiled:
            compiled[kept] = re.compile(lead + "(?:" + "|".join(kept) + ")" + suffix, flags)
        table[ch] = compiled[kept]
    return table


_LEAD = r"(?<![\w-])"


class FirstCharScan:
    """`pattern.finditer(text, pos, endpos)` for `pattern` = `(?<![\w-])(?:A1|A2|...)SUFFIX`, each match tried only
    with the alternatives that can start with the character it starts with (`first_char_patterns`).

    Under IGNORECASE the engine cannot skip a branch on its first letter: at every word start it tried every
    alternative. Here the word starts that begin with one of the alternatives' first characters are found by a
    character class scanned in C (the look back after it), and each is tried with the alternatives of its character,
    in their order: the same match as the whole alternation's (leftmost-first), the scan going on after it as
    `finditer`'s does. Without a usable table (a first character not worked out or outside ASCII, groups in the
    pattern) it is the plain scan."""

    def __init__(self, alternatives: list[str], suffix: str, flags: int = 0) -> None:
        self.pattern = re.compile(_LEAD + "(?:" + "|".join(alternatives) + ")" + suffix, flags)
        self._table: dict[str, re.Pattern[str] | None] | None = None
        self._starts: re.Pattern[str] | None = None
        self._build(list(alternatives), suffix, flags)

    def _build(self, alternatives: list[str], suffix: str, flags: int) -> None:
        """The table and the start class. (Built at once, as a module's patterns are compiled at import: built on the
        first scan instead, the cost fell on the first articles.)"""
        if self.pattern.groups or not alternatives:
            return
        firsts: set[str] = set()
        for a in alternatives:
            try:
                first, empty = _first_chars(list(_p.parse("(?:" + a + ")" + suffix, flags)))
            except re.error:
                return
            if first is None or empty or not all(c.isascii() for c in first):
                return
            firsts |= first
        # (the look back in front of each narrowed pattern too: a match there is one of the whole pattern's)
        self._table = first_char_patterns(alternatives, suffix, flags, lead=_LEAD)
        self._starts = re.compile("[" + "".join(re.escape(c) for c in sorted(firsts)) + r"](?<![\w-].)", flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if self._starts is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        table, whole = self._table, self.pattern
        after = pos
        for start in self._starts.finditer(text, pos, end):
            at = start.start()
            if at < after:
                continue
            p = table.get(text[at], whole)
            m = p.match(text, at, end) if p is not None else None
            if m is not None:
                yield m
                after = m.end()


def whole_word_at(text: str, word: str, pos: int = 0) -> Iterator[int]:
    """Where `re.compile(r"(?<![\\w-])" + re.escape(word) + r"(?![\\w-])").finditer(text, pos)` matches (`word` not
    empty), by `str.find`: no pattern compiled per word (a person's surname, a new one in most articles)."""
    size, at = len(word), text.find(word, pos)
    while at >= 0:
        end = at + size
        if not (at and _is_word_char(text[at - 1])) and not (end < len(text) and _is_word_char(text[end])):
            yield at
            at = text.find(word, end)  # (matches do not overlap)
        else:
            at = text.find(word, at + 1)


def _occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Where any of these words stands in `text` as a whole word (a maximal run of [\\w-]),
    sorted: a few `str.find` loops (a pattern per article's words would be compiled anew)."""
    return sorted(at for word in words for at in whole_word_at(text, word))


# ASCII letters, digits, `_` and `-` kept, every other byte a blank: the `[\\w-]` runs of a text whose only word
# characters are ASCII ones, read off its ASCII encoding (one `?` per other character) by a C-level split
_ASCII_WORD_BYTES = bytes(c if 48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c in (45, 95) else 32 for c in range(256))
_ASCII_BYTES = bytes(range(128))


@lru_cache(maxsize=256)
def text_words(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The text's words in order (maximal runs of [\\w-] characters), and as a set. Cached:
    several matchers ask about the same sentence in turn. (A regex scan cost positions a
    twentieth of extraction; most texts have no word character outside ASCII, and for them
    encode, translate and split find the same runs.)"""
    if text.isascii() or _WORD_CHAR.search(
        # the text's characters outside ASCII (its UTF-8 bytes without the ASCII ones)
        text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    ) is None:
        words = tuple(text.encode("ascii", "replace").translate(_ASCII_WORD_BYTES).decode("ascii").split())
    else:
        words = tuple(_WORD.findall(text))
    return words, frozenset(words)


def _is_word_char(ch: str) -> bool:
    """`_WORD_CHAR.fullmatch(ch)` for one character, without the regex call: `\\w` is what `str.isalnum` accepts and `_`."""
    return ch.isalnum() or ch == "_" or ch == "-"


def _cuts_a_word(text: str, at: int) -> bool:
    """A span boundary between two word characters splits a word in two."""
    return 0 < at < len(text) and _is_word_char(text[at - 1]) and _is_word_char(text[at])


def split_alternatives(alternative: str) -> list[str]:
    """`(?:a|b(?:c|d))` -> [`a`, `b(?:c|d)`]: the top-level branches of a pattern that is one
    non-capturing group; any other pattern as it is."""
    if not (alternative.startswith("(?:") and alternative.endswith(")")):
        return [alternative]
    parts, depth, start, i, in_class = [], 0, 3, 0, False
    while i < len(alternative):
        ch = alternative[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if alternative[i + 1 : i + 2] == "]":  # `[]...]`: a literal bracket first
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and i != len(alternative) - 1:
                return [alternative]  # `(?:a)(?:b)`: not one group
        elif ch == "|" and depth == 1:
            parts.append(alternative[start:i])
            start = i + 1
        i += 1
    parts.append(alternative[start:-1])
    return parts


def _bounded(alternatives: list[str], suffix: str, flags: int) -> re.Pattern[str]:
    if not alternatives:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + ")" + suffix + r"(?![\w-])", flags)


def required_literal(pattern: str, flags: int = 0) -> str | None:
    """The longest run of plain characters every match of `pattern` contains (lowercased under
    IGNORECASE), or None: the top-level literals of a pattern are not optional."""
    try:
        parsed = list(_p.parse(pattern, flags))
    except re.error:
        return None
    best, run = "", ""
    for op, av in parsed + [(None, None)]:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        best, run = max(best, run, key=len), ""
    if flags & re.IGNORECASE:
        best = best.lower()
    return best if len(best) >= 3 else None


# The only characters outside ASCII that IGNORECASE matches against an ASCII letter (`İ`, `ı`, `ſ`, the Kelvin sign):
# `[a-z]` and each ASCII letter under IGNORECASE, tried against every code point above 127.
_FOLDS_INTO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def folds_into_ascii(text: str) -> bool:
    """`_FOLDS_INTO_ASCII.search(text) is not None`, by four `in` tests: a leading class costs the regex engine
    a call per character of the text (some 60 instructions), a one-character `in` a fraction of one."""
    return not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text)


def caseless_occurrences(text: str, needles: Iterable[str]) -> list[tuple[int, int]] | None:
    """(start, end) of every occurrence in `text` of each lowercase ASCII needle, case ignored as
    IGNORECASE ignores it (by `str.find` on the lowercased text), in no particular order; or None
    when the lowercased text cannot tell: a character that folds into an ASCII letter
    (`_FOLDS_INTO_ASCII`) or one that lowercases to two (offsets would shift)."""
    if folds_into_ascii(text):
        return None
    low = text.lower()
    if len(low) != len(text):
        return None
    out = []
    for needle in needles:
        at = low.find(needle)
        while at >= 0:
            out.append((at, at + len(needle)))
            at = low.find(needle, at + 1)
    return out


class Gated:
    """`pattern.search(text)`, skipped where the text holds none of the literals one of which
    every match contains. Under IGNORECASE the test runs on the lowercased text: a match of an
    ASCII literal there is a run of ASCII characters (no other character folds into an ASCII
    letter but the four of `_FOLDS_INTO_ASCII`), whose lowercase is the literal, so the
    lowercased text holds it. Text holding one of those four, or a literal outside ASCII, goes
    straight to the pattern."""

    def __init__(self, pattern: re.Pattern[str], needles: Iterable[str]) -> None:
        self.pattern = pattern
        self.needles = tuple(needles)
        self._fold = bool(pattern.flags & re.IGNORECASE)
        self._ascii_needles = all(n.isascii() for n in self.needles)

    def may_match(self, text: str) -> bool:
        if self._fold:
            # (curly quotes and dashes make most copy non-ASCII: it used to go to the pattern every time)
            if not text.isascii() and (not self._ascii_needles or folds_into_ascii(text)):
                return True
            text = text.lower()
        return any(n in text for n in self.needles)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    @classmethod
    def of_alternatives(cls, pattern: re.Pattern[str], alternatives: Iterable[str]) -> "Gated | None":
        """A gate for a pattern that matches one of `alternatives` (with fixed context around
        them), when each alternative has a required literal; else None."""
        needles = [required_literal(a, pattern.flags) for a in alternatives]
        return None if any(n is None for n in needles) else cls(pattern, needles)


def finditer_at(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, `pattern` tried only where `starts` finds a place a match can begin.

    For a pattern that opens with a look back (engine tries it at every character, in Python's
    regex loop) whose matches are never empty: `starts` opens with a character class (scanned for
    in C) and must find every position where a match can start. `match(text, at)` answers as the
    search would there: the look back sees the text before `at`."""
    pos = 0
    for start in starts.finditer(text):
        at = start.start()
        if at < pos:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            pos = m.end()
