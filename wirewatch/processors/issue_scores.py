"""Every issue's score of one sentence from a single reading of its words.

`IssueMatcher.score` asks each issue in turn whether the text holds a word of one of its terms
and which of them are its proposition's words; with seven issues that was seven set
differences against seven memos for every sentence that names any issue. Here a word's
answers for all the issues are worked out once and remembered together, and a sentence is
read once. The scores are exactly those of `IssueMatcher.score` and `.secondary`: a term gate
only says whether a term can match at all (a verb-object form such as `embargoing arms` need not
start with a gate word), so the terms are then searched as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..schemas import Issue
from .stance import _GENERIC, IssueMatcher, _stem, matcher
from .wordfilter import text_words

_MEMO_LIMIT = 200_000  # distinct words remembered before the memo starts afresh


class IssueScores:
    def __init__(self, matchers: Sequence[IssueMatcher]) -> None:
        self.matchers = tuple(matchers)
        # word -> (bit i set: the word passes issue i's term gate, ((i, stem), ...) of the
        # issues whose proposition words it is)
        self._words: dict[str, tuple[int, tuple[tuple[int, str], ...]]] = {}
        self._first: dict[str, tuple[tuple[int, str], ...]] = {}  # the same for a capitalised first word

    def _word(self, word: str) -> tuple[int, tuple[tuple[int, str], ...]]:
        mask, stems = 0, []
        for i, m in enumerate(self.matchers):
            gate = m.term_gate
            if gate is not None and gate.whole_word_hit(word):
                mask |= 1 << i
            if m.proposition_words is not None and m.proposition_words._lower.fullmatch(word):
                stems.append((i, _stem(word.casefold())))
        return mask, tuple(stems)

    def _first_word(self, word: str) -> tuple[tuple[int, str], ...]:
        return tuple((i, _stem(word.casefold())) for i, m in enumerate(self.matchers)
                     if m.proposition_words is not None and m.proposition_words._upper.fullmatch(word))

    def _read(self, text: str) -> tuple[int, list[set[str]]]:
        """The term-gate bits (a word of one of issue i's terms is there) and each issue's
        proposition stems of the text."""
        words, distinct = text_words(text)
        memo = self._words
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
            self._first.clear()
        mask = 0
        stems: list[set[str]] = [set() for _ in self.matchers]
        for word in distinct:
            info = memo.get(word)
            if info is None:
                info = memo[word] = self._word(word)
            mask |= info[0]
            for i, stem in info[1]:
                stems[i].add(stem)
        if words and text.startswith(words[0]):
            first = self._first.get(words[0])
            if first is None:
                first = self._first[words[0]] = self._first_word(words[0])
            for i, stem in first:
                stems[i].add(stem)
        return mask, stems

    def scores(self, text: str) -> list[tuple[int, int]]:
        """(`m.score(text)`, `m.secondary(text)`) for every matcher, in order."""
        mask, stems = self._read(text)
        out = []
        for i, m in enumerate(self.matchers):
            score = 0
            if m.terms is not None:
                gate = m.term_gate
                if gate is None or mask >> i & 1 or gate.others_search(text):
                    score += 2 * len({t.group(0).casefold() for t in m.terms.finditer(text)})
            if m.words_re is None:
                out.append((score, 0))
                continue
            hits = stems[i] if m.proposition_words is not None else m._stems(text)
            specific = hits - _GENERIC
            if len(hits) >= 4 or (len(hits) >= 3 and len(specific) >= 1) or len(specific) >= 2:
                score += len(hits)
            out.append((score, len(hits) + len(specific)))
        return out


@lru_cache(maxsize=64)
def issue_scores(issues: tuple[Issue, ...]) -> IssueScores:
    """The scorer of an issue set, kept for the process: its word memo serves every article."""
    return IssueScores([matcher(issue) for issue in issues])
