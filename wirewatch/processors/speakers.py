"""Speaker resolution: from a source span as written to a canonical actor name.

- A gazetteer alias heading the span wins (`White House spokesman John Kirby` -> John Kirby).
- Pronouns (`he`, `she`) take the latest person who spoke (else the latest person named);
  `they` the latest group or organisation that spoke; `it` the latest medium, body,
  organisation or country named or speaking.
- Definite descriptions take the latest matching mention: `the publication` / `the newspaper`
  -> the latest news medium; `the official` / `the spokesman` -> the latest person who spoke;
  `the ministry` / `the department` -> the latest government body.
- A determiner opening a name is no part of it (pass stm25): `The UK` -> United Kingdom (the gazetteer's name),
  `The Obesity Health Alliance` -> Obesity Health Alliance; a government speaking as a whole is its country, as
  positions name it (`Gazetteer.name_of`). Descriptions (`The bloc`, `The head of ...`) and titles (`The Baltimore Sun`)
  keep it.
- Other names lose their titles (`Defense Secretary Lloyd Austin` -> Lloyd Austin) and a later
  surname alone (`Austin`, `Mr. Austin`) resolves to the full name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from .gazetteer import Actor, Gazetteer, Mention, fast_mentions

if TYPE_CHECKING:
    from .analysis import ArticleAnalysis

_TITLE_WORDS = frozenset(
    """
    president vice secretary speaker house senate sen sen. senator rep rep. representative gov gov.
    governor mayor minister prime foreign defense defence state interior finance chairman chairwoman
    chair chief director gen gen. general adm adm. admiral lt lt. col col. maj maj. capt capt.
    mr mr. mrs mrs. ms ms. dr dr. prof prof. judge justice attorney former deputy press spokesman
    spokeswoman spokesperson ambassador envoy commissioner chancellor premier king queen prince
    pope sheriff council councilman councilwoman leader majority minority whip candidate nominee
    pastor reverend rev rev. sgt sgt. ceo founder executive adviser advisor aide analyst strategist
    pollster manager commander officer official national security white democratic republican gop
    us u.s. american russian ukrainian german french british chinese israeli iranian european
    presidential federal special general's department ministry office campaign party
    mp mep msp mla lawmaker legislator congressman congresswoman
    """.split()
)
_PRONOUN_PERSON = frozenset({"he", "she", "him", "her"})
_PRONOUN_GROUP = frozenset({"they", "them"})
_MEDIA_NOUNS = r"(?:publication|newspaper|paper|outlet|daily|magazine|network|broadcaster|news\s+agency|agency|report|website|site|outlet|tabloid|weekly)"
_PERSON_NOUNS = r"(?:official|spokesman|spokeswoman|spokesperson|minister|secretary|president|senator|lawmaker|diplomat|ambassador|general|commander|leader|adviser|advisor|aide|envoy|chancellor|premier|governor|mayor|candidate|congressman|congresswoman|politician|prime\s+minister)"
_BODY_NOUNS = r"(?:ministry|department|agency|government|administration|office|commission|military|army)"
_DEF_MEDIA = re.compile(rf"^(?:the|this|that)\s+(?:\w+\s+)?{_MEDIA_NOUNS}$", re.IGNORECASE)
_DEF_PERSON = re.compile(rf"^(?:the|this|that)\s+(?:[\w-]+\s+){{0,3}}{_PERSON_NOUNS}$", re.IGNORECASE)
_DEF_BODY = re.compile(rf"^(?:the|this|that)\s+(?:\w+\s+)?{_BODY_NOUNS}$", re.IGNORECASE)
# `(?<![\w.])(?:[A-Z][\w\u2019'.-]*\s+){1,4}[A-Z][\w\u2019'-]+` with the first capital ahead of the look
# back: the engine then stops at capitals only (a leading lookbehind is tried at every character)
_NAME_RUN = re.compile(r"[A-Z](?<![\w.].)[\w\u2019'.-]*\s+(?:[A-Z][\w\u2019'.-]*\s+){0,3}[A-Z][\w\u2019'-]+")
_CAP_TOKEN = re.compile(r"^(?:[A-Z][\w\u2019'.-]*|(?:[A-Z]\.)+|von|van|de|der|da|del|bin|al-[\w-]+)$")


# (pass stm24) `of` before a capital: what follows is the party, body or place of a person named before it, or the end
# of an organisation's own name
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
# words heading a body's or place's own name before its `of` (`Bank of England`, `Islamic Republic of Iran`)
_OWN_OF_HEADS = frozenset(
    """republic kingdom court university college school church museum bureau office department ministry house board
    commission committee city state states province region county people friends chamber assembly parliament senate
    government authority service corps army force forces navy guard agency centre center union association council
    institute foundation federation party bank fund organisation organization lobby alliance coalition society campaign
    consortium confederation trust forum movement network group international""".split())
_PERSON_WORD = re.compile(r"[A-Z][a-z\u00e0-\u017e'\u2019]+(?:-[A-Z][a-z\u00e0-\u017e'\u2019]+)?")


# (pass stm24) a title described, not named: an owner's possessive or a determiner, lowercase words, a role word
# (`Russia's deputy foreign minister`, `Its chief executive`, `the union's new leader`, `Russia's ambassador to Washington`)
_ROLES = (r"(?:minister|secretary|ambassador|envoy|spokes(?:man|woman|person)|chancellor|president|premier|leader|chief|head|"
          r"executive|director|chair(?:man|woman|person)?|commissioner|governor|mayor|senator|adviser|advisor|officer|negotiator)")
_TITLE_DESCRIPTION = re.compile(
    r"(?:(?:[Tt]he\s+)?(?:[\w.-]+\s+){0,3}[\w.-]+['\u2019]s|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,3}" + _ROLES
    + r"(?:\s+(?:to|in|for|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?$")
_ROLE_ENDS = re.compile(_ROLES + r"(?:\s+(?:to|in|for|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?$")
# a person's name alone: two to four capitalised words (`Alexander Grushko`, `Marie-Agnes Strack-Zimmermann`)
_PLAIN_NAME = re.compile(r"[A-Z][a-z\u00e0-\u017e'\u2019-]+(?:\s+(?:(?:de|van|von|der|da|del)\s+)?[A-Z][\w\u00e0-\u017e'\u2019-]+){1,3}")
# the name right before an appositive source, opening its sentence or paragraph: `Anatoly Antonov, ` + source
_NAME_BEFORE_APPOSITIVE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[.!?][\u201d\"]\s))(?P<name>[A-Z][a-z\u00e0-\u017e'\u2019-]+"
    r"(?:\s+(?:(?:de|van|von|der|da|del)\s+)?[A-Z][\w\u00e0-\u017e'\u2019-]+){1,3}),\s+$")


# (pass stm24) a country's name and the capitalised words after it, the whole of a source's head (`UK Steel`)
_COUNTRY_HEAD = re.compile(r"(?:[Tt]he\s+)?(?P<country>[A-Z][\w.]*(?:\s[A-Z][a-z]+)?)\s(?P<words>[A-Z][a-z\u00e0-\u017e]+(?:\s[A-Z][a-z\u00e0-\u017e]+)?)")
# words that make a country's name no organisation's: a title, a state body (`UK Treasury`, `US Supreme Court`, `EU
# Member States`); positions reads the same ones (`positions._not_in_org_name`)
_STATE_BODY_WORDS = frozenset("""treasury ministry parliament government senate house army navy forces force embassy department
    office council court supreme congress member members states state authority agency commission cabinet police border
    leaders officials ambassadors ministers diplomats lawmakers regulators envoys troops""".split())
# ... and a date after the country (`Britain Monday`)
_STATE_WORDS = _STATE_BODY_WORDS | frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december""".split())
# (pass stm24) capitalised words closed by a country code, the whole of a source's head (`Greenpeace UK`, `Energy UK`)
_CODE_TAIL = re.compile(r"(?:[Tt]he\s+)?(?P<words>[A-Z][a-z\u00e0-\u017e]+(?:\s[A-Z][a-z\u00e0-\u017e]+){0,2})\s(?:UK|U\.K\.|US|U\.S\.|EU)")


# (pass stm25) a determiner before a capitalised word: the head may be a name written after `The` (`The UK`)
_THE_NAME = re.compile(r"[Tt]he\s+(?=[A-Z])")
# what may follow a name in its source and is no part of it: a time (`The Pentagon last week`), its acronym in brackets
# (`The Spanish Federation of Bakers (FEB)`)
_AFTER_NAME = re.compile(r"(?:\s+(?:(?:last|this|next)\s+(?:week|month|year|weekend)|on\s+[A-Z][a-z]+day|earlier|later)"
                         r"|\s+\([A-Z][\w&.-]*\))$")
# the words of a name: capitalised, or the particles inside one (`American Civil Liberties Union of Montana`)
_NAME_WORD = re.compile(r"[A-Z][\w\u00e0-\u017e'\u2019&.-]*|of|and|for|the|de|du|des|del|la|le|&")
# last words of titles whose `The` is their own (`The Baltimore Sun`, `The Irish Times`)
_TITLE_ENDS = frozenset("""times post journal guardian telegraph economist independent herald tribune observer globe sun mirror
    gazette chronicle atlantic spectator star mail express examiner inquirer""".split())


def name_after_determiner(head: str) -> str | None:
    """The name a source writes after a determiner (`The Obesity Health Alliance` -> `Obesity Health Alliance`, `The
    International Monetary Fund this month` -> `International Monetary Fund`); None when what follows `The` is no name
    (`The bloc`, `The head of the World Meteorological Organization`), a word that is a state body or an organisation
    only when named (`The Government`, `The Treasury`: whose is for the antecedent to say) or a title whose `The` is
    its own (`The Baltimore Sun`) (pass stm25)."""
    the = _THE_NAME.match(head)
    if the is None:
        return None
    name = head[the.end():]
    while (after := _AFTER_NAME.search(name)) is not None:
        name = name[: after.start()]
    words = name.split()
    if not words or not all(_NAME_WORD.fullmatch(w) for w in words) or not words[-1][:1].isupper():
        return None
    last = words[-1].casefold()
    if last in _TITLE_ENDS or len(words) == 1 and (last in _STATE_WORDS or last in _OWN_OF_HEADS):
        return None
    return name


def _named_after_of(head: str, name: str) -> bool:
    """The name `person_name` read is the whole of what follows an `of` in the phrase (`The Chamber of Commerce` ->
    `Commerce`): the end of an organisation's name, not a person (`Secretary of State Ada Brook` keeps its person)."""
    of = _OF_NAME.search(head)
    return of is not None and head[of.end():].strip() == name


@dataclass(frozen=True)
class Resolved:
    canonical: str
    kind: str  # person | media | body | organization | country | group | unknown


class SpeakerResolver:
    """Resolves source spans in text order; keeps the article's discourse state."""

    def __init__(self, text: str, gazetteer: Gazetteer, analysis: "ArticleAnalysis | None" = None) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.analysis = analysis
        self._mentions: list[Mention] | None = None
        self._starts: list[int] = []
        self.surnames: dict[str, str] = {}
        self.speakers: list[tuple[int, Resolved]] = []
        self._names: dict[str, tuple[int, str]] | None = None
        self._name_runs: Iterator[re.Match[str]] | None = None  # `_NAME_RUN`'s scan, read as far as asked
        self._names_to = 0  # every run that starts before this has been read

    @property
    def mentions(self) -> list[Mention]:
        """Gazetteer mentions of the whole text, found on first use (pronouns often need none)."""
        if self._mentions is None:
            self._mentions = (self.analysis.mentions if self.analysis is not None
                              else fast_mentions(self.gazetteer, self.text))
            self._starts = [m.start for m in self._mentions]
        return self._mentions

    # -- discourse state
    def _latest_mention(self, before: int, kinds: tuple[str, ...]) -> Mention | None:
        mentions = self.mentions
        i = bisect_left(self._starts, before) - 1
        while i >= 0:
            m = mentions[i]
            if m.actor.kind in kinds:
                return m
            i -= 1
        return None

    def _latest_speaker(self, before: int, kinds: tuple[str, ...]) -> tuple[int, Resolved] | None:
        for pos, res in reversed(self.speakers):
            if pos < before and res.kind in kinds:
                return pos, res
        return None

    # -- resolution
    def resolve(self, start: int, end: int) -> Resolved:
        res = self._without_determiner(self._resolve(start, end))
        self.speakers.append((start, res))
        return res

    def _without_determiner(self, res: Resolved) -> Resolved:
        """A name resolved as written with its determiner loses it (`The Obesity Health Alliance`), unless the
        gazetteer's own name has it (`The Pentagon`); a name after `The` is no person's (pass stm25)."""
        if not res.canonical.startswith(("The ", "the ")) or self.gazetteer.get(res.canonical) is not None:
            return res
        name = name_after_determiner(res.canonical)
        if name is None:
            return res
        return Resolved(name, "organization" if res.kind in ("person", "unknown") else res.kind)

    def _named_actor(self, head: str) -> Resolved | None:
        """The gazetteer's actor a determiner and a name stand for (`The UK` -> United Kingdom): the gazetteer's
        aliases are written as they read inside a sentence (`the UK`), and a name opening one is written `The`; an alias
        may end in lowercase words (`The Biden administration`, `The German government`) (pass stm25)."""
        name = name_after_determiner(head)
        if name is None and (the := _THE_NAME.match(head)) is not None and not head[the.end():].istitle():
            name = head[the.end():]  # (the whole of the rest must then be an alias: `The Catalan government` is none)
        actor = self.gazetteer.lookup(name) if name is not None else None
        if actor is None:
            return None
        if actor.kind == "person":
            self._register(actor.canonical)
        return Resolved(self.gazetteer.name_of(actor), actor.kind)

    def _resolve(self, start: int, end: int) -> Resolved:
        written = self.text[start:end]
        head_end = end
        comma = written.find(",")
        if comma > 0:
            head_end = start + comma
        head = self.text[start:head_end].strip()
        low = head.lower()
        named = self._named_beside_title(start, end, head, comma)
        if named is not None:
            self._register(named)
            return Resolved(named, "person")
        if low in _PRONOUN_PERSON:
            return self._pronoun_person(start, head)
        if low == "it":
            return self._antecedent(start, head, ("media", "body", "organization", "country"))
        if low in _PRONOUN_GROUP:
            spk = self._latest_speaker(start, ("organization", "body", "media", "group", "country"))
            return spk[1] if spk else Resolved(head, "group")
        if head[:1] in "Tt" and (known := self._named_actor(head)) is not None:
            return known
        if _DEF_MEDIA.match(head):
            return self._antecedent(start, head, ("media",))
        if _DEF_BODY.match(head):
            return self._antecedent(start, head, ("body", "organization"))
        if _DEF_PERSON.match(head):
            spk = self._latest_speaker(start, ("person",))
            if spk:
                return spk[1]
            return Resolved(head, "person")
        member = self._person_of(start, head)
        if member is not None:
            self._register(member)
            return Resolved(member, "person")
        if self._country_headed(start, head_end):
            return Resolved(head, "organization")  # `UK Steel`, `France Chimie`: the country says where it works
        actor = self._head_actor(start, head_end)
        if actor is not None:
            if actor.kind == "person":
                self._register(actor.canonical)
            return Resolved(self.gazetteer.name_of(actor), actor.kind)
        name = person_name(head)
        if name and _named_after_of(head, name):
            # `The Chamber of Commerce`, `Friends of the Earth`: the words after `of` end a name, they are not one
            return Resolved(head, "person" if head.split()[0].casefold() in _TITLE_WORDS else "organization")
        if name:
            if " " not in name:
                full = self.surnames.get(name) or self._earlier_full_name(name, start)
                if full:
                    return Resolved(full, "person")
            self._register(name)
            return Resolved(name, "person")
        return Resolved(head, "group" if low.endswith("s") else "unknown")

    def _pronoun_person(self, start: int, head: str) -> Resolved:
        spk = self._latest_speaker(start, ("person",))
        mention = self._latest_mention(start, ("person",))
        if (  # a person named in the pronoun's own paragraph after the last speaker is nearer
            mention is not None
            and _paragraph_gap(self.text, mention.start, start) == 0
            and (spk is None or mention.start > spk[0])
        ):
            return Resolved(mention.actor.canonical, "person")
        if spk and _paragraph_gap(self.text, spk[0], start) <= 2:
            return spk[1]
        mention = self._latest_mention(start, ("person",))
        if spk and (mention is None or _paragraph_gap(self.text, spk[0], start) <= 2 or spk[0] > mention.start):
            return spk[1]
        if mention is not None:
            return Resolved(mention.actor.canonical, "person")
        if spk:
            return spk[1]
        return Resolved(head, "person")

    def _named_beside_title(self, start: int, end: int, head: str, comma: int) -> str | None:
        """The person a title description names, set off by commas (pass stm24): after it, inside the source
        (`Russia's deputy foreign minister, Alexander Grushko` -> Alexander Grushko), or before the source, which is the
        appositive alone (`Anatoly Antonov, Russia's ambassador to Washington, said`: the source read is the appositive)."""
        if not _TITLE_DESCRIPTION.match(head) or person_name(head) is not None and not _ROLE_ENDS.search(head):
            return None
        if comma > 0:
            name = self.text[start + comma + 1 : end].strip()
            return name if _PLAIN_NAME.fullmatch(name) else None
        before = _NAME_BEFORE_APPOSITIVE.search(self.text, max(0, start - 60), start)
        return before.group("name") if before is not None else None

    def _country_headed(self, start: int, end: int) -> bool:
        """A country's name opening one or two capitalised words that are no title, state body or place, or a country code
        closing them: an organisation's name (`UK Steel`, `France Chimie`, `Greenpeace UK`; not `UK Treasury`, `US
        President Joe Biden`, `Britain Monday`) (pass stm24)."""
        m = _COUNTRY_HEAD.fullmatch(self.text, start, end)
        if m is not None:
            country = self.gazetteer.lookup(m.group("country"))
            if country is None or country.kind != "country":
                return False
        elif (m := _CODE_TAIL.fullmatch(self.text, start, end)) is None:
            return False
        return not any(w.casefold() in _TITLE_WORDS or w.casefold().rstrip("s") in _TITLE_WORDS or w.casefold() in _OWN_OF_HEADS
                       or w.casefold() in _STATE_WORDS or self.gazetteer.lookup(w) is not None for w in m.group("words").split())

    def _person_of(self, start: int, head: str) -> str | None:
        """`Tom Hale of the Liberal Party`, `Sen. Ada Brook of Vermont` -> the person; the party, body or place after
        `of` is theirs, not the speaker (pass stm24). None when the words before `of` are no person's name or name a
        place or body the gazetteer knows (`United States of America`)."""
        of = _OF_NAME.search(head)
        if of is None:
            return None
        name = person_name(head[: of.start()])
        if not name or not 2 <= len(words := name.split()) <= 4:
            return None
        if any(w.casefold() in _OWN_OF_HEADS or not _PERSON_WORD.fullmatch(w) for w in words):
            return None
        known = self._head_actor(start, start + of.start())
        if known is not None and known.kind != "person":
            return None
        return known.canonical if known is not None else name

    def _antecedent(self, start: int, head: str, kinds: tuple[str, ...]) -> Resolved:
        mention = self._latest_mention(start, kinds)
        spk = self._latest_speaker(start, kinds)
        if mention is not None and (spk is None or mention.start >= spk[0]):
            return Resolved(self.gazetteer.name_of(mention.actor), mention.actor.kind)
        if spk:
            return spk[1]
        return Resolved(head, kinds[0])

    def _head_actor(self, start: int, end: int) -> Actor | None:
        best: Mention | None = None
        for m in fast_mentions(self.gazetteer, self.text[start:end]):
            after = self.text[start + m.end : start + m.end + 2]
            if not after.startswith(("'s", "\u2019s")):
                best = Mention(m.actor, start + m.start, start + m.end, m.text)
        if best is None:
            return None
        # the mention must head the phrase: nothing but blanks/punctuation after it, or it's a person
        tail = self.text[best.end : end].strip(" ,.")
        if tail and best.actor.kind != "person":
            if tail and not tail[:1].isupper():
                return None
        return best.actor

    def _earlier_full_name(self, surname: str, before: int) -> str | None:
        """`Lima` after `Governor Ana Lima spoke ...`: the first fuller mention earlier on."""
        if self._names is None:
            self._names = {}
            self._name_runs = _NAME_RUN.finditer(self.text)
            self._names_to = 0
        if self._names_to < before and self._name_runs is not None:
            # (the runs read as far as asked: a hit is one that starts before `before`, and each surname keeps its
            # first run, so the runs that start before it decide; the scan goes on from there on a later call)
            names = self._names
            for match in self._name_runs:
                name = person_name(match.group(0))
                if name and " " in name:
                    names.setdefault(name.rsplit(" ", 1)[1], (match.start(), name))
                if match.start() >= before:
                    self._names_to = match.start()
                    break
            else:
                self._name_runs = None  # every run read
        hit = self._names.get(surname)
        if hit is None or hit[0] >= before:
            return None
        self._register(hit[1])
        return hit[1]

    def _register(self, full: str) -> None:
        parts = full.split()
        if len(parts) >= 2:
            self.surnames.setdefault(parts[-1], full)


def _paragraph_gap(text: str, a: int, b: int) -> int:
    return text.count("\n", a, b) if b - a < 20000 else 99


@lru_cache(maxsize=4096)  # a pure function of the phrase; names recur within an article and across articles
def person_name(phrase: str) -> str | None:
    """`Defense Secretary Lloyd Austin` -> `Lloyd Austin`; None if the phrase is no name."""
    tokens = phrase.replace("\u00a0", " ").split()
    if not tokens:
        return None
    # the trailing run of capitalised tokens
    i = len(tokens)
    while i > 0 and _CAP_TOKEN.match(tokens[i - 1].rstrip(",")):
        i -= 1
    run = [t.rstrip(",") for t in tokens[i:]]
    if not run:
        return None
    j = 0
    for k, tok in enumerate(run):
        low = tok.lower()
        # (pass posname) an office not yet or not fully taken is still the title (`Prime Minister-elect`, `President-elect`)
        low = re.sub(r"-(?:elect|designate)$", "", low)
        if low in _TITLE_WORDS or low.rstrip(".") in _TITLE_WORDS:
            j = k + 1
    name = run[j:]
    if not name:
        return None
    if len(name) == 1 and name[0].isupper() and len(name[0]) > 1 and i == 0 and len(run) == 1 and len(tokens) == 1:
        return name[0]
    return " ".join(name)
