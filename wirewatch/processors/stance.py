"""Stance lexicon and issue matching for position-stated.

Polarity is compositional inside an actor's clause: every cue carries a factor and the stance is
their product. `requesting (+) that ... remove (-) restrictions (-)` -> support;
`refused (-) to lift (-) restrictions (-)` -> oppose; `did not (-) rule out (-)` -> support.
Issues are user-defined: they match through their `terms` and the content words of their
`proposition`, and the verbs of the proposition (`should be allowed`, `should send`) become
support cues for that issue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..schemas import Issue


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    factor: int  # +1 or -1
    kind: str  # stance | request | reverser | keeper | noun | negation | unchanged | align | action


def _rx(words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])", re.IGNORECASE)


UNCHANGED = _rx(
    r"(?:has|have|had)(?: not|n't) made (?:a|any) (?:policy )?(?:change|decision)|no (?:policy )?change|"
    r"(?:still|remains?|is) in the same place|position (?:has not|hasn't|had not|hadn't) changed|"
    r"(?:policy|position) (?:remains|is) unchanged|unchanged|has not shifted|hasn't shifted|"
    r"(?:has|have|had)(?: not|n't) changed"
)
UNCHANGED_MARKER = _rx(
    r"remain(?:s|ed|ing)?|still|continu(?:e|es|ed|ing) to|stands? by|stood by|reaffirm(?:s|ed|ing)?|"
    r"reiterat(?:e|es|ed|ing)|maintain(?:s|ed)? (?:its|his|her|their) (?:position|opposition|support|stance)|"
    r"no change|not changed|as before|again|stick(?:s|ing)? (?:to|with)|stuck (?:to|with)"
)
ALIGN = re.compile(
    r"(?<![\w-])(?:align(?:s|ed|ing)? (?:itself |himself |herself |themselves )?with|sid(?:e|es|ed|ing) with|"
    r"agree(?:s|d|ing)? with|echo(?:es|ed|ing)?|shar(?:e|es|ed|ing))\s+(?P<rest>[^,;.]{0,60})",
    re.IGNORECASE,
)
REQUEST = _rx(
    r"request(?:s|ed|ing)?|ask(?:s|ed|ing)?(?: for)?(?! (?:whether|if|about|why|how|what|when|where|who)\b)|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?(?! (?:secretary|secretaries|conference|briefing|office|release|officer|service|freedom|reports?|agency)\b)(?: for)?|"
    r"lobb(?:y|ies|ied|ying)(?: for)?|call(?:s|ed|ing)? (?:on|for|upon)|appeal(?:s|ed|ing)? (?:to|for)|"
    r"plead(?:s|ed|ing)?(?: for| with)?|pleaded|demand(?:s|ed|ing)?|push(?:es|ed|ing)? for|"
    r"implor(?:e|es|ed|ing)|beg(?:s|ged|ging)?"
)
SUPPORT = _rx(
    r"support(?:s|ed|ing)?|back(?:s|ed|ing)?(?! (?:in|to|from|then|home|down|up|off|away|when)\b)|endors(?:e|es|ed|ing)|favou?r(?:s|ed|ing)?|in favou?r of|"
    r"approv(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|"
    r"green[- ]?light(?:s|ed)?|(?:gave|give|gives|giving|given) the green light|go-ahead|"
    r"(?:gave|give|gives|giving|granted|grant|grants|granting) (?:\w+ ){0,2}(?:permission|approval|clearance)|"
    r"cleared the way|agree(?:s|d)? to|decided to|decides to|welcom(?:e|es|ed|ing)|advocat(?:e|es|ed|ing)|"
    r"champion(?:s|ed|ing)?|argu(?:e|es|ed|ing) for|want(?:s|ed)?|sought|seek(?:s|ing)?|"
    r"is for|are for|open to|ready to|willing to|prepared to|committed to|vow(?:s|ed)? to|"
    r"promis(?:e|es|ed) to|pledg(?:e|es|ed) to|is right|was right|long overdue|the right (?:decision|move|thing)|"
    r"vot(?:e|es|ed|ing) (?:for|in favou?r of)|grant(?:s|ed|ing)?|hail(?:s|ed|ing)?|prais(?:e|es|ed|ing)|"
    r"applaud(?:s|ed|ing)?|sign(?:s|ed)? off on|signal(?:l?ed|s)? (?:support|openness)|"
    r"open(?:s|ed|ing)? (?:\w+ )?(?:talks|negotiations)|open(?:s|ed|ing)? the door"
)
# Declining to confirm or comment is reticence about the news, not a stance on the issue.
_RETICENT = r"(?! to (?:confirm|comment|say|discuss|elaborate|specify|disclose|reveal|detail|identify|name|answer)\b)"
OPPOSE = _rx(
    r"oppos(?:e|es|ed|ing)|opposition to|refus(?:e|es|ed|ing)" + _RETICENT + r"|refusal|reject(?:s|ed|ing)?|rul(?:e|es|ed|ing) out|"
    r"warn(?:s|ed|ing)? against|caution(?:s|ed|ing)? against|resist(?:s|ed|ing)?|block(?:s|ed|ing)?|"
    r"veto(?:es|ed|ing)?|balk(?:s|ed|ing)?(?: at)?|declin(?:e|es|ed|ing)" + _RETICENT + r" to|object(?:s|ed|ing)? to|"
    r"(?:(?:is|are|was|were|remains?)(?: also| still| firmly| strongly| now)?|firmly|strongly|still) against|reluctan(?:t|ce)|hesitan(?:t|ce)|"
    r"skeptical|sceptical|unwilling|no plans to|(?:a |an )?(?:\w+ )?(?:mistake|blunder|error)|reckless|"
    r"(?:voic\w+ |rais\w+ |express\w+ )?(?:\w+ )?(?:concerns?|doubts?|reservations|misgivings|worries) (?:about|over|regarding)|(?:would|could) escalate|dangerous|provocative|"
    r"irresponsible|provocation|unacceptable|vot(?:e|es|ed|ing) against|not a priority|no priority|premature|"
    r"illegitimate|illegal|unlawful|counterproductive|futile|(?:would|will) fail|off the table|"
    r"critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|slam(?:s|med|ming)?|"
    r"denounc(?:e|es|ed|ing)|lambast(?:s|ed|ing)?|blast(?:s|ed|ing)?|decr(?:y|ies|ied|ying)|"
    r"dismiss(?:es|ed|ing)?|(?:stood|stands|stand) firm against|(?:has|have) (?:so far )?held out|"
    r"put (?:\w+ )?on hold|shelv(?:e|es|ed|ing)|postpon(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|"
    r"freez(?:e|es|ing)|froze"
)
REVERSER = _rx(
    r"lift(?:s|ed|ing)?|remov(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|loosen(?:s|ed|ing)?|"
    r"relax(?:es|ed|ing)?|(?:put an )?end to|abandon(?:s|ed|ing)?|waiv(?:e|es|ed|ing)|drop(?:s|ped|ping)?|"
    r"overturn(?:s|ed|ing)?|revers(?:e|es|ed|ing)|do away with|roll(?:s|ed)? back|reconsider(?:s|ed|ing)?|"
    r"rethink(?:s|ing)?|rethought|revisit(?:s|ed|ing)?"
)
KEEPER = _rx(
    r"keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?|uphold(?:s|ing)?|upheld|"
    r"stick(?:s|ing)? (?:to|with)|stuck (?:to|with)|impos(?:e|es|ed|ing)|tighten(?:s|ed|ing)?|"
    r"extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|leav(?:e|es|ing) in place|left in place"
)
NEGATOR_NOUN = _rx(
    r"objections?|opposition|resistance|reservations|restrictions?|limits?|limitations?|bans?|curbs?|constraints?|caveats?|prohibitions?|red lines?|"
    r"veto|embargo on (?:weapons|arms)"
)
NEGATION = _rx(r"not|n't|never|no longer|neither|nor|cannot|won't|wouldn't|didn't|doesn't|don't")
# Evaluations a speaker passes on an issue (`the Kremlin said the decision was dangerous`).
EVALUATIVE = _rx(
    r"dangerous|a mistake|reckless|provocation|provocative|unacceptable|irresponsible|(?:would|could) escalate|"
    r"is right|was right|long overdue|the right (?:decision|move|thing)|a (?:\w+ )?step forward|historic|"
    r"necessary|essential|vital|crucial|welcome|illegitimate|illegal|unlawful|counterproductive|futile"
)
# Entitlement: the stance is the speaker's (`X said Ukraine has the right to strike ...`).
SHOULD_NOT = _rx(r"should not|shouldn't|must not|mustn't|ought not to|need not|cannot be allowed to")
SHOULD = _rx(r"should|must|ought to|needs to|need to")
ENTITLEMENT = _rx(
    r"(?:has|have|had) (?:every |the |a )?right to|(?:is|are) entitled to|deserv(?:e|es|ed|ing)|"
    r"(?:should|must) be (?:allowed|able|free|permitted) to|(?:should|must) have the right"
)
# Cues inside these frames describe a hypothesis or an open question, not a stance.
HYPOTHETICAL = _rx(
    r"whether|if|unless|yet to (?:decide|make)|weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|debat(?:e|es|ed|ing)|"
    r"discuss(?:es|ed|ing)?|would have|could|might|may|expected to|anticipated|hoped|hopes|"
    r"undecided|mull(?:s|ed|ing)?|review(?:s|ed|ing)?|studying|asked whether|question of"
)
HISTORICAL = _rx(
    r"had (?:long |previously |initially |earlier |once |repeatedly |firmly )?(?:\w+ed|opposed|refused|resisted|rejected|ruled|kept|been)|"
    r"previously|initially|at first|once|in the past|long (?:opposed|resisted|refused)|used to|last year"
)
ANAPHOR = _rx(
    r"the issue|the matter|(?:a|the|any) policy change|the request|the proposal|the idea|the move|"
    r"such a (?:step|move)|the step|the decision|this issue|that issue|the question|the plan|"
    r"the restrictions|those restrictions|these restrictions|the limits|the ban|the demand|the appeal|"
    r"the policy|the permission|the weapons|the remarks|the comments|the statement|the announcement|"
    r"the proposals?|the measures?|the package|(?:his|her|its|their) position|(?:his|her|its|their) stance"
)

# Proposition verb -> the family of verbs that enact it.
_ACTION_FAMILIES = [
    ("send supply provide deliver give transfer donate ship", r"pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|commit(?:s|ted|ting)|send(?:s|ing)?|sent|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|giv(?:e|es|ing)|gave|given|transfer(?:s|red|ring)?|donat(?:e|es|ed|ing)|ship(?:s|ped|ping)?|hand(?:s|ed)? over"),
    ("allow permit authorize authorise let", r"allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|authori[sz](?:e|es|ed|ing)|let(?:s|ting)?"),
    ("impose tighten adopt extend expand", r"impos(?:e|es|ed|ing)|tighten(?:s|ed|ing)?|adopt(?:s|ed|ing)?|extend(?:s|ed|ing)?|expand(?:s|ed|ing)?|approv(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|slap(?:s|ped)? "),
    ("admit invite accept", r"admit(?:s|ted|ting)?|invit(?:e|es|ed|ing)|accept(?:s|ed|ing)?|welcom(?:e|es|ed|ing)"),
    ("seize confiscate use", r"seiz(?:e|es|ed|ing)|confiscat(?:e|es|ed|ing)|us(?:e|es|ed|ing)"),
]
_STOP = frozenset(
    """a an the of to in on at by for from with and or should be been being is are was were that this
    its their his her into more new other any all""".split()
)
# Proposition words too common in war copy to identify an issue on their own.
_GENERIC = frozenset(
    """allow allowed use used using send supply provide western countries country weapon weapons
    against target targets inside military support""".split()
)


@dataclass(frozen=True)
class IssueMatcher:
    issue: Issue
    terms: re.Pattern[str] | None
    words: tuple[str, ...]
    actions: re.Pattern[str] | None
    heads: re.Pattern[str] | None = None

    def refers_back(self, text: str) -> bool:
        """`the jets`, `those tanks`: the head noun of a multiword term, with a definite determiner."""
        return bool(self.heads is not None and self.heads.search(text))

    words_re: re.Pattern[str] | None = None

    def secondary(self, text: str) -> int:
        """Tie-break between issues with equal term scores: proposition words, specific ones double."""
        if self.words_re is None:
            return 0
        hits = {_stem(m.group(0).casefold()) for m in self.words_re.finditer(text)}
        return len(hits) + len(hits - _GENERIC)

    def score(self, text: str) -> int:
        score = 0
        if self.terms is not None:
            score += 2 * len({m.group(0).casefold() for m in self.terms.finditer(text)})
        if self.words_re is None:
            return score
        hits = {_stem(m.group(0).casefold()) for m in self.words_re.finditer(text)}
        specific = hits - _GENERIC
        if len(hits) >= 4 or (len(hits) >= 3 and len(specific) >= 1) or len(specific) >= 2:
            score += len(hits)
        return score


def _plural_optional(word: str) -> str:
    """`strikes` also matches `strike`, `tank` also `tanks`."""
    if not word[-1:].isalpha():
        return re.escape(word)
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3 and word[:-1].islower():
        word = word[:-1]
    return re.escape(word) + "(?:s|es)?"


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=256)
def matcher(issue: Issue) -> IssueMatcher:
    terms = None
    if issue.terms:
        def words_rx(words: list[str]) -> str:
            return r"\s+(?:\w+\s+)?".join(_plural_optional(w) for w in words)

        alternatives = []
        for t in sorted(issue.terms, key=len, reverse=True):
            words = t.split()
            alternatives.append(words_rx(words))
            if len(words) == 2 and all(w.isalpha() for w in words):
                # `NATO accession` <-> `accession to NATO`, `NATO membership` <-> `membership of NATO`
                alternatives.append(words_rx([words[1]]) + r"\s+(?:to|of|in|into|for)\s+(?:the\s+)?" + words_rx([words[0]]))
        body = "|".join(alternatives)
        # all-caps terms (ATACMS) are names: case-sensitive; the rest case-insensitive, plural allowed
        terms = re.compile(rf"(?<![\w-])(?:{body})(?:s|es)?(?![\w-])", re.IGNORECASE)
    # lowercase content words only: proper nouns (`European Union`) say who, not what
    words = tuple(
        sorted({_stem(w) for w in re.findall(r"(?<![\w-])[a-z][a-z-]+", issue.proposition) if w not in _STOP and len(w) > 2})
    )
    head_words = {t.split()[-1].casefold() for t in issue.terms if len(t.split()) > 1 and t.split()[-1].isalpha()}
    head_words |= {t.casefold() for t in issue.terms if t.isalpha() and t.islower()}
    heads = (
        re.compile(r"\b(?:the|these|those|such|its|their)\s+(?:\w+\s+)?(?:" + "|".join(sorted(head_words)) + r")\b", re.I)
        if head_words else None
    )
    verbs = re.findall(r"\bshould (?:be )?(\w+)(?: or (\w+))?", issue.proposition.casefold())
    families = []
    for group in verbs:
        for verb in group:
            if not verb:
                continue
            stem = _stem(verb).rstrip("e")
            for names, pattern in _ACTION_FAMILIES:
                if any(n.startswith(stem[:5]) or stem.startswith(n[:5]) for n in names.split()):
                    families.append(pattern)
    actions = _rx("|".join(families)) if families else None
    words_re = (
        re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?:s|es|ed|ing|e|ted)?(?![\w-])", re.I)
        if words else None
    )
    return IssueMatcher(issue, terms, words, actions, heads, words_re)


def cues(text: str, start: int, end: int, issue_matcher: IssueMatcher | None) -> list[Cue]:
    """Every polarity cue in text[start:end], leftmost-longest, in order."""
    found: list[Cue] = []
    table = [
        ("unchanged", UNCHANGED, -1),
        ("entitle", ENTITLEMENT, 1),
        ("entitle", SHOULD_NOT, -1),
        ("entitle", SHOULD, 1),
        ("align", ALIGN, 1),
        ("request", REQUEST, 1),
        ("stance", OPPOSE, -1),
        ("stance", SUPPORT, 1),
        ("reverser", REVERSER, -1),
        ("keeper", KEEPER, 1),
        ("noun", NEGATOR_NOUN, -1),
        ("negation", NEGATION, -1),
    ]
    if issue_matcher is not None and issue_matcher.actions is not None:
        table.insert(5, ("action", issue_matcher.actions, 1))
    for kind, pattern, factor in table:
        for m in pattern.finditer(text, start, end):
            if any(m.start() < c.end and c.start < m.end() for c in found):
                continue
            found.append(Cue(m.start(), m.end(), factor, kind))
    found.sort(key=lambda c: c.start)
    return found


@lru_cache(maxsize=32)
def any_issue_word(issues: tuple[Issue, ...]) -> re.Pattern[str]:
    """One pass prefilter: a sentence none of whose words belongs to any issue scores 0 for all."""
    parts = []
    for issue in issues:
        m = matcher(issue)
        if m.terms is not None:
            parts.append(m.terms.pattern)
        if m.words_re is not None:
            parts.append(m.words_re.pattern)
    return re.compile("|".join(f"(?:{p})" for p in parts) or r"(?!x)x", re.IGNORECASE)


BEARING_KINDS = frozenset({"unchanged", "entitle", "align", "request", "stance", "reverser", "keeper", "action"})
_VERB_START = re.compile(
    r"\s*(?:(?:has|have|had|is|are|was|were|will|would|also|now|still|then|later|eventually|again|"
    r"long|firmly|strongly|repeatedly|openly|publicly|quickly|so far|not|never|no longer)\s+)*",
    re.IGNORECASE,
)


_BEARING_START = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (UNCHANGED, ENTITLEMENT, SHOULD_NOT, SHOULD, ALIGN, REQUEST, OPPOSE, SUPPORT, REVERSER, KEEPER)
    ),
    re.IGNORECASE,
)
_NOT_BEARING_START = re.compile(f"(?:{NEGATOR_NOUN.pattern})", re.IGNORECASE)


def starts_with_cue(text: str, start: int, end: int, issue_matcher: IssueMatcher | None) -> bool:
    """Whether text[start:end] opens with a stance verb (after auxiliaries and adverbs)."""
    lead = _VERB_START.match(text, start, end)
    at = lead.end() if lead else start
    limit = min(end, at + 40)
    if _NOT_BEARING_START.match(text, at, limit):
        return False
    if _BEARING_START.match(text, at, limit):
        return True
    actions = issue_matcher.actions if issue_matcher is not None else None
    return bool(actions is not None and actions.match(text, at, limit))
