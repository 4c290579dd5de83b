"""Reporting-verb cues: the words that introduce what someone said."""

from __future__ import annotations

import re

# Verbs of saying, by lemma. Each lemma contributes its -s, -ed/irregular past and -ing forms.
_LEMMAS = {
    # lemma: (third person, past, participle -ing)
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "add": ("adds", "added", "adding"),
    "state": (None, "stated", "stating"),
    "write": ("writes", "wrote", "writing"),
    "note": ("notes", "noted", "noting"),
    "explain": ("explains", "explained", "explaining"),
    "argue": ("argues", "argued", "arguing"),
    "claim": ("claims", "claimed", "claiming"),
    "warn": ("warns", "warned", "warning"),
    "insist": ("insists", "insisted", "insisting"),
    "declare": ("declares", "declared", "declaring"),
    "announce": ("announces", "announced", "announcing"),
    "disclose": ("discloses", "disclosed", "disclosing"),
    "reveal": ("reveals", "revealed", "revealing"),
    "report": ("reports", "reported", None),
    "acknowledge": ("acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admits", "admitted", "admitting"),
    "concede": ("concedes", "conceded", "conceding"),
    "reply": ("replies", "replied", "replying"),
    "respond": ("responds", "responded", "responding"),
    "tweet": ("tweets", "tweeted", "tweeting"),
    "confirm": ("confirms", "confirmed", "confirming"),
    "deny": ("denies", "denied", None),
    "recall": ("recalls", "recalled", "recalling"),
    "stress": ("stresses", "stressed", "stressing"),
    "emphasize": ("emphasizes", "emphasized", "emphasizing"),
    "emphasise": ("emphasises", "emphasised", "emphasising"),
    "predict": ("predicts", "predicted", "predicting"),
    "promise": ("promises", "promised", None),
    "vow": ("vows", "vowed", "vowing"),
    "pledge": ("pledges", "pledged", "pledging"),
    "complain": ("complains", "complained", "complaining"),
    "joke": ("jokes", "joked", "joking"),
    "quip": ("quips", "quipped", None),
    "testify": ("testifies", "testified", "testifying"),
    "assert": ("asserts", "asserted", "asserting"),
    "allege": ("alleges", "alleged", "alleging"),
    "contend": ("contends", "contended", "contending"),
    "maintain": ("maintains", "maintained", None),
    "remark": (None, "remarked", None),
    "comment": (None, "commented", None),
    "observe": ("observes", "observed", None),
    "ask": ("asks", "asked", "asking"),
    "continue": ("continues", "continued", None),
    "exclaim": ("exclaims", "exclaimed", None),
    "shout": ("shouts", "shouted", None),
    "boast": ("boasts", "boasted", "boasting"),
    "counter": (None, "countered", None),
    "caution": ("cautions", "cautioned", "cautioning"),
    "suggest": ("suggests", "suggested", "suggesting"),
    "urge": ("urges", "urged", "urging"),
    "point out": ("points out", "pointed out", "pointing out"),
}
# Base forms that are cues after a plural subject ("officials say"); others need inflection.
_BASE_CUES = ("say", "tell", "argue", "claim", "warn", "insist", "note", "write", "predict", "contend")

_FORMS: dict[str, str] = {}
for _lemma, _inflected in _LEMMAS.items():
    for _form in _inflected:
        if _form:
            _FORMS[_form] = _lemma
for _lemma in _BASE_CUES:
    _FORMS[_lemma] = _lemma

TELL_LEMMAS = frozenset({"tell", "ask", "reveal", "disclose", "confirm", "explain", "admit", "announce", "write"})
PARTICIPLES = frozenset(f for f, lemma in _FORMS.items() if f.endswith("ing"))

# Auxiliaries and adverbs PolNeAR keeps inside the cue: "has said", "also said", "later told".
_AUX = r"(?:(?:has|have|had|also|later|then|again|previously|earlier|repeatedly|once|often|would|will|has\s+also|have\s+also|had\s+also|recently|further|publicly|privately|reportedly|similarly|simply|just|now|still|first|already|even|always|ever|since|long|did|does|do)\s+)"
_VERBS = "|".join(sorted((re.escape(f).replace(r"\ ", r"\s+") for f in _FORMS), key=len, reverse=True))
ACCORDING = re.compile(r"(?<![\w-])(?:according\s+to|as\s+reported\s+by|as\s+told\s+to|as\s+quoted\s+by)(?![\w-])", re.IGNORECASE)


def lemma(cue_text: str) -> str | None:
    """The reporting verb's lemma in a cue ("has also said" -> "say")."""
    words = cue_text.lower().split()
    for i, word in enumerate(words):
        if i + 1 < len(words) and f"{word} {words[i + 1]}" in _FORMS:
            return _FORMS[f"{word} {words[i + 1]}"]
        if word in _FORMS:
            return _FORMS[word]
    return None


def is_participle(cue_text: str) -> bool:
    words = cue_text.lower().split()
    return bool(words) and (words[0] in PARTICIPLES or " ".join(words[:2]) in PARTICIPLES)


#: -s forms that are more often plural nouns ("his claims", "30 states"): need a clear subject.
NOUNLIKE = frozenset({"states", "reports", "claims", "notes", "promises", "vows", "pledges", "tweets", "denies", "stresses", "recalls", "comments", "remarks"})


def is_base(cue_text: str) -> bool:
    return cue_text.lower() in _BASE_CUES


_WORDS = re.compile(r"[A-Za-z]+")  # what `_first_words` calls a word
_FIRST_WORDS = frozenset(f.split()[0] for f in _FORMS) | {"according", "as"}
_VERB_AT = re.compile(
    rf"(?:{_VERBS})(?:\s+in\s+an?\s+(?:written\s+|prepared\s+|joint\s+)?statement)?(?![\w'\u2019-])", re.IGNORECASE
)
# `_VERB_AT` for the forms of one first word: a form can only match where its first word is the
# whole word, so the others need not be tried (the full alternation has a hundred and more).
_VERB_AT_BY_FIRST = {
    first: re.compile(
        "(?:" + "|".join(sorted((re.escape(f).replace(r"\ ", r"\s+") for f in _FORMS if f.split()[0] == first),
                                key=len, reverse=True))
        + r")(?:\s+in\s+an?\s+(?:written\s+|prepared\s+|joint\s+)?statement)?(?![\w'\u2019-])", re.IGNORECASE)
    for first in {f.split()[0] for f in _FORMS}
}
_AUX_WORDS = frozenset(w for w in re.findall(r"[a-z]+", _AUX) if len(w) > 1)


_CONTRACTION = re.compile(r"(?<![\w'\u2019])(?:he|she|it|they|we|i|you|who|He|She|It|They|We|I|You|Who)(['\u2019](?:s|d|ve|ll))$")


_WENT_ON_BEFORE = re.compile(r"(?<![\w-])(?:went|goes|go|going)\s+on\s+to\s+$", re.IGNORECASE)


# Every character but an ASCII letter to a blank, the capitals to lowercase: after `encode("ascii", "replace")` (one
# `?` per other character, so offsets hold) the words of the bytes are the ASCII-letter runs of the text, lowercased.
_LETTER_BYTES = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256)
)
_FIRST_WORDS_BY_BYTES = {w.encode("ascii"): w for w in _FIRST_WORDS}
_FIRST_WORD_BYTES = frozenset(_FIRST_WORDS_BY_BYTES)


def _first_words(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(position, lowercased word) of every word of text[start:end] (a maximal run of ASCII
    letters there) that can begin a cue, in order: the runs are read off the text encoded to
    ASCII with every other character a blank (C-level encode, translate and split, no regex:
    the word scan was a cue search's main cost), and only a sentence that holds such a word
    is searched for where (`bytes.find`, each hit checked to be a whole run)."""
    letters = text[start:end].encode("ascii", "replace").translate(_LETTER_BYTES)
    found = _FIRST_WORD_BYTES.intersection(letters.split())
    if not found:
        return []
    out = []
    size = len(letters)
    for word in found:
        name = _FIRST_WORDS_BY_BYTES[word]
        at = letters.find(word)
        while at >= 0:
            after = at + len(word)
            if (at == 0 or letters[at - 1] == 32) and (after == size or letters[after] == 32):
                out.append((start + at, name))
            at = letters.find(word, after)
    out.sort()
    return out


def find_cues(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every cue in text[start:end]; kind is "verb" or "according".

    Scans words with one C-level regex and looks the candidates up in a set, so the cost
    stays linear (a pattern with a long alternation at every position would not).
    """
    out: list[tuple[int, int, str]] = []
    for pos, w in _first_words(text, start, end):
        if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "_'\u2019-"):
            continue
        if w in ("according", "as"):
            m = ACCORDING.match(text, pos, end)
            if m:
                out.append((m.start(), m.end(), "according"))
            if w == "according":
                continue
        verb_at = _VERB_AT_BY_FIRST.get(w)
        m = verb_at.match(text, pos, end) if verb_at is not None else None
        if not m:
            continue
        cue_start = pos
        for _ in range(3):  # up to three auxiliaries/adverbs: "has also said"
            j = cue_start
            while j > start and text[j - 1] in " \t\u00a0":
                j -= 1
            if j == cue_start:
                break
            k = j
            while k > start and k > j - 20 and (text[k - 1].isalpha()):
                k -= 1
            if k > start and (text[k - 1].isalnum() or text[k - 1] in "_'\u2019-"):
                break
            aux = text[k:j]
            if aux.lower() not in _AUX_WORDS and not (aux.islower() and len(aux) > 4 and aux.endswith("ly") and aux not in ("only", "early", "likely", "family", "rally")):
                break
            cue_start = k
        if w in ("say", "tell", "add", "note", "argue", "write", "explain", "call", "warn", "claim", "praise"):
            went = _WENT_ON_BEFORE.search(text, max(start, cue_start - 20), cue_start)
            if went:
                cue_start = went.start()  # "went on to say"
        # "he’s said", "I’d say", "they’ve said": the contracted auxiliary belongs to the cue
        j = cue_start
        while j > start and text[j - 1] in " \t\u00a0":
            j -= 1
        if j < cue_start and ("'" in (tail := text[max(start, j - 4) : j]) or "\u2019" in tail):
            contraction = _CONTRACTION.search(text, max(start, j - 12), j)  # it ends in an apostrophe and 1-2 letters
            if contraction:
                cue_start = contraction.start(1)
        out.append((cue_start, m.end(), "verb"))
    return out
