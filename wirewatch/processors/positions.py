"""position-stated: an actor's stance (support/oppose) on a watched, user-defined issue.

Per sentence: pick the issue(s) it is about (terms and proposition words of `ctx.issues`, or an
anaphor such as `the matter` / `a policy change` pointing back at the last issue discussed);
split it into clauses; in each clause find the stance holders (actor mentions in subject
position) and compose the polarity of the cues in the holder's stretch of text (`stance.py`).
Holders are canonical: titles drop (`Defense Secretary Lloyd Austin` -> Lloyd Austin), a voice
speaks for its principal (the White House -> Joe Biden), a government acting as a whole is the
country, a city standing for a state is the state (`Kiev` -> Ukraine).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..schemas import POSITION_STATED, Article, Entity, Envelope, PositionStated, Producer, Span, article_event
from . import stance as lex
from . import stance_lexicon as poslex
from .context import ExtractionContext
from .analysis import analysis_of
from .entities import DEMONYMS, Ref, article_refs, dateline_country, in_range, refs
from .gazetteer import Actor, Gazetteer
from .speakers import _OWN_OF_HEADS as _SPEAKER_OWN_OF_HEADS, _PERSON_WORD, _STATE_BODY_WORDS, person_name
from .speakers import _TITLE_WORDS as _SPEAKER_TITLE_WORDS

# (pass prec23) an agency head's title is no part of the name (`Fisheries Administrator Karen Holt` -> Karen Holt), as
# the gold files people: by their own name only
_TITLE_WORDS = _SPEAKER_TITLE_WORDS | frozenset({"administrator"})
from .text import Segment
from .wordfilter import finditer_at, required_literal, whole_word_at
from .shifts import shift_offsets

PRODUCER = Producer(name="positions", version="1.110.0")
# (pass pos43c) the acts on a text that `hoped to` does not hedge (`hoped to sign the accord`)
_HOPED_SIGN = re.compile(r"(?:sign|ratify|conclude|seal|finali[sz]e|complete)\b", re.I)

# (`X suffered a rebellion as 56 MPs backed ...`: `as` before a counted subject opens a clause of its own)
# (`asked Stockholm to hold off so that Ukraine could concentrate on bringing F-16s into service`: a purpose clause has
# its own subject and verb, and the verb before it does not govern the items it names)
_CLAUSE_BREAK = re.compile(r";|\s(?:but|while|whereas|although|though|even as|however)\s|,\s*(?:but|while|whereas)\s|"
                           r",?\s(?:so that|in order that)\s|"
                           r"\sas\s(?=(?:\d+|dozens|scores|hundreds|several|more than \d+)\s)", re.I)
# Words after which a mention is still in subject position.
_SUBJECT_LEFT = frozenset(
    "that and but while whereas as said says since because when after before although though then also nor "
    "meanwhile however so yet where who whom which whose including like".split()
)
_STANCE_NOUNS = frozenset(
    "decision position stance call calls request requests refusal opposition support backing approval push "
    "plan proposal insistence demand demands move government administration leader leaders officials "
    "president chancellor ministry foreign defense defence prime ambassador envoy diplomats diplomat embassy mission office "
    "representative representatives delegation negotiators spokesman spokeswoman spokesperson".split()
)
# (pass `pos21a`) a possessor's own drive for a measure (`the Rural Party's bid to scrap the tolls`), unless the possessor is
# the one the issue is about (`Kyiv's bid to enter NATO` names the issue, not a stance on it)
_DRIVE_NOUNS = frozenset("bid campaign drive initiative effort efforts plans proposals".split())
# (and what a body of a state or a firm is, before its one-word name: `the health regulator Anvisa`, `drug agency ANSM`)
# (pass r51pos) an office its holder is expected to take next, with its country's possessive (`Germany's likely next
# chancellor`), and what may come before it in its clause's opening
_NEXT_OFFICE = re.compile(r"(?:(?-i:[A-Z])[\w.-]*['\u2019]s\s+)?(?:likely\s+|probable\s+|presumptive\s+|expected\s+)?next\s+"
                          r"(?:chancellor|president|prime\s+minister|premier|leader)\s+$", re.I)
_OPENS_CLAUSE_BEFORE = re.compile(r"(?:^|[-\u2013\u2014,(:;\u201c\"]|\b(?:and|but|while|as|after|when))\s*$")
_GROUP_NOUNS = frozenset("group association organisation organization lobby watchdog federation institute charity network body "
                         "regulator agency authority company firm union partner".split())
_SKIP_LEFT = frozenset(
    "the a an current former new outgoing incoming then top senior both spokesman spokeswoman spokesperson "
    "secretary minister president chancellor envoy ambassador official chief adviser advisor premier "
    "leader head commander general press deputy foreign defense defence finance prime vice "
    # `Dutch caretaker Prime Minister`, `His Dutch counterpart`, `The opposition Labour Party`
    "caretaker acting interim incumbent counterpart opposition ruling governing policy "
    # `Tradewise chief executive Paul Grant`
    "executive".split()
)
_SPEECH = re.compile(
    # (`Biden on Monday said`, `Scholz last week told`: a time adjunct before the verb)
    r"^\s*,?\s*(?:(?:on|late on|early on|last|this|earlier this|late|early)\s+(?:[A-Z][a-z]+|week|month|year|morning|evening|night)\s+)?"
    r"(?:has |had |have )?(?:said|says|told|added|stated|warned|insisted|argued|wrote|declared|noted|"
    r"stressed|tweeted|posted|explained|replied|responded|announced|confirmed|decided)\b",
    re.I,
)
# (not `told`: `she told the European Parliament` names the addressee)
# (and `said the shadow health secretary, Wes Streeting`: a title with a determiner set off before the name)
# (`said Tuvalu's Prime Minister Feleti Teo`: a place's possessive before the title)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|according to)\s+(?:[Tt]he\s+(?:[\w'\u2019-]+\s+){0,4}?[\w-]+,\s+)?(?:[A-Z][\w.-]*(?:['\u2019]s)?\s+){0,4}$")
_CONNECTIVE_ONLY = re.compile(
    r"^[\s,]*(?:(?:and|or|nor|as well as|along with|together with)[\s,]*(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,4}|,[\s,]*(?:the\s+)?)$"
)
# (pass `poscoord`) a coordinated subject whose next conjunct carries descriptors of its own, or whose own name runs on
# before the conjunction: `the conservative CDU/CSU and the far-right AfD voted against`, `Senator A of Ohio and
# independent B of Maine voted for`, `Komeito, the LDP's coalition partner, and the opposition CDP called for`. Each
# name holds the predicate they share. (Checked after `_CONNECTIVE_ONLY`; the appositive holds no verb of its own.)
_COORD_DESCRIPTOR_WORD = ("(?:conservative|liberal|progressive|centrist|nationalist|populist|socialist|communist|radical|moderate|"
                          "main|largest|biggest|junior|senior|governing|ruling|opposition|independent|fellow|rival|coalition|"
                          "far-right|far-left|hard-right|hard-left|[a-z]+-(?:wing|left|right|leaning|based|led|run))")
_COORD_DESCRIPTORS = "(?:" + _COORD_DESCRIPTOR_WORD + r"\s+){0,3}"
_CONNECTIVE_DESCRIBED = re.compile(
    r"^(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?"  # `A of Ohio and ...`
    r"(?:,\s+(?:the|a|an|its|their)\s+(?:(?!(?:who|which|that|and|or|but|said|says|has|have|had|is|was|will|would)\b)"
    r"[\w'\u2019-]+\s+){0,4}?[a-z][\w-]*,)?"  # `A, the LDP's coalition partner, and ...`
    r"[\s,]*(?:and|as well as)\s+(?:both\s+)?(?:the\s+)?" + _COORD_DESCRIPTORS + r"(?:[A-Z][\w.'\u2019-]*\s+){0,4}$"
)
# (pass `poscoord`) a list of titled people: `Health Secretary A, Justice Secretary B and ... voted against`: the title
# after the comma opens the next conjunct (the list must close with `and`, and hold people only)
_CONNECTIVE_TITLED = re.compile(r"^,\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}$")
# (pass `pos21a`) `Neither Poland nor Hungary supports the ban`: the coordination negates the predicate for each
_NEITHER_BEFORE = re.compile(r"\b[Nn]either\s+(?:the\s+)?$")
_NOR_CONJUNCT_BEFORE = re.compile(r"\b[Nn]either\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}\s+nor\s+(?:the\s+)?$")
# (pass poslist) `have neither backed nor opposed the ban`: a predicate that takes neither side
_NEITHER_SIDE = re.compile(
    r"\bneither\s+(?:(?:publicly|openly|formally|explicitly)\s+)?(?:backed|supported|endorsed|opposed|rejected|back|support|endorse|oppose|reject)"
    r"\s+nor\s+(?:(?:publicly|openly|formally|explicitly)\s+)?(?:backed|supported|endorsed|opposed|rejected|back|support|endorse|oppose|reject)\b")
# (pass poslist) a holder joined to the next by a partner noun of its own or its followers (`Hungary and its ally
# Slovakia opposed`, `Lindner and his Free Democrats voted against`), or compared with it (`France, like Spain, opposes`):
# both hold the predicate that follows the second name
_CONNECTIVE_OWN = re.compile(
    r"\s+and\s+(?:its|their|his|her)\s+(?:(?:close|key|longtime|long-time|junior|senior|coalition|fellow|main|traditional|"
    r"closest|governing|ruling|European|regional|Nordic|Baltic|Western)\s+){0,2}(?:ally|allies|partners?|counterparts?)\s+(?:the\s+)?"
    r"|\s+and\s+(?:his|her)\s+(?:(?:own|party's|centre-right|center-right|centre-left|center-left|conservative|liberal|pro-business)\s+)?"
    r"|,\s+like\s+(?:the\s+)?"
)
# (pass poslist) `Estonia joined Latvia and Lithuania in backing the ban`: who is joined holds the predicate too
_JOINED_BEFORE = re.compile(r"\s+(?:(?:has|have|had|also|now|quickly|later|then)\s+){0,2}join(?:ed|s)?\s+(?:the\s+)?")
_JOINED_LIST_IN = re.compile(r"(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)*,?\s+in\s+"
                             r"(?:\w+ly\s+)?(?!being\b|having\b)[a-z]+ing\b")
# a name listed in a parenthesis on the subject (`Austria, together with Luxembourg, voted`): a subject too
_ALONG_WITH = re.compile(r",\s+(?:along|together)\s+with\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
                         r"(?:,\s*(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)*,?\s+and\s+(?:the\s+)?)?$")
_DEMONYM_HOLDER = re.compile(
    r"^\s+(?:officials?|government|leaders?|authorities|diplomats|ministers?|lawmakers|side|delegation|"
    # (pass hold45) a ministry named by its country's demonym (`The Israeli foreign ministry called ...`): the
    # government's arm speaks for the country (not an embassy: `protesters outside the Thai embassy`)
    r"(?:[a-z]+\s+)?ministry|"
    # (pass posact) the cabinet named by its country's demonym (`the German cabinet approved a bill ...`)
    r"(?:[a-z]+\s+)?cabinet)\b", re.I
)
_EMBEDDED = re.compile(
    r"(?:\bthat|\b(?:said|says|told \w+|argued|insisted|added|warned|stressed|believes?|thinks?))\s+"
    r"(?:that\s+)?(?P<subj>(?:any|the|a|an|no|all|such|this|these|those|there)\b(?:\s+\w+)?|(?:his|her|their|its)\s+(?:party|government|administration|cabinet|side|country|bloc|group|coalition)\b)",
    re.I,
)
# `said the bloc must`, `said the record profits of oil and gas companies should be taxed`: the speaker's advocacy
# (pass `pos22s`) the date a halt takes effect, kept or restored (`would restore the 2030 date`): the halt's own timetable,
# not the activity it halts
_MEASURE_DATE = re.compile(r"\s+(?:the|its)\s+(?:original\s+|earlier\s+|previous\s+|planned\s+)?(?:\d{4}\s+)?(?:date|deadline|timetable|target\s+date)\b")
_PARTY_GOVERNMENT = re.compile(r"an?\s+(?:future\s+)?[A-Z][\w'\u2019]*(?:-led)?\s+(?:[A-Z][\w'\u2019]*\s+)?government\b")
_MODAL_AFTER = re.compile(r"^\s*(?:[\w'\u2019-]+\s+){0,8}?(?:must|should|needs? to|has to|have to|ought to)\b", re.I)
_PRINCIPAL = re.compile(r"(?:the )?(?:president|chancellor|prime minister|premier|leader)\b|he\b|she\b", re.I)
_SAID_THAT_BEFORE = re.compile(
    r"\b(?:said|says|declared|stated|announced|argued|insisted|wrote|told\s+\w+)\b[^;\u201c\u201d\"]{0,60}\bthat\s+$"
)
_OBLIGED = re.compile(r"\s+(?:\w+\s+)?(?:should|ought\s+to)\b")
_STICKING_TO = re.compile(r",\s+(?:sticking|holding|keeping)\s+(?:to|with)\s+(?:the|its|his|her|their)\s+(?:\w+\s+)?(?:position|stance|line|decision|plan)\b")
_ANAPHOR_REACH = 3  # sentences after the last one naming an issue
# a bill the copy is about: a bare vote after it is a vote on it (not on a council's draft, which may fall short of the issue)
# (pass `pos21a`: or a measure a chamber or council voted on, `approved a ban by 31 votes to 12`, `passed the ordinance`)
_BILL_BEFORE = re.compile(r"\b(?:bill|legislation|the law|ordinance|decree|ban|levy)\b|\bby\s+\d+\s+votes?\s+to\s+\d+|"
                          # (pass r51pos) a chamber's vote told by its count, or a constitutional change put to it
                          r"\b\d+\s+(?:lawmakers|MPs|deputies|senators|members)\s+voted\b|\bconstitutional\s+(?:change|amendment)\b", re.I)
_SAYING_THAT = re.compile(r"(?:,\s+(?:saying|adding|arguing|insisting|stressing)|\s+and\s+(?:said|added|stressed|insisted))\s+(?:that\s+)?")
_PRONOUN_SPEAKS = re.compile(
    r"^[\s\u201c\"']*(?:He|She)\s+(?:also\s+|later\s+)?(?:said|says|told|added|stressed|warned|insisted|argued|wrote|confirmed)\b"
)
_QUOTE_PRONOUN_SPEAKS = re.compile(
    r"[,.!?][\u201d\"]\s+(?:he|she)\s+(?:also\s+|later\s+)?(?:said|says|told\s+[\w ]{1,30}?|added|stressed|warned|insisted|argued|wrote)\s*[.,]?\s*$"
)
_PRONOUN_START = re.compile(r"^[\s\u201c\"']*(?P<p>We|I|He|She|Our|My|His|Her)\b")
# A wire dateline opening a paragraph (`RAMSTEIN, Germany, Jan 20 (Reuters) - `, `KYIV (AP) \u2014 `,
# `BRUSSELS, June 3, 2022 (AFP) - `, `WASHINGTON/MOSCOW, Nov 18 (Reuters) - `):
# the places in it hold no stance and the sentence's subject comes after it. Desks that write the place in
# ordinary case (`Berlin (dpa) - `, `Brussels \u2014 `, `(Bloomberg) -- `) credit the agency in brackets or set a
# single place word off with a dash.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'\u2019/-]+(?:\s+[A-Z][A-Z.'\u2019/-]+)*(?:,\s*(?:[A-Z][\w.'\u2019-]*|\d{4})(?:\s+(?:[A-Z][\w.'\u2019-]*|\d{1,2}))*){0,3}"
    r"\s*(?:\([^()\n]{1,40}\)\.?\s*)?[-\u2013\u2014]+"
    # (pass poslist) `Brussels, Mar 22 (EFE).- `: a desk's place in ordinary case with the date, the bracket closed by a stop
    r"|(?:[A-Z][a-z\u00e0-\u017e.'\u2019-]+(?:\s+[A-Z][a-z\u00e0-\u017e.'\u2019-]+){0,2}(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s*)?"
    r"\([A-Za-z][\w .&-]{1,30}\)\.?\s*[-\u2013\u2014]+"
    r"|[A-Z][a-z\u00e0-\u017e'\u2019-]+\s+[\u2013\u2014])\s+"
)
# `Asked whether Ukraine could join NATO, Trump told reporters: "You can forget about that."`
_QUESTION_ANSWER = re.compile(
    r"^Asked\b(?P<q>[^\u201c\"]*?\b(?:whether|if|about)\b[^\u201c\"]*?),[^\u201c\"]*?"
    r"\b(?:replied|said|answered|responded|told [\w ]+?)\s*[:,]?\s*[\u201c\"](?P<a>[^\u201d\"]+)[\u201d\"]"
)
# `Biden answered "No" when reporters asked whether ...`
_ANSWER_WHEN = re.compile(
    r"\b(?:answered|replied|responded|said)\s*[:,]?\s*[\u201c\"](?P<a>[^\u201d\"]{1,40})[\u201d\"]\s*,?"
    r"(?:\s+(?:on|late on|earlier on|last)\s+[A-Z]\w+)?\s+when\s+[^.;\u201c\u201d\"]*?"
    r"\b(?:asked|questioned)\b(?P<q>[^\u201c\u201d\"]*)"
)
# `Biden was asked on Monday whether ...` and, as the next sentence, `"No," he told reporters.`
_WAS_ASKED = re.compile(r"\s+(?:was|were|had been)\s+asked\b(?P<q>[^\u201c\u201d\"]*?\b(?:whether|if)\b[^\u201c\u201d\"]*)")
_NEXT_ANSWER = re.compile(r"[\u201c\"](?P<a>[^\u201d\"]{1,40}?)[,.!]?[\u201d\"],?\s+(?:he|she)\s+(?:told|said|replied|answered|responded)\b")


# (pass posword) the same question and answer anywhere in the article (`_QUESTION_ANSWER`'s `^` holds only at the text's
# first character), after a dateline (`WASHINGTON (AP) — Asked ...`), and answered in a word given as such (`gave a
# one-word answer: "No."`, `answered a reporter's shouted question with a single word: "No."`)
_POSWORD_QA = re.compile(
    r"Asked\b(?P<q>[^\u201c\"]*?\b(?:whether|if|about)\b[^\u201c\"]*?),[^\u201c\"]*?"
    r"\b(?:replied|said|answered|responded|told [\w ]+?|"
    r"gave\s+(?:a|his|her|their)\s+(?:one-word|single-word|two-word|one-syllable|short|blunt|curt|terse|flat)\s+(?:answer|reply|response)|"
    r"(?:answered|replied|responded)\b[^\u201c\"]{0,80}?\bwith\s+(?:a|one)\s+(?:single\s+|one\s+|blunt\s+|curt\s+)?word)"
    r"\s*[:,]?\s*[\u201c\"](?P<a>[^\u201d\"]+)[\u201d\"]"
)


def _posword_question_answer(text: str, sent: Segment) -> re.Match[str] | None:
    """(pass posword) `_POSWORD_QA` at the sentence's start or right after its dateline."""
    if text.find("Asked", sent.start, min(sent.end, sent.start + 120)) == -1:
        return None
    at = _clauses(text, sent)[0][0]
    dateline = _DATELINE.match(text, at, sent.end)
    return _POSWORD_QA.match(text, dateline.end() if dateline else at, sent.end)


def _question_answer(text: str, sent: Segment, following: Segment | None, sent_refs: list[Ref], all_refs: list[Ref]
                     ) -> tuple[int, int, str, Ref | None] | None:
    """(question start, question end, answer, answerer) of a yes/no question on the issue answered in this sentence
    (or, for `X was asked whether ...`, in the next one)."""
    qa = _QUESTION_ANSWER.match(text, _clauses(text, sent)[0][0], sent.end) or _posword_question_answer(text, sent)
    if qa:
        answerer = [r for r in in_range(sent_refs, qa.end("q"), qa.start("a")) if r.actor is not None and r.actor.kind != "media"]
        return qa.start("q"), qa.end("q"), qa.group("a"), answerer[-1] if answerer else None
    if "asked" not in text[sent.start : sent.end]:
        return None
    when = _ANSWER_WHEN.search(text, sent.start, sent.end)
    if when:
        q = re.search(r"\b(?:whether|if)\b", text[when.start("q") : when.end("q")])
        if q:
            answerer = [r for r in sent_refs if r.end <= when.start() and r.actor is not None and r.actor.kind == "person"]
            return when.start("q") + q.start(), when.end("q"), when.group("a"), answerer[-1] if answerer else None
    asked = _WAS_ASKED.search(text, sent.start, sent.end)
    if asked and following is not None:
        answer = _NEXT_ANSWER.match(text, following.start, following.end)
        if answer:
            answerer = [r for r in sent_refs if r.end <= asked.start() and r.actor is not None and r.actor.kind == "person"]
            q = re.search(r"\b(?:whether|if)\b", text[asked.start("q") : asked.end("q")])
            return asked.start("q") + q.start(), asked.end("q"), answer.group("a"), answerer[-1] if answerer else None
    return None


# `Asked whether/if ..., ` opening a sentence: the reporter's question, whose answer follows the comma
_ASKED_CLAUSE = re.compile(r"Asked\b[^,.;\u201c\u201d\"]*?\b(?:whether|if)\b[^;\u201c\u201d\"]*?,\s")
_ANSWER_NO = re.compile(r"^\W*(?:no\b|never\b|absolutely not|not at all|no way|nope)", re.I)
_ANSWER_YES = re.compile(r"^\W*(?:yes\b|absolutely\b|of course|sure\b|definitely\b)", re.I)
_PASSIVE_PERMIT = re.compile(r"(?:allowed|permitted|authori[sz]ed|cleared)\b", re.I)
# one word of a name; a double-barrelled one keeps its second capital (`Ben-Gvir`, `Strack-Zimmermann`)
# (`O'Brien`, `D'Souza`: an apostrophe before a capital is inside the name; `Russia's` is no name word of its own)
_NAME_WORD = r"[A-Z](?:['\u2019][A-Z])?[a-z\u00e0-\u017e'\u2019-]+(?:-[A-Z][a-z\u00e0-\u017e'\u2019]+)?"
# A person the gazetteer does not know, introduced by a title: `Deputy Foreign Minister Alexander Grushko`,
# `Green MP Anton Hofreiter`, `Senator Jim Risch`, `foreign policy expert Anton Hofreiter`.
_TITLED_PERSON = re.compile(
    r"(?<![\w.])(?:(?<=['\u2019]s\s)(?:[a-z]+\s+){0,4}(?=[a-z]))?(?:(?:foreign|defen[cs]e|finance|policy|security|opposition|deputy|senior|former|chief|party)\s+)*"
    r"(?:[Mm]inister|MP|MEP|[Ss]enator|Sen\.|Rep\.|Representative|[Ll]awmaker|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|"
    r"[Ee]nvoy|Secretary|[Cc]ommissioner|[Ee]xpert|[Aa]dvi[sz]er|[Aa]dvisor|[Cc]hair(?:man|woman|person)?|[Ll]eader|General|Gen\.|"
    r"Admiral|[Dd]iplomat|[Cc]ommander|[Gg]overnor|Gov\.|[Mm]ayor|[Ll]egislator|[Cc]ongress(?:man|woman)|President|Premier|Chancellor)"
    # `Minister for European Affairs Janos Boka`
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){0,3})?\s+"
    # (`Associate Health Minister Dr Ayesha Verrall`: an honorific between the title and the name)
    r"(?:(?:Dr|Dr\.|Prof|Prof\.|Sir|Dame|Prince|Princess|Sheikh)\s+)?"
    # (pass posparty) the particles inside a name: `Faisal bin Farhan`, `Jeanne d'Arc Mujawamariya`
    r"(?P<name>" + _NAME_WORD + r"(?:\s+(?:von\s+|van\s+|de\s+|der\s+|bin\s+|ibn\s+|d['\u2019](?=[A-Z]))?" + _NAME_WORD + r"){1,2})(?![\w-])"
)


@dataclass
class _Found:
    actor: str
    ref: Ref
    issue: str
    stance: str
    unchanged: bool
    sentence: Segment
    order: int
    cue: str = ""  # the kind of the first bearing cue (`request`: a call on others)
    at: int = -1  # where that cue starts
    factor: int = 0  # that cue's own polarity (`backed` +1, `rejected` -1)


_FROM_ADJUNCT = re.compile(
    r"(?P<against>\b(?:overr\w+|defy\w*|defied|resist\w*|despite|ignor\w+|against|shrug\w* off|brush\w* (?:aside|off))\s+(?:[a-z]+\s+(?:of\s+)?)?)?"
    r"\b(?P<noun>opposition|objections?|resistance|support|backing|pressure|protests?)\s+from\s+"
    r"(?P<list>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*){0,12})"
)


def canonical_actor(gazetteer: Gazetteer, actor: Actor, when: str | None = None) -> str:
    """The name a stance is filed under (consistent with statement speakers); `when` picks the
    office holder an office speaks for (the White House in 2025 -> Donald Trump)."""
    voiced = actor.principal_at(when)
    if voiced:
        principal = gazetteer.lookup(voiced)
        return principal.canonical if principal else voiced
    if actor.kind == "body" and actor.canonical in _EXECUTIVE_ARMS:
        # (pass pos40a) a defence or foreign ministry, an army: the executive's arm acts for its country (`The Pentagon
        # rejected the offer` -> United States), as a government acting as a whole
        return gazetteer.country_of(actor) or actor.canonical
    return gazetteer.name_of(actor)


_EXECUTIVE_ARMS = frozenset({
    "US military", "Russian Defense Ministry", "Bundeswehr",
    "UK Ministry of Defence", "Ukrainian Defense Ministry",
})


def _ref_name(gazetteer: Gazetteer, ref: Ref, text: str | None = None, when: str | None = None) -> str | None:
    if ref.actor is None:
        return ref.country
    if ref.actor.kind == "media":
        return None
    if text is not None and ref.country and re.match(
        r"['\u2019]s?\s+(?:\w+\s+)?(?:government|administration|cabinet)\b", text[ref.end : ref.end + 40]
    ):
        return ref.country  # `Rishi Sunak's government`: the government acting as a whole
    if text is not None and ref.actor.kind == "person" and text.find(" of ", max(0, ref.start - 40), ref.start) != -1 and (
            _GOVERNMENT_OF.search(text, max(0, ref.start - 60), ref.start)):
        # `The government of President Alberto Fernandez has defended the law`: the same (the country, when known; never
        # the person, who is only named as the government's head)
        return ref.country
    return canonical_actor(gazetteer, ref.actor, when)


# a judge's title right before the name (`Presiding Judge`, `Chief Justice`, `Justice`), not `Justice Minister`
_BENCH_TITLE = re.compile(r"\b(?:Judge|Justice)\s+$")
_OFFICE_WORD = re.compile(r"(?:Minister|Secretary|Ministry|Department|Commissioner|Committee|Spokes\w+)\b")  # `Justice Minister X`
_GOVERNMENT_OF = re.compile(
    r"\b(?:[Gg]overnment|[Aa]dministration|[Cc]abinet)\s+of\s+(?:(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor|[Pp]remier)\s+)?$"
)


_NEGATED_STATE = re.compile(
    r"[\u201d\"'\s]*(?:that|how|when)\s+(?:[\w'\u2019-]+\s+){0,5}?(?:no|not|never|none|nobody|nothing)\b|[\u201d\"'\s]*(?:that|how|when)\s+(?:[\w'\u2019-]+\s+){0,5}?\w+n['\u2019]t\b",
    re.I,
)
# a stance verb taking a gerund clause with its own subject (`ruled out Germany supplying jets`, `backed Poland sending ...`)
_GERUND_OBJECT_VERB = re.compile(
    r"\b(?:rul(?:e|es|ed|ing) out|oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|back(?:s|ed|ing)?|support(?:s|ed|ing)?|"
    r"favou?r(?:s|ed|ing)?|resist(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|"
    r"block(?:s|ed|ing)?|veto(?:es|ed|ing)?|objected to|against)\s+(?:the\s+)?$",
    re.I,
)
_COMMITTED = re.compile(r"\bcommit(?:s|ted|ting)?\s+(?:the\s+)?$")
_GERUND_AFTER = re.compile(r"\s+(?:\w+ly\s+)?[a-z]{3,}ing\b")
_COORDINATED_OBJECT = re.compile(
    r"\b(?:to|for|with|of|on|by|from|in|at|against|into|than|about|over|between)\s+(?:the\s+)?"
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*(?:,\s*(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)*,?\s+(?:and|or)\s+(?:the\s+)?$"
)


# the same, after a verb (`granted Ukraine and ...`): its lowercase word is checked against the words a subject follows
# (no comma before `and`: `could not be used outside Ukraine, and Putin warned ...` joins two clauses)
_COORDINATED_VERB_OBJECT = re.compile(
    r"(?<![\w'\u2019-])(?P<v>[a-z]+)\s+(?:the\s+)?"
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*(?:,\s*(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)*\s+(?:and|or)\s+(?:the\s+)?$"
)


# a possessor's own plan for a measure (`'s proposal for`, `'s long-standing push for`, `'s plan to`)
_OWN_PLAN = re.compile(r"['\u2019]s?\s+(?:[a-z-]+\s+)?(?P<noun>proposals?|plans?|push|bid|campaign|calls?|demands?|drive|initiative|efforts?)"
                       r"\s+(?:for|to)\s")
# between the plan's noun and the measure it names: a few words of its complement, no verb of the clause
_OWN_PLAN_GAP = re.compile(r"(?:(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|not|never|and|but)\b)[\w'\u2019-]+\s+){0,4}")
_GROUP_LED = (r"\b(?i:countries|nations|states|governments|parties|groups|members|coalition|alliance|bloc|opposition|camp|government|"
              r"delegation|faction)[\u201d\"]?\s+(?:co-?)?(?:led|headed|spearheaded|chaired)\s+by\s+(?:the\s+)?")
# (pass pos42c: `co-chaired by`, `co-led by`, and a group's name in quotes, `A "High Ambition Coalition" co-chaired by`)
_GROUP_LED_BY = re.compile(_GROUP_LED + "$")
_GROUP_LED_BY_LIST = re.compile(_GROUP_LED + r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*(?:,\s*(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)*"
                                r",?\s+and\s+(?:the\s+)?$")
_OPENING_MARKS = frozenset({",", ";", ":", "\u201c", "\u201d", '"', "("})
# (pass posrec) a clause opening with officials of several states, each state named after `of`: the states act through
# them (`The foreign ministers of Estonia, Latvia and Lithuania called on ...`, `The leaders of France and Germany said`)
_OFFICIALS_OF = re.compile(
    r"^[\s,;:\u201c\u201d\"(\u2014-]*(?:(?:[A-Z][\w'\u2019-]*|[a-z]+)\s+)?(?:the\s+)?(?:(?:foreign|defen[cs]e|finance|economy|energy|trade|"
    r"agriculture|interior|health|environment|transport|prime)\s+)?(?:ministers|leaders|heads\s+of\s+(?:state|government)|presidents|"
    r"governments)\s+of\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*,\s*(?:the\s+)?)*"
    r"(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*,?\s+and\s+(?:the\s+)?)?$"
)
# words that describe a party or a group before its name (`the conservative`, `the left-wing`, `the French-speaking`)
_DESCRIPTOR = re.compile(
    r"(?:conservative|liberal|progressive|centrist|nationalist|populist|socialist|communist|radical|moderate|main|largest|biggest|"
    r"junior|senior|governing|far-right|far-left|hard-right|hard-left|[a-z]+-(?:wing|left|right|speaking|leaning|based|led|run))"
)
_CONJUNCT_DESCRIPTOR = re.compile(_COORD_DESCRIPTOR_WORD)
_TITLE_HEADS = frozenset("secretary minister executive chief head leader president chancellor commissioner spokesman spokeswoman "
                         "spokesperson envoy ambassador".split())


# (pass pos39a) a verb of asking before `that` and the mention it asks to act (`proposed Monday that the government
# postpone`, `demanded that the ministry scrap`, `urged that Japan repeal`, `asked that the EU drop`)
_MANDATE_THAT = re.compile(
    r"\b(?:propos|demand|urg|ask|request|recommend)(?:e|es|ed|ing|s)?\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|(?:on\s+)?[a-z]+ly\s+)?"
    r"that\s+(?:the\s+)?$")


# (pass `poscoord`) an issue whose own terms are a bare name (`Greenland`, `Rwanda`): the name written alone is a mention
# of the issue, but the country or body it names still acts on it (`Rwanda's government said it remained committed to
# the partnership`, `Greenland rejected the offer`), while a mention inside a measure (`the plan to send asylum seekers
# to Rwanda`) is no holder
_NAMED_ACTOR_ACTS = re.compile(
    r"(?:['\u2019]s?\s+(?:(?:[a-z]+|[A-Z][a-z]+)\s+){0,2}?(?:government|cabinet|parliament|ministry)\b|"
    r"(?:,\s+[^,;:\u201c\u201d\"]{3,60},)?\s+(?:(?:has|had|also|again|later|then|quickly|swiftly|firmly)\s+)?"
    r"(?:said|says|told|rejected|rejects|welcomed|welcomes|insisted|insists|warned|refused|refuses|dismissed|dismisses|"
    r"responded|replied|reiterated|stressed|vowed|agreed|accepted|denounced|condemned)\b)"
)


# (and the clause names the issue besides the holder's own name: another of its terms, or the measure named again as a
# definite noun, `the offer`, `the partnership`; `Greenland's government backed a new fishing law` is on no issue)
_MEASURE_AGAIN = re.compile(r"\b(?:the|this|that|any|such\s+an?)\s+(?:[\w-]+\s+){0,2}?(?:offer|deal|partnership|agreement|plan|scheme|"
                            r"idea|proposal|treaty|policy|arrangement|bid|suggestion|purchase|sale|takeover)\b")


def _named_actor_acts(text: str, ref: Ref, c_end: int, in_terms: list[tuple[int, int]]) -> bool:
    return (ref.actor is not None and ref.actor.kind in ("country", "organization") and _NAMED_ACTOR_ACTS.match(text, ref.end) is not None
            and (any(s0 >= ref.end for s0, _ in in_terms) or _MEASURE_AGAIN.search(text, ref.end, c_end) is not None))


def _bare_name_term(m, text: str, ref: Ref) -> bool:
    """Whether the issue's terms name `ref` as written, alone (pass `poscoord`)."""
    return m.terms is not None and m.terms.fullmatch(text, ref.start, ref.end) is not None


def _is_subject(text: str, ref: Ref, clause_start: int, clause_end: int = -1, issues=()) -> bool:
    if _GERUND_AFTER.match(text, ref.end) and _GERUND_OBJECT_VERB.search(text, max(clause_start, ref.start - 30), ref.start):
        return False  # `ruled out Germany supplying jets`: the subject of the gerund the stance verb takes, not a holder
    if text.find("that ", max(0, ref.start - 9), ref.start) != -1 and _MANDATE_THAT.search(text, max(clause_start, ref.start - 60), ref.start):
        return False  # (pass pos39a) `proposed that the government postpone the rise`: the one asked to act, not a holder
    if text.endswith("such as ", max(0, ref.start - 8), ref.start) or text.endswith("such as the ", max(0, ref.start - 12), ref.start):
        return False  # `urges lenders such as the World Bank to ...`: an example of a group named before, not a subject
    if re.search(r"\b(?:unless|if|whether|until|once|lest|in case|as long as|so long as|provided(?: that)?|on condition that)\s+(?:the\s+)?$", text[max(clause_start, ref.start - 20) : ref.start], re.I):
        return False  # a condition, not a stance: `unless the United States sends its own tanks`
    if re.search(r"\b(?:unless|if|whether|lest|in case)\b[^,;:\u201c\u201d\"]{0,100}$", text[max(clause_start, ref.start - 100) : ref.start], re.I):
        return False  # `... if Russia broke through and Kyiv asked for them`: still inside the condition
    if clause_end > ref.end and re.match(r"^[\w\s]", text[ref.end : ref.end + 1]) and not re.search(
        r"\b(?:to|for|with|of|on|by|from|in|at|against|into|than|about|over)\s+(?:the\s+)?$", text[max(clause_start, ref.start - 12) : ref.start]
    ):
        # (after a demonym, the issue's own verbs are nouns: `Russian supply lines`; `Ukrainian requests` still holds)
        if any(lex.starts_with_cue(text, ref.end, clause_end, m) for m in ([None] if ref.demonym else issues or [None])):
            return True  # `a step Zelensky hailed as historic`
    if ref.demonym:
        noun = _DEMONYM_HOLDER.match(text[ref.end : ref.end + 30])
        if noun and "inistry" in noun.group() and re.search(
            r"\b(?:to|for|with|of|on|by|from|in|at|against|into|than|about|over|outside|near|inside|before|toward|towards)\s+(?:the\s+)?$",
            text[max(clause_start, ref.start - 16) : ref.start], re.I,
        ):
            return False  # (pass hold45) `protesters outside the Chinese foreign ministry`: a place, not the ministry acting
        return bool(noun)
    possessive = re.match(r"['\u2019]s?\s+(\w+)", text[ref.end : ref.end + 30])
    if (
        possessive
        and not (ref.actor is not None and ref.actor.kind == "country" and _POSSESSIVE_BODY.match(text, ref.end, ref.end + 50)
                 # (not the country an issue is about: `after Israel's security cabinet backed a plan ...` on arms for Israel;
                 # pass posact: but the country the proposition asks to act is the one whose cabinet acts, `Germany's cabinet
                 # approved a bill ...` on `Germany should legalise ...`)
                 and not any(m is not None and ref.actor.canonical in m.issue.proposition
                             and not _asked_to_act(ref.actor.canonical, m.issue.proposition)
                             and not _bare_name_term(m, text, ref) for m in issues))
        and possessive.group(1).casefold() not in _STANCE_NOUNS
        and not (possessive.group(1).casefold() in _DRIVE_NOUNS and ref.actor is not None
                 and not any(m is not None and ref.actor.canonical in m.issue.proposition for m in issues))
        and possessive.group(1).casefold() not in _SKIP_LEFT
        and not possessive.group(1)[:1].isupper()
    ):
        return False  # `Ukraine's accession ...`: the possessor is not the subject
    government = _GOVERNMENT_IN.search(text, max(clause_start, ref.start - 40), ref.start)
    if government and "inistry" in government.group() and government.start() != clause_start and not re.search(
        r"(?:[.,;:\u2014\u201c\"]|\b(?:and|but|while|said|says|as)|^)\s*$", text[max(clause_start, government.start() - 20) : government.start()], re.I,
    ):
        government = None  # (pass hold45) `protesters outside the foreign ministry in Hanoi`: a place, not the ministry acting
    if government and (government.start() == clause_start or not re.search(
        r"\b(?:to|for|with|of|on|by|from|in|at|against|into|than|about|over|pressure|urged|asked|told)\s+$",
        text[max(clause_start, government.start() - 20) : government.start()], re.I,
    )):
        return True  # `The government in Berlin denied ...`: the government acting as a whole (not `pressure on ...`)
    if " next " in text[max(clause_start, ref.start - 40) : ref.start] and (
            nxt := _NEXT_OFFICE.search(text, max(clause_start, ref.start - 60), ref.start)) is not None and (
            nxt.start() == clause_start or _OPENS_CLAUSE_BEFORE.search(text, max(clause_start, nxt.start() - 12), nxt.start())):
        return True  # (pass r51pos) `Germany's likely next chancellor Friedrich Merz agreed ...` opening its clause
    # the words before the mention, back to the first one that is no title or determiner (a window: a clause
    # without punctuation can be very long)
    window = max(clause_start, ref.start - 240)
    words = re.findall(r"[\w'\u2019-]+|[,;:\u201c\u201d\"()]", text[window : ref.start])
    titled = bool(words) and words[-1] in _TITLE_HEADS
    while words and words[-1].casefold() in _SKIP_LEFT:
        words.pop()
    if titled and words and words[-1].islower() and words[-1] not in _SUBJECT_LEFT and words[-1].casefold() not in _SKIP_LEFT:
        # `Britain's transport secretary Heidi Alexander`, `Environment minister Marina Silva` opening a sentence: a
        # lowercase portfolio between the title and an owner's possessive, or the sentence's start, is part of the title
        owner = words[:-1]
        if not owner or (owner[-1].endswith(("'s", "\u2019s")) and owner[-1][:1].isupper() and (len(owner) == 1 or owner[-2] in _OPENING_MARKS)):
            words = []
    if words and words[-1] in _GROUP_NOUNS:
        # `consumer group BEUC said`, `rights group Amnesty International`: a descriptor, like a title
        words.pop()
        for _ in range(3):
            if words and words[-1].islower() and words[-1] not in _SUBJECT_LEFT:
                words.pop()
    if not words and window > clause_start:
        words = re.findall(r"[\w'\u2019-]+|[,;:\u201c\u201d\"()]", text[clause_start : ref.start])
        while words and words[-1].casefold() in _SKIP_LEFT:
            words.pop()
    if words and _DESCRIPTOR.fullmatch(words[-1]):
        # (pass `pos21a`) `The conservative CDU/CSU bloc voted against`, `and the left-wing Red-Green Alliance`: words that
        # describe a party or group, between a determiner opening its clause and the name, are no verb before it
        k = len(words) - 1
        while k > 0 and len(words) - k < 3 and _DESCRIPTOR.fullmatch(words[k - 1]):
            k -= 1
        if k > 0 and words[k - 1].casefold() == "the" and (k == 1 or words[k - 2] in _OPENING_MARKS or words[k - 2].casefold() in _SUBJECT_LEFT):
            words = words[: k - 1]
    if words and _CONJUNCT_DESCRIPTOR.fullmatch(words[-1]):
        # (pass `poscoord`) `A of Ohio and independent B of Maine voted`, `... and the far-right C`: the descriptors of a
        # conjunct after `and` are no verb before it; the conjunction decides (objects of a verb stay objects below)
        k = len(words) - 1
        while k > 0 and len(words) - k < 3 and _CONJUNCT_DESCRIPTOR.fullmatch(words[k - 1]):
            k -= 1
        j = k - 1 if k > 0 and words[k - 1].casefold() == "the" else k
        if j > 0 and words[j - 1].casefold() == "and":
            words = words[:j]
    if not words:
        return True
    prev = words[-1]
    if prev in (",", "and", "with") or prev.islower():
        if " with " in text[max(clause_start, ref.start - 260) : ref.start] and _in_with_voting_list(text, ref, clause_start):
            return True  # (pass poswith) `..., with Labor, the Greens and senator Jo Bloggs voting in favour`
    if prev in ("of", ",", "and") and _OFFICIALS_OF.match(text[clause_start : ref.start]):
        return True  # (pass posrec) `The foreign ministers of Estonia, Latvia and Lithuania called on ...`: each state acts
    if prev in ("with", "and") and _ALONG_WITH.search(text, max(clause_start, ref.start - 160), ref.start):
        return True  # (pass `pos21a`) `Austria, together with Luxembourg and Malta, voted against`
    if prev.casefold() == "and" and _GROUP_LED_BY_LIST.search(text, max(clause_start, ref.start - 120), ref.start):
        return True  # (`led by Mexico and Chile`: the last of the group's leaders)
    if prev.casefold() == "unlike":
        return False  # (pass poslist) `Unlike Spain, France opposes ...`: the one contrasted holds no part of the predicate
    if (prev in ("joined", "joins", "join") or prev.casefold() == "and" and text.find("join", max(clause_start, ref.start - 160), ref.start) != -1) and (
            _JOINED_LIST_IN.match(text, ref.end) and re.search(r"\bjoin(?:ed|s)?\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*(?:\s+|,\s+|,?\s+and\s+(?:the\s+)?))*$",
                                                               text[max(clause_start, ref.start - 160) : ref.start])):
        return True  # (pass poslist) `Estonia joined Latvia and Lithuania in backing ...`: who is joined acts too
    if prev.casefold() in ("and", "or") and _COORDINATED_OBJECT.search(text, max(clause_start, ref.start - 80), ref.start):
        return False  # `dismissing the pledges from Berlin and Washington as ...`: objects of a preposition
    if prev.casefold() in ("and", "or") and (lead := _COORDINATED_VERB_OBJECT.search(text, max(clause_start, ref.start - 80), ref.start)) and (
        lead.group("v") not in _SUBJECT_LEFT and lead.group("v") not in _SKIP_LEFT
    ):
        return False  # `granted Ukraine and Moldova candidate status`, `warned Denmark and the Netherlands`: a verb's objects
    if prev in {",", ";", ":", "\u201c", "\u201d", '"', "("}:
        return True
    if prev == "by" and _GROUP_LED_BY.search(text, max(clause_start, ref.start - 60), ref.start):
        return True  # (pass `pos21a`) `Eleven countries led by Mexico and Chile formed a coalition to ...`: the group's leaders act with it
    if prev[:1].isupper():
        return True  # a title: `Defense Secretary Lloyd Austin`
    if prev.casefold() == "with":
        # `with Kuleba saying ...`, `with Strack-Zimmermann, the Free Democrat who chairs ..., calling for ...`
        # (`with the Free Democrats (FDP) voting in favour`: the acronym after the name)
        return bool(re.match(r"^(?:\s+\([A-Z][\w.&/-]{1,12}\))?(?:,[^,;:\u201c\u201d\"]{3,100},)?\s+\w+ing\b", text[ref.end : ref.end + 130]))
    return prev.casefold() in _SUBJECT_LEFT


def _asked_to_act(name: str, proposition: str) -> bool:
    """(pass posact) Whether the proposition asks the named country itself to act: `Germany should supply Taurus ...`
    (not `Ukraine should be admitted to NATO`, whose subject undergoes the measure, nor `Arms exports to Israel ...`)."""
    return proposition.startswith(name + " should ") and not proposition.startswith(name + " should be ")


# a country's government body named by its possessive (`China's commerce ministry`, `Germany's cabinet`, `India's trade
# department`): the government speaking for the country, which holds the stance
_POSSESSIVE_BODY = re.compile(
    r"['\u2019]s?\s+(?:(?:[a-z]+|[A-Z][a-z]+)\s+){0,2}?(?:[Mm]inistry|[Dd]epartment|[Cc]abinet|[Gg]overnment|[Ee]mbassy|[Tt]reasury|"
    # (pass posact) the country's parliament acting as a whole (`Germany's parliament passed the law`, `Belgium's federal
    # parliament repealed ...`: gold gives the country beside the chamber), not one of its officers or parts
    r"[Pp]arliament(?!\s+(?:speaker|president|members?|committee|building|elections?|chamber|house)\b))\b"
    # (`on` only as a topic, not a day: `China's commerce ministry on Thursday said`)
    r"(?!\s+(?:of|in|for)\b|\s+on\s+(?![A-Z][a-z]+day\b)|['\u2019])"
)


# (pass poswith) a member of a list in an absolute `with A, B and C voting in favour` (`with Labor, the Greens and
# independent senator Jo Bloggs backing it`): short capitalised items, each with up to three lowercase words before it
# (a determiner, a title), after `with` and closed by a vote or stance gerund; each named member acts (`with 56 MPs
# voting against` names none, `talks with A and B, saying ...` is closed by no such gerund)
_WL_ITEM = r"(?:the\s+|its\s+|their\s+|[a-z]+\s+){0,3}[A-Z][\w.'\u2019/-]*(?:\s+[A-Z][\w.'\u2019/-]*){0,4}"
_WITH_LIST_HEAD = re.compile(r"\bwith\s+(?:" + _WL_ITEM + r"(?:,\s+|,?\s+and\s+)){0,7}(?:the\s+|its\s+|their\s+|[a-z]+\s+){0,3}$")
_WITH_LIST_TAIL = re.compile(r"(?:(?:,\s+|,?\s+and\s+)" + _WL_ITEM + r"){0,7}\s+(?:voting|backing|opposing|supporting|rejecting|favou?ring)\b")

_WITH_LIST_JOINT = re.compile(r"(?:(?:,\s+|,?\s+and\s+)" + _WL_ITEM + r")*(?:,\s+|,?\s+and\s+)(?:the\s+|its\s+|their\s+|[a-z]+\s+){0,3}")


def _in_with_voting_list(text: str, ref: Ref, clause_start: int) -> bool:
    if not _WITH_LIST_TAIL.match(text, ref.end, ref.end + 260):
        return False
    head = _WITH_LIST_HEAD.search(text, max(clause_start, ref.start - 260), ref.start)
    return head is not None and (", " in text[head.start() : ref.end + 260] or " and " in text[head.start() : ref.end + 260])


_CONTINUES_STANCE = re.compile(
    r"continu(?:e|es|ed|ing) to (?:favou?r|oppos|support|back|reject|press|push|urg|call|resist|insist|demand|refus|object|argu|lobb|advocat)",
    re.I,
)
_WITH_VOICE = re.compile(r",\s+with\s+(?:[\w-]+\s+){0,4}$")
# (pass hold45) and a ministry named by the capital it sits in (`The foreign ministry in Hanoi called ...`, `the Defence
# Ministry in Oslo said`): the government's arm speaks for the country (not an embassy: `the embassy in Hanoi` is another
# country's)
_GOVERNMENT_IN = re.compile(
    r"(?<![\w-])(?:the\s+)?(?:government|authorities|leadership|(?:[a-z]+\s+){0,2}?ministry)\s+in\s+$", re.I)
_TITLE_HIT = re.compile(
    r"(?<![\w.-])(?:[Mm]inister|MP|MEP|[Ss]enator|Sen\.|Rep\.|Representative|[Ll]awmaker|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|"
    r"[Ee]nvoy|Secretary|[Cc]ommissioner|[Ee]xpert|[Aa]dvi[sz]er|[Aa]dvisor|[Cc]hair(?:man|woman|person)?|[Ll]eader|General|Gen\.|"
    r"Admiral|[Dd]iplomat|[Cc]ommander|[Gg]overnor|Gov\.|[Mm]ayor|[Ll]egislator|[Cc]ongress(?:man|woman)|President|Premier|Chancellor)\s+(?:(?:for|of)\s+)?[A-Z]"
)
# where a `_TITLE_HIT` match can begin: a title's first letter after no word character (`finditer_at`)
_TITLE_HIT_START = re.compile(r"[ACDEGLMPRSacdeglms](?<![\w.-].)")


# A person the gazetteer does not know, introduced by an appositive that a speech verb closes:
# `Kirill Dmitriev, the Kremlin's envoy for ..., said`, `Rolf Mützenich, who leads ..., warned`, and
# `Ukraine's deputy prime minister for European integration, Taras Kachka, said`.
_NAME = _NAME_WORD + r"(?:\s+(?:von\s+|van\s+|de\s+|der\s+)?" + _NAME_WORD + r"){1,2}"
# (pass stm24) the party, body or place a person is of, written after the name and no part of it: `Tom Hale of the
# Liberal Party, a coalition partner, said`, `the health minister, Ana Ruiz of the Greens, called ...`
_MEMBER_OF = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})"
_MEMBER_OF_RX = re.compile(_MEMBER_OF)
_PEOPLE_OF = re.compile(r"\b(?:[Tt]he\s+)?(?:ordinary\s+)?people\s+of\s+(?:the\s+)?$")
# (pass chg50) a speaker's second complement (`said Scholz was wrong and that Germany should ...`)
_SAID_AND_THAT = re.compile(r"\b(?:said|says|argued|insisted|added|stressed)\s+(?:that\s+)?[^.;:\u201c\u201d\"]{1,120}?\s+and\s+that\s+$")
# (or a verb of stance: `Pavel Novak, the environment minister, praised the ban`)
_APPOSITIVE_SPEECH = (r",\s+(?:has\s+|had\s+)?(?:said|says|told|warned|wrote|argued|added|insisted|stressed|urged|called|declared|repeated|renewed|reiterated|reaffirmed|"
                      r"welcomed|welcomes|praised|hailed|applauded|slammed|thanked|critici[sz]ed|condemned|denounced|rejected|opposed|backed|supported|endorsed|"
                      # (`Marta Lind, chief executive of ..., voted against the bill`)
                      r"voted|"
                      # (pass pos39b: `Ana Ruiz, head of the tenants union, vowed to ...`)
                      r"vowed|pledged)\b")
# a person's role at the head of (or speaking for) an organisation, written without a determiner in an appositive
# (`John Smith, chief executive of the Federation of ..., said`)
# (pass pos39b) `Kim Min-su, newly elected president of ...,`, `Ana Ruiz, incoming head of ...,`: a tenure word before the role
_ROLE_TENURE = r"(?:(?:newly|recently)\s+(?:elected|appointed|named|installed)\s+|(?:new|incoming|acting|interim|current|longtime|long-time)\s+)"
_HEAD_ROLES = (r"(?:(?:deputy|vice|co-)\s*)?(?:chief\s+executive|chief|head|president|chair(?:man|woman|person)?|leader|"
               r"spokes(?:man|woman|person)|(?:executive\s+|managing\s+)?director|general\s+secretary|secretary[\s-]general|"
               r"secretary|co-?founder|founder|boss|convenor|coordinator)")
# (the name's first capital comes before the look back at what precedes it: a pattern that starts with a character
# class is scanned for in C, one that starts with a lookbehind is tried at every position; same matches)
_NAME_APPOSITIVE = re.compile(
    # (also after `, and`: `Feijoo vowed to repeal the levy, and Isabel Diaz Ayuso, president of ..., said`; pass pos39b:
    # and after `, while`)
    r"(?P<name>(?:[A-SU-Z]|T(?!he\s))(?:(?<![\s\S]{2})|(?<=\n.)|(?<=[.!?]\s.)|(?<=[-\u2013\u2014]\s.)|(?<=,\sand\s.)|(?<=,\swhile\s.)|(?<=[\u201d\"]\s.))"
    + _NAME[len("[A-Z]"):] + r")" + _MEMBER_OF + r"?,\s+"
    r"(?P<app>(?:the|a|an|who|now|[A-Z][\w.'\u2019-]*['\u2019]s|" + _ROLE_TENURE + r"?" + _HEAD_ROLES + r")\s[^,;\n\u201c\u201d\"]{3,120}?)"
    # (pass r51pos) a second appositive on the organisation (`Ana Ruiz, leader of the Free Farmers, the ruling party's
    # partner in the region, said`)
    r"(?:,\s+(?:the|a|an|[A-Z][\w.'\u2019-]*['\u2019]s)\s[^,;\n\u201c\u201d\"]{3,80}?)?" + _APPOSITIVE_SPEECH
)
# (pass `unkact`) the speaker of a quote, named after it with an appositive that says who they are: `"...," said Anna
# Berg, the transport minister.`, `"...," said Tom Ruiz, head of the pilots' union, adding ...`, and the name opening the
# tail before the appositive and its speech verb (`_NAME_APPOSITIVE`): `"...," Anna Berg, the union's leader, said.`
_QUOTE_NAME_APPOSITIVE = re.compile(
    r"[\u201d\"],?\s+(?:said|says|added|wrote|argued|warned)\s+(?P<name>" + _NAME + r"),\s+"
    # (not `a campaigner with Greenpeace`, `an analyst at ...`: one of an organisation's staff, who speaks for it)
    r"(?P<app>(?:the|(?:a|an)(?![^,;\n\u201c\u201d\"]*\s(?:with|at|for|from)\s+(?:the\s+)?[A-Z])|[A-Z][\w.'\u2019-]*['\u2019]s|"
    + _HEAD_ROLES + r")\s[^,;\n\u201c\u201d\"]{3,80}?)"
    r"(?=\s*(?:[.;]|,\s+(?:who|adding|saying|in|on|at|told)\b|$))"
)
_TITLE_APPOSITIVE = re.compile(
    r"(?P<app>(?:(?:[A-Z][\w.'\u2019-]*['\u2019]s|[A-Z][a-z]+)\s+)?(?:(?:deputy|vice|former|chief|top|senior)\s+)*"
    r"(?:prime\s+minister|minister|spokes(?:man|woman|person)|envoy|ambassador|secretary|commissioner|adviser|advisor|"
    r"negotiator|chief|head|director|governor|mayor|senator|lawmaker|chairman|chairwoman|chair|leader|president|founder)\b[^,;\n\u201c\u201d\"]{0,60}),\s+"
    r"(?P<name>" + _NAME + r")" + _MEMBER_OF + r"?" + _APPOSITIVE_SPEECH
)
# `said the shadow health secretary, Wes Streeting, accusing ...`, `The Conservative leader, Kemi Badenoch, who ...`,
# `as did the health secretary, Wes Streeting.`: a title with a determiner set off before the name
# (pass `actors`) an office with its department: `The Exchequer Secretary to the Treasury`, `the Minister for Europe`
_OFFICE_OF_DEPARTMENT = r"(?:[A-Z][a-z]+\s+)?(?:Secretary|Minister)(?:\s+of\s+State)?\s+(?:to|for|of)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,2}"
_THE_TITLE_NAME = re.compile(
    r"(?P<app>[Tt](?<!\w.)he\s+(?:[\w'\u2019-]+\s+){0,3}?(?:prime\s+minister|minister|spokes(?:man|woman|person)|envoy|ambassador|secretary|"
    r"commissioner|adviser|advisor|negotiator|chief|head|director|governor|mayor|senator|lawmaker|chairman|chairwoman|chair|"
    r"leader|premier|president|chancellor|attorney\s+general|MP|MEP"
    # (pass `actors`) an office with its department: `The Exchequer Secretary to the Treasury, Tom Hale,`, `the
    # Minister for Europe, Ana Ruiz,`, `the Secretary of State for Health, Ben Ross,`
    r"|" + _OFFICE_OF_DEPARTMENT + r")),\s+"
    r"(?P<name>" + _NAME + r")(?=\s*[,.;:])"
)
# where `_TITLE_APPOSITIVE` can end: a comma, a name, a speech verb. Its appositive holds no comma, so a match starts
# after the comma before that one: scanning only there finds the same matches, without trying every position.
_TITLE_APPOSITIVE_TAIL = re.compile(r",\s+" + _NAME + _MEMBER_OF + r"?" + _APPOSITIVE_SPEECH)


def _title_appositives(text: str) -> list[re.Match[str]]:
    """`list(_TITLE_APPOSITIVE.finditer(text))`, searched only before each place a match can end."""
    out = []
    pos = 0
    for tail in _TITLE_APPOSITIVE_TAIL.finditer(text):
        if tail.start() < pos:
            continue
        m = _TITLE_APPOSITIVE.search(text, max(pos, text.rfind(",", 0, tail.start()) + 1), min(len(text), tail.end() + 40))
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


_TITLE_SUFFIXES = ("minister", "secretary", "man", "woman", "person", "envoy", "ambassador", "er", "or", "chief", "head", "leader",
                   "premier", "president", "chancellor", "general", "chair", "MP", "MEP")
_COMMA_CAPITAL = re.compile(r",\s+[A-Z][a-z]")


def _title_comma(text: str) -> bool:
    """Whether a title word ends right before `, Name` (what `_THE_TITLE_NAME` needs): a scan for the commas, not
    for every word ending."""
    return any(text.endswith(_TITLE_SUFFIXES, 0, m.start()) for m in _COMMA_CAPITAL.finditer(text)) or (
        ("Secretary " in text or "Minister " in text) and _OFFICE_OF.search(text) is not None)


_OFFICE_OF = re.compile(_OFFICE_OF_DEPARTMENT + r",\s+[A-Z]")


_COUNTRY_POSSESSIVE_PERSON = re.compile(
    r"(?<=['\u2019]s\s)(?P<name>" + _NAME_WORD + r"(?:\s+(?:von\s+|van\s+|de\s+|der\s+)?" + _NAME_WORD + r"){1,2})"
    r"(?=\s*,|\s+and\s|\s+(?:has\s+|had\s+|also\s+)?[a-z]+(?:ed|s)\b)"
)
_GOV_TITLE = re.compile(r"\b(?:[Mm]inister|Secretary|President|Premier|Chancellor|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|[Ee]nvoy|[Cc]ommissioner)\b")
# a title that holds no office now: `Shadow fisheries minister`, `former Defence Secretary`, `opposition spokesman`
_OUT_OF_OFFICE = re.compile(r"\b(?:shadow|former|ex-|opposition)", re.I)


# A person or organisation the gazetteer does not know, named right before a speech or stance verb:
# `Meta said`, `Reddit filed ...`, `auto industry association VDA urged`, `Amnesty International said`,
# `Brazilian President Luiz Inacio Lula da Silva urged` (titles before the name are dropped).
_NAMED_SUBJECT = re.compile(
    r"(?<![\w'\u2019.-])(?P<name>[A-Z](?:['\u2019][A-Z])?[\w\u00e0-\u017e]*(?:-[A-Z][\w\u00e0-\u017e]*)?"
    # (`Friends of the Earth welcomed`, `Campaign for Better Transport said`: `of`/`for` inside an organisation's name)
    # (pass pos39b: a later word may join a lowercase syllable, `Lee Soo-jin`, `Kim Taek-woo`: a Korean given name)
    r"(?:\s+(?:(?:da|de|do|dos|di|del|van|von|der|la|le|of|of\s+the|for|for\s+the)\s+)?[A-Z](?:['\u2019][A-Z])?[\w\u00e0-\u017e]*(?:-[A-Za-z][\w\u00e0-\u017e]*)?){0,6})"
    # `Amnesty International has urged`, `The Bundestag on Thursday rejected`, `Meta will not sign`
    # (`the International Olympic Committee's executive board decided`: the body's board acts for it)
    # (`Privacy International's opposition to the scheme`: the name holding a stance noun, before its object)
    # (pass `pos21a`: and a push or plan of its own for a measure, `the Forward Party's push for a ban`, `Canada's proposal
    # for a moratorium`; and a stance told in a relative clause, `Agrovia, which has fought a ban in three countries,`)
    r"(?:(?=['\u2019]s\s+(?:(?:long-standing|longstanding|strong|vocal|fierce|firm)\s+)?(?:opposition|support|backing|rejection|refusal|endorsement|"
    r"push|plans?|proposals?|bid|campaign|calls?|demands?|drive|efforts?|initiative)\s+(?:to|for|of)\s)|"
    r"(?=,\s+(?:which|who)\s+(?:has\s+|have\s+|had\s+)?(?:long\s+|repeatedly\s+|strongly\s+|also\s+|fiercely\s+)?(?:fought|opposed|"
    r"resisted|campaigned|lobbied|backed|championed|pushed|urged|rejected|blocked|vetoed|sued|challenged|"
    # (pass pos40b) a place's own ban told in a relative clause (`after Massachusetts, which outlawed them in 2020`)
    r"banned|outlawed|prohibited)\s)|"
    r"(?:['\u2019]s\s+(?:executive\s+)?(?:board|council))?"
    # (pass posh: the appositive may open on a place's or a firm's possessive, `ITV, Britain's biggest broadcaster, warned`,
    # `Ana Ruiz, Spain's richest woman, attacked`)
    # (`National, which voted against, says ...`: a relative clause between the name and its verb; `Iberia, the Spanish
    # flag carrier, said`, `Unite, which represents 40,000 council workers, said`: an appositive saying what it is)
    # (pass `pos21a`: or names that share its verb, `Greenpeace, along with the Soil Association, has called for`)
    r"(?:,\s+(?:(?:which|who|along\s+with|together\s+with)\s+|(?P<desc>(?:the|a|an)\s+|(?-i:[A-Z])[\w.-]*['\u2019]s\s+))(?P<clause>(?:[^,;.\u201c\u201d\"]|[.,](?=\d)){3,60}),)?"
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
    r"(?:(?:has|have|had|will|would|did|does|do|is|was)\s+(?:not\s+|never\s+|also\s+|now\s+|already\s+)?|also\s+|again\s+)?"
    # (`has long pushed for`, `strongly opposes`: an adverb of manner or time before the verb)
    r"(?:(?:long|strongly|firmly|consistently|openly|publicly|fiercely|vehemently|previously|formally|swiftly)\s+)?"
    r"(?:said|says|say|told|urged|urge|called|call|warned|welcomed|welcome|filed|argued|insisted|critici[sz]ed|rejected|reject|opposed|"
    r"oppose|backed|back|repeated|renewed|reiterated|reaffirmed|signed|sign|refused|refuse|supported|support|endorsed|endorse|blocked|block|vetoed|veto|"
    r"accepted|accept|joined|join|approved|approve|condemned|condemn|passed|adopted|maintained|recommended|recommends|decided|voted|"
    # commitments and verdicts (`Marta Kowalska vowed to scrap the ban`, `... denounced the plan`)
    r"vowed|vows|pledged|pledges|promised|wants|demanded|demands|denounced|praised|hailed|applauded|slammed|thanked|"
    # (pass pos40b) an accusation (`Greenpeace accused the EPP of weakening the law`)
    r"accused|accuses|"
    # (pass pos44b) a suit against a measure (`Pavel Durov sued to block the law`, `sues over the ban`)
    r"sued|sues|"
    # (pass pos41) holding out against a measure or against calls to undo it (`Mary Byrne resisted calls to scrap the
    # levy`, `the minister dismissed demands to halt it`; `dismissed` only before a request, not `dismissed the official`)
    # (pass pos42d) an attack in words on a measure (`Jean Roux attacked the levy`, `lashed out at the plan`, `came out
    # against it`)
    # (`Olivier Faure has made the tax a condition for ...`)
    r"(?:made|makes)(?=\s+(?:[\w'\u2019%-]+\s+){1,5}?(?:a|an|its|their|his|her|the)\s+(?:\w+\s+)?(?:pre)?condition\s+(?:for|of)\b)|"
    r"attacked|attacks|(?:lashed|lashes|hit|hits)\s+out\s+at|(?:came|comes)\s+out(?=\s+(?:against|in\s+favou?r\s+of|for)\b)|"
    r"resisted|resists|(?:dismissed|dismisses)(?=\s+(?:(?:the|all|any|renewed|repeated|growing)\s+)?(?:calls?|demands?|pressure|appeals?|suggestions?|proposals?|requests?)\b)|"
    # acts on a measure (`Tom Reid defended the law`, `Civic Forum fought the reform`, `The Ohio Senate killed the bill`),
    # and a place's own measures (`Bologna imposed a 30 km/h limit`, `Lisbon introduced a tourist tax`)
    r"defended|defends|fought|fights|killed|lobbied|campaigned|imposed|introduced|adopted|lowered|raised|launched|"
    # a regulator's own acts (`Anvisa banned paraquat in 2020`, `the regulator Ofcom ordered ...`; not a court's ruling)
    r"banned|bans|outlawed|prohibited|ordered|suspended|revoked|authori[sz]ed|licensed|"
    # (pass pos39c) and its own measure put off or taken back (`the Food Standards Agency withdrew its proposed ban`,
    # `the regulator on Friday postponed the rules`, `the Medicines Agency scrapped the plan`)
    r"withdrew|withdraws|postponed|postpones|delayed|delays|scrapped|scraps|shelved|shelves|rescinded|repealed|froze|"
    # the present of the same verbs (`The Green Party backs ...`), and proposing or pressing
    # for a measure (`tabled a bill to ...`, `has long pushed for ...`, `championed the plan`)
    r"opposes|backs|supports|endorses|rejects|condemns|welcomes|urges|calls|warns|blocks|vetoes|accepts|approves|"
    r"critici[sz]es|denounces|praises|hails|slams|favou?rs?|favou?red|pushed|pushes|tabled|proposed|proposes|championed|champions|"
    # (pass `actors`) a place leading with a measure of its own (`Venice on Thursday became the first city to charge ...`)
    # (pass pos40b: or after another, `California becomes the second state to ban ...`, `Ohio became the latest state to`)
    r"(?:became|becomes|has\s+become)(?=\s+the\s+(?:first|second|third|fourth|fifth|sixth|latest|newest|next|last|only)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:city|town|capital|region|state|province|municipality|country|nation)\s+(?:[\w-]+\s+){0,3}?to\s))\b)"
)
# where a `_NAMED_SUBJECT` match can begin: a capital after no name character
_NAMED_SUBJECT_START = re.compile(r"[A-Z](?<![\w'\u2019.-].)")
# capitalised words that open a sentence or name a group, not an actor of their own
_NOT_NAMES = frozenset(
    """the a an and but or he she it they we i you this that these those there his her its their our my
    officials police parliament government ministry treasury cabinet spokesman spokeswoman spokesperson some many others
    critics analysts sources diplomats lawmakers residents witnesses experts authorities europe west western allies
    nobody no none each every both all most few monday tuesday wednesday thursday friday saturday sunday
    though although while whilst""".split()  # (pass `pol22`: a concessive clause opening the sentence)
)
# a party named by its members (`the Christian Democrats called`, `the Greens said`): an organisation, not a person
# (pass pos40b) places whose one-word name ends in `s` and is no plural noun (`Massachusetts, which outlawed them`)
_PLACES_IN_S = frozenset("Massachusetts Texas Illinois Kansas Arkansas Wales Paris Athens Brussels Cyprus Mauritius Honduras "
                         "Barbados Bahamas Comoros Seychelles Philippines Maldives Netherlands Flanders".split())
_PARTY_PLURALS = frozenset(
    "democrats republicans socialists conservatives liberals greens tories nationalists communists populists".split()
)
_ORG_WORDS = frozenset(
    """international group cars inc inc. ag corp corp. ltd plc association union council institute foundation watch
    federation network party bank fund agency organisation organization lobby alliance coalition society
    campaign consortium confederation chamber trust forum movement""".split()
)


# An organisation the gazetteer does not know, named by its own name with an organisation word (a party is left to
# `_NAMED_SUBJECT`, which knows how parties vote): headed by it
# (`The Coastal Retailers' Alliance`, `the Federation of Polish Grocers`, `The 4 Ocean Trust Foundation`), or a name
# run followed by a lowercase organisation noun (`Germany's IG Metall union`, `The Lewiatan employers' confederation`),
# or set off by an appositive that says what it is (`Handelsverband Nord, the retailers' association,`). The name is
# kept as written; a country's possessive before it only says where it is.
_ORG_HEADS = (r"Union|Unions|Association|Associations|Confederation|Federation|Foundation|Council|Group|Institute|"
              r"Chambers|Chamber|League|Alliance|Society|Trust|Coalition|Movement|Forum|Network|Lobby|Congress|Centre|Center|Club|Party")
_ORG_NOUNS = r"union|association|confederation|federation|foundation|lobby|alliance|league|chamber|think[\s-]tank|group|party"
# (pass `pos21a`) a party named by plain English words before a lowercase `party` is the `... Party` (`The Left party voted`
# -> Left Party); a name of its own language stays as written (`the Pheu Thai party` -> Pheu Thai)
_PARTY_NAME_WORDS = frozenset("""left green labour liberal conservative centre center progress freedom socialist democratic
    republican national people's reform justice unity independence pirate communist christian social moderate radical""".split())
# what an appositive may call an organisation besides `_ORG_NOUNS` (`Clean Seas Now, a parents' campaign that ...,`)
_APP_ORG_NOUNS = (r"campaign|charity|movement|network|coalition|organi[sz]ation|council|company|firm|party|watchdog|institute|"
                  r"platform|collective|co-?operative|NGO|trust|society|forum|initiative|consortium")
# an appositive that says what an organisation is: `a Lisbon housing federation`, `the regional chamber of commerce`,
# `an association that represents tenants` (the lowercase words before the noun describe it; none is `of`)
_PLURAL_ORG_NOUNS = r"unions|associations|federations|confederations|lobbies|groups|charities|organi[sz]ations|parties|companies|firms|networks|bodies"
# (pass posorg) or one of a plural of them: `UGX, one of Spain's two largest unions, said`, `one of the country's biggest
# business lobbies`
_ORG_DESCRIPTION = (r"(?:(?:the|a|an)\s+(?:(?!of\s)[\w'\u2019-]+\s+){0,4}(?:" + _ORG_NOUNS + r"|" + _APP_ORG_NOUNS + r")"
                    r"|one\s+of\s+(?:the\s+|[A-Z][\w.-]*['\u2019]s?\s+)(?:(?!of\s)[\w'\u2019-]+\s+){0,4}(?:" + _PLURAL_ORG_NOUNS + r"))"
                    r"(?:\s+(?:of|for)\s+[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){0,2})?"
                    r"(?:\s+(?:that|which|who)\s+[^,;.\u201c\u201d\"]{3,60}?)?")
_ORG_DESCRIPTION_ONLY = re.compile(_ORG_DESCRIPTION + r"$")
_ORG_DESCRIBED = re.compile(r",\s+" + _ORG_DESCRIPTION + r"\s*,")
# a party's wing named in apposition: `The Social Democrats' youth wing, the Young Socialists, rejected ...`
# (pass posh: the description may open on a place's possessive and the name take its article, `France's largest farm
# union, the FNSEA, called ...`)
# (pass `pos26a`) an organisation the gazetteer does not know, described first and then named between commas before its
# verb: `The motorists' lobby, Bilforbund, condemned ...`, `The French-speaking Liberals, Vooruit, said ...`, `the country's
# largest teachers' union, Sindikat, urged ...` (the description closes on an organisation noun or a party's plural)
_SET_OFF_NAME = re.compile(
    r", (?:the\s+)?(?P<name>[A-Z][\w\u00e0-\u017e&.'\u2019-]*(?:\s+(?:(?:de|du|des|del|di|da|van|von|der|den|la|le|of|for|the|and|&)\s+)?"
    r"[A-Z][\w\u00e0-\u017e&.'\u2019-]*){0,4}),\s+(?:(?:has|have|had|also|again|then|now|on\s+[A-Z][a-z]+day)\s+)?"
    r"(?:said|says|told|warned|warns|urged|urges|called|calls|condemned|condemns|criticised|criticized|welcomed|welcomes|backed|backs|"
    r"supported|supports|opposed|opposes|rejected|rejects|denounced|argued|insisted|wants|demanded|demands|praised|hailed|slammed|"
    r"vowed|pledged|promised|threatened|accused|filed|sued|challenged|voted|pushed|lobbied|campaigned|fought|endorsed|defended)\b"
)
_DESCRIPTION_BEFORE = re.compile(
    r"(?:^|[.!?;:]\s+|[\u201d\"]\s+|\n|\b(?:and|but|while|as|that)\s+)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Z][\w.-]*['\u2019]s)\s+"
    r"(?:[\w'\u2019-]+\s+){0,5}?(?P<head>[\w-]+)$"
)
_DESCRIPTION_HEADS = frozenset(
    """union unions association confederation federation foundation lobby alliance league chamber group party campaign charity
    movement network coalition organisation organization council company firm watchdog institute platform collective cooperative
    co-operative trust society forum initiative consortium body regulator operator maker manufacturer producer broadcaster
    retailer carrier insurer lender bank""".split()
)


def _set_off_organisations(text: str, taken: list[tuple[int, int]], added: list[Ref], gazetteer: Gazetteer | None) -> None:
    """The organisations `_SET_OFF_NAME` names after a description `_DESCRIPTION_BEFORE` finds (pass `pos26a`)."""
    for m in _SET_OFF_NAME.finditer(text):
        start, end = m.span("name")
        d = _DESCRIPTION_BEFORE.search(text, max(0, m.start() - 100), m.start())
        if d is None or (d.group("head").casefold() not in _DESCRIPTION_HEADS and d.group("head").casefold() not in _PARTY_PLURALS):
            continue
        name = m.group("name")
        if (name.split()[0].casefold() in _NOT_NAMES or any(a < end and start < b for a, b in taken)
                or (gazetteer is not None and gazetteer.lookup(name) is not None)):
            continue
        _add_refs(text, _unknown_actor(name, "organization"), start, end, name, False, taken, added)


_PARTY_WING = re.compile(
    r"['\u2019]s?\s+(?:[a-z'\u2019-]+\s+)?wing,\s+(?:the\s+)?(?P<name>[A-Z][\w\u00e0-\u017e'\u2019-]*(?:\s+[A-Z][\w\u00e0-\u017e'\u2019-]*){0,3})"
    r"(?=" + _APPOSITIVE_SPEECH + r")"
)
# lowercase words inside a name (`La Voix du Net`, `Sindicat de Llogateres`, `Hearth and Home`)
_NAME_PARTICLES = r"(?:de|du|des|del|della|di|da|do|dos|das|la|le|les|el|van|von|der|den|y|i|et|and|&|of|for|the|on)"
_ORG_CAP = r"(?:[A-Z][\w\u00e0-\u017e&.-]*(?:['\u2019](?![a-z]))?|\d+)"
_ORG_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+['\u2019]?\s+){0,2}(?:" + _ORG_NOUNS + r")\b")
_GENERIC_ORG_MODIFIERS = frozenset(
    """security national general executive supreme central state federal regional local city town district county world
    international governing advisory constitutional economic social human rights research policy science trade business""".split()
)
_PLAIN_WORD = re.compile(r"[A-Z][a-z]{2,}")
_ABBREVIATED_ENDS = frozenset("Inc. Corp. Ltd. Bros. Co. Cie. Assn. Dept. Intl.".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
# (pass pos39b) a campaign named for its cause heads an organisation's name (`the Campaign for Tobacco-Free Kids`,
# `Campaign Against Arms Trade`); a bare `Campaign` before anything else does not (`the Trump Campaign`)
_CAMPAIGN_HEAD = r"Campaign(?=\s+(?:for|against|[Aa]gainst)\s)"
_CAP_WORD_BEFORE = re.compile(r"(?<![\w'\u2019.-])([A-Z][\w&-]*) $")
_ORG_HEAD_WORD = re.compile(r"(?:" + _ORG_HEADS + r"|Campaign)")
_ORG_GATE = re.compile(r"\b(?:" + _ORG_HEADS + r"|" + _CAMPAIGN_HEAD + r"|" + _ORG_NOUNS + r"|" + _APP_ORG_NOUNS + r")\b")
_ORG_NAMED = re.compile(
    r"(?<![\w'\u2019.-])(?:(?P<the>[Tt]he)\s+)?(?P<name>"
    # set off by an appositive that says what it is (first: `Forum Mlodych, a youth council,` is not `Forum`)
    r"(?P<app>" + _ORG_CAP + r"(?:\s+(?:" + _NAME_PARTICLES + r"\s+){0,2}" + _ORG_CAP + r"){0,4})(?=,\s+" + _ORG_DESCRIPTION + r"\s*,)|"
    # headed: `Coastal Retailers' Alliance`, `Federation of Polish Grocers`, `Confederation of German Employers' Associations`
    # (`Energy and Utilities Alliance`, `Food & Drink Federation`: two fields joined before the head)
    # (pass pos39b: five words before the head, `African American Tobacco Control Leadership Council`; four left its
    # first word out)
    r"(?:" + _ORG_CAP + r"\s+(?:(?:and|&)\s+(?=[A-Z]))?){0,5}(?:" + _ORG_HEADS + r"|" + _CAMPAIGN_HEAD + r")(?:\s+(?:of|for|against|Against)\s+(?:the\s+)?" + _ORG_CAP
    + r"(?:\s+(?:and\s+|&\s+|(?:of|for)\s+(?:the\s+)?)?" + _ORG_CAP + r"){0,4})?"
    # one closing word after the head, not the start of a longer name (`Retail Forum Nord said`)
    r"(?:\s+(?P<tail>[A-Z][a-z\u00e0-\u017e]{2,})(?![\w'\u2019-])(?!\s+[A-Z]))?"
    r"|(?P<run>" + _ORG_CAP + r"(?:\s+" + _ORG_CAP + r"){0,3})(?=\s+(?:[a-z]+['\u2019]?\s+){0,2}(?:" + _ORG_NOUNS + r")\b)"
    r")(?![\w'\u2019-])"
)
# where an `_ORG_NAMED` match can begin: a capital, a digit or `the`, after no name character (its look back, tried
# at every character, cost more than the whole match tried at these)
_ORG_NAMED_START = re.compile(r"(?:[A-Z\d]|t(?=he\s))(?<![\w'\u2019.-].)")
# Every `_ORG_NAMED` match holds an `_ORG_GATE` word (its head, or the noun its look ahead ends on) at the start of a
# blank-separated token at most 19 tokens after the one it starts in (`the`, a name of 5 capitalised words with 2
# particles between each, `, the`, 4 words); with a margin:
_ORG_REACH = 24
_TOKEN = re.compile(r"\S+")
# where an `_ORG_GATE` word can start, found by `str.find` (the pattern's look around is tried at every character): a
# literal every alternative holds, at most a few characters in (`co-?operative`) or a token on (`think tank`), within
# the margin; more places than the gate's words (`reunion`) only let more starts be tried
_ORG_WORD_NEEDLES = tuple(sorted({required_literal(a) for a in f"{_ORG_HEADS}|Campaign|{_ORG_NOUNS}|{_APP_ORG_NOUNS}|{_PLURAL_ORG_NOUNS}".split("|")}))
_ORG_WORD_NEEDLES = tuple(n for n in _ORG_WORD_NEEDLES if not any(o != n and n.startswith(o) for o in _ORG_WORD_NEEDLES))
assert None not in _ORG_WORD_NEEDLES and all(n.isascii() for n in _ORG_WORD_NEEDLES)


def _find_all(text: str, needle: str) -> list[int]:
    out = []
    at = text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


def _org_named_matches(text: str):
    """`_ORG_NAMED.finditer(text)`, tried only at the starts (`_ORG_NAMED_START`) close enough before an `_ORG_GATE`
    word: most capitals of an article have none in reach, and the pattern's alternatives cost much at each."""
    gate = sorted({at for needle in _ORG_WORD_NEEDLES for at in _find_all(text, needle)})
    if not gate:
        return
    tokens = [m.start() for m in _TOKEN.finditer(text)]
    reach_from = [tokens[max(0, bisect.bisect_right(tokens, q) - 1 - _ORG_REACH)] for q in gate]  # non-decreasing
    pos = 0
    for start in _ORG_NAMED_START.finditer(text):
        at = start.start()
        if at < pos:
            continue
        i = bisect.bisect_left(gate, at)  # the first gate word at or after `at`, the one reached from furthest back
        if i == len(gate):
            return  # no gate word left: no match starts here or later
        if reach_from[i] > at:
            continue
        m = _ORG_NAMED.match(text, at)
        if m is not None:
            yield m
            pos = m.end()


# (pass prec23) the lowercase words between a run of capitals and an organisation noun are the organisation's
# description (`IG Metall union`, `Lewiatan employers' confederation`), never a verb or a pronoun (`X said his party`)
_REGION_WORDS = frozenset("International Global Worldwide Europe Africa Asia Americas Pacific".split())
_REGION_CLOSING = re.compile(r"(?:\s+(?:International|Global|Worldwide|Europe|Africa|Asia|Americas|Pacific)){1,2}(?![\w'\u2019-])(?!\s+[A-Z])")
_RUN_GAP = re.compile(r"\s+(?P<gap>(?:[a-z]+['\u2019]?\s+){0,2})(?:" + _ORG_NOUNS + r")\b")
_GAP_FUNCTION_WORDS = frozenset("""his her its their our my your said says told and or but is was were are has have had will would to
    of in on at for with from by as that which who""".split())


def _unknown_organisations(text: str, taken: list[tuple[int, int]], all_refs: list[Ref], gazetteer: Gazetteer | None
                           ) -> list[tuple[int, int, str, Ref | None]]:
    """(start, end, name, country possessive before it) of the organisations `_ORG_NAMED` finds."""
    out = []
    out_plain: list[bool] = []  # per entry of `out`: named by its head (no run before a noun, no appositive)
    described_to = -1  # the end of the last appositive that said what an organisation is
    for m in _org_named_matches(text):
        start, end = m.span("name")
        if start < described_to:
            continue  # `Sindicat ..., a Valencia workers' union,`: the description is no organisation of its own
        words = m.group("name").split()
        if m.group("tail") is not None and m.group("tail") not in _REGION_WORDS and (
            m.group("tail").casefold() in _TITLE_WORDS or m.group("tail").casefold() in _NOT_NAMES or m.group("tail") in _NOT_TAIL_START
            or m.group("tail").casefold() in _MONTHS or (gazetteer is not None and gazetteer.lookup(m.group("tail")) is not None)
        ):
            end = len(text[: m.start("tail")].rstrip())  # (`the European Council President`, `the Council Tuesday`)
            words = words[:-1]
        for i in range(len(words) - 1, 0, -1):
            if len(words[i - 1]) > 3 and words[i - 1].endswith(".") and any(c.islower() for c in words[i - 1]):
                # `... on Monday. ZAKS, the shoppers' union,`: a sentence's end is no part of the name
                spans = list(re.finditer(r"\S+", m.group("name")))
                if m.group("run") is None and m.group("app") is None and any(_ORG_HEAD_WORD.fullmatch(w.rstrip(".")) for w in words[:i]):
                    # (pass pos39b) `the Campaign for Safer Streets. Reynolds ...`: the head stands before the sentence's
                    # end; the name ends there
                    end = m.start("name") + spans[i - 1].end() - 1
                    words = [*words[:i - 1], words[i - 1][:-1]]
                    break
                start = m.start("name") + spans[i].start()
                words = words[i:]
                break
        if m.group("tail") is None and m.group("run") is None and m.group("app") is None and (
                x := _REGION_CLOSING.match(text, end)) is not None:
            # (pass prec23) `Airports Council International Europe`, `Fishers Federation Global`: a branch's closing
            # words after the head are part of its name
            end = x.end()
            words = [*words, *x.group(0).split()]
        while words and (words[0] in _NOT_TAIL_START or words[0] in _NAME_DETERMINERS and len(words) > 2):
            start += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        if m.group("run") is None and m.group("app") is None and len(words) >= 6:
            # (pass pos39b) a name longer than the pattern's reach before its head (`Pacific Islander Youth Smoke Free Action
            # Council`): the capitalised words right before it, one space apart, are its first words
            for _ in range(3):
                b = _CAP_WORD_BEFORE.search(text, max(0, start - 30), start)
                if b is None or b.group(1) in _NOT_TAIL_START or b.group(1).casefold() in _NOT_NAMES or b.group(1).casefold() in _MONTHS or (
                        gazetteer is not None and (k := gazetteer.lookup(b.group(1))) is not None and k.kind != "country"):
                    break
                start, words = b.start(1), [b.group(1), *words]
        if (len(words[-1]) > 3 and words[-1].endswith(".") and any(c.islower() for c in words[-1])
                and words[-1] not in _ABBREVIATED_ENDS):
            # `... was backed by the Institute of Directors.`: the sentence's full stop is no part of the name
            words = [*words[:-1], words[-1][:-1]]
            end -= 1
        name = " ".join(words)
        if m.group("run") is not None and (g := _RUN_GAP.match(text, m.end("name"))) is not None and any(
                w.rstrip("'\u2019") in _GAP_FUNCTION_WORDS for w in g.group("gap").split()):
            continue  # (pass prec23) `Anutin said his party's ...`: a verb or a pronoun before the noun; no name of an organisation
        if m.group("run") is not None or m.group("app") is not None:
            # a lowercase noun after the run, or an appositive: the run alone is the name, and must be one
            if (words[0].casefold() in _NOT_NAMES or any(w.casefold().rstrip("'\u2019") in _TITLE_WORDS for w in words)
                    or (gazetteer is not None and gazetteer.lookup(name) is not None) or name.endswith(("'", "\u2019"))
                    or (len(words) == 1 and m.group("the") is None and m.group("app") is None and words[0].isupper() and len(words[0]) < 3)):
                continue
        elif len(words) == 1 or (len(words) == 2 and words[0].casefold() in _GENERIC_ORG_MODIFIERS):
            continue  # a bare `Council`, a generic `Security Council`, `National Council`: not a name of its own
        if m.group("run") is None and m.group("app") is None and name.endswith(("'", "\u2019")):
            name, end = name[:-1], end - 1  # `The Association of Letting Agents' chief executive`: the possessive is no part of it
        if (m.group("app") is not None or " and " in name) and any(start <= r.start and r.end <= end and r.actor is not None and r.actor.kind == "country"
                                              and (text.startswith(" and ", r.end) or text.endswith(" and ", 0, r.start)) for r in all_refs):
            continue  # `Spain and Vivanda, a tenants' union,`, `Spain and Portugal Growers Council`: not one name
        if gazetteer is not None and gazetteer.lookup(name) is not None:
            continue
        span_end = end
        if m.group("run") is not None:  # the mention runs on to its noun: `IG Metall union`, `Lewiatan employers' confederation`
            span_end = _ORG_NOUN_AFTER.match(text, end).end()
            if text.endswith("party", 0, span_end) and all(w.casefold() in _PARTY_NAME_WORDS for w in words):
                name = name + " Party"
                if gazetteer is not None and gazetteer.lookup(name) is not None:
                    continue
        # a place or demonym inside a headed name is part of it (`Federation of Polish Grocers`); any other known name is not
        inside = [r for r in all_refs if start <= r.start and r.end <= end]
        # a known body's one-word name heading a longer name of plain words (`Trades Union Congress`): another body
        headed = (m.group("run") is None and m.group("app") is None and len(inside) == 1 and inside[0].start == end - len(words[-1])
                  and len(words) >= 3 and all(_PLAIN_WORD.fullmatch(w) for w in words[:-1]))
        if any(a < span_end and start < b for a, b in taken if not any((r.start, r.end) == (a, b) for r in inside)) or (not headed and any(
                not (r.demonym or (r.actor is not None and r.actor.kind == "country")) for r in inside)):
            continue
        owner = next((r for r in all_refs if r.end == start - 3 and text[r.end : start] in ("'s ", "\u2019s ")
                      and r.actor is not None and r.actor.kind == "country"), None)
        if m.group("app") is not None:
            # the appositive only says what it is: a place in it holds no stance (`Casa Justa, a Lisbon housing federation,`)
            described = _ORG_DESCRIBED.match(text, m.end("name"))
            if described is not None:
                described_to = described.end()
                inside += [r for r in all_refs if described.start() <= r.start and r.end <= described_to]
        within = [*inside, *([owner] if owner is not None else [])]
        plain = m.group("run") is None and m.group("app") is None
        if plain and out and out_plain[-1] and text[out[-1][1] : start] == " ":
            # (pass pos39b) `the British Heart Foundation Youth Action Network`, `American Cancer Society Cancer Action
            # Network`: a headed name right after another, with no mark between, is the second's part of one long name
            s0, _, first, within0 = out.pop()
            out_plain.pop()
            start, name, within = s0, f"{first} {name}", [*within0, *within]
        out.append((start, span_end, name, within))
        out_plain.append(plain)
    return out


# occupations written capitalised before a name at a sentence's start (`Economist Ana Ruiz, who designed the plan, ...`):
# a description, not part of the name (when two name words follow)
_ROLE_WORDS = frozenset(
    """economist economists professor analyst activist campaigner lawyer author historian scientist researcher
    philosopher sociologist writer journalist teacher doctor physician entrepreneur billionaire
    businessman businesswoman investor banker cardinal archbishop bishop rabbi imam pastor reverend""".split()
)


# sentence adverbs before a comma: `Earlier, the council, a Labour-run authority, said` names no `Earlier`
_TIME_WORDS = frozenset("""Last Earlier Later Yesterday Today Tonight Now Then Still Meanwhile However Instead Separately Overall
    Similarly Likewise Additionally Previously Initially Currently Finally Ultimately Recently Nevertheless Indeed""".split())
_COUNTED_BEFORE = re.compile(r"\b(?:most|many|some|several|few|all|other|fellow|more|two|three|four|five|six|ten|dozens|\d+)\s+(?:of\s+the\s+)?$", re.I)


# words that head a body's or a place's own name before its `of` (`Bank of England`, `Islamic Republic of Iran`,
# `University of Lagos`): not a person's name (pass stm24; the speakers' list, and company words)
_OWN_OF_HEADS = _SPEAKER_OWN_OF_HEADS | _ORG_WORDS


def _person_of_member(words: list[str]) -> int:
    """How many words of a name are a person's own before the `of` that names their party, body or place
    (`Tom Hale of the Liberal Party`, `Ada Brook of Vermont` -> 2); 0 when the `of` belongs to a name
    (`Friends of the Earth`, `Royal Bank of Scotland`) or there is none."""
    if "of" not in words:
        return 0
    k = words.index("of")
    if not 2 <= k <= 4 or k + 1 >= len(words):
        return 0
    person = words[:k]
    if any(not _PERSON_WORD.fullmatch(w) or w.casefold() in _OWN_OF_HEADS or w.casefold() in _PARTY_PLURALS
           or w.casefold() in _NOT_NAMES or w.casefold() in _TITLE_WORDS or w in DEMONYMS for w in person):
        return 0
    return k


# (pass pos39c) the acts on a measure of its own that only a body's name may lead (`The Medicines Agency withdrew ...`)
_OWN_MEASURE_ACT = re.compile(r"\b(?:withdrew|withdraws|postponed|postpones|delayed|delays|scrapped|scraps|shelved|shelves|rescinded|repealed|froze)$")
_BODY_HEADS = frozenset("""Agency Administration Commission Office Authority Department Ministry Board Council Service Regulator
    Bureau Directorate Inspectorate Institute Committee Secretariat Executive Government Cabinet""".split())


_NAME_DETERMINERS = frozenset(("The", "His", "Her", "Its", "Their", "Our"))


def _named_subjects(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, name, kind) of the unknown names `_NAMED_SUBJECT` finds."""
    out = []
    for m in finditer_at(_NAMED_SUBJECT, _NAMED_SUBJECT_START, text):
        tokens = list(re.finditer(r"\S+", m.group("name")))
        # the name starts after the last title word (`Brazilian President Luiz ...` -> `Luiz ...`)
        cut = 0
        for i, t in enumerate(tokens):
            word = t.group().casefold().rstrip(".")
            if word.endswith(("-elect", "-designate")):
                word = word.rsplit("-", 1)[0]  # (pass posname) `Prime Minister-elect Christopher Luxon`: a title still
            if word in _TITLE_WORDS or (i < len(tokens) - 2 and t.group().casefold() in _ROLE_WORDS):
                cut = i + 1
        if len(tokens) > 1 and tokens[-1].group() in ("Party", "Campaign"):
            cut = 0  # `The opposition Labour Party has called`, `Democratic Party`: a party's name holds its title words
        described = m.group("desc") is not None and _ORG_GATE.search(m.group("clause")) is not None  # `, a federation of ...,`
        if 0 < cut < len(tokens) - 1 and (tokens[-1].group().casefold() in _ORG_WORDS or described) and all(
                t.group() in DEMONYMS or t.group() in ("The", "European", "National", "Federal") for t in tokens[:cut]):
            cut = 0  # `The British Retail Consortium said`: a nationality opening an organisation's name is part of it
        tokens = tokens[cut:]
        while tokens and (not tokens[0].group()[:1].isupper() or tokens[0].group() in _NAME_DETERMINERS and len(tokens) > 1):
            tokens = tokens[1:]  # `The Bundestag rejected`: the article is no part of the name; (pass pos44a) nor is a
            # possessive opening the sentence (`His Democratic Progressive Party said`: the party of the man before)
        if not tokens:
            continue
        member = _person_of_member([t.group() for t in tokens])
        if member:
            tokens = tokens[:member]  # `Tom Hale of the Liberal Party said`: the person (pass stm24)
        start, end = m.start("name") + tokens[0].start(), m.start("name") + tokens[-1].end()
        words = [t.group() for t in tokens]
        if _OWN_MEASURE_ACT.search(text, m.end("name"), m.end()) and words[-1] not in _BODY_HEADS:
            continue  # (pass pos39c) `Covid delayed plans`: only a body puts off or takes back a measure of its own
        if words[0].casefold() in _NOT_NAMES or any(
                a < end and start < b and not (a == start and b < end and text[a:b] in DEMONYMS and (words[-1].casefold() in _ORG_WORDS or described))
                for a, b in taken):
            continue  # (a demonym opening an organisation's name is part of it: `British Retail Consortium`)
        if m.group("desc") is not None and (words[0] in _NOT_TAIL_START or words[0] in _TIME_WORDS):
            continue  # `In Lisbon, the housing minister said`, `Last week, a spokesman said`: no name before the appositive
        if len(words) == 1 and (words[0].endswith("s") and not words[0].isupper() and words[0].casefold() not in _PARTY_PLURALS
                                and words[0] not in _PLACES_IN_S
                                or len(words[0]) < 2):
            continue  # `Farmers said`, `Critics said`: a plural noun opening the sentence (not `The Greens said`)
        if words[-1].casefold() in _PARTY_PLURALS and _COUNTED_BEFORE.search(text, max(0, start - 24), start):
            continue  # `most Democrats have not signed on`, `some Conservatives said`: members of a party, not the party
        if m.group(0).endswith("voted") and words[-1] != "Party" and words[-1].casefold() not in _PARTY_PLURALS:
            continue  # a party votes as one (`The Greens voted against`, `the Labour Party voted`); a bare name may be anyone
        org = (len(words) == 1 or any(w.casefold() in _ORG_WORDS for w in words) or words[-1].casefold() in _PARTY_PLURALS or described
               or (len(words) > 1 and words[-1].casefold() in _LEGAL_FORMS))  # (pass pos39b) `Ferrero SpA`: a company
        if m.group("desc") is not None and not org and any(w.casefold() in _TITLE_WORDS for w in m.group("clause").split()):
            continue  # `Lee Rowley, the local government minister, said`: a person's appositive is the titled people's to read
        out.append((start, end, " ".join(words), "organization" if org else "person"))
    return out


# the organisation a person heads or speaks for, in an appositive after the name (`, chief executive of the Federation
# of ...,`, `, head of the Inquilinos Unidos tenants' federation,`, `, a spokesperson for the Clean Feeds Campaign,`) or
# before the role (`Casa Justa's president, Ana Costa`, `Tradewise chief executive Paul Grant`); not a party's `leader`
# before the name (`CDU leader Friedrich Merz` is the person's title)
# (pass pos39b) the appositive never runs over a sentence's end (`, president of the Campaign for Safe Roads.\n\nRoadCo,
# the maker ...,`: not `Campaign for Safe Roads. RoadCo`), and a sentence's end closes it as a comma does
_HEAD_OF = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?" + _ROLE_TENURE + r"?" + _HEAD_ROLES + r"\s+(?:of|at|for)\s+(?:the\s+)?(?P<org>(?:(?!(?<=[a-z])[.!?][\u201d\"']?\s)[^,;()\u201c\u201d\"\n]){2,80}?)"
    r"\s*(?:,|(?<=[a-z])[.!?](?=[\u201d\"']?(?:\s|$)))"
)
_ROLE_BEFORE = re.compile(
    r"(?P<org>" + _ORG_CAP + r"(?:\s+(?:" + _NAME_PARTICLES + r"\s+){0,2}" + _ORG_CAP + r"){0,6}?)(?:['\u2019]s?)?\s+"
    r"(?!leader\b|deputy\s+leader\b)" + _HEAD_ROLES + r",?\s+$"
)
# bodies of a state, not organisations a person speaks for as their head
_PORTFOLIO_SECRETARY = re.compile(r"[A-Z][a-z]+\s+secretary,?\s+$")
_STATE_BODY = re.compile(r"\b(?:Ministry|Department|Commission|Agency|Office|Government|Committee|Court|Parliament|Senate|Assembly|"
                         r"Bank|Reserve|Police|Army|Navy|Cabinet|House|Treasury|Administration|Authority|Service|State|City|County)\b")
_PERSON_TITLES = frozenset("president minister secretary chancellor premier mr mrs ms dr prof sir dame senator governor mayor king queen".split())
_PARTICLE_WORDS = frozenset(_NAME_PARTICLES[3:-1].split("|"))


# the head's role a person's mention opens with (`President Sean Hale`, `chief executive Ana Ruiz`)
_TITLE_IN_MENTION = re.compile(_HEAD_ROLES + r"\s+(?=[A-Z])", re.I)


_INITIAL_SKIPS = frozenset("of the for and & on in de du des la le".split())


def _initials(name: str) -> str:
    """The capitals a name's words open with, its lowercase particles left out (`International Olympic Committee` ->
    IOC, `Friends of the Earth` -> FE); '' for a one-word name."""
    words = [w for w in name.replace("-", " ").split() if w.casefold() not in _INITIAL_SKIPS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


# (pass posorg) the one word before a title a person's mention holds: an acronym (`NAACP President ...`, `AFL-CIO
# President ...`) or a one-word name (`Teamsters President ...`)
_OUT_OF_OFFICE_WORDS = frozenset("former ex then acting interim late outgoing incoming new".split())
_WORD_BEFORE_TITLE = re.compile(r"(?:^|(?<=[\s(\u201c\"]))(?P<org>[A-Z][A-Za-z\d&-]*[A-Za-z\d])\s+$")


def _titled_mention_organisation(text: str, at: int, floor: int, all_refs: list[Ref], gazetteer: Gazetteer) -> Ref | None:
    """The organisation named by the one word right before a person's mention that opens with a head's title
    (`Teamsters President Sean Hale said` -> Teamsters), or None: not a place, a demonym, a title, a known actor, a
    word that opens sentences, or the first word of a longer name."""
    b = _WORD_BEFORE_TITLE.search(text, max(floor, at - 40), at)
    if b is None:
        return None
    start, end = b.span("org")
    word = b.group("org")
    if start > floor and _CAP_WORD_BEFORE.search(text, max(0, start - 30), start) is not None:
        return None  # `European Commission President`, `Vice President`: a longer name, or a title, before
    if (word in _NOT_TAIL_START or word in _TIME_WORDS or word in DEMONYMS or word.casefold() in _NOT_NAMES
            or word.casefold() in _TITLE_WORDS or word.casefold() in _ROLE_WORDS or word.casefold() in _MONTHS
            or word.casefold() in _OUT_OF_OFFICE_WORDS or word.casefold() in _PARTY_PLURALS or gazetteer.lookup(word) is not None
            or any(r.start < end and start < r.end for r in all_refs)):
        return None
    if not (word.isupper() and len(word) >= 3 or (word[1:].islower() and word.endswith("s") and len(word) >= 5)):
        return None  # an acronym, or a one-word name in the plural (`Teamsters`), not any capitalised word
    if word.isupper():
        # an acronym of an organisation the article names in full (`the International Olympic Committee ... IOC President`)
        spelled = {r.actor.canonical: r.actor for r in all_refs if r.actor is not None and r.actor.kind == "organization"
                   and _initials(r.actor.canonical) == word}
        if len(spelled) == 1:
            return Ref(start, end, word, next(iter(spelled.values())), None)
        if (home := dateline_country(text, gazetteer)) is not None and (own := _home_party_by_suffix(gazetteer, home.canonical, word)) is not None:
            return Ref(start, end, word, own, None)  # (pass r52pos) `ACT leader X` in New Zealand copy: ACT New Zealand
    return Ref(start, end, word, _unknown_actor(word, "organization"), None)


def _headed_organisation(text: str, person: Ref, floor: int, all_refs: list[Ref], gazetteer: Gazetteer) -> Ref | None:
    """The organisation unknown to the gazetteer that `person` heads or speaks for, as the text says right around the
    name; None if it says none."""
    m = _HEAD_OF.match(text, person.end)
    if m is not None:
        o0, o1 = m.span("org")
    else:
        # (pass posorg) a mention that holds its title (`President Sean Hale` in `Teamsters President Sean Hale said`): the
        # organisation stands before the title, as before a title written outside the mention
        if person.actor is not None and person.actor.kind == "person" and (t := _TITLE_IN_MENTION.match(person.text)) is not None:
            return _titled_mention_organisation(text, person.start, floor, all_refs, gazetteer)
        b = _ROLE_BEFORE.search(text, max(floor, person.start - 120), person.start)
        if b is None or any(w.casefold().rstrip("'\u2019s") in _TITLE_WORDS or w.casefold() in _TITLE_WORDS for w in b.group("org").split()):
            return None  # `Press secretary Karine Jean-Pierre`, `European Commission President ...`: a title, not an organisation
        if _PORTFOLIO_SECRETARY.fullmatch(text, b.start(), person.start):
            return None  # `Transport secretary Heidi Alexander` opening a sentence: a portfolio, not an organisation
        o0, o1 = b.span("org")
    raw = text[o0:o1]
    tokens = list(re.finditer(r"\S+", raw))
    # `the think tank Futuro Abierto`, `the Inquilinos Unidos tenants' federation`, `the Green Left party`: the lowercase
    # words that say what it is are no part of the name
    while tokens and not tokens[0].group()[:1].isupper():
        tokens.pop(0)
    while tokens and not tokens[-1].group()[:1].isupper():
        tokens.pop()
    if not tokens:
        return None
    start, end = o0 + tokens[0].start(), o0 + tokens[-1].end()
    words = [t.group() for t in tokens]
    if words[0] in _NOT_TAIL_START:
        start += len(words[0]) + 1
        words = words[1:]
    name = " ".join(words)
    if name.endswith(("'s", "\u2019s")):
        name, end = name[:-2], end - 2
    elif name.endswith(("'", "\u2019")):
        name, end = name[:-1], end - 1
    if not words or not all(w[:1].isupper() or w in _PARTICLE_WORDS for w in name.split()) or _STATE_BODY.search(name):
        return None
    if words[-1] in ("Party", "party") or words[-1].casefold() in _PARTY_PLURALS or re.match(r"\s+party\b", text[end : end + 7]):
        return None  # `leader of the opposition Christian Democrats`: a party is not credited with its leader's words
    if any(w.casefold().rstrip(".") in _PERSON_TITLES or w.casefold() in _NOT_NAMES for w in name.split()):
        return None
    if gazetteer.lookup(name) is not None or any(start <= r.start and r.end <= end and r.actor is not None and r.actor.kind != "organization"
                                                 for r in all_refs):
        return None  # a known actor (a party, an alliance, a body of a state) or a place: not a headed organisation of its own
    ref = next((r for r in all_refs if (r.start, r.end) == (start, end) and r.actor is not None), None)
    if ref is None and len(words) == 1 and words[0].isupper() and (home := dateline_country(text, gazetteer)) is not None and (
            own := _home_party_by_suffix(gazetteer, home.canonical, name)) is not None:
        return Ref(start, end, text[start:end], own, None)  # (pass r52pos) `ACT leader X` in New Zealand copy: ACT New Zealand
    return ref or Ref(start, end, text[start:end], _unknown_actor(name, "organization"), None)


# (pass pos39b) `, leader of the main opposition Tenants Party, said his party would ...`: the party a person leads,
# announcing its own course
_LEADER_OF_PARTY_SAYS = re.compile(
    r",\s+(?:the\s+)?" + _ROLE_TENURE + r"?(?:(?:deputy|co-)\s*)?(?:leader|head|chair(?:man|woman|person)?|president)\s+of\s+(?:the\s+)?"
    r"(?P<org>[^,;()\u201c\u201d\"\n]{2,80}?),\s+"
    # (pass r51pos) a second appositive on the party (`leader of the Free Voters, the ruling party's partner in the region,`)
    r"(?:(?:the|a|an|[A-Z][\w.'\u2019-]*['\u2019]s)\s[^,;()\u201c\u201d\"\n]{3,80}?,\s+)?"
    r"(?:has\s+)?(?:said|says|told\s+[\w\s]{1,30}?|announced|declared)\s+(?:that\s+)?"
    r"(?:his|her|their)\s+party\s+(?:\w+ly\s+)?(?:would|will|was\s+going\s+to|plans\s+to|planned\s+to|intends\s+to|intended\s+to)\s"
)
# (pass posh) a party's title before its leader's name (`Socialist leader`, `Kuomintang chairman`, `Green Party co-leader`,
# `Socialist parliamentary leader`): the party words, then the head
_PARTY_TITLE_BEFORE = re.compile(
    # (pass r51pos: a Romance or Dutch particle inside the name, `Partido de la U leader`)
    r"(?:^|(?<=[\s(\u201c\"]))(?P<org>[A-Z][\w\u00e0-\u017e'\u2019/-]*(?:\s+(?:of\s+|(?:de|del|la|las|los|des|du|van|der)\s+(?:la\s+)?)?[A-Z][\w\u00e0-\u017e'\u2019/-]*){0,3})\s+"
    r"(?:parliamentary\s+|party\s+)?(?P<head>(?:co-|deputy\s+)?leader|chairman|chairwoman|chair|president)\s+$"
)
# what the leader does right after the name: a statement of their own (`said`, `told reporters`, `called the plan a
# mistake`, `has made the tax a condition`, `vowed`), not a call on others (`urged`, `called on`, `called for`, `asked`)
_PARTY_LEADER_STATES = re.compile(
    # (pass r51pos) after a relative clause on the party's earlier course (`Free Voters leader X, who earlier said his party
    # would not agree, said it now backed`; not `X, who voted against the bill, said ...`: the leader's own vote)
    r"(?:,\s+who\s+[^,;:\u201c\u201d\"]{0,60}?\b(?:his|her|their)\s+party\b[^,;:\u201c\u201d\"]{0,80},)?"
    r"(?:\s+(?:on\s+[A-Z][a-z]+day|also|again|has|had|later))*\s+(?:said|says|told|called(?!\s+(?:on|for|upon)\b)|made|vowed|pledged|"
    r"insisted|declared|announced|wrote|warned(?!\s+(?:the|that\s+the)\s+government))\b"
)
_OWN_FEELING = re.compile(r"\s+(?:said|says|told\s+[\w\s]{1,30}?)\s+(?:that\s+)?(?:he|she)\s+(?:feared|fears|worried|worries|hoped|hopes|"
                          r"was\s+(?:worried|concerned|afraid|hopeful)|is\s+(?:worried|concerned|afraid|hopeful))\b")
_PARTY_OWN_COURSE = re.compile(r"\b(?:(?:his|her|their)\s+(?:party|deputies|lawmakers|MPs|legislators|senators|group|caucus)|the\s+party)\b")


def _titled_party(text: str, t: re.Match[str], f: "_Found", gazetteer: Gazetteer) -> Ref | None:
    """The party `_PARTY_TITLE_BEFORE` names before a leader's name where the sentence tells the party's own course (`his
    party would`, `her deputies will`, `the party opposed`), or None: a party by the gazetteer (for a bare `leader`, or where
    the gazetteer writes it as a `... Party`, or the sentence says `party`), a `... Party` name, or one of the plain party
    words (`Socialist` -> Socialist Party)."""
    words = t.group("org").split()
    if words and words[0] in _NAME_DETERMINERS:
        words = words[1:]
    if not words or words[-1].endswith(("'s", "\u2019s")) or words[0] in _NOT_TAIL_START or words[0].casefold() in _NOT_NAMES:
        return None  # `Britain's Labour leader`: the possessive's words are no party of their own
    written = " ".join(words)
    start = t.end("org") - len(written)
    if _PARTY_OWN_COURSE.search(text, f.ref.end, f.sentence.end) is None:
        return None  # `Labour leader X said a Labour government would ...`, `... vowed to scrap it if elected`: the leader's own words
    known = gazetteer.lookup(written)
    if known is None and len(words) == 1 and words[0].isupper() and (home := dateline_country(text, gazetteer)) is not None:
        known = _home_party_by_suffix(gazetteer, home.canonical, written)  # (pass r52pos) `ACT leader X` in New Zealand copy
    if known is not None:
        party_like = any(w.endswith((" Party", " party")) for w in known.written)
        if known.kind == "organization" and (party_like or t.group("head").endswith("leader") or "party" in text[f.ref.end : f.sentence.end]):
            return Ref(start, t.end("org"), written, known, None)
        return None
    if words[-1] == "Party" and len(words) >= 2 or len(words) == 1 and words[0].casefold() in _PARTY_NAME_WORDS:
        name = written if words[-1] == "Party" else written + " Party"
        if gazetteer.lookup(name) is not None:
            return Ref(start, t.end("org"), written, gazetteer.lookup(name), None)
        home = dateline_country(text, gazetteer)
        if home is not None and (own := _home_party_by_suffix(gazetteer, home.canonical, name)) is not None:
            return Ref(start, t.end("org"), written, own, None)  # (pass r51pos) `Liberal leader X` in Colombian copy
        return Ref(start, t.end("org"), written, _unknown_actor(name, "organization"), None)
    return None


_SENTENCE_END = re.compile(r"[.!?][\u201d\"']?\s+(?=[\u201c\"']?[A-Z])|\n")
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whom|whose)\b[^,;]*$")
_PRONOUN_SPEAKS_IN = re.compile(r"(?:^|[,\u201d\"]\s*|\b(?:said|says|added|told\s+\w+)\s+)(?:he|she|He|She)\b(?:\s+(?:said|says|added|told|insisted|stressed|warned))?")
_SPEECH_IN = re.compile(r"\b(?:said|says|saying|added|adding|told|telling|insisted|stressed|warned|announced|declared)\b")


def _government_owner(text: str, at: int, refs: list[Ref]) -> Ref | None:
    """Whose `his government` at `at` is: the person who speaks in its sentence (`said X, adding that his government`,
    `X said his government`), else the one person the sentence names before it; after a pronoun speaker (`He said his
    government`), the person named last before; a sentence whose speaker is no named person (`a spokesman said his
    government`) gives nobody."""
    line = 0
    for e in _SENTENCE_END.finditer(text, 0, at):
        line = e.end()
    persons = [r for r in in_range(refs, line, at) if r.actor is not None and r.actor.kind == "person" and r.end <= at
               and not _RELATIVE_OPEN.search(text, line, r.start)]
    if persons:
        speakers = [r for r in persons if _SPEECH.match(text[r.end : at]) or _SPEAKING.match(text[r.end : at])
                    or ((gap := _SPEAKER_GAP.match(text[r.end : at])) is not None and _SPEECH.match(text[r.end + gap.end() - 1 : at]))
                    or _SPEECH_BEFORE.search(text[max(0, r.start - 60) : r.start])]
        if speakers:
            return speakers[-1]
        if _SPEECH_IN.search(text, persons[-1].end, at):
            return None  # `X vowed ..., and the regional president said her government ...`: another, unnamed speaker
        return persons[-1]  # `handing President Javier Milei a lifeline that allowed his government to ...`
    if _PRONOUN_SPEAKS_IN.search(text[line:at]):
        return _last_person(refs, max(0, line - 600), line)
    if _SPEECH_IN.search(text, line, at):
        return None  # `A spokesman said his government ...`: a speaker the text does not name
    return _last_person(refs, max(0, at - 300), at)


_PLACE_POSSESSIVE_TITLE = re.compile(
    r"(?<![\w'\u2019-])(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['\u2019]s\s+(?:(?:[A-Z][a-z]+|prime|foreign|deputy|minister|"
    r"president|premier|chancellor|leader)\s+){0,3}$")
_PLACE_APPOSITIVE = re.compile(
    r",\s+(?:the\s+)?(?:[Pp]resident|[Pp]remier|[Gg]overnor|Gov\.|[Mm]ayor|[Pp]rime [Mm]inister|[Ff]irst [Mm]inister|[Cc]hief [Mm]inister|"
    r"[Hh]ead of (?:the )?government)\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w\u00e0-\u017e-]+(?:\s+(?:of\s+)?[A-Z][\w\u00e0-\u017e-]+){0,3}),")


def _owner_place(text: str, person: Ref, gazetteer: Gazetteer) -> Actor | None:
    """The place a government's head stands for where the gazetteer cannot place them: `Tuvalu's Prime Minister Feleti
    Teo`, `Ayuso, president of the Community of Madrid,`: the gazetteer's country, else the place as written."""
    head = text[max(0, person.start - 40) : person.start]
    found = _PLACE_POSSESSIVE_TITLE.search(head)
    if found is not None and not _GOV_TITLE.search(head[found.end("place") :] + text[person.start : person.end]):
        found = None  # `Tuvalu's Feleti Teo`: no office named
    if found is None:
        found = _PLACE_APPOSITIVE.match(text, person.end)
    if found is None:
        return None
    place = found.group("place")
    if place.casefold() in _NOT_NAMES or place in _NOT_TAIL_START:
        return None
    actor = gazetteer.lookup(place)
    if actor is not None:
        return actor if actor.kind == "country" else None
    return _unknown_actor(place, "country")


def _last_person(refs: list[Ref], start: int, end: int) -> Ref | None:
    """The person mentioned last in [start, end) of `refs`: whom a later `he`, `He said ...` or `the government` a
    person speaks of refers to."""
    return next((r for r in reversed(in_range(refs, start, end)) if r.actor is not None and r.actor.kind == "person"), None)


def _person_subject(text: str, refs: list[Ref], sent: Segment) -> Ref | None:
    """(pass posref) The person who opens `sent` as its subject (`Conservative Leader Pierre Poilievre called ...`: the first
    ref of the sentence, a person, within its first 60 characters, with no comma or quote before it), or None."""
    first = next(iter(in_range(refs, sent.start, sent.end)), None)
    if first is None or first.actor is None or first.actor.kind != "person" or first.start - sent.start > 60:
        return None
    lead = text[sent.start : first.start]
    return None if ("," in lead or '"' in lead or "\u201c" in lead) else first


def _pronoun_person(text: str, s: int, e: int, refs: list[Ref]) -> Ref | None:
    """(pass posref) The person a stretch opening with `He` / `She` goes on with (the one `who` gets below for a holder-less
    stretch), or None."""
    pron = _PRONOUN_START.match(text[s:e])
    if pron is None or pron.group("p") not in ("He", "She"):
        return None
    return _last_person(refs, max(0, s - 2000), s)


_COORDINATED_NAME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\u2014\s)|(?<=[.!?][\u201d\"]\s))(?P<name>[A-Z][\w\u00e0-\u017e-]+(?:\s+[A-Z][\w\u00e0-\u017e-]+){0,3})"
    r"\s+and\s+(?:the\s+)?$"
)


def _add_coordinated_organisations(text: str, orgs: list[Ref], taken: list[tuple[int, int]], added: list[Ref],
                                   gazetteer: Gazetteer | None) -> None:
    """An unknown name coordinated before one of `orgs` (organisations just found), opening its clause: an
    organisation too."""
    for r in orgs:
        c = _COORDINATED_NAME.search(text, max(0, r.start - 60), r.start)
        if c is None:
            continue
        start, end = c.span("name")
        words = c.group("name").split()
        if (any(a < end and start < b for a, b in taken) or words[0].casefold() in _NOT_NAMES or words[0] in _NOT_TAIL_START
                or any(w.casefold() in _TITLE_WORDS for w in words) or (gazetteer is not None and gazetteer.lookup(c.group("name")))):
            continue
        _add_refs(text, _unknown_actor(c.group("name"), "organization"), start, end, c.group("name"), False, taken, added)


def _other_first_name(known: str, written: str) -> bool:
    """`Kamala Harris` and `Dan Harris` are two people; `Bjorn Arild Gram` and `Bjoern Arild Gram` one, spelt two ways."""
    a, b = known.split(), written.split()
    return len(a) > 1 and len(b) > 1 and a[0][:3].casefold() != b[0][:3].casefold() and not set(a[:-1]) & set(b[:-1])


def _add_refs(text: str, actor: Actor, start: int, end: int, name: str, by_surname: bool,
              taken: list[tuple[int, int]], added: list[Ref], all_refs: list[Ref] | None = None,
              dropped: list[tuple[int, int]] | None = None) -> None:
    """A newly found actor's mention, and (for a person) the later mentions of their surname,
    wherever no other mention already stands. With `all_refs`, a later bare surname the gazetteer gave to another
    person whose full name the text never writes is this person's (`Councillor Dan Harris ... Harris said`)."""
    spans = [(start, end, text[start:end])]
    if by_surname:
        surname = name.split()[-1]
        spans += [(at, at + len(surname), surname) for at in whole_word_at(text, surname, end)]
    for s0, e0, t0 in spans:
        if all_refs is not None and dropped is not None and (s0, e0) in taken and s0 > start:
            other = next((r for r in all_refs if (r.start, r.end) == (s0, e0)), None)
            if (other is not None and other.actor is not None and other.actor.kind == "person"
                    and other.actor.canonical != actor.canonical and other.actor.canonical not in text
                    and _other_first_name(other.actor.canonical, actor.canonical)):
                taken.remove((s0, e0))
                dropped.append((s0, e0))
        if any(a < e0 and s0 < b for a, b in taken):
            continue
        taken.append((s0, e0))
        added.append(Ref(s0, e0, t0, actor, None))


# (pass pos46) a peer's title and territorial designation (`Lord Sharpe of Epsom`, `Baroness Hale of Richmond`): the
# place, one or two capitalised words not followed by a possessive or another name's start, is part of the name
_PEER_TITLES = ("Lord ", "Baroness ", "Lady ")
_PEER_SEAT = re.compile(r" of (?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?(?![\w'\u2019-]| [A-Z])")


def _with_titled_people(text: str, all_refs: list[Ref], gazetteer: Gazetteer | None = None) -> tuple[list[Ref], frozenset[str]]:
    """`all_refs` plus the people the gazetteer does not know but the text introduces with a title
    or an appositive; canonical is the name as first written without the title (`speakers.person_name`,
    as for statement speakers), and a later bare surname in the article refers to them. Also the names
    whose title is a government office (`Treasury Secretary Scott Bessent`): they speak for their
    country's course."""
    added: list[Ref] = []
    dropped: list[tuple[int, int]] = []  # appositives: `the Kremlin's envoy` describes the person, holds no stance
    government: set[str] = set()
    taken = [(r.start, r.end) for r in all_refs]
    matches = []
    for hit in finditer_at(_TITLE_HIT, _TITLE_HIT_START, text):  # cheap scan first: the full pattern may start anywhere
        if matches and hit.start() < matches[-1].end():
            continue
        m = _TITLED_PERSON.search(text, max(0, hit.start() - 80), hit.end() + 80)
        while m is not None and m.end() <= hit.start():
            m = _TITLED_PERSON.search(text, m.end(), hit.end() + 80)
        if m is not None and m.start() <= hit.start() < m.end():
            matches.append(m)
    if "'s " in text or "\u2019s " in text:
        # `Estonia's Urmas Reinsalu, Latvia's Edgars Rinkevics and ...`: a country's possessive introduces its official
        for m in _COUNTRY_POSSESSIVE_PERSON.finditer(text):
            words = m.group("name").split()
            if any(w.casefold() in _TITLE_WORDS or w.casefold() in _ORG_WORDS or w.casefold() in _NOT_NAMES for w in words):
                continue
            owner = next((r for r in all_refs if r.end == m.start() - 3 and r.actor is not None and r.actor.kind == "country"), None)
            if owner is not None and not any(x.start() < m.end("name") and m.start("name") < x.end() for x in matches):
                matches.append(m)
    if ", " in text:
        for found in (_NAME_APPOSITIVE.finditer(text), _title_appositives(text),
                      _THE_TITLE_NAME.finditer(text) if _title_comma(text) else (),
                      _NAME_AUTHOR.finditer(text) if ", who " in text else (),
                      _QUOTE_NAME_APPOSITIVE.finditer(text) if ("\u201d" in text or '"' in text) else ()):
            for m in found:
                if not any(x.start() < m.end("name") and m.start("name") < x.end() for x in matches):
                    matches.append(m)
    for m in matches:
        start, end = m.span("name")
        written = m.group("name")
        if written.endswith(("'s", "\u2019s")):
            # (pass `pos21a`) `Mayor Clara Voss's plan`: the possessive is no part of the name
            written, end = written[:-2], end - 2
        if m.re is _TITLED_PERSON and " " in written:
            # `Conservative Leader David Brazil`, `Senator Mark Wales`: a surname that is also a country's name is the
            # person's, not the country (the title says a person follows)
            # (`Mayor Dan Harris`: a surname the gazetteer gives to someone the text never names in full is his too)
            tail = next((r for r in all_refs if r.end == end and start < r.start and r.actor is not None
                         and (r.actor.kind == "country" or r.actor.kind == "person" and " " not in r.text
                              and r.actor.canonical not in text and _other_first_name(r.actor.canonical, written))
                         and (r.start, r.end) in taken), None)
            if tail is not None and not any(s0 < tail.start and start < e0 for s0, e0 in taken):
                taken.remove((tail.start, tail.end))
                dropped.append((tail.start, tail.end))
        if any(s0 < end and start < e0 for s0, e0 in taken):
            if "app" not in m.re.groupindex and _GOV_TITLE.search(text[m.start() : start]):
                # a person found before (`President Claudia Sheinbaum said`), the gazetteer not knowing them: the title
                # still says they hold a government office
                known = next((r for r in all_refs if r.start == start and r.end == end and r.actor is not None
                              and r.actor.kind == "person" and r.actor.country is None), None)
                if known is not None and (gazetteer is None or gazetteer.lookup(known.actor.canonical) is None):
                    government.add(known.actor.canonical)
            continue
        if m.re is _NAME_APPOSITIVE and _ORG_DESCRIPTION_ONLY.match(m.group("app")):
            continue  # `Casa Justa, a housing federation, said`: an organisation (`_ORG_NAMED`), not a person
        name = person_name(written)
        if not name or " " not in name or any(w.casefold() in _TITLE_WORDS for w in name.split()):
            continue
        parts = name.split()
        if len(parts) >= 3 and parts[0].casefold() in _ROLE_WORDS and (at := text.find(parts[1], start, end)) != -1:
            name, start = " ".join(parts[1:]), at  # `Economist Ana Ruiz, who designed ...`: the occupation is no part of the name
        appositive = "app" in m.re.groupindex
        country = None
        if appositive:
            a0, a1 = m.span("app")
            inside = [r for r in all_refs if a0 <= r.start and r.end <= a1]
            if m.re is _TITLE_APPOSITIVE:
                country = next((r.country for r in inside if r.country and r.start == a0), None)
            dropped.append((a0, a1))
        # (`Shadow` may precede the match; not past the sentence's start)
        title = m.group("app") if appositive else re.split(r"[.;!?]", text[max(0, m.start() - 24) : m.start()])[-1] + text[m.start() : start]
        if _GOV_TITLE.search(title) and not _OUT_OF_OFFICE.search(title):
            government.add(name)
        if (not appositive and gazetteer is not None and "spokes" in title and _MINISTRY_SPOKES.search(title)
                and gazetteer.lookup(name) is None):
            # (pass pos42b) `Foreign Ministry spokesman Zhao Lijian said`, `Chinese Foreign Ministry spokeswoman Li Mei`,
            # `Government spokeswoman Ana Ruiz`: a ministry's or government's spokesperson the gazetteer does not know
            # voices the country, not a stance of their own (later mentions of the surname too)
            voiced = _spokesperson_country(text, m.start(), start, all_refs, gazetteer)
            if voiced is not None:
                spans = [(start, end)] + [(at, at + len(name.split()[-1])) for at in whole_word_at(text, name.split()[-1], end)]
                for s0, e0 in spans:
                    if not any(a < e0 and s0 < b for a, b in taken):
                        taken.append((s0, e0))
                        added.append(Ref(s0, e0, text[s0:e0], voiced, voiced.canonical))
                continue
        full = name
        if name.startswith(_PEER_TITLES) and (seat := _PEER_SEAT.match(text, end)) is not None:
            # (pass pos46) a peer's territorial designation is part of the name (`Lord Sharpe of Epsom`), the
            # surname alone still names them later (`Sharpe said`)
            full, end = name + seat.group(0), seat.end()
        actor = _PEOPLE_CACHE.get((full, country))
        if actor is None:
            if len(_PEOPLE_CACHE) > 4096:
                _PEOPLE_CACHE.clear()
            actor = _PEOPLE_CACHE[(full, country)] = Actor(canonical=_person_canonical(full), kind="person", country=country)
        title_start = m.start()
        if not appositive and not any(s0 < start and title_start < e0 for s0, e0 in taken):
            start = title_start
        _add_refs(text, actor, start, end, name, True, taken, added, all_refs, dropped)
    if gazetteer is not None and ("UK" in text or "US" in text or "EU" in text or "U.S." in text or "U.K." in text):
        # `Offshore Energies UK`, `Energy UK`: a country code closing a name is part of an organisation's name
        for m in finditer_at(_CODE_TAILED, _CAPITAL_START, text):
            words = m.group("words").split()
            if words[0] in _NOT_TAIL_START or any(w.casefold() in _TITLE_WORDS or w.casefold() in _NOT_NAMES or gazetteer.lookup(w) for w in words):
                continue
            tail = next((r for r in all_refs if r.start == m.start("tail") and r.end == m.end("tail") and r.actor is not None), None)
            if tail is None or any(a < m.start("tail") and m.start() < b for a, b in taken):
                continue
            taken.remove((tail.start, tail.end))
            dropped.append((tail.start, tail.end))
            name = m.group(0)
            _add_refs(text, _unknown_actor(name, "organization"), m.start(), m.end(), name, False, taken, added)
    if gazetteer is not None:
        # `Diabetes Canada said`, `Tourism Australia warned`: capitalised words opening a sentence before a country's
        # name make an organisation's name with it; the country only says where it works
        for r in all_refs:
            if (r.actor is None or r.actor.kind != "country" or r.start < 3 or text[r.start - 1] != " "
                    or not text[r.start - 2].islower() or (r.start, r.end) not in taken):
                continue
            m = _COUNTRY_TAILED.search(text, max(0, r.start - 60), r.start)
            if m is None:
                continue
            words = m.group("words").split()
            # (pass pos39b: a function word inside the name is part of it, `Marriage For All Japan`; not opening it)
            if (words[0] in _NOT_TAIL_START or words[0] in _NOT_COUNTRY_TAIL_START or words[0].casefold() in _NOT_NAMES
                    or any(w.casefold() in _TITLE_WORDS or (w.casefold() in _NOT_NAMES and w.casefold() not in _NAME_INNER_WORDS)
                           or w.casefold() in _MONTHS or gazetteer.lookup(w) for w in words)
                    or any(a < r.start and m.start("words") < b for a, b in taken)):
                continue
            taken.remove((r.start, r.end))
            dropped.append((r.start, r.end))
            name = text[m.start("words") : r.end]
            _add_refs(text, _unknown_actor(name, "organization"), m.start("words"), r.end, name, False, taken, added)
    if gazetteer is not None:
        # (pass stm24) `UK Steel said`, `France Chimie, the chemical industry federation, said`: a country's name opening
        # capitalised words that end before a verb or a comma is an organisation's name; the country says where it works
        for r in all_refs:
            if r.actor is None or r.actor.kind != "country" or (r.start, r.end) not in taken:
                continue
            m = _COUNTRY_HEADED.match(text, r.end)
            if m is None or (r.start > 0 and (text[r.start - 1].isalnum() or text[r.start - 1] in "'\u2019-")):
                continue
            words = m.group("words").split()
            if any(_not_in_org_name(w, gazetteer) for w in words) or any(a < m.end("words") and r.end < b for a, b in taken):
                continue
            taken.remove((r.start, r.end))
            dropped.append((r.start, r.end))
            if _OBJECT_DETERMINER.search(text, max(0, r.start - 8), r.start):
                continue  # `to send the U.S. Abrams, which ...`, `signed the Tallinn Pledge, calling ...`: a thing, no holder
            start = r.start
            if (article := _FOREIGN_ARTICLE_BEFORE.search(text, max(0, start - 5), start)) is not None and not any(
                    a < start and article.start() < b for a, b in taken):
                start = article.start()  # (pass pos42b) `La France Insoumise`, `El Salvador Unido`: the article is the name's
            name = text[start : m.end("words")]
            _add_refs(text, _unknown_actor(name, "organization"), start, m.end("words"), name, False, taken, added)
    if _ORG_GATE.search(text) or "one of " in text:  # (pass posorg: `X, one of the largest unions,`)
        for start, end, name, within in _unknown_organisations(text, taken, all_refs, gazetteer):
            for r in within:  # `Germany's IG Metall union`, `Federation of Polish Grocers`: the place only says where it is
                if (r.start, r.end) in taken:
                    taken.remove((r.start, r.end))
                    dropped.append((r.start, r.end))
            _add_refs(text, _unknown_actor(name, "organization"), start, end, name, False, taken, added)
    if any(f in text for f in _LEGAL_FORM_NEEDLES):
        # (pass pos39b) a name closed by a company's legal form is a company wherever it stands (`Homes Direct Corp., one of
        # the largest landlords, said`, `shares of Kitchen Brands Plc`): filed without the form; a place inside says where
        for m in _COMPANY_NAMED.finditer(text):
            words = m.group("name").split()
            start = m.start("name")
            while words and (words[0] in _NOT_TAIL_START or words[0].casefold() in _NOT_NAMES):
                start += len(words[0]) + 1
                words = words[1:]
            end = m.end()
            if not words:
                continue
            name = " ".join(words)
            inside = [r for r in all_refs if start <= r.start and r.end <= end]
            if (any(a < end and start < b for a, b in taken if not any((r.start, r.end) == (a, b) for r in inside))
                    or any(not (r.demonym or (r.actor is not None and r.actor.kind == "country")) for r in inside)
                    or (gazetteer is not None and gazetteer.lookup(name) is not None)):
                continue
            for r in inside:
                if (r.start, r.end) in taken:
                    taken.remove((r.start, r.end))
                    dropped.append((r.start, r.end))
            _add_refs(text, _unknown_actor(text[start:end], "organization"), start, end, text[start:end], False, taken, added)
    if " and " in text:
        # (`Legambiente and the Salvaiciclisti association welcomed ...`)
        _add_coordinated_organisations(text, [x for x in added if x.actor is not None and x.actor.kind == "organization"],
                                       taken, added, gazetteer)
    named_from = len(added)
    for start, end, name, kind in _named_subjects(text, taken):
        for r in all_refs:  # `British Retail Consortium`: the demonym only says where it works
            if r.demonym and r.start == start and r.end < end and (r.start, r.end) in taken:
                taken.remove((r.start, r.end))
                dropped.append((r.start, r.end))
        if " " not in name and name.casefold() in _ORG_WORDS and name[:1].isupper():
            # (pass prec23) `the Union said` after `the European Union`, `the Federation warned` after `the Food and Drink
            # Federation`: a bare head word is the one organisation named before with it as its last word
            heads = {r.actor.canonical: r.actor for r in [*all_refs, *added] if r.start < start and r.actor is not None
                     and r.actor.kind != "person" and r.actor.canonical.endswith(" " + name)}
            if len(heads) == 1:
                _add_refs(text, next(iter(heads.values())), start, end, name, False, taken, added)
                continue
        if " " not in name and name[:1].isupper() and not name.isupper() and name.casefold() not in _ORG_WORDS:
            # (pass pos39b) `Reynolds said` after `Reynolds American Inc.`, `Altria said` after `Altria Group`: a bare name
            # opening exactly one organisation's longer name written before is that organisation (not a person's surname)
            earlier = [*all_refs, *added]
            opened = {r.actor.canonical: r.actor for r in earlier if r.start < start and r.actor is not None
                      and r.actor.kind == "organization" and r.actor.canonical.startswith(name + " ") and r.text.startswith(name + " ")}
            if len(opened) == 1 and not any(r.start < start and r.actor is not None and r.actor.kind == "person"
                                            and name in r.actor.canonical.split() for r in earlier):
                _add_refs(text, next(iter(opened.values())), start, end, name, False, taken, added)
                continue
        if " " not in name and name.casefold() not in _ORG_WORDS and not name.isupper():
            # `Frazer said` after `culture secretary Lucy Frazer`, `Banga said` after `President Ajay Banga`: a bare
            # surname is the person named in full before
            earlier = next((r.actor for r in reversed([*all_refs, *added]) if r.start < start and r.actor is not None
                            and r.actor.kind == "person" and r.actor.canonical.rsplit(" ", 1)[-1] == name), None)
            if earlier is None:
                # (pass prec23) `Anutin said` after `whose leader Anutin Charnvirakul`: where copy calls a person by the
                # first name (Thai, Indonesian usage), a bare name that opens exactly one person's full name before is
                # that person (not when two people named before share it)
                at = text.find(name + " ", 0, start)
                written = at != -1 and text[at + len(name) + 1 : at + len(name) + 2].isupper()
                firsts = {r.actor.canonical: r.actor for r in [*all_refs, *added] if r.start < start and r.actor is not None
                          and r.actor.kind == "person" and " " in r.actor.canonical and r.actor.canonical.split(" ", 1)[0] == name
                          } if written else {}
                if (written and len(firsts) < 2
                        and re.fullmatch(r"[A-Z][a-z\u00e0-\u017e]{2,}", name) and (gazetteer is None or gazetteer.lookup(name) is None)):
                    # (and a full name no reference holds: `whose leader Prabowo Subianto`) written out before as exactly
                    # two name words after a title or role word, the second no organisation, title, party or place word
                    # (not `Oceana Nordic ... Oceana said`)
                    fulls = {f.group(0) for f in re.compile(r"(?<![\w'\u2019.-])" + re.escape(name) + r"\s+(?P<last>[A-Z][a-z\u00e0-\u017e]+)"
                                                             r"(?![\w'\u2019-])(?!\s+[A-Z])").finditer(text, at, start)
                             if f.group("last").casefold() not in _ORG_WORDS and f.group("last").casefold() not in _TITLE_WORDS
                             and f.group("last").casefold() not in _NOT_NAMES and f.group("last").casefold() not in _PARTY_NAME_WORDS
                             and (gazetteer is None or gazetteer.lookup(f.group("last")) is None)
                             and (w := _WORD_BEFORE.search(text, max(0, f.start() - 30), f.start())) is not None
                             and (w.group(1).casefold() in _TITLE_WORDS or w.group(1).casefold() in _ROLE_WORDS)}
                    if firsts and fulls <= set(firsts):
                        earlier = next(iter(firsts.values()))
                    elif not firsts and len(fulls) == 1:
                        name, kind = next(iter(fulls)), "person"
                elif len(firsts) == 1 and gazetteer is not None and gazetteer.lookup(name) is None:
                    earlier = next(iter(firsts.values()))
            if earlier is not None:
                _add_refs(text, earlier, start, end, name, False, taken, added)
                continue
            full = _FULL_NAME_BEFORE.get(name)
            if full is None:
                full = re.compile(r"(?<![\w'\u2019-])(?P<first>[A-Z][a-z\u00e0-\u017e]+(?:-[A-Z][a-z\u00e0-\u017e]+)?)\s+" + re.escape(name) + r"(?![\w-])")
                if len(_FULL_NAME_BEFORE) > 4096:
                    _FULL_NAME_BEFORE.clear()
                _FULL_NAME_BEFORE[name] = full
            first = next((f for f in full.finditer(text, 0, start) if f.group("first").casefold() not in _TITLE_WORDS
                          and f.group("first").casefold() not in _NOT_NAMES and f.group("first") not in _NOT_TAIL_START), None)
            if first is not None and (gazetteer is None or (gazetteer.lookup(first.group(0)) is None and gazetteer.lookup(first.group("first")) is None)):
                given = first.group("first")
                # (pass prec23) a three-word name right after a title (`Chief Executive Shou Zi Chew`, `Minister Nguyen
                # Van Thanh`): the word before the first name is a given name too, when a title word stands before it
                before = _GIVEN_BEFORE.search(text, max(0, first.start() - 40), first.start())
                if (before is not None and (before.group("title").casefold() in _TITLE_WORDS
                                            # (pass r51pos) or a verb's or preposition's object (`replaced her with
                                            # Guillermo Alfonso Jaramillo`, `named Ana Maria Ruiz`)
                                            or before.group("title") in _GIVEN_AFTER_WORDS
                                            and not before.group("given").endswith(("man", "woman", "member", "person")))
                        and before.group("given").casefold() not in _TITLE_WORDS and before.group("given").casefold() not in _NOT_NAMES
                        and before.group("given").casefold() not in _ORG_WORDS and before.group("given") not in _NOT_TAIL_START
                        and before.group("given").casefold() not in _MONTHS
                        and (gazetteer is None or gazetteer.lookup(before.group("given")) is None)):
                    given = f"{before.group('given')} {given}"
                name, kind = f"{given} {name}", "person"
        _add_refs(text, _unknown_actor(name, kind), start, end, name, kind == "person", taken, added)
    if " and " in text:
        # (`Zoomly and Ridex said ...`: two firms the gazetteer does not know, sharing one verb)
        _add_coordinated_organisations(text, [x for x in added[named_from:] if x.actor is not None and x.actor.kind == "organization"],
                                       taken, added, gazetteer)
    _set_off_organisations(text, taken, added, gazetteer)
    if " wing, " in text:
        for m in _PARTY_WING.finditer(text):
            start, end = m.span("name")
            if any(a < end and start < b for a, b in taken) or (gazetteer is not None and gazetteer.lookup(m.group("name"))):
                continue
            _add_refs(text, _unknown_actor(m.group("name"), "organization"), start, end, m.group("name"), False, taken, added)
    if _LEGISLATURE_GATE.search(text):
        # `The Bundestag voted to ...`, `the Saeima will ...`: a legislature by its own name, before its verb, is an actor
        # whatever the verb (a name that is nothing else; `_named_subjects` knows only stance and speech verbs)
        for m in _LEGISLATURE.finditer(text):
            start, end = m.span("name")
            if any(a < end and start < b for a, b in taken) or _BEFORE_LEGISLATURE.search(text, max(0, m.start() - 12), m.start()):
                continue
            _add_refs(text, _unknown_actor(m.group("name"), "organization"), start, end, m.group("name"), False, taken, added)
    if "Senate" in text or "House of" in text or "Legislature" in text or "Assembly" in text or "City Council" in text:
        # a chamber of a state, region or city by its place (`The New Hampshire Senate on Thursday killed a bill`, `the
        # Florida Legislature passed`): an actor as written; a city council acting as a whole is the city (`Edinburgh City
        # Council said it would introduce a levy`)
        for m in finditer_at(_PLACE_CHAMBER, _CAPITAL_START, text):
            start, end = m.span("name")
            if m.group("body") == "City Council":
                # (found before as an organisation called `Edinburgh City Council`: the city instead)
                for r in [r for r in added if r.start == start and r.end == end]:
                    added.remove(r)
                    taken.remove((r.start, r.end))
            place = m.group("place")
            if m.group("body") == "City Council" and gazetteer is not None:
                # `Dublin City Council said`: the city's council, not the country its capital stands for elsewhere
                for r in all_refs:
                    if ((r.start, r.end) == (start, start + len(place)) and r.actor is not None and r.actor.kind == "country"
                            and r.actor.canonical != place and not _BEFORE_LEGISLATURE.search(text, max(0, start - 12), start)):
                        if (r.start, r.end) in taken:
                            taken.remove((r.start, r.end))
                        dropped.append((r.start, r.end))
                        if not any(a < end and start < b for a, b in taken):
                            _add_refs(text, _unknown_actor(place, "organization"), start, end, place, False, taken, added)
            if any(a < end and start < b for a, b in taken) or _BEFORE_LEGISLATURE.search(text, max(0, m.start() - 12), m.start()):
                continue
            if gazetteer is not None and gazetteer.lookup(place) is not None:
                continue  # `the US Senate`, `France's National Assembly`: the gazetteer's and `_CHAMBER`'s
            name = place if m.group("body") == "City Council" else m.group("name")
            _add_refs(text, _unknown_actor(name, "organization"), start, end, name, False, taken, added)
    if gazetteer is not None and "the government" in text:
        # `Sunak rejected calls for a windfall tax, saying the government would not impose one`: the government a minister
        # speaks of is his country's, acting as a whole
        for m in _SAID_THE_GOVERNMENT.finditer(text):
            g0, g1 = m.span("g")
            if any(a < g1 and g0 < b for a, b in taken):
                continue
            line = max(text.rfind(".", 0, g0), text.rfind("\n", 0, g0)) + 1
            person = _last_person(all_refs, line, m.start())
            if person is None:
                # a person the gazetteer does not know, named earlier in full (`Mitchell said the government ...`)
                person = max((r for r in added if line <= r.start and r.end <= m.start() and r.actor is not None and r.actor.kind == "person"),
                             key=lambda r: r.start, default=None)
            own = _person_country(text, person, in_range(all_refs, max(0, person.start - 80), person.start), gazetteer) if person else None
            if own is None and person is not None and person.actor.country is None:
                own = _announced_for(text, person, [*all_refs, *added])
            country = gazetteer.get(own) if own else None
            if country is not None and country.kind == "country":
                added.append(Ref(g0, g1, m.group("g"), country, country.canonical))
                taken.append((g0, g1))
            elif (person is not None and person.actor.kind == "person" and person.actor.country is None
                  and person.actor.canonical in government and gazetteer.lookup(person.actor.canonical) is None):
                # `Transport Minister Michael Wood says the government will not back away from ...`: a minister the
                # gazetteer does not know, of a government it cannot place, announcing its course states it as his own
                added.append(Ref(g0, g1, m.group("g"), person.actor, None))
                taken.append((g0, g1))
    if gazetteer is not None and ("s government" in text or "r government" in text or "s cabinet" in text or "r cabinet" in text
                                  or "whose government" in text):
        # `Fico said on Friday that his government would never accept it`: the government acting as a whole, the country
        # the government is the sentence's own speaker's (`said Tuvalu's Prime Minister Feleti Teo, adding that his
        # government would ...`), never that of a person named before whom the gazetteer knows
        for m in _HIS_GOVERNMENT.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            known = sorted([*all_refs, *added], key=lambda r: r.start)
            person = _government_owner(text, m.start(), known)
            if person is None:
                continue
            own = person.actor.country or _person_country(text, person, in_range(known, max(0, person.start - 80), person.start), gazetteer)
            country = gazetteer.get(own) if own else None
            if country is not None and country.kind == "country":
                added.append(Ref(m.start(), m.end(), m.group(0), country, country.canonical))
                taken.append((m.start(), m.end()))
                continue
            if own is not None:
                continue  # a person the gazetteer places, not in a country (a party leader of a bloc): no government of theirs
            place = _owner_place(text, person, gazetteer)
            if place is not None:
                added.append(Ref(m.start(), m.end(), m.group(0), place, place.canonical if gazetteer.get(place.canonical) is place else None))
                taken.append((m.start(), m.end()))
            elif person.actor.canonical in government and gazetteer.lookup(person.actor.canonical) is None:
                # an official the gazetteer does not know, of a government it cannot place: his own
                added.append(Ref(m.start(), m.end(), m.group(0), person.actor, None))
                taken.append((m.start(), m.end()))
    if "he leaders" in text or "he ministers" in text:
        # `European Union leaders agreed ... The leaders also committed to ...`: the collective named before
        for m in finditer_at(_THE_COLLECTIVE, _THE_COLLECTIVE_START, text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            named_before = [
                r for r in in_range(all_refs, max(0, m.start() - 1500), m.start())
                if r.actor is not None and r.actor.kind in ("organization", "country")
                and text.startswith(" " + m.group("noun"), r.end)
            ]
            if named_before:
                r = named_before[-1]
                added.append(Ref(m.start(), m.end(), m.group(0), r.actor, r.country))
                taken.append((m.start(), m.end()))
    if " Congress" in text:
        # (pass r52pos) a legislature's term named by `Congress` (`will not pass it in this Congress`, `refiled in the 20th
        # Congress`): a time, no actor
        for m in _R52POS_CONGRESS_TERM.finditer(text):
            dropped.append(m.span("w"))
    if gazetteer is not None and _CHAMBER_GATE.search(text):
        # `MPs have backed the plan`, `Parliament passed the repeal bill`, `The Senate voted 51-44`, `France's National
        # Assembly approved`: a chamber acting as a whole is the chamber of the country the article is about
        countries: dict[str, int] = {}
        for r in all_refs:
            c = r.country or (gazetteer.country_of(r.actor) if r.actor is not None else None)
            if c:
                countries[c] = countries.get(c, 0) + 1
        for m in finditer_at(_CHAMBER, _CHAMBER_START, text):
            w0, w1 = m.span("w")
            inside = [r for r in added if w0 <= r.start and r.end <= w1 and r.actor is not None and r.actor.kind == "organization"]
            for r in inside:  # `France's National Assembly`: not an unknown body called `Assembly`
                added.remove(r)
                taken.remove((r.start, r.end))
            if any(a < w1 and w0 < b for a, b in taken if not (m.group("w") == "Congress" and (a, b) == (w0, w1))):
                continue
            owner = next((r for r in all_refs if r.end == m.start("w") - 3 and r.actor is not None and r.actor.kind == "country"), None)
            ranked = [owner.actor.canonical] if owner is not None else sorted(countries, key=lambda c: -countries[c])
            senate = m.group("w").casefold().startswith("senat")
            chamber = next((a for c in ranked for a in _chambers(gazetteer).get(c, ()) if ("Senate" in a.canonical) == senate), None)
            if chamber is None and m.group("w") == "National Assembly" and not ranked:
                # (pass `actors`) `The National Assembly on Wednesday passed a bill`, in an article that names no country
                # the gazetteer places it in: the chamber as written
                chamber = _unknown_actor("National Assembly", "organization")
            if m.group("w") == "Congress":
                # (pass r52pos) `Argentina's Congress approved the law`: another country's congress, not the US one the
                # gazetteer names by the bare word; acts for its country as below
                if owner is None or owner.actor.canonical == "United States":
                    continue
                chamber = None
            if chamber is None and owner is not None and m.group("w") in ("Chamber of Deputies", "lower house", "Congress"):
                # (pass r52pos) `Argentina's Chamber of Deputies approved the bill`: a country's lower house the gazetteer
                # has no name for acts for its country (as a chamber passing a bill gives the country)
                if not any(a < w1 and owner.start < b for a, b in taken if (a, b) not in ((owner.start, owner.end), (w0, w1))):
                    added.append(Ref(owner.start, w1, text[owner.start : w1], owner.actor, owner.country))
                    taken.append((owner.start, w1))
                    dropped.append((owner.start, w1))
                continue
            if chamber is None:
                continue
            added.append(Ref(m.start("w"), m.end("w"), m.group("w"), chamber, chamber.part_of))
            taken.append((m.start("w"), m.end("w")))
        # (pass pos39c) `German lawmakers on Thursday voted down a motion`: the members of a country's parliament voting as
        # one are its (lower) chamber, not the country
        for m in finditer_at(_DEMONYM_CHAMBER, _CAPITAL_START, text):
            d0, w1 = m.start("d"), m.end("w")
            if any(a < w1 and d0 < b for a, b in taken if (a, b) != (d0, m.end("d"))):
                continue
            demonym = next((r for r in all_refs if r.start == d0 and r.end == m.end("d") and r.demonym and r.country), None)
            if demonym is None:
                continue
            chamber = next((a for a in _chambers(gazetteer).get(demonym.country, ()) if "Senate" not in a.canonical), None)
            if chamber is None:
                continue
            added.append(Ref(d0, w1, text[d0:w1], chamber, chamber.part_of))
            taken.append((d0, w1))
            dropped.append((d0, w1))
    if " (" in text:
        _acronym_refs(text, all_refs, taken, added, dropped)
    _initials_refs(text, all_refs, taken, added, gazetteer)
    if gazetteer is not None and any(r.actor is not None and r.actor.kind == "organization" for r in added):
        added = _qualified_parties(text, all_refs, added, gazetteer)
    if not added:
        return all_refs, frozenset(government)
    kept = [r for r in all_refs if not any(a0 <= r.start and r.end <= a1 for a0, a1 in dropped)]
    return sorted([*kept, *added], key=lambda r: r.start), frozenset(government)


# national legislatures by their own names (those in English copy under another name are `_CHAMBER`'s words)
_LEGISLATURE_NAMES = (r"Bundestag|Bundesrat|Sejm|Saeima|Seimas|Riigikogu|Riksdag|Eduskunta|Storting|Stortinget|Folketing|Althing|Knesset|"
                      r"State Duma|Duma|Verkhovna Rada|Rada|Oireachtas|D\u00e1il|Dail|Seanad|Sabor|Nationalrat|Tweede Kamer|Sobranie|"
                      r"Lok Sabha|Rajya Sabha|Majlis|Congreso|Cortes|Skup\u0161tina|Skupstina|Orsz\u00e1ggy\u0171l\u00e9s")
_LEGISLATURE_GATE = re.compile(r"\b(?:" + _LEGISLATURE_NAMES + r")\b")
# what follows a chamber named as a subject: its verb, a lowercase word, after a time adjunct (`on Friday`, `last week`)
_VERB_AHEAD = r"\s+(?:on\s+[A-Z][a-z]+\s+|(?:last|this)\s+\w+\s+)?[a-z]{2,}\b"
_LEGISLATURE = re.compile(
    r"(?<![\w'\u2019-])(?P<name>" + _LEGISLATURE_NAMES + r")(?![\w'\u2019-])"
    # before its verb: a lowercase word (after a time adjunct), not `the Bundestag's`, `in the Sejm.`
    r"(?=" + _VERB_AHEAD + r")"
)
_PLACE_CHAMBER = re.compile(
    r"(?<![\w'\u2019.-])(?P<name>(?P<place>(?!The\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+"
    r"(?P<body>Senate|House of Representatives|House of Delegates|State Assembly|General Assembly|Legislature|City Council))"
    r"(?![\w'\u2019-])"
    # before its verb (after a time adjunct or a relative clause), as `_LEGISLATURE`
    r"(?=(?:,\s+(?:which|who)\s+[^,;.\u201c\u201d\"]{3,80},)?" + _VERB_AHEAD + r")"
)
# where a `_PLACE_CHAMBER` or `_CODE_TAILED` match can begin: a capital after no name character (`finditer_at`)
_CAPITAL_START = re.compile(r"[A-Z](?<![\w'\u2019.-].)")
_BEFORE_LEGISLATURE = re.compile(r"\b(?:in|to|by|at|from|of|before|into|through|with|for|on|against)\s+(?:the\s+)?$", re.I)
_R52POS_CONGRESS_TERM = re.compile(r"\b(?:in|during|before|by|until|of|for)\s+(?:this|the\s+(?:next|new|current|previous|last|outgoing|incoming|"
                                   r"\d+(?:st|nd|rd|th)|[a-z]+-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+th)))\s+(?P<w>Congress)\b")
_CHAMBER_GATE = re.compile(r"\b(?:MPs|[Ll]awmakers|[Ll]egislators|[Dd]eputies|[Pp]arliament|Senate|[Ss]enators|National Assembly|lower house|Congress)\b")
# a chamber as the subject of a vote: opening the sentence (`MPs have overwhelmingly backed`), or owned by a country
# (`New Zealand's Parliament has passed`); not a group of its members (`56 Labour MPs`, `Some Conservative MPs`)
_CHAMBER = re.compile(
    r"(?:(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[-\u2013\u2014]\s))(?:The\s+)?|(?<=['\u2019]s\s))"
    # (pass r52pos: `Argentina's Chamber of Deputies approved`, a lower house no gazetteer name covers)
    r"(?P<w>MPs|Lawmakers|Legislators|Deputies|Parliament|parliament|Senate|Senators|National Assembly|lower house|Chamber of Deputies|"
    r"(?<=['\u2019]s\s)Congress)"
    r"(?=\s+(?:(?:on|last|late|early)\s+\w+\s+|\w+ly\s+|has\s+|have\s+|had\s+|also\s+|then\s+|in\s+general\s+)*"
    r"(?:vot|pass|back|approv|adopt|reject|endors|support|oppos|block|repeal|scrap|overturn|ratif|gave\s+(?:its\s+)?(?:final\s+)?approval))"
)
# (pass pos39c) a demonym's lawmakers opening a sentence as the subject of a vote (`German lawmakers on Thursday voted down`)
_DEMONYM_CHAMBER = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s)|(?<=[-\u2013\u2014]\s))(?P<d>[A-Z][a-z]+)\s+(?P<w>lawmakers|MPs|legislators|deputies)"
    r"(?=\s+(?:(?:on|last|late|early)\s+\w+\s+|\w+ly\s+|has\s+|have\s+|had\s+|also\s+|then\s+)*"
    r"(?:vot|pass|back|approv|adopt|reject|endors|support|oppos|block|repeal|scrap|overturn|ratif))"
)
# where a `_CHAMBER` match can begin: `The` or a chamber's first letter at the text's start or after a blank
_CHAMBER_START = re.compile(r"[TMLDPpSNlC](?<!\S.)")
_CHAMBER_WORDS = re.compile(r"Parliament|Commons|Assembly|Senate|Bundestag|Sejm|Riksdag|Knesset|Storting|Folketing|Diet|Rada", re.I)
_CHAMBERS: dict[int, dict[str, tuple[Actor, ...]]] = {}


def _chamber_owner(text: str, chamber: Ref, refs: list[Ref]) -> Ref | None:
    """(pass posact) The country named by its possessive right before a chamber written as `parliament` (`Germany's
    parliament`, `Britain's federal parliament`), when the chamber is that country's."""
    for r in refs:
        if r.actor is not None and r.actor.kind == "country" and r.actor.canonical == chamber.actor.part_of and (
                _OWNER_GAP.fullmatch(text, r.end, chamber.start) is not None):
            return r
    return None


_OWNER_GAP = re.compile(r"['\u2019]s?\s+(?:(?:federal|national|bicameral|unicameral|lower|upper)\s+)?")


def _chambers(gazetteer: Gazetteer) -> dict[str, tuple[Actor, ...]]:
    """country -> the gazetteer's national chambers (bodies of that country named as one), cached per gazetteer."""
    key = id(gazetteer)
    if key not in _CHAMBERS:
        out: dict[str, list[Actor]] = {}
        for a in gazetteer.actors:
            if a.kind == "body" and a.part_of and _CHAMBER_WORDS.search(a.canonical):
                out.setdefault(a.part_of, []).append(a)
        _CHAMBERS[key] = {c: tuple(v) for c, v in out.items()}
    return _CHAMBERS[key]


# the acts by which a government moves a measure (not a view on it: `backed`, `welcomed`, `wants`)
_GOVERNMENT_ACT = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|announc\w+|unveil\w*|tabl(?:e|es|ed|ing)|introduc\w+|push(?:es|ed)? back|delay\w*|postpon\w+|"
    r"scrap\w*|repeal\w*|revok\w+|abolish\w*)\b", re.I
)
# (pass `pos26d`) the head of government or minister as the subject of an act that decides a measure for the country
# (`President Ana Ruiz has approved the sale of ...`, `Chancellor Ed Berg on Monday decided against sending ...`,
# `Premier Li, who ..., blocked the export`): the verb right after the name (not `did not rule out`, `vowed to
# veto`, `warned that allowing ...`, a relative clause's `who had threatened to block`)
_LEADER_ACT = re.compile(
    r"(?:,\s+[^,;.\u201c\u201d\"]{2,80},)?\s+(?:(?:has|had|have|on\s+[A-Z][a-z]+|(?:last|this|late|earlier)\s+\w+|in\s+[A-Z][a-z]+|still|again|now|"
    r"also|for\s+now|finally|formally|quietly|recently|personally|later|then)\s+)*"
    r"(?:approv(?:ed|es)|decided\s+against|order(?:ed|s)|allow(?:ed|s)|cleared|vetoed|blocked)\b"
)
# (pass poscountry) the announcement right after the name, however far the issue is named after it in the sentence:
# `President X on Wednesday announced his long-awaited plan to cancel ...` (not `announced that ...`: a report)
_LEADER_ACT_FIRST = re.compile(
    r"\s+(?:(?:has|had|on\s+[A-Z][a-z]+|(?:last|this)\s+\w+|again|formally|also)\s+)*announced\s+(?!that\b)")
_OFFICE_TITLE = re.compile(r"(?:^|[^\w])(?:Prime Minister|President|Chancellor(?: of the Exchequer)?|Premier|[A-Z][a-z]+ Minister|Minister|[A-Z][a-z]+ Secretary)\s+$")
_OFFICE_ANAPHOR = re.compile(r"\b[Tt]he (?:prime minister|president|chancellor|premier)\b")


def _holds_office(text: str, person: Ref, refs: list[Ref]) -> bool:
    """Whether the text gives the person a government office: a title before one of their mentions (`President Donald
    Trump`, not `former` or `shadow`), or the office as the anaphor of a later sentence (`the prime minister said`)."""
    for r in refs:
        if r.actor is person.actor:
            before = text[max(0, r.start - 40) : r.start]
            if _OFFICE_TITLE.search(before) and not re.search(r"(?i)\b(?:former|shadow|opposition|ex-)\s+(?:\w+\s+)?$", before[: _OFFICE_TITLE.search(before).start() + 1] + " "):
                return True
    return _OFFICE_ANAPHOR.search(text, person.end) is not None


_MEMBERS_AFTER = re.compile(r"\s+(?:leader|government|MPs|MEPs|lawmakers|legislators|deputies|senators|members|backbenchers|rebels|politicians|"
                            r"voters|supporters|activists|councillors|"
                            # (pass pos42a) `Turkey, a NATO member that has never joined the sanctions`: one member, not the body
                            r"(?:founding\s+|fellow\s+|full\s+)?(?:member|ally|partner)(?!\s+(?:states|countries|nations|governments|of)\b))\b")
# (pass `unkact`) a member speaking for the group whose stance the clause before states: `, with leader Ana Ruiz
# calling ...`, `, with their housing spokesman Tom Reid saying ...` (not an opponent: `with opposition leader X calling`)
_WITH_MEMBER = re.compile(r",\s+with\s+(?:(?:its|their)\s+)?(?:(?!opposition\b|former\b|rival\b)[a-z][\w-]*\s+){0,3}(?=[A-Z])")
_MEMBER_SPEAKS = re.compile(r"\s+(?:calling|saying|describing|branding|dismissing|denouncing|warning|arguing|labell?ing|hailing|praising)\b")
# (pass `unkact`) a holder restating its own stance with no object, on the measure in discussion: `repeated its
# opposition`, `reaffirmed their support`, `said its opposition was unchanged` (not `its opposition to X`, `their support
# for Y`, which name their own object)
_OWN_STANCE_NOUN = (r"(?:its|their|his|her)\s+(?:(?:long-standing|longstanding|firm|strong|fierce|continued|full)\s+)?"
                    r"(?P<{}>opposition|objections?|support|backing)(?!\s+(?:to|for|of|from|among|within|in|base|group|camp)\b)(?![\w-])")
_RESTATED_STANCE = re.compile(
    r"\b(?:(?:repeat|reiterat|restat|reaffirm|renew|voic|underlin)\w*\s+" + _OWN_STANCE_NOUN.format("noun")
    + r"|said\s+" + _OWN_STANCE_NOUN.format("noun2") + r"\s+(?:was|remained|remains|is|had\s+not\s+changed)(?:\s+(?:unchanged|undiminished|firm))?\b)"
)


def _restates(body: str) -> re.Match[str] | None:
    """`_RESTATED_STANCE.search(body)`, after cheap word checks (most sentences hold no possessive stance noun)."""
    if (" its " not in body and " their " not in body) or not (
        "opposition" in body or "support" in body or "objection" in body or "backing" in body
    ) or not (
        # (every match holds `said` or one of the restating verbs' stems, written as here: the pattern is case-sensitive)
        "said" in body or "repeat" in body or "reiterat" in body or "restat" in body or "reaffirm" in body or "renew" in body
        or "voic" in body or "underlin" in body
    ):
        return None
    return _RESTATED_STANCE.search(body)


_SUBJECT_GAP = re.compile(r"\s+(?:(?:also|again|still|once\s+more|has|have|had|on\s+\w+|late\s+\w+)\s+)*")
# `Biden took the decision after ...`, `Scholz had made the decision in close consultation with allies`: who took the act
# named before by an anaphor (not `took the decision to send`, which states its own act)
_TOOK_DECISION = re.compile(
    r"\b(?:took|taken|takes?|taking|made|makes?|making)\s+(?:the|this|that)\s+(?:final\s+)?(?:decision|step|move)\b"
    r"(?!\s+(?:to|not|about|whether|of|for|by)\b)(?!['\u2019])"
)
# between the decider and the verb: a relative clause on the name (`Biden, who leaves office in January, took`) and auxiliaries
_DECIDER_GAP = re.compile(r"(?:,\s+who\b[^,;.\u201c\u201d\"]*,)?(?:\s+(?:has|have|had|had\s+personally|personally|later|finally|ultimately|himself|herself|itself))*\s+")
# (pass `unkact`) an organisation's officer introduced by its possessive: `its president, Anna Berg,`, `Their housing
# spokesman Tom Reid`, `its general secretary Paul Nowak`
# (the possessive's first letter before the look back: a pattern opening with a character class is scanned for in C)
_ITS_VOICE = re.compile(r"(?:[Ii]ts|[Tt]heir)(?<![\w-][Ii]ts)(?<![\w-][Tt]heir)\s+(?:(?!former\b)[a-z][\w-]*\s+){0,3}?" + _HEAD_ROLES + r",?\s+(?=[A-Z])")
# (where it opens: its sentence, a clause after `but` or `and`, or the tail after a quote)
_VOICE_OPENS = re.compile(r"(?:^|[\u201d\"]|\b(?:but|and|while))\s*$")
_VOICE_SPEAKS = re.compile(r",?\s+(?:(?:has|had|also|then)\s+)?(?:said|says|told|added|warned|argued|insisted|stressed|wrote|called)\b")
_AS_DID = re.compile(r",\s+as\s+did\s+(?P<the>the\s+)?")
# (pass pos44b) the gap between two names listed after `as did`: a comma or `and`, then at most a title (`Health Secretary`,
# `the Labour leader`), no verb
_AS_DID_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?!(?:said|says|who|which|but|voted|while)\b)[\w'\u2019-]+\s+){0,3}")
_MEASURE_NOUNS = r"ban|law|bill|legislation|reform|plan|measure|ordinance|decree|directive|scheme"
_MEASURE_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:" + _MEASURE_NOUNS + r"|rule|regulation)\b(?!\s+(?:of|on|against|to)\b)")
# a measure introduced by any determiner (`a draft royal decree that would ban`, `has delayed its ban`, `new rules`)
_LEAD_MEASURE = re.compile(
    r"\b(?:the|this|that|its|their|his|her|a|an|new)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:" + _MEASURE_NOUNS + r"|rules|regulations?|restrictions?|proposal)\b(?!\s+(?:of|to)\b)")
# a stance verb whose object is the measure or an act on it, named again by a definite noun that may carry a modifier
# (`condemned the vote`, `welcomed the decisions`, `criticised the national ban`, `welcomed both steps`,
# `lobbied against the bill`): a stance on what the article is about, however far back it was named
_VERB_ON_MEASURE = re.compile(
    r"\b(?:welcom|condemn|critici[sz]|denounc|hail|prais|applaud|slamm|oppos|reject|back|support|approv|endors|call(?=ed|s|ing)|describ|"
    r"(?:lobbied|lobbying|campaign(?:ed|ing|s)?|fought|fight(?:s|ing)?)\s+against)\w*\s+"
    r"(?:the|this|that|both|these|those)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:decisions?|votes?|moves?|" + lex.ACT_NOUNS + r"|steps?|deal|ban|law|bill|legislation|reform|plan|measures?|ruling|verdict|judge?ment|"
    # (pass pos42d) the outcome of a vote (`welcomed the outcome`; not `the result`, which copy uses for much else)
    r"outcome)\b(?!\s+(?:of|on|to|against|for|from|party|parties|coalition|bloc|camp|majority)\b)"
)
# a relative clause on a person that makes them the measure's author or sponsor (`, who steered the text through the
# chamber,`, `, the SNP's leader, who tabled the amendment,`, `, who drafted an earlier version of the reform,`)
_AUTHOR_RELATIVE = re.compile(
    r"(?:,\s+[^,;.\u201c\u201d\"]{2,80})?,\s+who\s+(?:(?:had|has|once|originally|first|also)\s+)*"
    r"(?:steered|drafted|tabled|sponsored|championed|authored|designed|introduced|proposed|spearheaded|recommended|floated|promised)\s+"
    r"(?:the|an?|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:text|law|bill|legislation|reform|amendment|motion|resolution|plan|measure|proposal|ban|idea|move)\b(?!\s+(?:to|on|against)\b)"
)
# (and a person the gazetteer does not know, introduced by such a clause: `Economist Gabriel Zucman, who designed the plan`)
_NAME_AUTHOR = re.compile(
    r"(?P<name>(?:[A-SU-Z]|T(?!he\s))(?:(?<![\s\S]{2})|(?<=\n.)|(?<=[.!?]\s.)|(?<=[.!?][\u201d\"]\s.)|(?<=[-\u2013\u2014]\s.))"
    + _NAME[len("[A-Z]"):] + r")(?=" + _AUTHOR_RELATIVE.pattern + r")"
)
_GOVERNMENT_MEASURE = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w-]+\s+)?[Gg]overnment['\u2019]s\s+(?:[\w\u201c\u201d\"-]+\s+){0,2}?"
    r"(?:plans?|law|bill|legislation|proposals?|ban|policy|measures?|reform)\b"
)
_PEOPLE_CACHE: dict[tuple[str, str | None], Actor] = {}


# (pass `actors`) an acronym in parentheses right after a name introduces it for the rest of the article (`the German
# Trade Union Confederation (DGB)` ... `the DGB said`); a party named by its members (`the opposition Christian
# Democrats (CDU)`) is filed under its acronym, as copy names it once introduced
_PAREN_ACRONYM = re.compile(r" \((?P<acr>[A-Z][A-Za-z\u00c0-\u00de]{0,2}[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u00de]{0,4})\)")
_PARTY_MEMBERS = re.compile(
    r"(?<![\w'\u2019-])(?P<name>(?:[A-Z][a-z]+\s+){0,2}(?:Democrats|Socialists|Social Democrats|Greens|Liberals|Conservatives|"
    r"Christian Democrats|Free Democrats|Republicans|Nationalists|Progressives|Radicals))$"
)


_ACRONYM_WORD = re.compile(r"(?<![\w'\u2019/.&-])[A-Z]{3,6}(?![\w/&-])")


def _initials_refs(text: str, all_refs: list[Ref], taken: list[tuple[int, int]], added: list[Ref], gazetteer: Gazetteer | None) -> None:
    """(pass posorg) An acronym spelled by the initials of an organisation the article named in full before (`the
    Hillside Growers Circle ... the HGC said`), never introduced in brackets, is that organisation where it was found
    as a holder named by the acronym alone (one the gazetteer knows by the acronym keeps it; an acronym found as no
    holder stays none)."""
    spelled: dict[str, tuple[int, Actor] | None] = {}
    for r in [*all_refs, *added]:
        if r.actor is None or r.actor.kind != "organization" or " " not in r.actor.canonical:
            continue
        acr = _initials(r.actor.canonical)
        if len(acr) < 3:
            continue
        if acr in spelled and spelled[acr] is not None and spelled[acr][1].canonical != r.actor.canonical:
            spelled[acr] = None  # two organisations spell it: neither
        elif acr not in spelled or (spelled[acr] is not None and r.start < spelled[acr][0]):
            spelled[acr] = (r.start, r.actor)
    spelled = {k: v for k, v in spelled.items() if v is not None and k in text}
    if not spelled:
        return
    for x in _ACRONYM_WORD.finditer(text):
        got = spelled.get(x.group(0))
        if got is None or x.start() < got[0]:
            continue
        if gazetteer is not None and gazetteer.lookup(x.group(0)) is not None:
            continue
        span = (x.start(), x.end())
        held = next((r for r in added if (r.start, r.end) == span), None)
        if held is None or held.actor is None or held.actor.canonical != x.group(0):
            continue  # (only a name found already as a holder of its own is renamed: the acronym is no new holder)
        added[added.index(held)] = Ref(x.start(), x.end(), x.group(0), got[1], None)  # (`the HGC said`)


# (pass posorg) the capitalised name right before a parenthesised acronym: two or more capitalised words, particles
# between (`Friends of the Earth Germany`, `Hillside Growers' Circle`)
_NAME_BEFORE_ACRONYM = re.compile(
    r"(?<![\w'\u2019.-])(?P<name>[A-Z][\w\u00e0-\u017e&-]*(?:['\u2019]s?)?(?:\s+(?:(?:of|for|the|and|&|de|du|des|la|le|on)\s+){0,2}"
    r"[A-Z][\w\u00e0-\u017e&-]*(?:['\u2019]s?)?){1,7})$"
)


def _acronym_named(text: str, n: re.Match[str], all_refs: list[Ref], taken: list[tuple[int, int]]
                   ) -> tuple[int, int, str, list[Ref]] | None:
    """(start, end, name, places inside) of the name `_NAME_BEFORE_ACRONYM` found, or None where it is no organisation's
    name: a dateline's or a person's, a title, a known actor's, fewer than two words after an opening determiner."""
    start, end = n.span("name")
    words = n.group("name").split()
    while words and (words[0] in _NOT_TAIL_START or words[0] in _TIME_WORDS or words[0].casefold() in _NOT_NAMES):
        start += len(words[0]) + 1
        words = words[1:]
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) < 2 or all(w.isupper() for w in caps) or words[-1][:1].islower():
        return None  # `LOS ANGELES (AP)`: a dateline; one word: no name this rule may read
    if any(w.casefold().rstrip("'\u2019s") in _TITLE_WORDS or w.casefold() in _TITLE_WORDS or w.casefold() in _MONTHS
           or w.casefold() in _ROLE_WORDS for w in words):
        return None  # `Health Minister (...)`, `the Prime Minister's Office`: a title
    inside = [r for r in all_refs if start <= r.start and r.end <= end]
    if any(not (r.demonym or (r.actor is not None and r.actor.kind == "country")) for r in inside):
        return None
    if any(a < end and start < b for a, b in taken if not any((r.start, r.end) == (a, b) for r in inside)):
        return None
    name = " ".join(words)
    if name.endswith(("'s", "\u2019s")):
        return None
    return start, end, name.rstrip("'\u2019"), inside


def _acronym_refs(text: str, all_refs: list[Ref], taken: list[tuple[int, int]], added: list[Ref],
                  dropped: list[tuple[int, int]]) -> None:
    """The actor a parenthesised acronym introduces, at the name before it and at the acronym's later bare mentions."""
    for m in _PAREN_ACRONYM.finditer(text):
        acr = m.group("acr")
        before = next((r for r in reversed(added) if r.end == m.start()), None) or next(
            (r for r in all_refs if r.end == m.start()), None)
        inside = next((r for r in all_refs if r.start == m.start("acr") and r.end == m.end("acr") and r.actor is not None), None)
        if before is not None and before.actor is not None and before.actor.kind in ("organization", "body") and inside is None:
            actor = before.actor  # `the German Trade Union Confederation (DGB)`: the name found before
        elif before is None and (p := _PARTY_MEMBERS.search(text, max(0, m.start() - 60), m.start())) is not None:
            start, end = p.span("name")
            if any(a < end and start < b for a, b in taken):
                continue
            # `the opposition Christian Democrats (CDU)`: the party, under its acronym (the gazetteer's, when it knows it)
            actor = inside.actor if inside is not None and inside.actor.kind == "organization" else _unknown_actor(acr, "organization")
            if inside is None and actor.canonical != acr:
                continue
            added.append(Ref(start, end, p.group("name"), actor, None))
            taken.append((start, end))
        elif (before is None or before.actor is None or before.actor.kind == "country") and inside is None and (
                n := _NAME_BEFORE_ACRONYM.search(text, max(0, m.start() - 100), m.start())) is not None:
            # (pass posorg) `Friends of the Moors Germany (FMG) accused ...`, `the Hillside Growers' Circle (HGC) said`: a
            # capitalised name the gazetteer does not know, introducing an acronym, is an organisation's (as written; a
            # place inside only says where it works)
            named = _acronym_named(text, n, all_refs, taken)
            if named is None:
                continue
            start, end, name, within = named
            for r in within:
                if (r.start, r.end) in taken:
                    taken.remove((r.start, r.end))
                    dropped.append((r.start, r.end))
            actor = _unknown_actor(name, "organization")
            added.append(Ref(start, end, text[start:end], actor, None))
            taken.append((start, end))
        else:
            continue
        # (the parenthesis itself is no second mention: `the BDA (...), which three years ago opposed ..., backed`)
        bare = re.compile(r"(?<![\w'\u2019/-])" + re.escape(acr) + r"(?![\w/-])")
        for x in bare.finditer(text, m.end()):
            # (`the DGB said`, found before as a named subject of its own: the actor introduced)
            named = next((r for r in added if r.start == x.start() and r.end == x.end() and r.actor is not None
                          and r.actor.canonical == acr and r.actor is not actor), None)
            if named is not None:
                added.remove(named)
                taken.remove((named.start, named.end))
            if not any(a < x.end() and x.start() < b for a, b in taken):
                added.append(Ref(x.start(), x.end(), acr, actor, None))
                taken.append((x.start(), x.end()))


# an organisation named again by what it is (`The union said`, `the association, which represents ...,`, `The company
# warned`): not `the company's`, not `the union of X`
_NAMED_AGAIN = re.compile(
    r"\b[Tt]he (?P<noun>union|association|federation|confederation|alliance|consortium|coalition|campaign|company|firm|airline|"
    r"carrier|retailer|operator|group)\b(?!['\u2019]|\s+(?:of|for)\b)")
_BY_ITS_HEAD = frozenset("union association federation confederation alliance consortium coalition campaign".split())
_NAMED_AGAIN_REACH = 600  # characters back: the sentence or two before


def _with_named_again(text: str, all_refs: list[Ref], gazetteer: Gazetteer) -> list[Ref]:
    """`The union said it backed the rules` after `the Transport Workers Union held a rally`: the organisation last named
    with that head noun (a union by `Union`, an association by `Association`); `the company`, `the firm`, `the group` the
    organisation last named that nobody listed (a firm of the story, not the EU or NATO)."""
    if "he " not in text:
        return all_refs
    added = []
    for m in _NAMED_AGAIN.finditer(text):
        if any(r.start < m.end() and m.start() < r.end for r in in_range(all_refs, max(0, m.start() - 80), m.end())):
            continue
        noun = m.group("noun")
        head = noun.capitalize()
        before = in_range(all_refs, max(0, m.start() - _NAMED_AGAIN_REACH), m.start())
        for r in reversed(before):
            actor = r.actor
            if actor is None or actor.kind not in ("organization", "body"):
                continue
            if noun in _BY_ITS_HEAD:
                if head not in actor.canonical.split():
                    continue
            elif gazetteer.get(actor.canonical) is not None:
                break  # the last organisation named is a listed one: `the group` may be any other
            added.append(Ref(m.start(), m.end(), m.group(0), actor, r.country))
            break
    return sorted(all_refs + added, key=lambda r: r.start) if added else all_refs


_GENERATIONAL = re.compile(r"\s(?:Jr|Sr)$")


def _person_canonical(name: str) -> str:
    """(pass prec23) A person's name as gold files it: a generational suffix keeps its full stop, which the name words
    never take (`Surangel Whipps Jr.`, `Martin Luther King Jr.`)."""
    return name + "." if _GENERATIONAL.search(name) else name


# (pass pos39b) a company's legal form closing its name is no part of the actor (`Ferrero SpA` -> Ferrero, `Reynolds
# American Inc.` -> Reynolds American, `Imperial Brands Plc`), as wire copy drops it on the next mention
# (one list, as written: the closing words dropped case-sensitively, a name's last word checked casefolded)
_LEGAL_FORMS_WRITTEN = ("Inc.", "Inc", "Corp.", "Corp", "Ltd.", "Ltd", "Plc", "PLC", "plc", "SA", "S.A.", "SpA", "S.p.A.", "AG", "NV",
                        "N.V.", "SE", "GmbH", "LLC", "Co.", "AB", "ASA", "Oyj", "BV", "B.V.", "Srl", "KGaA")
_LEGAL_FORMS = frozenset(form.casefold() for form in _LEGAL_FORMS_WRITTEN)
_LEGAL_FORM = re.compile(r"(?:,?\s+(?:" + "|".join(map(re.escape, _LEGAL_FORMS_WRITTEN)) + r"))+$")


_LEGAL_FORM_NEEDLES = (" Inc", " Corp", " Ltd", " Plc", " PLC", " SA", " SpA", " AG", " NV", " GmbH", " LLC")
# (pass pos42b: up to five words, so that a long name opening with a place is not cut at its start: `Tokyo Electric
# Power Company Holdings Inc.` was `Electric Power Company Holdings`, its `Tokyo` left to Japan)
_COMPANY_NAMED = re.compile(
    r"(?P<name>[A-Z](?<![\w'\u2019.-].)[\w&'\u2019-]*(?:\s+(?:&\s+)?[A-Z][\w&'\u2019-]*){0,4})"
    r"\s+(?:Inc\.?|Corp\.?|Ltd\.?|Plc|PLC|SA|SpA|AG|NV|GmbH|LLC)(?![\w'\u2019-])"
)


# (pass pos42b) a ministry's or a government's spokesperson, the title right before the name (not `opposition defence
# spokesman`, `party spokeswoman`: a party's role)
_MINISTRY_SPOKES = re.compile(r"(?:\bMinistry|\b[Gg]overnment|\bForeign Office|\bState Department)\s+spokes(?:man|woman|person)\s+$")


def _spokesperson_country(text: str, title_start: int, name_start: int, all_refs: list[Ref], gazetteer: Gazetteer) -> Actor | None:
    """The country a ministry's spokesperson voices: a country or demonym heading the title (`Chinese Foreign Ministry
    spokeswoman`, `China's Foreign Ministry spokesman`), else the only country named from the sentence before up to
    the title (`The decision drew criticism from Beijing. Foreign Ministry spokesman ...`); for a government's, with no
    country named before, the dateline's; None when unsure."""
    line = max(text.rfind(". ", 0, title_start), text.rfind("\n", 0, title_start))
    line = line + 2 if line >= 0 and text[line] == "." else line + 1
    head = [r for r in in_range(all_refs, max(line, title_start - 40), name_start) if r.country
            and (r.demonym or r.actor is not None and r.actor.kind == "country")]
    if head:
        found = gazetteer.get(head[-1].country)
        return found if found is not None and found.kind == "country" else None
    before = max(text.rfind(". ", 0, max(0, line - 2)), text.rfind("\n", 0, max(0, line - 2))) + 1
    named = {r.country for r in in_range(all_refs, before, title_start)
             if r.country and (r.demonym or r.actor is not None and r.actor.kind == "country")}
    if not named and "overnment" in text[max(0, title_start - 12) : name_start]:
        # `PARIS (AFP) - Government spokeswoman Ana Ruiz said`: a government's spokesperson in copy datelined at home
        home = dateline_country(text, gazetteer)
        return home
    if len(named) != 1:
        return None
    found = gazetteer.get(named.pop())
    return found if found is not None and found.kind == "country" else None


_ADJECTIVE_OF: dict[str, tuple[str, ...]] = {}
for _adj, _country in DEMONYMS.items():
    if not _adj.endswith("s"):
        _ADJECTIVE_OF[_country] = (*_ADJECTIVE_OF.get(_country, ()), _adj)


def _qualified_parties(text: str, all_refs: list[Ref], added: list[Ref], gazetteer: Gazetteer) -> list[Ref]:
    """(pass pos42b) A party or body the gazetteer does not know by the name written, in copy about one country, is the
    gazetteer's organisation of that country under the name with its country qualifier: `The Greens said` in Australian
    copy -> Australian Greens; `the Democratic Party` in Korean copy -> Democratic Party of Korea. The country: the
    dateline's, else the one named most (ahead of every other)."""
    home = dateline_country(text, gazetteer)
    if home is None:
        counts: dict[str, int] = {}
        for r in all_refs:
            if r.country and (r.demonym or r.actor is not None and r.actor.kind == "country"):
                counts[r.country] = counts.get(r.country, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return added
        home = gazetteer.get(ranked[0][0])
        if home is None:
            return added
    country = home.canonical
    out = []
    for r in added:
        actor = r.actor
        if actor is not None and actor.kind == "organization" and gazetteer.lookup(actor.canonical) is None:
            name = actor.canonical
            names = [f"{adj} {name}" for adj in _ADJECTIVE_OF.get(country, ())]
            names += [f"{name} of {country}", f"{name} of {country.split()[-1]}"]
            found = next((a for a in map(gazetteer.lookup, names) if a is not None and a.kind == "organization" and a.country == country), None)
            if found is None:
                # (pass r51pos) a country adjective the demonyms lack (`Colombian Liberal Party`, `Colombian Liberals`): the
                # one organisation of that country one of whose names ends in the bare name, as a word
                found = _home_party_by_suffix(gazetteer, country, name)
            if found is not None:
                r = Ref(r.start, r.end, r.text, found, r.country, r.demonym, r.text_before_to)
        out.append(r)
    return out


# (pass r51pos) an undoing participle with a date right after a measure noun (`the bill ... shelved in July`)
_DATED_PARTICIPLE = re.compile(r"(?:shelved|scrapped|withdrawn|abandoned|suspended|dropped|repealed|blocked|rejected|vetoed|struck\s+down)", re.I)
_DATED_AFTER = re.compile(r"\s+(?:in\s+(?:(?-i:[A-Z])[a-z]+|\d{4})|last\s+(?:year|month|week|(?-i:[A-Z])[a-z]+))\b", re.I)
_MEASURE_BEFORE = re.compile(r"\b(?:bill|bills|law|laws|plan|plans|reform|reforms|tax|levy|ban|measure|proposal|casinos|decree|rules?)\s+$", re.I)


_SUFFIX_PARTIES: dict[tuple[int, str], dict[str, tuple[Actor, ...]]] = {}


def _home_party_by_suffix(gazetteer: Gazetteer, country: str, name: str) -> Actor | None:
    """(pass r51pos) The gazetteer's one organisation of `country` named as the country's adjective and then `name`
    (`Liberal Party` -> Colombian Liberal Party in Colombian copy); None where none or several are."""
    key = (id(gazetteer), country)
    table = _SUFFIX_PARTIES.get(key)
    if table is None:
        if len(_SUFFIX_PARTIES) > 256:
            _SUFFIX_PARTIES.clear()
        table = {}
        for a in gazetteer.actors:
            if a.kind != "organization" or a.country != country:
                continue
            for alias in (a.canonical, *a.aliases):
                words = alias.split()
                home = country.split()
                if len(words) > len(home) and words[-len(home):] == home and words[0][:1].isupper():
                    # (pass r52pos) a party named with its country after the name (`ACT New Zealand`): the bare name
                    # (`ACT`) in that country's copy
                    tail = " ".join(words[: -len(home)]).casefold()
                    if a not in table.get(tail, ()):
                        table[tail] = (*table.get(tail, ()), a)
                    continue
                # the one word dropped is the country's adjective (`Colombian`, `Thai`), not a region's (`Scottish
                # Conservatives` is no bare `Conservatives` in British copy) nor part of the name (`Pheu Thai Party`)
                if len(words) < 3 and not (len(words) == 2 and words[1][:1].isupper()) or words[0][:4].casefold() != country[:4].casefold():
                    continue
                tail = " ".join(words[1:]).casefold()
                if a not in table.get(tail, ()):
                    table[tail] = (*table.get(tail, ()), a)
        _SUFFIX_PARTIES[key] = table
    hits = table.get(" ".join(name.split()).casefold(), ())
    return hits[0] if len(hits) == 1 else None


def _unknown_actor(name: str, kind: str) -> Actor:
    """The actor of a name the gazetteer does not know (an organisation, a named subject), one per name and kind:
    kept across articles, like the people of `_with_titled_people`, within the same bound."""
    actor = _PEOPLE_CACHE.get((name, kind))
    if actor is None:
        if len(_PEOPLE_CACHE) > 4096:
            _PEOPLE_CACHE.clear()
        canonical = _person_canonical(name) if kind == "person" else (_LEGAL_FORM.sub("", name) or name)
        actor = _PEOPLE_CACHE[(name, kind)] = Actor(canonical=canonical, kind=kind, country=None)
    return actor
_FULL_NAME_BEFORE: dict[str, re.Pattern[str]] = {}
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_GIVEN_AFTER_WORDS = frozenset("with by named appointed nominated replaced".split())
_GIVEN_BEFORE = re.compile(r"(?<![\w'\u2019.-])(?P<title>[A-Za-z]+)\s+(?P<given>[A-Z][a-z\u00e0-\u017e]+)\s+$")
_CODE_TAILED = re.compile(r"(?<![\w'\u2019.-])(?P<words>(?:[A-Z][a-z]+\s+){1,3})(?P<tail>UK|U\.K\.|US|U\.S\.|EU)(?![\w-]|\.\w)")
# capitalised words at a sentence's start before a country's name (`Diabetes Canada said`): the words, to its end
# (a word may open with an acronym: `UKHospitality Scotland`)
_COUNTRY_TAILED = re.compile(r"(?:^|(?<=[.!?])[\u201d\"']?\s+|\n)(?P<words>(?:[A-Z][A-Z]{0,3}[a-z]+\s){1,3})$")
# (pass stm24) one or two capitalised words after a country's name, then a verb or a comma (`UK Steel said`, `France
# Chimie, the ...`): the words, to their end
_COUNTRY_HEADED = re.compile(r"\s(?P<words>[A-Z][a-z\u00e0-\u017e]+(?:\s[A-Z][a-z\u00e0-\u017e]+)?)(?=,\s|\s(?:[a-z]+ed|said|says|warned|urged|welcomed|"
                             r"has|have|had|is|was|will|would|also|backs|backed|opposes|opposed|wants|called|calls)\b)")
# (pass pos42b) a capitalised Romance or German article right before the name it opens (`La France Insoumise`), which
# English copy never writes as a word of its own
_FOREIGN_ARTICLE_BEFORE = re.compile(r"(?<![\w'\u2019.-])(?:La|Le|Les|El|Los|Las|Die|Der|Il|Lo)\s$")
# words that make a country's name no organisation's: a state body (`UK Treasury`, `US Supreme Court`, `EU Member States`),
# as speakers reads them (`_not_in_org_name` adds titles, months and the rest)
_STATE_WORDS = _STATE_BODY_WORDS


_OBJECT_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s$")


def _not_in_org_name(word: str, gazetteer: Gazetteer) -> bool:
    low = word.casefold()
    return (low in _TITLE_WORDS or low.rstrip("s") in _TITLE_WORDS or low in _STATE_WORDS or low in _NOT_NAMES
            or low in _MONTHS or gazetteer.lookup(word) is not None or word in DEMONYMS)


# sentence openers that are no part of a name (`Meanwhile Canada ...`, `Last year Britain ...`)
_NAME_INNER_WORDS = frozenset("all every each our the and".split())
_NOT_COUNTRY_TAIL_START = frozenset(
    """Last Next This That Meanwhile Now Then Today Yesterday Earlier Later Only Even Also Neither Nor Why How Where Here
    There Like Unlike Including Despite Across Outside Inside Beyond Within Without Among Against Northern Southern Eastern
    Western Central North South East West Mainland Greater Neighbouring Neighboring Rival Tiny Oil Landlocked""".split())
_NOT_TAIL_START = frozenset("The A An In At On For And But As With From By Of To If When While After Before Under Over Since Both All".split())
# (pass `pos21a`: and `Finance Minister Fernando Ruiz, whose government proposed the levy,`)
_HIS_GOVERNMENT = re.compile(r"\b(?:his|her|(?<=, )whose) (?:government|cabinet)\b")
_SAID_THE_GOVERNMENT = re.compile(r"\b(?:saying|said|says|adding|added|insisting|insisted|told\s+[\w ]{1,30}?)\s+(?:that\s+)?(?P<g>the government)\b(?!\s+(?:in|of)\b)")
_THE_COLLECTIVE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?:The|the) (?P<noun>leaders|ministers)\b")
_THE_COLLECTIVE_START = re.compile(r"[Tt](?=he (?:leaders|ministers))")


def _term_spans(m: lex.IssueMatcher, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every term occurrence, overlapping ones included (`invitation to join NATO`: `join NATO` too)."""
    out, pos = [], start
    while (t := m.terms.search(text, pos, end)) is not None:
        out.append((t.start(), t.end()))
        pos = t.start() + 1
    return out


_OTHER_NAME_BEFORE = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:[a-z][\w-]*\s+)?$")


def _names_another_item(m: lex.IssueMatcher, text: str, sent: Segment, all_refs: list[Ref]) -> bool:
    """Whether the sentence names the issue only by a class term (`cruise missiles`) that another named item
    (`Storm Shadow cruise missiles`, `SCALP long-range cruise missiles`) heads, for an issue on a named one (`Taurus`)."""
    if m.terms is None or m.named_item is None:
        return False  # an issue on no named item: no other item can take its place
    found = False
    for t in m.terms.finditer(text, sent.start, sent.end):
        if not t.group(0)[:1].islower():
            return False  # the issue's own name
        before = _OTHER_NAME_BEFORE.search(text, max(sent.start, t.start() - 40), t.start())
        if before is None or before.start() == sent.start or m.named_item.search(before.group("name")) or any(
            r.start < before.end("name") and before.start("name") < r.end for r in in_range(all_refs, before.start("name") - 40, before.end("name") + 1)
        ):
            return False  # `German cruise missiles`, `the cruise missiles`: not another item
        found = True
    return found


def _own_item_issue(current: list, body: str) -> list:
    """Of issues tied on a sentence, the one on a named item (`Taurus`) when that name is all the others found in it:
    `Kyiv had asked Berlin for the Taurus` is about supplying Taurus, not about where Ukraine may fire (an issue that
    also lists the name among its terms still wins when the sentence names more of its own, and scores higher)."""
    own = [m for m in current if m.named_item is not None and m.named_item.search(body)]
    if len(own) != 1:
        return current
    item = own[0].named_item
    for o in current:
        if o is not own[0]:
            hits = [t.group(0) for t in o.terms.finditer(body)] if o.terms is not None else []
            if not hits or not all(item.fullmatch(h) for h in hits):
                return current
    return own


def _score(m: lex.IssueMatcher, body: str) -> int:
    """Term/proposition score, plus a bonus when the proposition's own verb is there (`send the
    long-range Taurus` is about supplying Taurus, not about where Ukraine may fire)."""
    score = m.score(body)
    if score and m.actions is not None and m.actions.search(body):
        score += 3
    return score


# A curb on what a country sends is a curb on its use (`places no geographic limits on the F-16s it is sending`,
# `restrictions on the use of the Storm Shadows`): the sentence is about an issue on where the item may be used, not
# about supplying it.
_USE_CURB_GATE = re.compile(r"\b(?:limits?|restrictions?|curbs?|caveats?|constraints?|limitations?)\s+on\b", re.I)
_USE_CURB = re.compile(
    r"\b(?:limits?|restrictions?|curbs?|caveats?|constraints?|limitations?)\s+on\s+(?:how\s+|where\s+)?"
    r"(?:(?:the\s+)?use\s+of\s+)?(?:the|its|their|his|her|these|those|such)?\s*(?:[\w-]+\s+){0,2}?", re.I
)


def _use_curb_scores(text: str, start: int, end: int, scored: list, sighted) -> list:
    """The scores of an issue on using items somewhere (`located`) raised above those of the issues whose item is the
    object of a curb in text[start:end] (`no limits on the F-16s it is sending`)."""
    located = [m for _, m in scored if m.located and sighted(m)]
    if not located:
        return scored
    curbed = set()
    for c in _USE_CURB.finditer(text, start, end):
        for _, m in scored:
            if not m.located and m.terms is not None and m.terms.match(text, c.end(), end):
                curbed.add(m.issue.id)
    if not curbed:
        return scored
    top = max(sc for sc, _ in scored)
    return [(top + 1 if m in located else 0 if m.issue.id in curbed else sc, m) for sc, m in scored]


# an act named by a bare anaphor (`called the move illegal`, `welcomed the proposal`, `the decision would cost lives`)
# (pass pos39a: `the deal`, `the agreement`, `the compromise` name an act agreed, `welcomed the deal` after a deal to
# postpone the law)
_ACT_ANAPHOR = re.compile(r"\b(?:the|this|that|both)\s+(?:move|decisions?|proposal|steps?|change|deal|agreement|compromise|" + lex.ACT_NOUNS + r"|vote|ruling(?!\s+(?:party|parties|coalition|bloc|camp|majority|class|elite)\b)|verdict|judge?ment|outcome(?!\s+of\b))\b", re.I)
# acts on an issue (not attitudes to it): what a later anaphor such as `the move` names
_ACT_CUE = re.compile(r"(?:agree|block|veto|pass|adopt|approv|sign|scrap|repeal|revok|drop|remov|abolish|reject|propos|introduc|"
                      r"announc|unveil|table|push|delay|postpon|water|weaken|end|ban|stop|halt|lift|impos|"
                      r"paus|shelv|suspend|abandon|ditch|axe|overturn|struck|strik|upheld|uphold|extend|exempt|grant|put|kick)", re.I)


# (pass pos40a) the deciding verb before an infinitive act (`agreed to delay`, `voted on Tuesday to postpone`)
_DECIDED_CUE = re.compile(r"(?:decide[sd]?|vote[sd]|opted|opts|chose|chooses)\s+to\s+")
_DECIDED_TO = re.compile(r"\b(?:agree[sd]?|decide[sd]?|vote[sd]|opted|opts|chose|chooses|moved|moves)(?:\s+(?:on|late|early|this|last)\s+\w+)?\s+$")


# an act against the issue stated by a refusal (`refused to send`, `voted against raising`, `ruled out sending`): what a
# later `the decision` names, like the acts of _ACT_CUE
_REFUSAL_ACT = re.compile(r"(?:refus|rul(?:e|es|ed|ing) out|vot(?:e|es|ed|ing) (?:against|(?:\w+ ){0,3}?down)|decid\w+ against|"
                          r"turn(?:s|ed|ing)? down|rebuff|spurn)", re.I)
# a negation that states a decision (`will not send`, `decided not to raise`), unlike a state of affairs (`has not allowed`)
_DECIDED_NOT = re.compile(r"(?:\b(?:will|would|shall|decided|decides|agreed|chose|vowed|pledged)\s+(?:not|no\s+longer)|\b(?:won't|wouldn't|won\u2019t|wouldn\u2019t))\s+(?:\w+\s+)?$", re.I)
# a reaction whose object is a bare `it` or `this` (`welcomed it.`, `called it "good news"`, `thanked Berlin for this`, `said it
# would cost jobs`): the act named last, when the sentence names nothing else
_PRONOUN_OBJECT = re.compile(
    r"\b(?:(?:welcom|condemn|critici[sz]|denounc|hail|prais|applaud|slamm|slam|reject|back|support|oppos|endors|lambast|blast|"
    r"decr[iy]|dismiss)\w*"
    r"|thank\w*\s+(?:[\w.'\u2019-]+\s+){1,4}?for)\s+(?:it|this)"
    r"(?=\s*(?:[.,;:!?\u201c\u201d\"]|$)|\s+(?:as|an?|the|and|but|on|saying|calling|adding|[a-z]+(?:ous|ble|ful|less|ic|ed|al|ive|ant|ent)\b))", re.I)
# thanks for the act named last (`Zelensky thanked both leaders but said ...`, `said, thanking Denmark, the Netherlands and
# the United States`, `thanked the prime minister for sending "the right signal"`); and the thanked, between the verb and
# a mention (`thanked Germany and Poland for ...`: objects, not holders)
_THANKS = re.compile(r"\bthank(?:s|ed|ing)\s+(?:[\w.'\u2019-]+,?\s+){0,5}?(?:(?:but|and)\s|[\w.'\u2019-]+(?:[.;]|$|,\s+(?:saying|adding)\b)|"
                     r"for\s+(?:[a-z]+ing\b|it\b|this\b|(?:the|this|that|its|their|his|her)\s+(?:move|decision|step|pledge|promise|commitment)\b))")
# thanks for help in general (`thanked Congress and said the package would ...`, `for its support`): not the issue's act
_THANKS_FOR_AID = re.compile(r"\b(?:package|aid|assistance|help|support|funding|loans?|money|hospitality)\b")
_THANKED_BEFORE = re.compile(r"\bthank(?:s|ed|ing)\s+(?:(?!for\b|but\b|said\b|says\b)[\w.'\u2019-]+,?\s+){0,6}$")
# (pass `pos22s`) a claim the speaker reports of others (`said critics claimed the tax would ...`, `said landlords argued
# that ...`): the predicted effect is theirs, not the speaker's
_OTHERS_CLAIM = re.compile(
    r"\b(?:said|says|saying|added|adding|told\s+\w+|noted|noting)\s+(?:that\s+)?(?!(?:he|she|it|they|we|I|the\s+government)\s)"
    r"(?:[\w'\u2019-]+\s+){1,3}?(?:claimed|claim|claims|argued|argue|argues|insisted|insist|warned|warn|feared|fear|fears|"
    r"complained|contended|maintained|suggested|believed|believe|believes|said|say|says)\s+(?:that\s+)?")
# (pass chg50) a noun in apposition to the holder's act, judged by others (`, a plan critics say would ...`, `, a move
# opponents said sidesteps ...`): what follows is their verdict, not the holder's
_OTHERS_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the|which|one)\s+(?:[\w-]+\s+){0,2}?(?:critics|opponents|detractors|campaigners|analysts|experts|economists|"
    r"rights\s+groups|activists)\s+(?:have\s+)?(?:say|says|said|argue|argued|warn|warned|fear|feared|believe|believed)\b")
_SAID_PRONOUN = re.compile(r"\b(?:said|says|saying|added|adding|warned|warning|argued|arguing|insisted|stressed)\s+(?:that\s+)?"
                           r"(?:it|this|(?:the|this|that)\s+(?:move|decision|step|vote))\s+", re.I)


_REACTION_MODAL = re.compile(r"(?:would|will|could|was\s+going\s+to|planned\s+to|plans\s+to|intended\s+to|intends\s+to)\s+", re.I)
_PRONOUN_COPULA = re.compile(r"(?:is|was|were|would\s+be|will\s+be|had\s+been|has\s+been|remains|remained)\s+[\u201c\"']?", re.I)


# a verdict whose subject is `this` or `it` opening the sentence (`"This is a decisive step," the minister said`)
# (pass pos39a) a stance verb whose object is a proposal named by its owner and nothing else (`welcomed Han's proposal,`,
# `rejected the senator's idea.`): no complement (`to`, `for`, `on`, `that`, `of`) says what the proposal is
_OWNED_PROPOSAL = re.compile(
    r"\s+(?:the\s+)?(?P<owner>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*)['\u2019]s?\s+(?:[a-z-]+\s+)?"
    r"(?:proposal|idea|suggestion|plan|offer|initiative|compromise|call|demand|request)s?\b(?!\s+(?:to|for|on|that|of|about)\b)")


def _owned_proposal_sign(text: str, first: lex.Cue, end: int, found: list, issue: str, sent_start: int) -> int:
    """+1 or -1: the stance the owner of the proposal `first` acts on stated on `issue` earlier in the article (the last
    one); 0 when the object is no owned proposal or its owner stated none."""
    if first.kind != "stance":
        return 0
    pm = _OWNED_PROPOSAL.match(text, first.end, end)
    if pm is None:
        return 0
    owner = pm.group("owner").split()
    for f in reversed(found):
        if f.issue == issue and f.sentence.start < sent_start:
            if f.actor.split() == owner or (len(owner) == 1 and owner[0] in f.actor.split()):
                return 1 if f.stance == "support" else -1
    return 0


_THIS_VERDICT = re.compile(r"[\s\u201c\"']*(?:This|It|That|Today)\s+(?:is|was|would be|will be|marks)\b")


# (`called it "a great step"`, `described this as reckless`: with a verdict the lexicon knows; not `called it "the first step"`)
_WORD_AFTER = re.compile(r"[\w-]+\s+")
_CALLED_PRONOUN = re.compile(r"\b(?:call|describ|term|brand|label|dubb?)\w*\s+(?:it|this)\s+(?:as\s+)?[\u201c\"]?", re.I)


def _quote_runs_on(text: str, sent: Segment) -> bool:
    """(pass pos42d) Whether a quotation opened in the sentence runs on into the next one (`"The 2% tax only concerns
    fortunes above 100 million euros. It is a minimum," he said.`): the next sentence is the same speaker's words on the
    same topic, so a bare `it` right after it still takes that topic."""
    body = text[sent.start : sent.end]
    if "\u201c" in body:
        return body.count("\u201c") > body.count("\u201d")
    return body.count('"') % 2 == 1


def _anaphor_in(body: str, after_topic: bool) -> bool:
    """Whether the sentence names the measure under discussion again (`the ban`, `the final rules`, `urged the Senate to
    pass it`). (pass `pos27b`) A bare `it`/`them` as the object of an act takes the measure only right after a sentence on
    it: after a sentence on something else (`ministers sent the housing budget to the Senate`) `it` is that."""
    ana = lex.ANAPHOR.search(body)
    if ana is None:
        return False
    if after_topic or not lex.PRONOUN_ACT.match(body, ana.start()):
        return True
    return any(not lex.PRONOUN_ACT.match(body, more.start()) for more in lex.ANAPHOR.finditer(body, ana.end()))


def _pronoun_reaction(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] reacts to an act named only by `it` or `this` (a verdict on it), or passes a verdict
    on `the move` in a complement (`said the vote would cost jobs`)."""
    if _PRONOUN_OBJECT.search(text, start, end):
        return True
    for called in _CALLED_PRONOUN.finditer(text, start, end):
        if lex.VERDICT_SUPPORT.match(text, called.start(), end) or lex.VERDICT_OPPOSE.match(text, called.start(), end):
            return True
        # (the verdict's own word among its first three: `reckless`, `a provocation`, `an extremely dangerous move`)
        starts = [called.end(), *(w.end() for w in _WORD_AFTER.finditer(text, called.end(), min(end, called.end() + 40)))][:3]
        if any(lex.EVALUATIVE.match(text, at, end) or lex.OPPOSE.match(text, at, end) for at in starts):
            return True
    for said in _SAID_PRONOUN.finditer(text, start, end):
        if lex.EVALUATIVE.match(text, said.end(), end) or lex.CONSEQUENCE.match(text, said.end(), end):
            return True
        # (`said it would seek a judicial review`, `said it planned to appeal`: a remedy against the act)
        if (modal := _REACTION_MODAL.match(text, said.end(), end)) and lex.REACTION.match(text, modal.end(), end):
            return True
        # (`said it was "not a serious plan"`, `said it was reckless`: a verdict after a copula)
        if (cop := _PRONOUN_COPULA.match(text, said.end(), end)) and lex.EVALUATIVE.match(text, cop.end(), end):
            return True
    return False


# a short quote opening the sentence and attributed at once (`"A historic moment," Michel tweeted`, `"A dark day for
# workers," the union said`): a verdict on the news just told
_QUOTED_VERDICT = re.compile(
    r"[\u201c\"](?P<q>[^\u201c\u201d\"]{3,120}?)[,.!]?[\u201d\"],?\s+(?:(?:the\s+)?[\w.'\u2019-]+\s+){0,7}?"
    r"(?:said|says|tweeted|wrote|posted|told|added|declared)\b")
# (pass `pos24e`) a longer quote whose opening words are the verdict on `this` or `today` (`"This is a landmark day for
# the protection of people and the environment," X said`)
_THIS_IS_VERDICT = re.compile(r"(?:This|Today|It)\s+(?:is|was|marks)\s+(?:(?:a|an|the)\s+)?(?:(?:very|truly|really)\s+)?(?:[\w-]+,?\s+){0,4}?(?:day|moment|news|step|decision|victory)\b")


def _quoted_verdict(body: str) -> bool:
    quoted = _QUOTED_VERDICT.match(body)
    if quoted is None:
        return False
    verdict = quoted.group("q")
    if len(verdict.split()) > 8 or len(verdict) > 60:
        if _THIS_IS_VERDICT.match(verdict) is None:
            return False
        at = verdict.index(" ") + 1  # the copula after `This`
        return lex.VERDICT_SUPPORT.match(verdict, at) is not None or lex.VERDICT_OPPOSE.match(verdict, at) is not None
    return lex.EVALUATIVE.search(verdict) is not None or lex.VERDICT_OPPOSE.search(verdict) is not None


def _reacts_to_act(body: str, topic: list[lex.IssueMatcher], polar: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether a sentence reacts to an act on the issue stated shortly before, naming no object: a legal remedy, a
    verdict on its grounds or delight (`CAGNE vowed to seek a judicial review`, `said it was not based on science`)."""
    return any(polar.get(m.issue.id) for m in topic) and any(g in body for g in lex.REACTION_GATE) and lex.REACTION.search(body) is not None


def _thanked_end(text: str, at: int, end: int) -> int:
    """Where the thanked named after the thanking verb at `at` end (`thanked Germany and Poland| for ...`)."""
    verb = re.match(r"thank\w*\s+", text[at:end])
    start = at + (verb.end() if verb else 0)
    stop = re.search(r"\s(?:for|but|and\s+(?:said|says|added|urged|called|warned))\b|[.;:]|,\s+(?:saying|adding|calling)\b", text[start:end])
    return start + stop.start() if stop else end


def _thanked_act(text: str, topic: list[lex.IssueMatcher], acts: dict[str, list[tuple[int, int]]], sents: list[Segment], index: int,
                 refs: list[Ref]) -> bool:
    """Whether thanks in sentence `index` can be for an act on the issue: one that went its way, in the last two sentences
    (not thanks for `vital help` long after the measure was named, nor for a refusal), done by the thanked if they are
    named (`thanked Mr Sunak` after Poland's decision is thanks for an earlier one)."""
    floor = sents[max(0, index - 2)].start
    sent = sents[index]
    thanks = _THANKS.search(text, sent.start, sent.end)
    # (a person thanked counts for their country: `thanked Mr Trudeau` after `Canada will send ...`)
    thanked = {x for r in in_range(refs, thanks.start(), _thanked_end(text, thanks.start(), sent.end)) if r.actor is not None
               for x in (r.actor.canonical, r.actor.country) if x} if thanks else set()
    for m in topic:
        if thanked:
            # (pass pos40b) the thanked named: their own act a few sentences back, past others' acts and reactions
            # between (`Germany will send Leopards, Scholz said.` - Biden's Abrams, Poland welcoming it - `Zelensky
            # thanked Scholz in a phone call`)
            wide = sents[max(0, index - 2 * _ANAPHOR_REACH - 1)].start
            for at, sign in reversed(acts.get(m.issue.id, [])):
                if at < wide:
                    break
                act_sent = next((x for x in sents if x.start == at), None)
                if act_sent is not None and thanked & {r.actor.canonical for r in in_range(refs, act_sent.start, act_sent.end) if r.actor is not None}:
                    if sign > 0:
                        return True
                    break  # (the thanked's own latest act went against the issue: thanks for something else)
            continue
        last = acts.get(m.issue.id, [])[-1:]
        if not last or last[0][1] <= 0 or last[0][0] < floor:
            continue
        return True
    return False


# heads of terms that name a measure itself (`sugar levy`, `rent cap`), not the thing it is on (`plastic bag`)
_MEASURE_HEADS = frozenset("tax levy fee charge toll tariff duty surcharge cap freeze ban moratorium limit mandate quota package".split()
                           # (pass posref) a document the issue's own terms end in (`trade deal`, `Mercosur agreement`, `Rwanda
                           # policy`): `the agreement "as it stands" remained unacceptable` is the lead issue named again
                           + "deal agreement pact treaty accord policy".split())


# (pass posterm) the measure the article is about named again by a definite noun the anaphors above leave out: a plural
# (`the laws`, `the bills`), a modifier (`the old law`, `the updated text`, `the final proposal`, `the proposed rules`), the
# sentence's own capital (`The plan needs ...`); not a measure of or on something else (`the bill for the repairs`, `the
# agreement with Japan`), nor a bill someone pays (`foot the bill`); not a demonstrative (`this law was the wrong way to do it` is as often a new law the
# speaker brings up, and read more spurious stances than it found)
_POSTERM_NOUNS = ("law", "bill", "text", "propos", "rule", "reform", "legislat", "measure", "plan", "package", "agreement",
                  "deal", "overhaul")
_POSTERM_MEASURE = re.compile(
    # (nor the measure a noun before holds, `supported an audit of the plans`: what is backed is the audit)
    r"(?<!\bfoot )(?<!\bfooting )(?<!\bpick up )(?<!\bpicked up )(?<!\bof )"
    r"\b[Tt]he\s+"
    r"(?:(?:old|new|final|proposed|updated|original|revised|amended|draft|planned|controversial|disputed|contested)\s+)?"
    r"(?P<noun>laws|bills|law|bill|text|proposals?|rules?|reform|legislation|measures?|plans?|package|agreement|deal|overhaul)"
    r"\b(?![\'\u2019-])(?!\s+(?:of|on|against|to|for|with|between|from|that|which|in|at|by)\b)")
# (the nouns that name the lead's measure far from it, as `_MEASURE_ANAPHOR`'s do: not a document, `the proposal`, `the
# agreement`, which reach that far only as the issue's own head noun, pass posref)
_POSTERM_FAR_NOUNS = frozenset("laws bills law bill rules rule reform legislation measure measures plan plans".split())
# (a relative clause on the holder that names the measure, `X, who will enforce the rules, has been cautious`: background,
# not the measure named again as the sentence's matter)
_POSTERM_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,;\u201c\u201d\"]*$")


def _posterm_measure_again(body: str) -> re.Match[str] | None:
    """(pass posterm) `said the laws would protect children`, `The updated text showed ...`: the measure named again by a
    definite noun (see `_POSTERM_MEASURE`)."""
    if not any(n in body for n in _POSTERM_NOUNS):
        return None
    return _POSTERM_MEASURE.search(body)


# (pass posterm) a bill someone pays (`should not foot the bill`, `picked up the bill for the repairs`): no measure
_POSTERM_PAID_BILL_WORD = re.compile(r"\b(?:foot|foots|footed|footing|pick|picks|picked|picking)\s+(?:up\s+)?the\s+bill\b")


def _posterm_unbilled(body: str) -> str:
    """(pass posterm) the sentence with a paid bill's `bill` blanked (same length), for the anaphor checks only."""
    if "bill" not in body or (" foot" not in body and " pick" not in body):
        return body
    return _POSTERM_PAID_BILL_WORD.sub(lambda m: m.group(0)[:-4] + "----", body)


def _posterm_long_anaphor(m: lex.IssueMatcher, body: str, shadowed: set[str]) -> bool:
    """(pass posterm) the lead's one measure named again far from where it was named, by a noun `_MEASURE_ANAPHOR` leaves
    out (`The plan needs a two-thirds majority`, `said the laws would protect ...`): not where the noun last headed another
    measure (`the ban` after `a ban on Russian oil`)."""
    again = _posterm_measure_again(body)
    return (again is not None and again.group("noun") in _POSTERM_FAR_NOUNS and not _shadowed_head(m, again.group(0), shadowed)
            and not ("," in body and _POSTERM_RELATIVE.search(body, 0, again.start())))


def _lower_head(m: lex.IssueMatcher, body: str, shadowed: frozenset[str] | set[str] = frozenset()) -> bool:
    """`the jets`, `those tanks`: the issue's head noun named again as a lowercase plural (not `the EU`); singular only
    where the head names a measure (`the levy`, `the tax`), not what it is on (`the bag`)."""
    if m.heads is None:
        return False
    return any(h.group(0).split()[-1].islower() and (h.group(0).endswith("s") or h.group(0).split()[-1].casefold() in _MEASURE_HEADS)
               and not _shadowed_head(m, h.group(0), shadowed)
               for h in m.heads.finditer(body))


def _shadowed_head(m: lex.IssueMatcher, head: str, shadowed: frozenset[str] | set[str]) -> bool:
    """(pass posanaph) `the ban` after `a ban on Russian oil` was named since the issue's own `ban on ...` term: the other ban."""
    return m.issue.id in shadowed and m.of_heads is not None and m.of_heads.fullmatch(head) is not None


def _refers_back(m: lex.IssueMatcher, body: str, shadowed: set[str]) -> bool:
    if m.issue.id not in shadowed or m.heads is None or m.of_heads is None:
        return m.refers_back(body)
    return any(not _shadowed_head(m, h.group(0), shadowed) for h in m.heads.finditer(body))


_COORDINATED_VERB = re.compile(r"\b(?:and|but)\s+(?:\w+\s+)?(?:[a-z]+ed|said|says|told|vowed|promised|pledged)\b")


def _act_in_reach(text: str, start: int, end: int, cue: lex.Cue, cue_list: list[lex.Cue] = ()) -> bool:
    """An act named again (`the move`, `the vote`) that the cue is about: not one a coordinated verb phrase before the cue
    leaves behind (`called the vote "a disappointment" and promised to return next session`: the promise is not about
    the vote), nor one whose noun is itself a negation the cues already count (`welcomed the veto`)."""
    act = _ACT_ANAPHOR.search(text, start, end)
    if act is None:
        return False
    if any(act.start() <= c.start < act.end() for c in cue_list):
        return False
    if act.end() <= cue.start and _COORDINATED_VERB.search(text, act.end(), cue.end):
        return False
    if act.start() > cue.end and (when := _WHEN_BEFORE.search(text, max(cue.end, act.start() - 24), act.start())) is not None and any(
            not w.endswith("ly") for w in re.findall(r"[A-Za-z]{3,}", text[cue.end : when.start()])):
        # (pass poscoord) `called for legislation after the ruling`: the cue has an object of its own; the act after a
        # temporal preposition dates the stance, it is not what the stance is on (`protested after the vote` still is)
        return False
    return True


_WHEN_BEFORE = re.compile(r"\b(?:after|following|since|before|ahead\s+of|in\s+the\s+wake\s+of)\s+$")


# (pass pos42a) the object of a verdict verb that is another's act (`rejected the decision`, `rejects what it called a
# reckless move`, `blocked this step`): the verb reacts, it does not act
_REACTION_OBJECT = re.compile(r"[\u201c\"\u201d]?\s+(?:(?:the|this|that|its|their|his|her)\s+(?:\w+\s+){0,2}?(?:decisions?|move|announcement|step)\b"
                              r"|what\s+(?:he|she|it|they|[A-Z][\w-]+)\s+(?:called|calls|termed|described\s+as|branded|dubbed)\b)", re.I)
# (pass pos42a) a stance noun said to stay as it is (`his refusal to send jets would not change`, `her support for the levy
# will not change`; not `the cap would not change the situation`)
_STANCE_WONT_CHANGE = re.compile(r"(?:refusal|opposition|support|rejection|backing)\b[^.;:]{0,90}?\b(?:would|will)(?: not|n't| never) change\b"
                                 r"(?!\s+(?:the|its|their|his|her|a|an|any|anything|much|that|this|course)\b)", re.I)
# (pass pos42a) a clause of time after the main verb's object (`resumed imports after ...`, `called for calm when ...`)
_TIME_CLAUSE = re.compile(r"(?<!\bgo)(?<!\bgoes)(?<!\bwent)(?<!\bgoing)(?<!\bgone)(?<!\blook)(?<!\blooks)(?<!\blooked)(?<!\bor)(?<!\band)"
                          r"\s(?:after|once|when|following)\s(?!(?:\d|January|February|March|April|May|June|July|August|September|October|"
                          r"November|December|that\b|this\b|years?\b|months?\b|weeks?\b|decades?\b))")


_CLAUSE_VERB = re.compile(r"\b(?:[a-z]{3,}ed|was|were|had|has|have|would|will|could|did)\b(?!\s+by\b)")
_ANY_TIME_WORD = re.compile(r"\s(?:after|once|when|following)\s", re.I)


# (pass posp) a reason clause after a statement (`..., arguing that Chile wanted ...`, `..., because Chile wanted ...`)
_WHO_BEFORE = re.compile(r",\s+who$")
# a cue of readiness or wish with its own object (`is ready to discuss tax justice`, `wants good relations`)
_OWN_OBJECT_CUE = re.compile(r"(?:ready|prepared|willing|open) to (?:discuss|talk about|look at|consider|examine)\s+(?!it\b|them\b|this\b|that\b)|"
                             r"(?:want|wants|wanted|wanting) (?:good|better|closer|friendly|stable) ", re.I)
_JUSTIFYING_BEFORE = re.compile(r",\s+(?:arguing|explaining|reasoning|noting|because|since)\s+(?:that\s+)?(?:the\s+)?$")


# (pass posp) a stance dated to a role or term the holder has left (`Lars Eide, who tried to block the levy during his
# first term, ...`, `a plan that Hanoi had fiercely resisted under the previous government`, `As opposition leader, Eide had
# called for ...`): background recalled in contrast, no stance now. Gated by _PAST_ROLE_GATE (literal words).
_PAST_ROLE_GATE = (" term", "previous ", "former ", "opposition", "predecessor")
_PAST_ROLE = re.compile(
    r"\b(?:during|in|throughout|over)\s+(?:his|her|their|its|the)\s+(?:first|previous|earlier|last|former|own\s+first)\s+"
    r"(?:term|mandate|presidency|administration|government|stint|tenure|spell)\b|"
    r"\bunder\s+(?:the|a|its|their|his|her)\s+(?:previous|former|last|earlier|outgoing)\s+(?:\w+\s+)?"
    r"(?:government|administration|president|leadership|cabinet|chancellor|prime\s+minister)\b|"
    r"\bunder\s+(?:his|her|their|its)\s+predecessors?\b|"
    r"\b(?:while|when)\s+(?:(?:he|she|it|they)\s+(?:was|were)\s+)?(?:still\s+)?in\s+opposition\b", re.I)
# the same role opening the sentence before the holder, with a past perfect after it (`As opposition leader, Eide had ...`)
_PAST_ROLE_OPENER = re.compile(
    r"\s*(?:As|While|When)\s+(?:(?:he|she|they)\s+(?:was|were)\s+)?(?:an?\s+|the\s+)?(?:opposition\s+leader|leader\s+of\s+the\s+opposition|"
    r"in\s+opposition|(?:a\s+)?candidate|presidential\s+candidate)\s*,", re.I)


def _past_role_after(text: str, cue: int, end: int) -> bool:
    """(pass posp) Whether the cue's own phrase, before any comma, dates it to a term or government left behind (`tried to
    block the levy during his first term`), not an appositive before the cue (`Eide, a minister in the previous
    government, backed the levy`)."""
    m = _PAST_ROLE.search(text, cue, end)
    # not the date of the measure itself (`will reverse the speed limit cuts introduced under the previous government`)
    return m is not None and not any(c in text[cue : m.start()] for c in ",;:") and _MEASURE_MADE.search(text, cue, m.start()) is None


_MEASURE_MADE = re.compile(r"\b(?:introduc|adopt|pass|enact|impos|approv|sign|agre|creat|launch|announc|propos|draft|negotiat|"
                           r"struck|brought|put|set|made|issu|implement|lift|eas|scrapp|drop|extend)\w*\s+(?:in\s+|in\s+place\s+|up\s+)?$")


# (pass pos44a) keeping quiet on the issue: `did not comment on`, `declined to comment on`, `without commenting on`
_NO_COMMENT_BEFORE = re.compile(
    r"(?:(?:not|never|n't|declin\w+ to|refus\w+ to|no) (?:immediately |publicly |directly )?comment(?:ed)?|without (?:\w+ )?commenting|"
    r"no comment)\s+(?:on|about)\s+(?:the |any |a |its |their |his |her )?(?:[\w-]+ ){0,3}$")


# (pass posp) the issue left to others (`said the training plan was a matter for those who fly the jets`, `the levy is a
# question for parliament`): as silent on it as `did not comment on`
_DEFERRED_AFTER = re.compile(r"(?:\s+[\w'\u2019-]+){0,2}?\s+(?:is|was|are|were|would be|remained|remains)\s+(?:a\s+matter|a\s+question|a\s+decision|one)\s+"
                             r"(?:only\s+|solely\s+|entirely\s+)?for\s+(?!us\b|me\b)")


# (or named in whom it is left to: `was a matter for those who fly F-16s`)
_DEFERRED_BEFORE = re.compile(r"\b(?:a\s+matter|a\s+question|a\s+decision)\s+(?:only\s+|solely\s+|entirely\s+)?for\s+(?!us\b|me\b)(?:[\w'\u2019-]+\s+){0,4}$")


# (pass pos44a) a holder saying it takes no side (`remained neutral on the principle`, `said it was now neutral.`); not a
# neutral state described in passing (`Austria, which remains neutral, backed ...`, `militarily neutral`)
_NEUTRAL_PREDICATE = re.compile(
    r"\b(?:remain(?:s|ed|ing)?|is|was|are|were|stay(?:s|ed|ing)?|be|been|declared itself|would be) (?:now |still |officially |formally |strictly )?"
    r"neutral(?= (?:on|about|over|towards?|regarding|in the debate)\b|[.;]|$| but\b)")


# the holder's own main verb after its relative clause (`..., which backed it in 2020, said it remained neutral`)
_NEUTRAL_SAID = re.compile(r",?\s*(?:said|says|added|insisted|stressed|declared) (?:that )?(?:it|he|she|they|we) (?:(?:would|will|wanted to|intended to) )?")


def _issue_only_uncommented(text: str, sent, m: lex.IssueMatcher) -> bool:
    """Whether every mention of the issue in the sentence is the object of keeping quiet (`did not comment on the jets`)."""
    spans = _term_spans(m, text, sent.start, sent.end)
    if not spans and m.heads is not None:
        # (pass posp) the issue named by its head noun only (`did not comment on the jets`, `... on the project`)
        spans = [(h.start(), h.end()) for h in m.heads.finditer(text, sent.start, sent.end)]
        if spans and re.search(r"\b(?:it|them|this|that one)\b|" + lex.ANAPHOR.pattern, text[spans[-1][1] : sent.end], re.I):
            return False  # `declined to comment on the project but said Norway backed it`: the issue taken up again
    return bool(spans) and all(_NO_COMMENT_BEFORE.search(text, max(sent.start, a - 80), a) is not None
                               or _DEFERRED_AFTER.match(text, b, min(sent.end, b + 60)) is not None
                               or _DEFERRED_BEFORE.search(text, max(sent.start, a - 60), a) is not None for a, b in spans)


def _issue_only_after_conjunction(text: str, first: lex.Cue, s: int, e: int, m: lex.IssueMatcher) -> bool:
    """Whether the issue is named only in a clause of time that follows the first cue's object (the cue is on another thing)."""
    if not any(w in text[first.end : e] for w in (" after ", " once ", " when ", " following ")):
        return False
    conj = _ANY_TIME_WORD.search(text, first.end, e)
    if conj is None or not _TIME_CLAUSE.match(text, conj.start()) or m.terms.search(text, s, conj.start()) is not None:
        return False
    if m.heads is not None and m.heads.search(text, first.end, conj.start()) is not None:
        return False  # `will resume the release after ...`: the measure named again by its head noun
    term = m.terms.search(text, conj.end(), e)
    # a clause with its own verb before the term (`after Biden allowed Ukraine to fire ATACMS`, `after the two agreed on
    # ...`), not a phrase of time (`after weeks of pressure to send tanks`: the main verb's own infinitive)
    return term is not None and _CLAUSE_VERB.search(text, conj.end(), term.end()) is not None


# (pass pos42a) what makes a gerund a verb in progress, not the name of an act (`Chile is recognising ...`)
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|am|began|begun|started|keeps?|kept|continues|continued|stopp?\w*|'s|\u2019s)\s+(?:\w+ly\s+)?$", re.I)


def _verdict_on_gerund(text: str, first: lex.Cue, cue_list: list[lex.Cue]) -> bool:
    """Whether an action cue is a gerund that a later evaluative cue judges (`recognising it now would be a mistake`,
    `capping output could be counterproductive`): a verdict on the act, not the act."""
    word = text[first.start : first.end].split()[0].casefold() if first.end > first.start else ""
    if not word.endswith("ing") or _PROGRESSIVE_BEFORE.search(text, max(0, first.start - 24), first.start):
        return False
    return any(c.kind == "stance" and c.start > first.start and lex.EVALUATIVE.fullmatch(text, c.start, c.end) for c in cue_list)


# (pass posr) an act named as one that did not happen (`without a veto`, `without any delay`, `sparing the bloc an
# embarrassing veto`, `averting a delay`)
_WITHOUT_BEFORE = re.compile(r"\b(?:without|avoid(?:ing|ed)?|avert(?:ing|ed)?|spar(?:ing|ed)(?:\s+[\w'\u2019-]+){1,3}?)\s+"
                             r"(?:(?:a|an|any|the)\s+)?(?:(?:embarrassing|possible|threatened|feared|damaging|costly|new|further)\s+)?$", re.I)


def _referent_act(acts, before: int) -> int:
    """The polarity of the last act on an issue stated in a sentence before `before` (`proposed scrapping the ban`: -1),
    or 0 (a negated one, `has not allowed Kyiv to ...`, is no act and is not recorded)."""
    for at, sign in reversed(acts):
        if at < before:
            return sign
    return 0


# a dateline's place, cut off as a sentence of its own before `(AP) —` (`CONCORD, N.H.`, `SALEM, Ore.`, `WASHINGTON, D.C.`)
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z'\u2019/-]+(?:\s+[A-Z][A-Z'\u2019/-]+)*,\s*(?:(?:[A-Z]\.){1,3}|[A-Z][a-z]{1,4}\.)\s*")


def _clauses(text: str, sent: Segment) -> list[tuple[int, int]]:
    out, start = [], sent.start
    dateline = _DATELINE.match(text, sent.start, sent.end)
    if dateline and (sent.start == 0 or text[sent.start - 1] == "\n" or _DATELINE_HEAD.fullmatch(
        text, text.rfind("\n", 0, sent.start) + 1, sent.start
    )):
        # (`CONCORD, N.H. (AP) — The New Hampshire Senate ...`: a sentence split after the state's abbreviation)
        start = dateline.end()
    for m in _CLAUSE_BREAK.finditer(text, sent.start, sent.end):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, sent.end))
    return [(s, e) for s, e in out if e > s]


_BEARING = lex.BEARING_KINDS
_SPEECH_PARTICIPLE = re.compile(
    r"(?:adding|saying|calling|describing|urging|noting|warning|insisting|arguing|stressing|telling|citing|accusing|"
    r"vowing|pledging|promising|welcoming|praising|rejecting|dismissing|branding|labell?ing|referring)$", re.I
)
_COMPLEMENT_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+|added|argued|insisted|stressed|warned)(?:\s+(?:on|in|at|late|earlier)\s+\w+)?\s+that\s+(?:the\s+)?$"
)
# a stance in the conditional mood with a trailing condition (a refusal with one still refuses: `would not sign up unless`)
# `has pressed for Kyiv to be allowed ..., and Zelensky has pleaded ...`: after a comma and a conjunction the mention opens
# a clause of its own, not the request's list of addressees
_NEW_COORDINATE_SUBJECT = re.compile(r"[,;]\s+(?:and|but|while)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}$")
_NEW_SUBJECT = re.compile(r"\b(?:and|or)\s+(?:that\s+)?(?:none|it|they|he|she|we|there)\b", re.I)
# (pass posr) the modal right before a predicted effect (`could hurt`, `might also cost`, `would have hit`)
_EFFECT_HEDGE_BEFORE = re.compile(r"\b(would have|could|might|may)(?:\s+(?:also|well|even|further|ultimately|eventually|easily|seriously))?\s+$", re.I)
_CONDITIONAL_MOOD = re.compile(r"\b(?:would|could|might)\s+(?:(?!not\b|never\b|only\b)\w+\s+){0,2}$")
# (`would extend an invitation "when allies agree and conditions are met"`)
# (pass pos40a) a participle right after a noun (`an effort championed by`, `a ban long backed by`), not after an auxiliary
_PASSIVE_AFTER_NOUN = re.compile(r"\b(?!(?:was|were|been|being|is|are|be|had|has|have|and|but|or|not|also)\s)[a-z]{3,}\s+(?:\w+ly\s+|long\s+)?$")
# (a loan `backed by profits from frozen assets` has no agent: not `backed`)
_AGENT_PARTICIPLE = re.compile(r"(?:championed|supported|opposed|welcomed|critici[sz]ed|condemned|pushed|sought|demanded|urged|hailed|praised|"
                               r"favou?red|denounced|resisted|fought|lobbied\s+for)", re.I)
# (pass pos40a) an unnamed member of staff as the object of a verb, with a relative clause of speech (`sacked a spokesman who said`)
_STAFF_WHO = re.compile(r"\b[a-z]{3,}\s+(?:an?|the|his|her|their|its|one)\s+(?:[\w-]+\s+){0,2}?(?:aides?|advis[eo]rs?|officials?|spokes\w+|staffers?|"
                        r"secretar(?:y|ies)|deput(?:y|ies)|diplomats?|officers?|envoys?|employees?)\s+who\s+(?:had\s+|has\s+)?"
                        r"(?:said|says|told|called|argued|claimed|remarked|wrote|posted|suggested|described|joked)\b")
# (pass poscue) the holder's own coming to power as a fronted condition, then the holder's pledge (`said that if she were
# elected president she would repeal the reform`, `said if elected, he would scrap it`, `said that if his party won the
# election it would ...`): the mirror of stance._POWER_IF after the verb; any other `if` still hedges
_FRONTED_POWER_IF = re.compile(
    r"(?P<cond>if\s+(?:(?:re-?)?elected|(?:he|she|they|we|it|(?:his|her|its|their|our)\s+(?:party|bloc|coalition|alliance))\s+"
    r"(?:(?:wins?|won)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:elections?|votes?|polls?|majority|power|office)|"
    r"(?:returns?|returned|comes?|came|gets?|got)\s+(?:back\s+)?(?:to|into)\s+(?:power|office|government)|(?:takes?|took)\s+(?:power|office)|"
    r"(?:is|was|were|gets?|got)\s+(?:re-?)?elected)))\b[^,;:.\u201c\u201d\"]{0,40}?,?\s+"
    r"(?:he|she|they|we|it|(?:his|her|their|its|our)\s+(?:party|government)|an?\s+[\w-]+\s+government)\s+(?:would|will)\s+(?:[a-z]+\s+){0,2}$"
)
# (pass pos40a) a conditional non-obstruction: `would not block ... if`, `will not stand in the way ... as long as`
_NOT_OBSTRUCT = re.compile(r"\b(?:would|will|could)\s+not\s+(?:\w+\s+)?(?:block|veto|stand\s+in\s+(?:the|its|their)\s+way|obstruct|hold\w*\s+up|"
                           r"object|oppos\w*|torpedo|derail)\w*", re.I)
_CONDITION_AHEAD = re.compile(r"[^;:.\u201c\u201d\"]*?\b(?:if|unless|provided|providing|as\s+long\s+as|so\s+long\s+as|on\s+condition)\s")
_TRAILING_CONDITION = re.compile(r"[^;:.\u201c\u201d\"]*?[\u201c\"]?\b(?P<if>if|unless|provided|when|once)\s")
# (pass posrec) the holder's own coming to power as the condition (`would scrap the law if it wins the election`, `promised
# to repeal it if his party returns to power`, `if elected`): a pledge of what the holder will do in office, a stance
_POWER_CONDITION = re.compile(
    r"(?:if|once|when)\s+(?:(?:it|he|she|they|we|(?:his|her|its|their|our|the)\s+(?:party|bloc|coalition|alliance|opposition))\s+|"
    r"(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}\s+)?(?:(?:is|are|was|were|gets?|got)\s+)?(?:re-?)?elected\b|"
    r"(?:if|once|when)\s+(?:it|he|she|they|we|(?:his|her|its|their|our|the)\s+(?:party|bloc|coalition|alliance|opposition)|"
    r"(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})\s+"
    r"(?:(?:wins?|won|winning)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:elections?|votes?|polls?|majority|power|office)\b|"
    r"(?:returns?|returned|comes?|came|gets?|got|is\s+returned|was\s+returned)\s+(?:back\s+)?(?:to|into)\s+(?:power|office|government)\b|"
    r"(?:takes?|took)\s+(?:power|office)\b|(?:forms?|formed)\s+(?:the\s+|a\s+)?(?:next\s+)?government\b)"
)
_DEFERRED = re.compile(r"\bbefore\s+(?:deciding|making\s+(?:up\s+(?:their|its|his|her)\s+minds?|a\s+decision))\s+(?:on\s+)?(?:whether|if|how)\b")
_BUT_BEFORE = re.compile(r"\bbut\s*$", re.I)
_OBJECT_PRONOUN = re.compile(r"\b(?:it|them|this|that|so)\b", re.I)
_PARTICIPIAL_BOUNDARY = re.compile(
    r",\s+(?:(?!(?:including|during|following|concerning|regarding|according|excluding|notwithstanding|pending)\b)\w+ing\b|"
    r"to\s+be\s+\w+ed\b)", re.I  # `agreed to lend Ukraine ..., to be repaid from profits on immobilised assets`
)


# A relative clause after a name: `Berlin, which has resisted sending its own tanks`, `Kyiv, which has pressed
# Berlin for months to ...`, `Germany, which Kyiv has asked for its Taurus missiles, has declined to ...`.
# (pass `pos26a`) an appositive may come between the name and its relative clause (`drew criticism from X, the opposition
# leader, who has argued for years that ...`): a description opening with an article and closing on a common noun, so
# not a list of names (`Germany, the Netherlands and Denmark, which ...`)
_RELATIVE = re.compile(r"(?:['\u2019]s?)?(?:\s+\([A-Z][\w.&-]{1,12}\))?"
                       r"(?P<app>,\s+(?:the|an?)\s+(?:[^,;.:()\u201c\u201d\"]{0,80}?\s)?[a-z][\w'\u2019-]*(?=,))?"
                       r",\s+(?P<pron>which|who|whose)\s+(?P<next>[\w'\u2019-]+)")
_NOT_RELATIVE_SUBJECT = frozenset("the a an its his her their this that these those our my".split())
# a relative clause that dates its stance to a finished past (`who opposed legalisation until 2021`, `which three years ago
# opposed the jump`, `who at first resisted`): background the holder has left, no stance now
_PAST_STANCE = re.compile(r"\b(?:until|till)\s+(?:\d{4}|last\s+\w+|recently|then)\b|\b\w+\s+(?:years?|months?|weeks?)\s+ago\b|"
                          r"\b(?:at first|initially|previously|formerly|once|used to|had long|before changing)\b|"
                          # (pass chg50) a stance held before the news, in the pluperfect (`, who had defended the laws
                          # through months of talks, moved the repeal`): background, as `had long` is
                          r"(?:(?<=\bwho\s)|(?<=\bwhich\s))had\s+(?:opposed|resisted|rejected|supported|backed|defended|championed)\b|"
                          # (pass r51pos) a pluperfect or dated word given before the news (`, which had promised in February
                          # to back the reform, said ...`, `, which in April had said it would vote against`, `, who earlier
                          # this month said his party would not agree, said it now backed`): background, the main verb says now
                          r"(?:(?<=\bwho\s)|(?<=\bwhich\s))(?:(?:in\s+(?-i:[A-Z])[a-z]+|earlier(?:\s+this\s+(?:month|week|year))?|last\s+(?:month|week|year))\s+)?"
                          r"(?:had\s+|(?<=earlier this month )|(?<=earlier this week )|(?<=earlier this year ))(?:also\s+|already\s+)?"
                          r"(?:said|promised|pledged|vowed|threatened|announced|insisted)\b", re.I)


# the words that place a party in a government (`its junior coalition partner`, `the ruling LDP`)
_GOVERNING_WORD = r"(?:ruling|governing|junior|senior|coalition)"
# (pass poswith) a list's last member named as the first's partner (`the LDP and its coalition partner Komeito`)
_PARTNER_JOINT = re.compile(r"\s+and\s+(?:its|their)\s+(?:" + _GOVERNING_WORD + r"\s+){0,2}(?:partners?|allies|ally)\s+(?:the\s+)?")
_LIST_JOINT = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# a relative clause whose verb agrees with one name only (`which has`, `who says`), after an optional adverb
_SINGULAR_VERB = re.compile(r"\s+(?:(?:also|still|long|now|already|[a-z]+ly)\s+)?(?:has|is|was|does|[a-z]+[^s\W]s)\b")


def _conjuncts_before(text: str, last: Ref, refs: list[Ref]) -> list[Ref]:
    """The names of the same kind listed before `last` in a list that closes with `and` (`Chile, Spain and| New
    Zealand`); none when `last` is not the last item of such a list (`Germany, Poland` is an apposition or a cut)."""
    items: list[Ref] = []
    current = last
    for r in reversed([r for r in refs if r.end <= last.start]):
        if r.actor is None or last.actor is None or r.actor.kind != last.actor.kind or not _LIST_JOINT.fullmatch(text, r.end, current.start):
            break
        items.append(r)
        current = r
    if not items or not re.search(r"\band\s", text[items[0].end : last.start]):
        return []
    return items[::-1]


def _with_relative_clauses(text: str, stretches: list[tuple[Ref | None, int, int]], clause_refs: list[Ref],
                           in_terms: list[tuple[int, int]], c_end: int) -> list[tuple[Ref | None, int, int]]:
    """A relative clause is its own stretch: its verb is the stance of the name it follows when the
    pronoun is its subject (an action in a background adjunct is that actor's stance), of the name
    inside it otherwise; the holder's own predicate resumes after the closing comma."""
    rels = []
    for r in clause_refs:
        if any(s0 <= r.start and r.end <= e0 for s0, e0 in in_terms):
            continue
        m = _RELATIVE.match(text, r.end, c_end)
        if m is None:
            continue
        if m.group("app") is not None and m.group("pron") == "which" and r.actor is not None and r.actor.kind == "person":
            continue  # `Ida Lund, the head of the drivers' union, which ...`: the clause is on the appositive's own noun
        close = text.find(",", m.end("pron"), c_end)
        close = c_end if close < 0 else close
        subject = m.group("pron") != "whose" and m.group("next")[:1].islower() and m.group("next").casefold() not in _NOT_RELATIVE_SUBJECT
        rels.append((r, m.start(), m.end("pron"), close, subject))
    if not rels:
        return stretches
    out: list[tuple[Ref | None, int, int]] = []
    for holder, s, e in stretches:
        # a stretch does not run through a relative clause: a holder inside it keeps the part inside, any other
        # holder (or the implicit subject) the parts around it
        pieces = [(s, e)]
        for _, comma, _, close, _ in rels:
            inside = holder is not None and comma <= holder.start < close
            cut = []
            for a, b in pieces:
                if b <= comma or a >= close:
                    cut.append((a, b))
                elif inside:
                    cut.append((max(a, comma), min(b, close)))
                else:
                    if a < comma:
                        cut.append((a, comma))
                    if close < b:
                        cut.append((close, b))
            pieces = cut
        out.extend((holder, a, b) for a, b in pieces)
    for r, comma, inner, close, subject in rels:
        if subject and not _PAST_STANCE.search(text, inner, close):
            out.append((r, inner, close))
            if not _SINGULAR_VERB.match(text, inner):
                # `France joins Chile, Spain and New Zealand, which have called for a pause`: a plural relative clause
                # on a list is the stance of every item, not only of the last (`moves by Sweden and Lithuania, which ...`)
                out.extend((c, inner, close) for c in _conjuncts_before(text, r, clause_refs))
        if not any(h is r for h, _, _ in stretches):
            continue
        # the holder's own predicate after the relative clause (`Germany, which Kyiv has asked ..., has declined to`)
        following = [h.start for h, a, _ in stretches if h is not None and h.start >= close]
        end = min(following, default=c_end)
        if not any(h is r and a <= close < b for h, a, b in out):
            out.append((r, close, end))
    out.sort(key=lambda x: x[1])
    return out


# (pass `pos21a`) members named as a group's: `Supporters of the ban include A and B`, `Critics of the tolls, such as A
# and B, say ...`, `... called for a pause, including A and B.`, `The number of countries backing a moratorium rose to 24,
# with A and B among the latest to join`: the members hold the group's stance
_ROLE_GROUP = re.compile(
    r"\b(?P<role>[Ss]upporters|[Bb]ackers|[Pp]roponents|[Aa]dvocates|[Cc]hampions|[Oo]pponents|[Cc]ritics|[Dd]etractors)"
    r"(?:\s+of\s+(?P<obj>[^,;.\u201c\u201d\"]{2,80}?))?,?\s+(?:include|included|including|such\s+as|among\s+them)\s+(?:the\s+)?"
)
_AMONG_ROLE = re.compile(
    r"\b[Aa]mong\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?P<role>supporters|backers|proponents|advocates|champions|opponents|critics|detractors)"
    r"(?:\s+of\s+(?P<obj>[^,;.\u201c\u201d\"]{2,80}?))?,?\s+(?:are|were|is|was|have\s+been)\s+(?:the\s+)?"
)
_ROLE_SIGN = {"supporters": 1, "backers": 1, "proponents": 1, "advocates": 1, "champions": 1,
              "opponents": -1, "critics": -1, "detractors": -1}
_GROUP_NOUN = re.compile(r"\b(?:countries|nations|states|governments|member\s+states|parties|groups|organi[sz]ations|companies|firms|"
                         r"unions|cities|regions|leaders|lawmakers|members|allies|partners|signatories)\b")
_MEMBERS_JOIN = re.compile(r",\s+(?:including|with)\s+(?:the\s+)?")
_MEMBERS_CLOSE = re.compile(r"\s+among\s+(?:the\s+)?(?:latest|first|newest|most\s+recent|last)\b|\s*(?:[.;]|$)")


_IT_THEM = re.compile(r"\b(?:it|them)\b")


def _aside_then_own(text: str, kept: "_Found", f: "_Found", m: lex.IssueMatcher | None) -> bool:
    """(pass pos26c) Whether kept's cue lies in a non-restrictive relative clause on its holder that names nothing of
    the issue (`The Liberal Party, which voted against the bill, wants ...`), and f's is the same holder's own
    predicate after the clause's closing comma, naming the issue."""
    if m is None or m.terms is None or f.ref is not kept.ref and (f.ref.start, f.ref.end) != (kept.ref.start, kept.ref.end):
        return False
    rel = _RELATIVE.match(text, kept.ref.end, f.at)
    if rel is None or rel.group("pron") == "whose" or not rel.start("pron") <= kept.at:
        return False
    close = text.find(",", kept.at, f.at)
    if close < 0 or m.terms.search(text, rel.start("pron"), close) is not None or _IT_THEM.search(text, rel.start("pron"), close) or (
            m.goes_on(text[rel.start("pron") : close])):  # (`which has long urged lawmakers to let schools restrict phones`)
        return False
    own_end = min(x for x in (text.find(".", f.at, f.sentence.end), f.sentence.end) if x >= 0)
    return _mentions(m, text, close, own_end)


# (only words of a party's place in government; a wider set with `main`, `opposition` and ideology words cost a stance
# of precision on unseen copy)
_LISTED_DESCRIPTOR = re.compile(r"(?:" + _GOVERNING_WORD + r"\s+){1,3}")


def _listed_from(text: str, at: int, refs: list[Ref]) -> list[Ref]:
    """The names listed from `at` on (`A, B and C`): the first name there and its conjuncts."""
    # (pass poswith) a name whose alias holds the article (`the Labour Party`), or after a descriptor (`the ruling X`)
    skip = _LISTED_DESCRIPTOR.match(text, at)
    starts = {at, skip.end()} if skip else {at}
    first = next((r for r in refs if (r.start in starts or (r.start == at - 4 and text.startswith("the ", r.start)))
                  and r.actor is not None), None)
    if first is None:
        return []
    return [first, *_conjuncts_after(text, first, refs)]


def _group_members(text: str, sent: Segment, m: lex.IssueMatcher, sent_refs: list[Ref]) -> list[tuple[Ref, int]]:
    """(member, sign) of the names a sentence lists as members of a group whose stance on the issue it states."""
    out: list[tuple[Ref, int]] = []
    for g in [*_ROLE_GROUP.finditer(text, sent.start, sent.end), *_AMONG_ROLE.finditer(text, sent.start, sent.end)]:
        obj0, obj1 = g.span("obj") if g.group("obj") is not None else (sent.start, sent.end)
        if not _mentions(m, text, obj0, obj1):
            continue
        undoing = _UNDOING.search(text, obj0, obj1) if g.group("obj") is not None else None
        sign = _ROLE_SIGN[g.group("role").casefold()] * (-1 if undoing is not None and m.terms is not None
                                                           and m.terms.search(text, undoing.end(), obj1) else 1)
        out.extend((r, sign) for r in _listed_from(text, g.end(), sent_refs))
    for j in _MEMBERS_JOIN.finditer(text, sent.start, sent.end):
        listed = _listed_from(text, j.end(), sent_refs)
        if not listed or not _MEMBERS_CLOSE.match(text, listed[-1].end, sent.end):
            continue
        group = None
        for group in _GROUP_NOUN.finditer(text, sent.start, j.start()):
            pass
        if group is None or not _mentions(m, text, group.end(), j.start()):
            continue
        sign = _phrase_sign(text, group.end(), j.start(), m)
        if sign:
            out.extend((r, sign) for r in listed)
    return out


def _phrase_sign(text: str, start: int, end: int, m: lex.IssueMatcher) -> int:
    """The polarity text[start:end] takes on the issue, read as a holder's stretch is (a halt issue's activity named as
    the object reverses it: `countries still allowing commercial whaling`), or 0."""
    cue_list = lex.cues(text, start, end, m)
    kinds: list[tuple[int, bool]] = []
    if m.cessation and m.terms is not None:
        cue_list, kinds = _cessation_cues(text, start, end, cue_list, [(t.start(), t.end()) for t in m.terms.finditer(text, start, end)], m)
    result = _polarity(text, cue_list)
    if result is None:
        return 0
    sign, _, first = result
    if m.cessation and m.terms is not None and _names_the_activity(kinds, first, cue_list, text):
        sign = -sign
    return sign


_OBJECT_LIST_BEFORE = re.compile(r"\b(?i:to|with|for|from|by|of|on|at|in|into|against|about|over|than|like|and|or)\s+(?:[Tt]he\s+)?"
                                 r"(?:[A-Z][\w.'\u2019-]*\s+)*$")


def _titled_list_closes(text: str, stretches: list[tuple[Ref | None, int, int]], k: int) -> bool:
    """Whether the people named after stretch `k` (`, Justice Secretary `) close their list with `and` before any
    predicate, all of them people (pass `poscoord`)."""
    holder = stretches[k][0]
    if holder is None or holder.actor is None or holder.actor.kind != "person" or _OBJECT_LIST_BEFORE.search(
            text, max(0, holder.start - 80), holder.start):
        return False  # `In a letter to Commission President A, Foreign Minister B said`: A is addressed, not listed
    for h, a, b in stretches[k + 1 : k + 6]:
        if h is None or h.actor is None or h.actor.kind != "person":
            return False
        between = text[a:b]
        if re.match(r"\s+(?:and|as well as)\s", between):
            return True
        if not _CONNECTIVE_TITLED.match(between):
            return False
    return False


def _resumes_after(stretches: list[tuple[Ref | None, int, int]], k: int) -> bool:
    """Whether stretch `k` is a relative clause whose holder's own predicate follows it (pass `pos21a`): `Germany, the
    Netherlands and Denmark, which drafted the text, want ...`: the coordinated names wait through it for the predicate
    they share."""
    holder, s, e = stretches[k]
    if holder is None:
        return False
    nxt = k + 1
    while nxt < len(stretches) and stretches[nxt][1:] == (s, e):
        nxt += 1
    return nxt < len(stretches) and stretches[nxt][1] == e and any(
        h is stretches[nxt][0] for h, a, b in stretches[:nxt] if (a, b) == (s, e))


# (pass `pos21a`) a holder named by its role towards a measure (`a longtime opponent of`, `one of the main backers of`)
_ROLE_NOUN = re.compile(r"\b(?:an?|the|one of the)\s+(?:[\w-]+\s+){0,2}?(?:supporters?|backers?|proponents?|advocates?|champions?|"
                        r"(?:co-?)?sponsors?|architects?|opponents?|critics?|foes?|detractors?)\s+of\s")
_RELATIVE_PRONOUN_BEFORE = re.compile(r",\s+(?:which|who)\s*$")
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|told\s+[\w ]{1,30}?|announced|confirmed|stated|added|declared)(?:\s+(?:on|late on|earlier on)\s+\w+)?\s+(?:that\s+)?(?:the\s+)?"
    r"(?:(?:President|Chancellor|Prime\s+Minister|Premier|Secretary(?:\s+of\s+State)?|(?:Foreign\s+|Defen[cs]e\s+)?Minister)\s+)?$"
)
# unnamed officials reporting a decision: `U.S. officials said President Joe Biden had authorised ...`
_OFFICIALS_SAID = re.compile(r"\b(?:[Oo]fficials|[Aa]ides|[Dd]iplomats|[Ss]ources)\s+(?:said|say|told\s+[\w ]{1,30}?)\s+(?:that\s+)?(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}$")
# a description between a holder and its verb: `, long among the most sceptical members on enlargement,`
_APPOSITIVE_AFTER = re.compile(
    r",\s+(?!(?:which|who|whom|whose|and|or|but|while|as|if|when|saying|adding|said|says|told|according|has|have|had|is|are|was|were|"
    r"will|would|can|could|should|must|may|might|did|does|do|also|then|not|never|later|again)\b|[a-z]+ed\b)[a-z][^,;:\u201c\u201d\"]{2,100}"
    r"(?P<app>,)\s+(?!(?:and|or|but|which|who|whose|while|as|if|when|the|a|an|its|their|his|her|saying|adding|according)\b)[a-z]"
)
_NEGATOR_ANTECEDENT = re.compile(
    r"\b(?:a|an|the|any|those|these|its|their)\s+(?:[\w-]+\s+)?(?:restrictions?|limits?|limitations?|bans?|curbs?|caps?|"
    r"constraints?|caveats?|prohibitions?|embargo|veto)\s+$"
)
_PRONOUN_MODAL = re.compile(r"\bthat\s+(?:they|it|these|those)\s+(?:\w+\s+)?(?:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to)$")
_SUBJECT_BOUND = re.compile(r"[,;:\u201c\u201d\"]|\b(?:that|when|where|if)\s")
_PASSIVE_AGENT = re.compile(
    # (pass `pos21a`: also a second participle joined to the first, `tabled by X and backed by Y`, `approved by the Assembly
    # but thrown out by the Senate`; and the acts of a chamber or a body, `approved by`, `adopted by`, `agreed by`)
    r"(?:,\s+|\s(?:was|were|is|are|been|being|had been|has been|and|but)\s+)(?:\w+ly\s+)?(?P<verb>proposed|drafted|backed|supported|championed|"
    r"sponsored|tabled|endorsed|opposed|blocked|vetoed|rejected|resisted|condemned|welcomed|hailed|praised|applauded|"
    r"criticised|criticized|denounced|slammed|approved|adopted|agreed|recommended|put forward|drawn up|introduced|written|authored|"
    r"thrown out|voted down|challenged|contested)(?:\s+\w+ly)?\s+by\s+(?:the\s+)?"
)
_TITLE_BEFORE_AGENT = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){1,3}")


def _titled_agent(text: str, at: int, ref: Ref) -> bool:
    """`tabled by Technology Secretary Peter Kyle`: a person after the capitalised title the passive's agent opens with."""
    if ref.actor is None or ref.actor.kind != "person" or not at < ref.start <= at + 60:
        return False
    title = _TITLE_BEFORE_AGENT.fullmatch(text, at, ref.start)
    # (the person's mention may hold the title's last word: `Technology [Secretary Peter Kyle]`)
    words = [*(title.group(0).split() if title is not None else ()), *text[ref.start : ref.end].split()[:1]]
    return title is not None and any(w.casefold() in _TITLE_WORDS for w in words)


_AGENT_SUPPORT = frozenset("proposed drafted backed supported championed sponsored tabled endorsed welcomed hailed praised applauded "
                           "approved adopted agreed recommended introduced written authored".split() + ["put forward", "drawn up"])
_AGENT_MEMBERS = re.compile(r"\s+(?:member\s+states?|members?|countries|governments|ministers|officials|diplomats|lawmakers|legislators|"
                            r"MPs|MEPs|deputies|senators|leaders)\b")
# a measure that drew a stance from its holders (`drew support from`, `faced opposition from`, `with the backing of`)
_STANCE_RECEIVED = re.compile(
    r"\b(?:drew|draws|drawn|won|wins|has|had|have|having|faces?|faced|facing|received?|receives|got|gets|gained|gains|enjoys|enjoyed|"
    r"attracted|attracts|met\s+with|meets\s+with|with|despite|amid)\s+(?:the\s+|strong\s+|fierce\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>support|backing|endorsement|opposition|criticism|objections|resistance|condemnation)\s+(?:from|of)\s+(?:the\s+)?")
_STANCE_RECEIVED_GATE = re.compile(r"\b(?:support|backing|endorsement|opposition|criticism|objections|resistance|condemnation)\s+(?:from|of)\s")
# an undoing named before the passive (`the repeal of the levy, backed by ...`): its agents are against the issue
_UNDOING = re.compile(r"\b(?:repeal|scrap|abolish|abolition|lift|lifting|end|ending|removal|remove|reversal|reverse|suspension|suspend)\w*\s+(?:of\s+)?", re.I)


def _undone_before(text: str, start: int, end: int, m: lex.IssueMatcher, polar: dict[str, list[tuple[int, int]]], sent_start: int) -> int:
    """-1 when what text[start:end] names is an undoing of the issue (`the repeal of the levy`) or an act against it named
    again (`the decision` after a refusal), else 1: the stance its agents give it is then the opposite on the issue."""
    undoing = _UNDOING.search(text, start, end)
    if undoing is not None and m.terms is not None and m.terms.search(text, undoing.end(), end):
        return -1
    if (m.terms is None or not m.terms.search(text, start, end)) and _ACT_ANAPHOR.search(text, start, end) and (
            _referent_act(polar.get(m.issue.id, ()), sent_start) < 0):
        return -1
    return 1


def _conjuncts_after(text: str, first: Ref, refs: list[Ref]) -> list[Ref]:
    """The names listed after `first` in a list that closes with `and` (`backed by the Greens, the Left| and| Labour`)."""
    items: list[Ref] = []
    current = first
    for r in refs:
        if r.start < first.end or r is first:
            continue
        if r.actor is None or not (_LIST_JOINT.fullmatch(text, current.end, r.start) or _PARTNER_JOINT.fullmatch(text, current.end, r.start)):
            break
        items.append(r)
        current = r
    if not items or not re.search(r"\band\s", text[items[-2].end if len(items) > 1 else first.end : items[-1].start]):
        return []
    return items
_CONDITION_DEMAND = re.compile(
    r"\s+(?:(?:new|more|further|firm|written|legal|financial|additional|fresh)\s+)?(?:guarantees|assurances|compensation|exemptions?|"
    r"concessions|clarifications?|safeguards|carve-outs?|opt-outs?|derogations?)\b", re.I
)
_INSTEAD = re.compile(r"\b(?:instead of|in place of|rather than)\s"
                      # (pass pos42a) `should be settled through direct talks, not through unilateral recognition`: the
                      # alternative set aside after `, not` (pos42d: or `, and not through`)
                      r"|,\s+(?:and\s+)?not\s+(?:(?:through|by|via|with|as|in|at|from|on)\s+)?(?!(?:only|just|least|yet|even|always|necessarily|now|because|so)\b)(?=[a-z])", re.I)


def _names_the_rejected_alternative(text: str, first: lex.Cue, end: int, m: lex.IssueMatcher) -> bool:
    """`A instead of B` with the issue named in B: backing A rejects the issue."""
    alt = _INSTEAD.search(text, first.end, end)
    if alt is None or re.search(r"(?:\bwould|\bhad|'d)\s+(?:\w+\s+)?rather\b", text[max(0, first.start - 40) : alt.start()], re.I):
        return False  # `would rather A than B` is the preference the cues already read
    stop = re.search(r"[,;]", text[alt.end() : end])
    b_end = alt.end() + stop.start() if stop else end
    if m.terms is not None and m.terms.search(text, alt.end(), b_end):
        return True
    return m.words_re is not None and bool(m._stems(text[alt.end() : b_end]) - lex._GENERIC)


# (pass pos27c) an issue whose proposition names a compulsion or an employee status names its opposite too: wanting
# the thing kept, left or made voluntary / self-employed is a stance against the issue
_PROPOSED_COMPULSION = re.compile(r"\b(?:compulsory|mandatory|obligatory)\b", re.I)
_PROPOSED_EMPLOYEES = re.compile(r"\bas\s+employees\b|\bemployee\s+status\b", re.I)
_OPPOSITE_STATE = (
    r"\b(?:keep|keeps|kept|keeping|stay|stays|stayed|staying|remain|remains|remained|remaining|be|become|becomes|left|leave|"
    r"leaves|continue|continues|continued)\s+(?:(?!(?:not|never|rather|than|instead|compulsory|mandatory|obligatory|employees?|"
    r"and|or|but)\b)[\w'\u2019-]+\s+){0,3}?(?:%s)(?![\w-])")


@lru_cache(maxsize=256)
def _opposite_state(proposition: str) -> re.Pattern[str] | None:
    """The opposite state a proposition names, as a pattern (None: it names none); once per proposition."""
    words = []
    if _PROPOSED_COMPULSION.search(proposition):
        words += ["voluntary", "optional"]
    if _PROPOSED_EMPLOYEES.search(proposition):
        words += ["self-employed", "freelancers?", "freelance", "independent\\s+contractors?", "contractors"]
    return re.compile(_OPPOSITE_STATE % "|".join(words), re.I) if words else None


def _names_the_opposite(text: str, first: lex.Cue, end: int, m: lex.IssueMatcher) -> bool:
    """(pass pos27c) `urged lawmakers to keep civic service voluntary`, `wanted to stay self-employed`: the cue bears on
    the opposite of what the issue's proposition proposes (a compulsion, an employee status), close after the cue."""
    state = _opposite_state(m.issue.proposition)
    if state is None:
        return False
    hit = state.search(text, first.start, min(end, first.end + 90))
    return hit is not None and not re.search(r"[,;:]", text[first.end : hit.start()]) and len(
        text[first.end : hit.start()].split()) <= 6


_STOPS_SHORT = re.compile(r"\b(?:stop|stops|stopped|stopping|fall|falls|fell|falling)\s+short\s+of\s", re.I)


def _stops_short_of_issue(text: str, start: int, end: int, m: lex.IssueMatcher) -> bool:
    """Whether the sentence goes on to say the act `stops short of` the issue, named right after."""
    short = _STOPS_SHORT.search(text, start, end)
    if short is None:
        return False
    stop = re.search(r"[,;]", text[short.end() : end])
    b_end = short.end() + stop.start() if stop else end
    return m.terms is not None and m.terms.search(text, short.end(), b_end) is not None


_TELLS = re.compile(
    r"^\s*(?:,[^,;]{1,80},\s*)?(?:has\s+|had\s+)?(?:said|says|told|warned|argued|insisted|claimed|complained)\b[^.;,\u201c\u201d\"]{0,60}?\bthat\s+$"
)


def _teller(text: str, holder: Ref, holders: list[Ref]) -> Ref | None:
    """The holder before `holder` in its clause whose speech verb introduces it (`X told Y that <holder> ...`)."""
    earlier = [h for h in holders if h.end <= holder.start]
    if earlier and earlier[-1].actor is not None and _TELLS.match(text[earlier[-1].end : holder.start]):
        return earlier[-1]
    return None


# A motion, resolution or bill and what it calls for; who tabled or brought it holds that stance.
_MOTION_WORD = re.compile(r"\b(?:motion|resolution|bill|amendment)s?\b", re.I)
_MOTION_CALL = re.compile(
    r"\b(?:motion|resolution|bill|amendment)\b[^.;]{0,60}?\b(?P<call>calling|urging|demanding|asking|seeking|"
    r"that (?:called|urged|demanded|asked|sought))\b", re.I
)
_MOTION_SPONSOR = re.compile(
    r"\b(?:tabl(?:e|es|ed|ing)|br(?:ing|ings|ought|inging)|sponsor(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|submit(?:s|ted|ting)?|"
    r"put forward|fil(?:e|es|ed|ing)|draft(?:s|ed|ing)?) (?:the|a|an|its|their|this|that) (?:[\w-]+ )?(?:motion|resolution|bill|amendment)\b",
    re.I,
)
# (pass pos40b) also a reduced relative or a bare `by` (`The motion tabled by the CDU/CSU alliance was rejected`, `The
# motion by the Green group was defeated`), not a count (`rejected the bill by 300 votes`)
_MOTION_BY = re.compile(
    r"\b(?:motion|resolution|bill|amendment)\s+(?:(?:(?:was|were|had been|has been)\s+)?(?:tabled|brought|sponsored|introduced|"
    r"submitted|put forward|filed|drafted|proposed)\s+)?by\s+(?!(?:a|an|some|about|around|more|fewer|less|just|only|over|\d)\b|\d)", re.I
)


# (pass pos46) a vote, resolution or bill that undoes the issue's measure (`The Senate voted to overturn the debt relief
# plan, sending the measure to the White House`, `a resolution to repeal the ban`), and the later words that name that
# measure again (`voting for it`, `would veto the resolution`, `vote the measure down`): what is said of them is said of
# the undoing
_MOTION_NOUN = re.compile(r"\b(?:resolution|motion|measure|bill|vote[ds]?|voting)\b")
_UNDOING_MOTION = re.compile(
    r"\b(?:(?:resolution|motion|measure|bill)|vot(?:e|es|ed|ing))\s+(?:(?:on\s+)?[A-Z]?[\w-]+\s+){0,2}?to\s+(?:overturn|repeal|scrap|"
    r"block|nullify|rescind|revoke|reverse|undo|abolish|kill|strike\s+down|cancel)\s+", re.I)
_MOTION_ANAPHOR = re.compile(
    r"\b(?:the|this|that)\s+(?:resolution|motion|measure)\b|\b(?:vot(?:e|es|ed|ing)\s+(?:for|against)|back(?:s|ed|ing)?|"
    r"approv(?:e|es|ed|ing)|pass(?:es|ed|ing)?|veto(?:es|ed|ing)?|sign(?:s|ed|ing)?)\s+it\b")


def _found_once(found: list["_Found"], name: str, ref: Ref | None, issue: str, stance: str, sent: Segment,
                order: int) -> int:
    """Adds a stance the sentence has not already given this actor on the issue; returns the order reached."""
    if any(f.actor == name and f.issue == issue for f in found if f.sentence is sent):
        return order
    order += 1
    found.append(_Found(name, ref, issue, stance, False, sent, order, "stance"))
    return order


# (pass pos40b) a measure of the issue as the sentence's subject, enacted by the agent of a passive (`The law, passed by
# the Legislature in 2020 and signed by Gov. Gavin Newsom, ...`, `New York's ban on flavored vapes, signed into law by
# Gov. Kathy Hochul,`, `The ban was approved by the city council`): the agent enacts it, so supports it
# (pass pos42d: and its sponsor, `The text, tabled by the deputy Eva Sas, passed ...`, `The amendment, drafted by ...`)
# (pass pos44b: and pushed through, `The change to the act, pushed through by the A party and the B party, ...`)
_ENACTED_BY = re.compile(r"\b(?:signed|passed|approved|enacted|adopted|introduced|tabled|sponsored|drafted|pushed\s+through|rammed\s+through|championed)\s+(?:into\s+law\s+)?by\s+(?!(?:a|an|\d)\b|\d)")
# (pass pos44b) a second agent joined to the first (`by the Kuomintang and the smaller People's Party`)
_AND_AGENT = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
_MEASURE_SUBJECT = re.compile(
    r"(?:[A-Z]{2,}[\w ,.()]{0,40}?\s[-\u2013\u2014]\s)?"  # (a dateline)
    r"\W*(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s?)\s+)(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:" + "ban|law|bill|legislation|measure|ordinance|decree|directive|statute|act|prohibition|amendment|tax|levy|change" + r")\b")
_BARE_MEASURE_SUBJECT = re.compile(r"\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:(?:new|state|state's|city's|original|landmark|first|)\s+)?"
                                   r"(?:ban|law|bill|legislation|measure|ordinance|decree|statute|prohibition|text|amendment|tax|levy)\b(?!\s+(?:on|of|to|against|for)\b)")
_AGENT_ENDS = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|last|this|that|and|before|after|during|when|with|for|to|as|which|who|earlier|\d)\b")
_UNDOING_WORDS = re.compile(r"\b(?:repeal\w*|scrap\w*|lift\w*|delay\w*|postpon\w*|overturn\w*|revers\w*|weaken\w*|"
                            r"exempt\w*|loosen\w*|relax\w*|end(?:s|ed|ing)?|abolish\w*|suspend\w*|pause\w*|roll\w* back|undo\w*)\b", re.I)


def _enacted_by(text: str, sent: Segment, current: list[lex.IssueMatcher], found: list["_Found"], all_refs: list[Ref],
                gazetteer: Gazetteer, when: str | None, order: int) -> None:
    """(pass pos40b) The agents of a passive enacting the measure that is the sentence's subject (`_ENACTED_BY`)."""
    subject = _MEASURE_SUBJECT.match(text, sent.start, sent.end)
    if subject is None:
        return
    for by in _ENACTED_BY.finditer(text, subject.end(), sent.end):
        if by.start() - subject.end() > 120 or _UNDOING_WORDS.search(text, sent.start, by.start()) or re.search(r"[;\u201c\u201d\"]", text[subject.end() : by.start()]):
            continue
        agent = next((r for r in in_range(all_refs, by.end(), min(sent.end, by.end() + 30)) if r.actor is not None), None)
        if agent is not None and not _AGENT_ENDS.match(text, agent.end):
            continue  # `approved by EU member states`: the name modifies an unnamed collective
        name = _ref_name(gazetteer, agent, text, when) if agent is not None else None
        if not name:
            continue
        agents = [(name, agent)]
        while agent is not None:
            nxt = next((r for r in in_range(all_refs, agent.end, min(sent.end, agent.end + 40)) if r.actor is not None), None)
            if nxt is None or not _AND_AGENT.fullmatch(text, agent.end, nxt.start) or not _AGENT_ENDS.match(text, nxt.end):
                break
            agent = nxt
            nxt_name = _ref_name(gazetteer, nxt, text, when)
            if nxt_name:
                agents.append((nxt_name, nxt))
        for m in current:
            if not (m.terms is not None and m.terms.search(text, sent.start, by.start())) and not _BARE_MEASURE_SUBJECT.match(text, sent.start, sent.end):
                continue  # (a measure on something else, `The ban on smoking in parks, signed by ...`, is not the issue's)
            for name, agent in agents:
                order = _found_once(found, name, agent, m.issue.id, "support", sent, order)


# (pass pos42c) a measure of the issue that passed a chamber named as the object (`The bill cleared the Bundestag by 400
# votes to 200`, `The ban had passed the Storting on Wednesday`): the chamber voted it through, so supports it (the
# chamber's own name only: a body of the gazetteer)
_PASSED_CHAMBER = re.compile(r"\s(?:had\s+|has\s+|have\s+)?(?:passed|cleared|sailed\s+through|got\s+through|went\s+through)\s+(?:the\s+)?(?=[A-Z])")


def _passed_chamber(text: str, sent: Segment, current: list[lex.IssueMatcher], found: list["_Found"], all_refs: list[Ref],
                    gazetteer: Gazetteer, when: str | None, order: int) -> None:
    """(pass pos42c) `_PASSED_CHAMBER`: the chamber a measure subject passed supports it."""
    subject = _MEASURE_SUBJECT.match(text, sent.start, sent.end)
    if subject is None:
        return
    after = subject.end()
    passed = _PASSED_CHAMBER.search(text, after, sent.end)
    if passed is None or passed.start() - after > 60 or _UNDOING_WORDS.search(text, sent.start, passed.start()) or re.search(
            r"[;\u201c\u201d\"]", text[after : passed.start()]):
        return
    chamber = next((r for r in in_range(all_refs, passed.end(), min(sent.end, passed.end() + 30)) if r.start == passed.end()), None)
    if chamber is None or chamber.actor is None or chamber.actor.kind != "body":
        return
    name = _ref_name(gazetteer, chamber, text, when)
    if not name:
        return
    for m in current:
        if not (m.terms is not None and m.terms.search(text, sent.start, passed.start())) and not _BARE_MEASURE_SUBJECT.match(
                text, sent.start, sent.end):
            continue
        order = _found_once(found, name, chamber, m.issue.id, "support", sent, order)


# (pass posrec) a quote that opens the sentence and is attributed right after it (`"Our sanctions hit Russia's energy
# revenues," Borrell said`, `"We are cutting the Kremlin's war budget," Kallas told reporters`): a harm to the revenues of
# the state a sanctions issue targets, or more pressure on it, is the speaker's case for the sanctions
_SANCTIONS_TARGET = re.compile(r"\b(?i:sanctions?)\s+(?:on|against)\s+(?:the\s+)?(?P<target>[A-Z][\w-]+)")
_OPENING_QUOTE = re.compile(r"\W{0,3}?[\u201c\"](?P<q>[^\u201c\u201d\"]{12,400}?)[,.!?]?[\u201d\"]\s+")
_QUOTE_SPEECH = re.compile(r"(?:(?:said|says|added|wrote|told\s+\w+)\s+)?(?:[^,.;:\u201c\u201d\"]{0,90}?)\b"
                           r"(?:said|says|added|wrote|told|tweeted|posted|stressed|insisted)\b")
_REVENUE_HARM = re.compile(
    r"\b(?:cut\w*|hit|hits|hitting|squeez\w*|depriv\w*|drain\w*|starv\w*|chok\w*|curb\w*|shrink\w*|slash\w*|dry\w*\s+up)\b"
    r"(?P<gap>[^.;:!?]{0,60}?)\b(?:revenues?|war\s+(?:chest|budget|machine|economy)|income|earnings|oil\s+money)\b", re.I)
_MORE_PRESSURE = re.compile(r"\b(?:turn\w*\s+up|increas\w*|rais\w*|ramp\w*\s+up|step\w*\s+up|keep\w*\s+up|tighten\w*|maintain\w*)"
                            r"\s+(?:the\s+)?pressure\s+on\s+(?:the\s+)?$", re.I)


def _sanctions_quote(text: str, sent: Segment, current: list[lex.IssueMatcher], found: list["_Found"], sent_refs: list[Ref],
                     gazetteer: Gazetteer, when: str | None, order: int) -> None:
    """(pass posrec) `_REVENUE_HARM` / `_MORE_PRESSURE` on a sanctions issue's target in an opening quote: the speaker named
    right after the quote supports the sanctions."""
    quote = _OPENING_QUOTE.match(text, sent.start, sent.end)
    if quote is None or not _QUOTE_SPEECH.match(text, quote.end(), sent.end):
        return
    q0, q1 = quote.span("q")
    if re.search(r"\b(?:not|no|never|n't|nothing)\b", text[q0:q1]):
        return  # (`we will not cut their revenues`: a denial is no case for them)
    speech = _QUOTE_SPEECH.match(text, quote.end(), sent.end)
    speaker = next((r for r in sent_refs if quote.end() <= r.start < speech.end() and r.actor is not None
                    and r.actor.kind == "person"), None)
    name = _ref_name(gazetteer, speaker, text, when) if speaker is not None else None
    if not name:
        return
    for m in current:
        aim = _SANCTIONS_TARGET.search(m.issue.proposition)
        target = gazetteer.lookup(aim.group("target")) if aim is not None else None
        if target is None:
            continue
        hit = False
        for r in sent_refs:
            if not (q0 <= r.start < q1) or r.actor is None:
                continue
            if target.canonical not in (r.actor.canonical, gazetteer.country_of(r.actor), r.country):
                continue
            harm = next((h for h in _REVENUE_HARM.finditer(text, q0, q1) if h.start() < r.start < h.end()), None)
            if harm is not None or _MORE_PRESSURE.search(text[max(q0, r.start - 60) : r.start]):
                hit = True
                break
        if hit:
            order = _found_once(found, name, speaker, m.issue.id, "support", sent, order)


# (pass pos40b) a country's own weapons ruled out for use where a located issue places it (`Italian weapons could not be
# used on Russian territory`, `German arms will never be used against Russian territory`): that country's course, so its
# stance and that of its own people speaking in the sentence (Tajani); not another's weapons told by an assurance
# (`Kyiv assured Washington the launchers would not be used against Russian territory`: no demonym, no stance)
_OWN_WEAPONS_NOT_USED = re.compile(
    r"\b(?P<dem>[A-Z][a-z]+)\s+(?:[\w-]+\s+)?(?:weapons|arms|missiles|munitions|equipment|weaponry|systems|jets|tanks)\s+"
    r"(?:(?:could|would|can|must|will|should|may|shall)\s+(?:not|never)|cannot|can't|won't|wouldn't|couldn't|mustn't)\s+"
    r"(?:ever\s+)?be\s+used\s+(?:on|against|in|inside|within|to\s+(?:strike|hit|attack))\s+")


def _own_weapons_ruled_out(text: str, sent: Segment, current: list[lex.IssueMatcher], found: list["_Found"],
                           all_refs: list[Ref], order: int) -> None:
    """(pass pos40b) `_OWN_WEAPONS_NOT_USED`: the demonym's country and its own people in the sentence oppose the use."""
    for w in _OWN_WEAPONS_NOT_USED.finditer(text, sent.start, sent.end):
        country = DEMONYMS.get(w.group("dem"))
        dem_ref = next((r for r in in_range(all_refs, w.start("dem"), w.end("dem"))), None)
        if country is None or dem_ref is None:
            continue
        for m in current:
            if not m.located or m.terms is None or not m.terms.match(text, w.end(), min(sent.end, w.end() + 40)):
                continue
            holders = [(country, dem_ref)] + [
                (r.actor.canonical, r) for r in in_range(all_refs, sent.start, sent.end)
                if r.actor is not None and r.actor.kind == "person" and r.actor.country == country]
            for name, ref in holders:
                order = _found_once(found, name, ref, m.issue.id, "oppose", sent, order)


# (pass pos40b) a measure of the issue that a named actor had carried, in a relative clause with the measure as its
# object (`reverses the 2,000-student increase that former President Yoon had championed`, `the ban that the mayor
# pushed through`): the actor supports it, whatever the main clause does to the measure now
_CARRIED_BY = re.compile(
    r"\b(?:the|an?|its|their|his|her)\s+(?:[\w,'\u2019-]+\s+){0,3}?(?P<head>increase|expansion|plan|reform|ban|law|bill|policy|"
    r"measure|proposal|rules?|regulation|levy|tax|cap|quota|scheme)\s+(?:that|which)\s+(?P<who>[^,;.\u201c\u201d\"]{2,60}?)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:long\s+|personally\s+|once\s+)?(?P<v>championed|spearheaded|pushed\s+through|pushed\s+for|"
    r"promoted|proposed|introduced|backed|sponsored|signed)\b")
_UNDOING_HEAD_BEFORE = re.compile(r"\b(?:repeal|scrapping|delay|postponement|suspension|rollback|reversal|freeze|cut)\s+(?:of|to|in)\s+(?:the|an?|its)\s+[^,;.]{0,40}$", re.I)


def _carried_by(text: str, sent: Segment, current: list[lex.IssueMatcher], found: list["_Found"], all_refs: list[Ref],
                gazetteer: Gazetteer, when: str | None, order: int) -> None:
    """(pass pos40b) `_CARRIED_BY`: the actor who carried the measure the relative clause is on supports it."""
    for c in _CARRIED_BY.finditer(text, sent.start, sent.end):
        if _UNDOING_HEAD_BEFORE.search(text, max(sent.start, c.start() - 60), c.start() + 4):
            continue  # `the repeal of the ban that X had championed`: the repeal, not the ban, is what X carried
        agents = [r for r in in_range(all_refs, c.start("who"), c.end("who")) if r.actor is not None]
        if not agents:
            continue
        agent = agents[-1]
        if _UNDOING_WORDS.search(text, c.start(), c.start("head")):
            continue  # `the scrapping plan that X proposed`
        name = _ref_name(gazetteer, agent, text, when)
        if not name:
            continue
        for m in current:
            order = _found_once(found, name, agent, m.issue.id, "support", sent, order)


def _motions_in(text: str, sent: Segment, current: list[lex.IssueMatcher], motions: dict[str, int], found: list["_Found"],
                all_refs: list[Ref], gazetteer: Gazetteer, when: str | None, order: int) -> None:
    """Record what a motion in this sentence calls for on each current issue (`a motion ... calling on the government
    to supply Taurus`), and give it to the agent of a passive sponsor verb (`The motion was brought by the NDP`)."""
    for m in current:
        call = _MOTION_CALL.search(text, sent.start, sent.end)
        if call is not None:
            end = next((x.start() for x in re.finditer(r"[;]|,\s+(?:but|while)\s", text[call.start("call") : sent.end])), None)
            end = sent.end if end is None else call.start("call") + end
            cues = lex.cues(text, call.start("call"), end, m)
            kinds: list[tuple[int, bool]] = []
            if m.cessation and m.terms is not None:
                cues, kinds = _cessation_cues(text, call.start("call"), end, cues,
                                              [(t.start(), t.end()) for t in m.terms.finditer(text, call.start("call"), end)], m)
            result = _polarity(text, cues)
            if result is not None and result[2].kind == "request":
                sign = result[0]
                if m.cessation and _names_the_activity(kinds, result[2], cues):
                    sign = -sign
                motions[m.issue.id] = sign
        by = _MOTION_BY.search(text, sent.start, sent.end)
        if by is not None and motions.get(m.issue.id):
            agent = next((r for r in in_range(all_refs, by.end(), min(sent.end, by.end() + 40)) if r.actor is not None), None)
            name = _ref_name(gazetteer, agent, text, when) if agent is not None else None
            if name:
                order += 1
                stance = "support" if motions[m.issue.id] > 0 else "oppose"
                found.append(_Found(name, agent, m.issue.id, stance, False, sent, order, "stance"))


def _is_patient_verdict(text: str, holder: Ref | None, first: lex.Cue, named: frozenset[str], gazetteer: Gazetteer,
                        m: lex.IssueMatcher | None = None) -> bool:
    """A verdict on the readiness or place of the actor the issue is about, or a forecast that it will (not) do what the
    issue's own term says (`Ukraine would never join NATO`): said of it by another, the stance is the other's."""
    if holder is None or not named:
        return False
    forecast = first.kind == "action" and m is not None and m.lead_actions is not None and m.lead_actions.fullmatch(
        text, first.start, first.end) is not None
    return (forecast or lex.PATIENT_VERDICT.fullmatch(text, first.start, first.end) is not None) and _ref_name(gazetteer, holder) in named


def _cessation_cues(text: str, s: int, e: int, cue_list: list[lex.Cue], term_spans: list[tuple[int, int]],
                    m: lex.IssueMatcher) -> tuple[list[lex.Cue], list[tuple[int, bool]]]:
    """For an issue that is itself a halt (`Governments should halt arms exports to Israel`): a halting word names
    the issue, so it enacts it (`will stop future arms sales`, `calling for a halt`), unless it undoes a term that is
    itself the halt (`suspend the arms embargo`). Also, per term occurrence (start, names the activity): whether it
    names the halted activity without its halt (`would not approve new export permits`): a stance on it is reversed."""
    halted: list[tuple[int, int]] = []  # halting words right before a term
    kinds: list[tuple[int, bool]] = []
    for a, b in term_spans:
        if lex.HALT_WORDS.search(text, a, b) or _HALT_NOUN_AFTER.match(text, b):
            kinds.append((a, False))  # the term is the halt (`arms embargo`; `the fracking ban` with `fracking` a term)
            verb = lex.HALT_WORDS.match(text, a, b)
            if verb is not None and (_AUXILIARY_BEFORE.search(text, max(s, a - 12), a) or (
                    verb.group().endswith(("ed", "s")) and _FINITE_SUBJECT_BEFORE.search(text, max(0, a - 40), a))):
                # `will ban social media`: the term's own halt as a verb; (pass pos40b) or finite after its subject
                # (`Canada banned menthol cigarettes in 2017`, `which banned menthol cigarettes`)
                halted.append((verb.start(), verb.end()))
            continue
        window = max(s, a - 30)
        before = [h for h in lex.HALT_WORDS.finditer(text, max(s, a - 45), a) if h.end() >= window and not re.search(r"[.;:,]", text[h.end() : a])]
        if before and _PROPER_NAME.fullmatch(text, a, b) and _PLACE_BEFORE.search(text, before[-1].end(), a):
            before = []  # `the prohibition of shark finning at the International Seabed Authority`: where, not what is halted
        if before:
            halted.append((before[-1].start(), before[-1].end()))
            kinds.append((a, False))
        else:
            kinds.append((a, m.activity is not None and bool(
                # (not inside a name: `the International Seabed Authority` is no seabed drilling)
                _names_activity_words(m, text, a, b) or _activity_before(m, text, window, a)
                # `drilling licences for fracking`, `opened marine parks to trawling`: what permits the activity or is opened to it
                or _ENABLING_TERM.search(text, a, b)
                or (_OPENED_BEFORE.search(text, window, a) and (link := _OPENED_TO.match(text, b, e)) and m.activity.match(text, link.end(), e)))))
    halt_terms = [a for a, b in term_spans if lex.HALT_WORDS.search(text, a, b)]
    if m.activity is not None:
        # a halting word before the halted activity named in the proposition's own words (`will ban social media for
        # children under 15`), where no term is in sight
        for h in lex.HALT_WORDS.finditer(text, s, e):
            if (
                not any(h0 <= h.start() < h1 for h0, h1 in halted) and not any(a <= h.start() < b for a, b in term_spans)
                and ((not any(0 <= a - h.end() <= 45 for a, _ in term_spans) and m.activity.search(text, h.end(), min(e, h.end() + 30)))
                     or _halt_object_names(text, h.end(), e, m))
            ):
                halted.append((h.start(), h.end()))
    if "them" in text[s:e] or " it" in text[s:e]:
        # (pass pos40b) a ban verb on a bare pronoun, the item of the sentence (`after Massachusetts, which outlawed
        # them in 2020`; not `banned them from entering`)
        for h in _HALT_PRONOUN.finditer(text, s, e):
            if not any(h0 <= h.start() < h1 for h0, h1 in halted):
                halted.append(h.span("v"))
    # `end the bag ban`, `halt the embargo`, `freeze the moratorium`: a halting verb whose object is a halt undoes it
    undone = [(u.start("v"), u.end("v")) for u in _HALT_UNDONE.finditer(text, s, e)]
    if undone:
        halted = [(h0, h1) for h0, h1 in halted if not any(u0 < h1 and h0 < u1 for u0, u1 in undone)]
        cue_list = [c for c in cue_list if not any(u0 < c.end and c.start < u1 for u0, u1 in undone)]
    out = [lex.Cue(u0, u1, -1, "reverser") for u0, u1 in undone]
    for c in cue_list:
        if any(h0 < c.end and c.start < h1 for h0, h1 in halted):
            continue  # replaced below
        if c.kind == "noun" and any(a <= c.start and c.end <= b for a, b in term_spans):
            continue  # `an absolute age limit`: a limit named by the issue is the halt itself
        if c.factor < 0 and c.kind in ("stance", "reverser") and lex.CESSATION.fullmatch(text, c.start, c.end) and not any(
            0 <= a - c.end <= 30 for a in halt_terms
        ):
            c = lex.Cue(c.start, c.end, 1, "halt")  # `calling for a halt`, `exports were suspended`
        out.append(c)
    out.extend(lex.Cue(h0, h1, 1, "halt") for h0, h1 in halted)
    out.sort(key=lambda c: c.start)
    return out, kinds


# (pass pos26c) an issue that restricts or bans an item (`Plastic microbeads should be restricted or banned`)
_RESTRICTING = re.compile(r"\bshould\s+(?:\w+\s+)?be\s+(?:\w+\s+(?:or|and)\s+)?(?:restricted|banned|prohibited|phased\s+out|"
                          r"removed|outlawed|barred|withdrawn)\b", re.I)


def _restricting(m: lex.IssueMatcher) -> bool:
    return bool(m.cessation) or _restricts_an_item(m.issue.proposition)


@lru_cache(maxsize=256)
def _restricts_an_item(proposition: str) -> bool:
    return _RESTRICTING.search(proposition) is not None


# removing the item itself from a place: `remove e-cigarettes from their shelves`, `pull the vapes off the market`,
# `take microplastics out of shower gels` (the verb before the item) ...
_REMOVE_BEFORE = re.compile(
    r"\b(?P<v>remov(?:e|es|ed|ing)|pull(?:s|ed|ing)?|tak(?:e|es|ing)|took|strip(?:s|ped|ping)?)\s+(?:(?!(?:from|off|out|the\s+ban)\b)"
    r"[\w'\u2019-]+\s+){0,3}$", re.I)
_PLACE_AFTER = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,2}?(?:from|off|out\s+of)\s", re.I)
# ... and the item named before a passive (`wanted PFAS removed from consumer goods`, `vapes should be taken off the shelves`)
_REMOVED_AFTER = re.compile(
    r"\s+(?:(?:should|must|to|would|will|could|can|be|being|been|is|are|was|were|now|also|quickly|all)\s+){0,3}"
    r"(?P<v>removed|pulled|taken|stripped)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:from|off|out\s+of)\s", re.I)


def _removed_item_cues(text: str, s: int, e: int, cue_list: list[lex.Cue], term_spans: list[tuple[int, int]],
                       kinds: list[tuple[int, bool]]) -> tuple[list[lex.Cue], list[tuple[int, bool]]]:
    """(pass pos26c) On an issue that restricts or bans an item: removing the item itself from a place (a market, the
    shelves, products) enacts the restriction, so the removal verb is a halt, not an undoing; the item is then no
    activity whose stance is to be turned (`wanted PFAS removed from consumer goods`). Removing the ban, a limit or
    any other curb named by a term stays an undoing (`wants the vape ban removed from the statute book`)."""
    verbs: list[tuple[int, int]] = []
    items: set[int] = set()
    for a, b in term_spans:
        if lex.HALT_WORDS.search(text, a, b) or _HALT_NOUN_AFTER.match(text, b) or lex.NEGATOR_NOUN.search(text, a, b):
            continue  # the term is the halt or a curb itself
        before = _REMOVE_BEFORE.search(text, max(s, a - 40), a)
        if before is not None and _PLACE_AFTER.match(text, b, e) and not (
                before.group("v")[:1].casefold() == "t" and not re.match(r"\s+(?:[\w'\u2019-]+\s+){0,2}?(?:off|out\s+of)\s", text[b:e])):
            verbs.append((before.start("v"), before.end("v")))
            items.add(a)
            continue
        after = _REMOVED_AFTER.match(text, b, e)
        if after is not None and not (after.group("v").casefold() == "taken" and " from " in after.group(0)):
            verbs.append((after.start("v"), after.end("v")))
            items.add(a)
    if not verbs:
        return cue_list, kinds
    out = [c for c in cue_list if not any(v0 < c.end and c.start < v1 for v0, v1 in verbs)]
    out.extend(lex.Cue(v0, v1, 1, "halt") for v0, v1 in verbs)
    out.sort(key=lambda c: c.start)
    return out, [(a, False if a in items else activity) for a, activity in kinds]


_HALT_NOUN_AFTER = re.compile(r"\s+(?:bans?|moratori(?:um|a)|prohibitions?|embargo(?:es)?|phase-?outs?)\b(?!\s+(?:on|of)\b)", re.I)
_NEED_CUE = re.compile(r"needs?|needed", re.I)
_BELIEF_BEFORE = re.compile(
    r"\b(?:said|says|saying|believed|believes|thought|thinks|argued|argues|arguing|expected|expects|insisted|insists|warned|warns)"
    r"\s+(?:(?:that|he|she|they|it|still|also)\s+){0,3}(?:(?:believed|believes|thought|thinks|expected|expects)\s+(?:that\s+)?)?$"
)
_THAT_BEFORE = re.compile(r"\b(?:and|but)\s+that\s+$")
_BELIEF_BEFORE_THAT = re.compile(r"\b(?:said|says|believed|believes|thought|thinks|argued|argues|insisted|insists)\s+")
_CLAUSE_JOIN = re.compile(r";|\b(?:and|but)\b")
_NOW_BEFORE = re.compile(r"\bnow\s+(?:[a-z]+ly\s+)?$")
_HALT_UNDONE = re.compile(
    r"\b(?P<v>end|ends|ended|ending|halt|halts|halted|halting|stop|stops|stopped|stopping|suspend|suspends|suspended|suspending)"
    r"\s+(?:the|its|their|his|her|a|this|that)\s+(?:[\w-]+\s+){0,3}?(?:ban|bans|embargo|embargoes|moratorium|prohibition|boycott)\b",
    re.I,
)
# (pass pos40b) the subject right before a finite halt verb opening a term: a name (`Canada`, `the European Union`), a
# relative pronoun, or a year or adverb after either (`Ohio in 2021 banned`, `which also outlawed`)
_FINITE_SUBJECT_BEFORE = re.compile(
    r"(?:(?<![\w'\u2019-])(?-i:[A-Z])[\w.'\u2019-]*|\b(?:which|who|that)|\b(?:19|20)\d\d,?)\s+"
    r"(?:(?:also|later|then|already|effectively|formally|quickly|recently|itself|first|last\s+year|this\s+year)\s+)?$", re.I)
_HALT_PRONOUN = re.compile(r"\b(?P<v>ban(?:s|ned)|outlaw(?:s|ed)|prohibit(?:s|ed))\s+(?:it|them)\b(?!\s+(?:from|to|for)\b)", re.I)
_AUXILIARY_BEFORE = re.compile(r"\b(?:will|would|to|must|should|could|can|may|might|shall|has|have|had|did|does|do|not|never)\s+$", re.I)


# a view the speaker reports of others (`said critics believed`, `said many farmers feared`)
_OTHERS_VIEW = re.compile(
    r"\b(?:said|says|told\s+\w+|added|noted)\s+(?:that\s+)?(?:many\s+|some\s+|other\s+|most\s+)?(?!its\b|this\b|has\b|was\b|is\b)[a-z]{3,}s\s+"
    r"(?:had\s+|have\s+)?(?:believed|believe|said|say|argued|argue|thought|think|claimed|claim|warned|warn|insisted|insist|feared|fear|"
    r"maintained|maintain)\b(?![^,;:]*\b(?:but|while|whereas)\b)")
_OPENED_BEFORE = re.compile(r"\b(?:re)?open(?:s|ed|ing)?\s+(?:up\s+)?(?:[\w'\u2019-]+\s+){0,3}$", re.I)
_OPENED_TO = re.compile(r"\s+(?:up\s+)?(?:to|for)\s+(?:new\s+|more\s+|further\s+)?", re.I)
# a term naming what permits an activity (`fishing licences`, `drilling permits`), on an issue that halts it
# (pass pos47) declining to undo a measure (`would not seek to reverse the increase`, `will not try to repeal it`): the
# holder leaves it standing, which is no stance on it (a refusal to undo is not a wish to keep)
_NOT_SEEK_UNDO = re.compile(r"\b(?:not|n't|never)\s+(?:seek|try|attempt)(?:s|ing)?\s+to\s+(?:reverse|repeal|undo|overturn|roll\s+back|"
                            r"scrap|unwind|rescind|abolish)\b", re.I)

# (pass pos47) a request whose object is only to look at the measure again (`wanted the government to review the
# total`, `urged ministers to reassess the plan`): the outcome is left open
# (pass pos47) a delaying verb on the vote, decision or debate on a measure (`postponed a final vote on its ban`, `put off
# the decision on the jets`): a step of procedure put back, no stance on the measure itself
_PROCEDURE_DELAYED = re.compile(r"(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|put(?:s|ting)?\s+off|push(?:es|ed|ing)?\s+back)"
                                r"\s+(?:(?:a|the|its|their|his|her|this|next|week's|planned|final|formal|scheduled|parliamentary|second|committee)\s+){0,3}"
                                r"(?:vote|votes|voting|decision|decisions|debate|ballot)\b", re.I)
# (pass pos47) a measure asked for in a lesser form (`argued for a slower phase-out`, `pushed for a weaker ban`)
_LESSER_MEASURE = re.compile(r"\s+(?:for\s+)?(?:a|an|the)\s+(?:much\s+)?(?:slower|later|weaker|softer|more\s+gradual)\s+", re.I)
_WANT_CUE = re.compile(r"want(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?", re.I)
_COURT_ASKED = re.compile(r"\b(?:court|courts|tribunal|judges?|justices)\b", re.I)  # (asking a court to review is a challenge)
_REVIEW_ASKED = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,4}?to\s+(?P<v>review|re-?examine|examine|reassess|assess|study|scrutini[sz]e|"
                           r"evaluate|look\s+(?:again\s+)?at)\b", re.I)

# (pass pos47) the halted activity as the subject of an infinitive whose predicate is the term (`a law requiring new
# cars to have zero emissions`, `for vehicles to run on e-fuels`): the term says what the activity must become, it does
# not name the activity
_TO_PREDICATE = re.compile(r"\s(?:[\w'\u2019-]+\s+){0,5}?to\s+(?:(?:only|all|still)\s+)?(?:have|be|become|reach|meet|run|emit|produce|use|switch|go)\b",
                           re.I)


def _activity_before(m: lex.IssueMatcher, text: str, window: int, a: int) -> bool:
    """Whether the halted activity is named within `window`..`a` before a term, not as the subject of an infinitive
    that ends in the term (`_TO_PREDICATE`)."""
    last = None
    for last in m.activity.finditer(text, window, a):
        pass
    if last is None:
        return False
    return not (" to " in text[last.end() : a] and _TO_PREDICATE.match(text, last.end(), a))


_ENABLING_TERM = re.compile(r"\b(?:licen[cs]es?|licen[cs]ing|permits?|concessions?|leases?)\b", re.I)


_PLACE_BEFORE = re.compile(r"\b(?:at|in|by|before|within|inside|through)\s+(?:the\s+)?$", re.I)
# a name of several capitalised words (`International Seabed Authority`)
_PROPER_NAME = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|the\s+|for\s+|on\s+)?[A-Z][\w'\u2019-]*)+")
# a halt noun's object (`the prohibition of any exploitation of the seabed`), up to where its noun phrase ends
_HALT_OBJECT = re.compile(r"\s+(?:on|of|against)\s+(?P<np>(?:(?!(?:and|but|or|which|that|who|while|because|as|if|when|would|will|was|is|were|are)\b)"
                          r"[\w'\u2019-]+\s*){1,8})", re.I)
# where or when a halt would hold (`a ban on shark finning at the International Seabed Authority`): not its object
_OBJECT_PLACE = re.compile(r"\s(?:at|in|during|before|after|by|with|from|within|across|inside|near|over|since|until|amid|through|for)\s", re.I)
_HALT_NOUN = re.compile(r"\b(?:bans?|moratori(?:um|a)|prohibitions?|pauses?|halts?|freezes?|phase-?outs?|suspensions?|embargo(?:es)?)$", re.I)


def _names_activity_words(m: lex.IssueMatcher, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has a word of the halted activity, not as a word of a name the proposition does not use
    (`International Seabed Authority` on `... ban on commercial seabed drilling`; but `Paris Olympics` on `... barred
    from the Olympic Games`)."""
    names = [(n.start(), n.end()) for n in _PROPER_NAME.finditer(text, start, end)]
    for w in m.activity.finditer(text, start, end):
        if not any(a <= w.start() < b for a, b in names) or not text[w.start()].isupper():
            return True
        if re.search(r"(?<![\w-])" + re.escape(w.group(0)), m.issue.proposition) is not None:
            return True  # the proposition names it in capitals too
    return False


def _halt_object_names(text: str, at: int, end: int, m: lex.IssueMatcher) -> bool:
    """`the prohibition of any exploitation of the seabed`: a halt noun whose object names the halted activity further
    on than the word window reaches (not in a name: `a ban on shark finning at the International Seabed Authority`)."""
    if not _HALT_NOUN.search(text, max(0, at - 14), at):
        return False
    obj = _HALT_OBJECT.match(text, at, end)
    return obj is not None and _names_activity_words(m, text, obj.start("np"), obj.end("np"))


def _foreign_halt(text: str, first: lex.Cue, e: int, m: lex.IssueMatcher, cue_list: list[lex.Cue]) -> bool:
    """`Italy supports the prohibition of single-use plastics`: the stance's object, right after its cue, is a halt of
    something the issue does not name (neither a term nor the halted activity); not a stance on the issue, unless a
    halt of the issue's own activity is in the stretch too."""
    if m.activity is None or any(c.kind == "halt" for c in cue_list):
        return False
    head = re.match(r"\s+(?:(?:the|a|an|any|its|their|this|that|his|her|new|total|complete|full|permanent|global|blanket|"
                    r"international|worldwide|outright)\s+){0,3}(?P<noun>[\w-]+)", text[first.end : e])
    if head is None or not _HALT_NOUN.search(head.group("noun")) or not _HALT_NOUN.fullmatch(head.group("noun")):
        return False
    at = first.end + head.end("noun")
    obj = _HALT_OBJECT.match(text, at, e)
    if obj is None:
        return False  # `supports the ban`: the issue's own halt, named before
    a, b = obj.start("np"), obj.end("np")
    if (place := _OBJECT_PLACE.search(text, a, b)) is not None:
        b = place.start()
    return not (m.activity.search(text, a, b) or (m.terms is not None and m.terms.search(text, a, b)))


def _names_the_activity(kinds: list[tuple[int, bool]], first: lex.Cue, cue_list: list[lex.Cue], text: str | None = None) -> bool:
    """Whether the stance's object, the first term occurrence after its first cue, is the halted activity."""
    if any(c.kind == "keeper" and c.factor < 0 for c in cue_list):
        return False  # `keep selling ...` already reads as against the halt
    if first.kind == "halt":
        return False  # `froze its plans to hand out new licences for fracking`: the halt's object is the activity
    after = [a for a, _ in kinds if a >= first.start]
    if not after and text is not None and any(
        c.kind == "action" and c.start >= first.start and any((x := p.match(text, c.start)) is not None and x.end() == c.end
                                                            for p in (lex.ENABLING, lex.HOLD_OFF_ENABLING))
        and _ENABLING_TERM.search(text, c.start, c.end + 60) for c in cue_list
    ):
        return True  # `would press the Commission to hold off on any licences`, `to grant more licences`: no term after, the licences enable the activity
    if not kinds:
        return False
    if after and any(c.kind == "halt" and first.end <= c.start < after[0] for c in cue_list):
        return False  # `supports the prohibition of any exploitation of the seabed at the ...`: the stance is on the halt
    if after and text is not None and " and " in text[first.end : after[0]] and _AND_SAID.search(text, first.end, after[0]):
        return False  # (pass polar) `called the deal "a step forward" and said electric vans would soon be cheaper than diesel vans`: a second speech act names the activity, not the verdict's object
    after_kinds = [activity for a, activity in kinds if a >= first.start]
    return after_kinds[0] if after_kinds else kinds[-1][1]


def _mentions(m: lex.IssueMatcher, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names the issue (a term, an anaphor or its head noun)."""
    if start >= end:
        return False
    return bool(m.terms.search(text, start, end) or lex.ANAPHOR.search(text, start, end) or m.refers_back(text[start:end]))

# (pass posrec) A recall tier. When no stance rule fires in a holder's stretch that names the issue, a general evaluative
# word of the holder's (a verb, adjective or noun of praise or blame the rules do not know: `hailed`, `lambasted`,
# `raised concerns about`, `rushed`, `flawed`, `a win for`) next to the issue's term or anaphor gives the stance:
# praise of the measure is for the proposition, blame against it, a negation just before the word turns it. Guards: an
# undoing, a halt or an absence between the word and the issue (`criticised the delay of the tax`) and a hypothetical or a
# question before the word give nothing (the rules read those). Measured trade-off: on untuned copy the tier's stances
# are right about 0.5-0.6 of the time (well above the F1/2 ~0.25 at which adding stances pays), so recall rises more than
# precision falls; on the tuned development rounds it adds little. Set POSREC to False to switch it off.
POSREC = True
_POSREC_GOOD = (
    r"welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?|laud(?:s|ed|ing)?|commend(?:s|ed|ing)?|"
    r"endors(?:e|es|ed|ing)|champion(?:s|ed|ing)?|embrac(?:e|es|ed|ing)|favou?r(?:s|ed|ing)?|advocat(?:e|es|ed|ing)|"
    r"celebrat(?:e|es|ed|ing)|cheer(?:s|ed|ing)?|back(?:s|ed|ing)?|support(?:s|ed|ing)?|"
    r"(?:push|press|pushing|pressing|pushed|pressed|argu(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)|campaign(?:s|ed|ing)?) for|"
    r"(?:go|goes|went|going|press(?:es|ed|ing)?|push(?:es|ed|ing)?) ahead with|proceed(?:s|ed|ing)? with|"
    r"accept(?:s|ed|ing)?|carr(?:y|ies|ied|ying) out|(?:fight(?:s|ing)?|fought|campaign(?:s|ed|ing)?) for|"
    r"(?:a|the|its|his|her|their) (?:(?:top|key|central|main|major) )?(?:centrepiece|centerpiece|cornerstone|flagship|priority)|"
    # (not tabling, introducing or unveiling a text: the rules leave the author of a proposal to the conventions of each set)
    r"implement(?:s|ed)|enforc(?:es|ed)|"
    r"safe|sound|sensible|reasonable|effective|world-leading|landmark|overdue|beneficial|"
    r"(?:in line|consistent|compliant) with|a (?:win|victory|boost|triumph) for|proud of"
)
_POSREC_BAD = (
    r"criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|slam(?:s|med|ming)?|"
    r"blast(?:s|ed|ing)?|decr(?:y|ies|ied|ying)|lambast(?:s|ed|ing)?|deplor(?:e|es|ed|ing)|protest(?:s|ed|ing)?(?: against)?|"
    r"challeng(?:e|es|ed|ing)|resist(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|"
    r"(?:hit|hits|hitting|rail(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|campaign(?:s|ed|ing)?|argu(?:e|es|ed|ing)|warn(?:s|ed|ing)?) (?:out )?(?:at|against)|"
    r"(?:vow(?:s|ed|ing)? to|pledg(?:e|es|ed|ing) to|promis(?:e|es|ed|ing) to|will|would) fight|fought|"
    r"(?<!the )fighting(?= (?:the|a|an|any|this|that|these|those|its|their|his|her) )|(?:questions|qualms) (?:about|over|on)|took aim at|(?:take|takes|taking) aim at|object(?:s|ed|ing)? to|regrett?(?:s|ed|ing)?|"
    r"(?:concerns?|worries|worried|fears?|feared|alarm|alarmed|dismay|dismayed|doubts?|reservations|misgivings) (?:about|over|at|regarding|on)|"
    r"(?:sceptical|skeptical|wary|critical) (?:of|about)|"
    r"rushed|flawed|harmful|unsafe|risky|misguided|ill-conceived|unfair|unworkable|disastrous|damaging|draconian|"
    r"heavy-handed|discriminatory|unjust|unscientific|premature|hasty|excessive|absurd|a threat to|backdoor|"
    r"threaten(?:s|ed)?|endanger(?:s|ed)?|jeopardi[sz](?:e|es|ed)|undermin(?:e|es|ed)|overwhelm(?:s|ed)?|backfired|"
    r"failed(?= to\b| and\b|[,.])"
)
_POSREC_WORD = re.compile(r"(?<![\w-])(?:(?P<good>" + _POSREC_GOOD + r")|(?P<bad>" + _POSREC_BAD + r"))(?![\w-])", re.I)
_POSREC_GATE = re.compile(r"accept|carr|fight|fought|centrepiece|centerpiece|cornerstone|flagship|priority|question|qualm|welcom|prais|hail|applau|laud|commend|endors|champion|embrac|favo|advoca|defend|celebra|cheer|back|support|"
                          r" for\b|ahead with|proceed|introduc|unveil|tabl|implement|enforc|safe|sound|sensible|reasonable|effective|"
                          r"leading|landmark|overdue|benefici|line with|with|proud|critici|condemn|denounc|slam|blast|decr|lambast|"
                          r"deplor|protest|attack|challeng|resist|oppos|reject| at\b|against|aim at|object|regret|concern|worri|fear|"
                          r"alarm|dismay|doubt|reservation|misgiving|ptical|wary|critical|rushed|flawed|harm|risky|misguided|"
                          r"ill-conceived|unfair|unworkable|disastr|damaging|draconian|heavy-handed|discrimina|unjust|unscientific|"
                          r"premature|hasty|excessive|absurd|threat|backdoor|endanger|jeopardi|undermin|overwhelm|backfired|failed", re.I)
_POSREC_AFTER = 70   # characters from the word to the issue's mention after it
_POSREC_BEFORE = 45  # characters from the issue's mention before the word (`said the ban was rushed`)


_POSREC_COPULA = re.compile(
    r"[\s,\u201c\u201d\"]*(?:(?:is|are|was|were|be|been|being|would be|will be|remains?|remained|as|seemed|looked|appeared|a|an|"
    r"would|will|has|had|have|already|also|only|"
    r"the|too|very|deeply|highly|so|entirely|fundamentally|\u201c|\")[\s,\u201c\u201d\"]*){1,4}", re.I)


def _predicate_on_issue(text: str, s: int, at: int, m: lex.IssueMatcher) -> bool:
    """(pass posrec) `said the levy was "rushed"`, `described the ban as a backdoor ...`: a predicate on the issue named just before."""
    lo = max(s, at - _POSREC_BEFORE)
    ends = [t.end() for t in m.terms.finditer(text, lo, at)]
    if text[at : at + 4].lower() in ("a ce", "a co", "a fl", "a pr", "a to", "a ke", "a ma", "the ", "its ", "his ", "her ", "thei"):
        # `has made the ban a priority`, `made the levy the centrepiece of its programme`: the issue made the holder's own aim
        starts = [t.start() for t in m.terms.finditer(text, lo, at)] + [a.start() for a in lex.ANAPHOR.finditer(text, lo, at)]
        ends += [a.end() for a in lex.ANAPHOR.finditer(text, lo, at)]
        if any(re.search(r"\bma(?:de|kes?|king)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+|an?\s+)?$", text[max(s, x - 20) : x])
               and re.fullmatch(r"[^,;.]{0,60}?\s", text[x:at]) for x in starts):
            return True
    # (only the harm verbs of the tier, finite: not a noun after the term, `the school phone ban protest`)
    verb = re.match(r"(?:threaten(?:s|ed)|endanger(?:s|ed)|jeopardi[sz](?:es|ed)|undermin(?:es|ed)|overwhelm(?:s|ed)|backfired|failed)\b",
                    text[at : at + 40], re.I) is not None
    if verb and any(re.fullmatch(r"[\s,]*(?:(?:would|will|has|had|have|already|also|only|now)\s+){0,2}", text[x:at]) for x in ends):
        return True  # `the levy threatens jobs`, `the levy would undermine ...`
    return any(_POSREC_COPULA.fullmatch(text, x, at) and (verb or re.search(
        r"\b(?:is|are|was|were|be|been|remains?|remained|as|seemed|looked|appeared)\b", text[x:at])) for x in ends)


_POSREC_CALLED = re.compile(r"(?<![\w-])(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dubb(?:ed|ing)|brand(?:s|ed|ing)?|labell?(?:ed|ing))\s+", re.I)
_POSREC_CALLED_GOOD = re.compile(
    r"\b(?:gold standard|model|success|triumph|milestone|breakthrough|significant|important|landmark|historic|win|victory|vital|"
    r"excellent|great|good|positive|welcome|step forward|game[ -]changer|world[ -]leading|sensible|fair|overdue|necessary|"
    r"essential|crucial|right)\b", re.I)
_POSREC_CALLED_BAD = re.compile(
    r"\b(?:hammer|attack|assault|disaster|burden|blow|betrayal|mistake|threat|overreach|grab|sham|scandal|failure|outrage|"
    r"insult|cynical|reckless|dangerous|absurd|cruel|decoy|tax on|stunt|gimmick|nonsense|unworkable|unfair|madness|folly|"
    r"catastroph\w*|backward|retrograde|ill-conceived|misguided|draconian|rushed|flawed|harmful|irresponsible|unacceptable)\b", re.I)


def _called_verdict(text: str, s: int, e: int, m: lex.IssueMatcher) -> tuple[int, bool, lex.Cue] | None:
    """(pass posrec) `called the law "the nation's gold standard"`, `described the levy as a "decoy"`: a verdict naming the issue."""
    for c in _POSREC_CALLED.finditer(text, s, e):
        at = c.end()
        term = m.terms.match(text, at) or m.terms.match(text, at + 4) if text.startswith("the ", at) else m.terms.match(text, at)
        mention = term or lex.ANAPHOR.match(text, at)
        if mention is None:
            continue
        if term is None and (lex.NOMINAL_UNDOING.search(text, max(0, s - 300), at) or lex.REVERSER.search(text, max(0, s - 300), at)):
            continue  # `the move` may be an undoing told before: its verdict is not on the measure
        end = min(e, mention.end() + 70)
        stop = re.search(r"[;]|\b(?:but|while|whereas|although|because|after|when)\b", text[mention.end() : end])
        if stop:
            end = mention.end() + stop.start()
        good = _POSREC_CALLED_GOOD.search(text, mention.end(), end)
        bad = _POSREC_CALLED_BAD.search(text, mention.end(), end)
        if (good is None) == (bad is None):
            continue
        hit = good or bad
        if re.search(r"\b(?:not|never|no|hardly|less)\b|n't", text[mention.end() : hit.start()], re.I) or lex.REVERSER.search(
                text, mention.end(), end) or lex.NOMINAL_UNDOING.search(text, mention.end(), end):
            continue
        sign = 1 if good is not None else -1
        return sign, False, lex.Cue(c.start(), hit.end(), sign, "stance")
    return None


_POSREC_HARM = re.compile(r"(?:threaten|endanger|jeopardi|undermin|overwhelm|backfired|failed)", re.I)


def _recall_stance(text: str, s: int, e: int, m: lex.IssueMatcher) -> tuple[int, bool, lex.Cue] | None:
    """(pass posrec) The recall tier: a general evaluative word of the holder's next to the issue (see POSREC)."""
    if not POSREC or m.terms is None:
        return None
    if ("call" in text[s:e] or "escrib" in text[s:e] or "dubb" in text[s:e] or "brand" in text[s:e] or "label" in text[s:e]) and (
            called := _called_verdict(text, s, e, m)) is not None:
        return called
    if not _POSREC_GATE.search(text, s, e):
        return None
    for w in _POSREC_WORD.finditer(text, s, e):
        after_end = min(e, w.end() + _POSREC_AFTER)
        # (a harm verb is read only as a predicate on the issue named before it: `failed to back the rules` is no blame)
        harm = _POSREC_HARM.match(w.group(0)) is not None
        term = None if harm else m.terms.search(text, w.end(), after_end)
        if harm and not _predicate_on_issue(text, s, w.start(), m):
            continue
        if harm:
            between = ""
        elif term is not None:
            between = text[w.end() : term.start()]
        elif (ana := lex.ANAPHOR.search(text, w.end(), min(e, w.end() + 40))) is not None and ana.start() - w.end() <= 12 and not re.match(
                r"['\u2019]s?\b", text[ana.end() : ana.end() + 2]):
            # (an anaphor right after the word, not the possessor of something else: `a protest against the decree's changes`)
            between = text[w.end() : ana.start()]
        elif m.refers_back(text[w.end() : min(e, w.end() + 30)]):
            between = text[w.end() : min(e, w.end() + 30)]  # `carried out its first such strike`
        elif _predicate_on_issue(text, s, w.start(), m):
            between = ""
        else:
            continue
        if re.search(r"[;:]|\b(?:but|while|whereas|although)\b", between):
            continue
        if lex.NOMINAL_UNDOING.search(between) or lex.REVERSER.search(between) or lex.ABSENCE.search(between) or re.search(
                r"\b(?:delay|postpone|pause|halt|suspen|chang|amend|scrap|withdraw|repeal|abolish|end(?:ing)?|lift|eas|exempt|loophole|"
                r"alternative|instead|rival|opponents?|critics?|attempts?|efforts?|calls?|demands?|bid)\w*\b", between, re.I):
            continue  # an undoing or another thing between the word and the issue
        before = text[max(s, w.start() - 40) : w.start()]
        if lex.HYPOTHETICAL.search(before) or re.search(r"\b(?:asked|whether|if|critics|opponents|some)\b", before, re.I) or re.search(
                r"\b(?:fail(?:s|ed|ing)?|unable|refus\w*|declin\w*)\s+to\s+(?:\w+\s+)?$", before, re.I):
            continue
        if w.group("bad") is not None and re.match(r"(?:questions|qualms|concerns?|worries|fears?|doubts?|reservations|misgivings)\b", w.group("bad"), re.I) and (
                re.search(r"\b(?:address\w*|allay\w*|dismiss\w*|answer\w*|t[ao]ok|tak(?:e|es|ing)|eas(?:e|es|ed|ing)|field\w*|respond\w*|"
                          r"brush\w*|reject\w*|shar\w*)\s+(?:\w+\s+){0,2}$", before, re.I)
                or (w.group("bad")[0] in "qQ" and not re.search(r"\b(?:rais\w*|pos(?:e|es|ed|ing)|voic\w*|serious|grave|had|has|have)\s+(?:\w+\s+)?$", before, re.I))):
            continue  # `allayed concerns about the levy`, `took questions about the levy`: no blame of the holder's own
        sign = 1 if w.group("good") is not None else -1
        if re.search(r"(?:\b(?:not|never|no longer|nor|neither|without)|n't|cannot)\s+(?:\w+\s+){0,2}[\u201c\"]?$", before, re.I):
            sign = -sign
        return sign, False, lex.Cue(w.start(), w.end(), sign, "stance")
    return None



# (pass poslex) The lexicon tier, after the recall tier: when nothing else read the holder's stretch, the general stance
# lexicon of `stance_lexicon` (benefit and harm predicted of the measure, a verdict predicated of it or called it, praise
# or blame on it). Like the recall tier its stances never make a change on their own. Set POSLEX to False to switch it off.
POSLEX = True


def _poslex_stance(text: str, s: int, e: int, m: lex.IssueMatcher, sent_start: int
                   ) -> tuple[tuple[int, bool, lex.Cue] | None, str]:
    """(pass poslex) The holder's stance from the general lexicon, the measure being the evaluation's target, and the
    frame that gave it (`predicate`: said of the measure as its subject; `called`; `act`)."""
    if m.terms is None:
        return None, ""
    def mention_ok(a: int, b: int) -> int:
        # a term naming the issue's opposite (`the phase-out` on expanding nuclear power, `the restrictions` on allowing
        # strikes) turns a predicate of it; the alternative the proposition rejects is neither
        named = text[a:b]
        if m.alternative is not None and m.alternative.search(named):
            return 0
        if m.cessation or not (lex.HALT_WORDS.search(named) or lex.NEGATOR_NOUN.search(named)) or any(
                n in named.casefold() for n in m.own_nouns):
            return 1
        if (neg := _POSFLIP_NEGATOR_TERM.match(named)) is not None and neg.group(0).casefold()[:4] not in m.issue.proposition.casefold():
            return 1  # (the negator terms pass posflip turns later, `_posflip_negator_term`: not turned twice)
        return -1

    got = poslex.lexicon_stance(text, s, e, m.terms, m.heads, max(0, sent_start - 300), poslex.targets_of(m.issue.proposition),
                                mention_ok, lambda lo, hi: bool(lex.NOMINAL_UNDOING.search(text, lo, hi) or lex.REVERSER.search(text, lo, hi)))
    if got is None:
        return None, ""
    sign, a, b, frame = got
    return (sign, False, lex.Cue(a, b, sign, "stance")), frame


def _posword_historical(text: str, s: int, first: lex.Cue) -> re.Match[str] | None:
    """(pass posword) A verdict on the measure is past only by a marker of its own time (`previously`, `last year`): its
    `had` (`said sanctions had failed`, `had been a fiasco`) is the backshift of reported speech, and another verb's past
    perfect before it (`whose government had secured assurances`) dates that verb, not the verdict."""
    return next((h for h in lex.HISTORICAL.finditer(text[s : first.start]) if not h.group(0).startswith("had ")), None)


# (pass posflip) an issue term that names the undoing of the measure (`repeal`, `suspend the reform`, `axe the tax`
# among the terms of an issue whose proposition keeps the measure): a stance on that term is the opposite one on the issue
# literals one of which every `_POSFLIP_NEGATOR_TERM` match after a space holds (the cheap gate)
_POSFLIP_NEGATOR_LITERALS = (" repeal", " suspen", " scrap", " ax", " abol", " withdr", " rev", " rescind", " overturn",
                             " roll")
_POSFLIP_NEGATOR_TERM = re.compile(
    r"(?:repeal(?:ing)?|suspen(?:d|ding|sion)|scrap(?:ping)?|ax(?:e|ing)|abolish(?:ing)?|abolition|withdraw(?:ing|al)?|"
    r"revok(?:e|ing)|revocation|rescind(?:ing)?|overturn(?:ing)?|roll\s*-?\s*back|rollback)\b", re.I)


def _posflip_negator_term(text: str, first: lex.Cue, sign: int, s: int, e: int, m: lex.IssueMatcher, cue_list: list[lex.Cue]) -> bool:
    """(pass posflip) Whether the issue term the cue bears on is a negator of the proposition: the nearest term after the
    cue (`urged the Centre to repeal the laws`, `would not vote for a repeal`) or, with none after it, the nearest before it
    (`the repeal should be reversed`), and the negator's verb not the proposition's own (`... should repeal the law`) nor
    read as a cue of its own."""
    if m.terms is None:
        return False
    span = text[s:e]
    if not any(word in span for word in _POSFLIP_NEGATOR_LITERALS):
        return False
    term = m.terms.search(text, first.end, e)
    if term is None or term.start() - first.end > 40:
        term = None
        for term in m.terms.finditer(text, s, first.start):
            pass
        if term is None or first.start - term.end() > 40:
            return False
    neg = _POSFLIP_NEGATOR_TERM.match(term.group(0))
    if neg is None:
        return False
    if any(term.start() <= c.start < term.end() for c in cue_list):
        # the undoing read as a cue of its own and composed already (`voted against the repeal`): flip only where the stance
        # is the same without it (`would not vote for a repeal`, `urged ... to repeal the laws` after another verb)
        rest = _polarity(text, [c for c in cue_list if not term.start() <= c.start < term.end()])
        if rest is None or rest[0] != sign:
            return False
    stem = neg.group(0).casefold()[:4]
    return stem not in m.issue.proposition.casefold()


# the verb of a relative clause that only says what a curb did (`lifted the restrictions that stopped Ukraine from
# using ...`, `eased limits which had barred Kyiv from firing ...`): the curb itself, said again, not a second reversal
_CURB_RELATIVE = re.compile(
    r"\s*,?\s+(?:that|which)\s+(?:had\s+|has\s+|have\s+)?(?:long\s+|so\s+far\s+|until\s+now\s+)?"
    r"(?P<v>stop(?:s|ped|ping)?|bar(?:s|red|ring)?|prevent\w*|block\w*|keep(?:s|ing)?|kept|forb[ia]d\w*|hamper\w*|restrict\w*|hinder\w*)\s+(?:[\w.'\u2019-]+\s+){1,3}?from\s+\w+ing\b",
    re.I,
)


# barring the recipient from a use (`still bars Kyiv from firing the missiles at targets inside Russia`, `has prevented
# Ukraine from using its weapons ...`): against an issue on where the item may be used
_BARRED_FROM = re.compile(
    r"(?<![\w-])(?:bar(?:s|red|ring)?|prevent(?:s|ed|ing)?|forb[ia]d(?:s|den|ding)?|prohibit(?:s|ed|ing)?)\s+"
    r"(?:[\w.'\u2019-]+\s+){1,3}?from\s+\w+ing\b",
    re.I,
)


def _curb_cues(text: str, s: int, e: int, cue_list: list[lex.Cue], located: bool) -> list[lex.Cue]:
    """The cues with the verb of a curb's describing relative clause dropped (`_CURB_RELATIVE`); on an issue on where an
    item may be used, each other `_BARRED_FROM` verb added as an opposing stance cue, unless a cue already covers it."""
    described = [rel for c in cue_list if c.kind == "noun" and (rel := _CURB_RELATIVE.match(text, c.end)) is not None]
    if described:
        cue_list = [c for c in cue_list if not any(c.start >= rel.start("v") and c.end <= rel.end("v") for rel in described)]
    if not located:
        return cue_list
    verbs = {rel.start("v") for rel in described}
    added = [
        lex.Cue(b.start(), b.start() + len(b.group(0).split(None, 1)[0]), -1, "stance")
        for b in _BARRED_FROM.finditer(text, s, e)
        # (not the verb of a curb's own relative clause: `lifted restrictions that barred Ukraine from using ...`)
        if b.start() not in verbs and not any(c.start < b.end() and b.start() < c.end for c in cue_list)
    ]
    return sorted(cue_list + added, key=lambda c: c.start) if added else cue_list


def _scoped_cues(text: str, s: int, e: int, cue_list: list[lex.Cue], term_spans: list[tuple[int, int]], m: lex.IssueMatcher,
                 clause_start: int | None = None) -> list[lex.Cue]:
    """`EU leaders agreed to lend Ukraine 90 billion euros ..., setting aside a plan to tap the immobilised assets`:
    when the issue is named only after a participial phrase opens (`, setting`), the cues before it are about
    something else."""
    if not term_spans or not cue_list:
        return cue_list
    boundary = _PARTICIPIAL_BOUNDARY.search(text, cue_list[0].end, e)
    if boundary is None or boundary.start() > min(a for a, _ in term_spans):
        return cue_list
    if _mentions(m, text, s if clause_start is None else min(s, clause_start), boundary.start()):
        return cue_list  # `adopted its sanctions package after Slovakia dropped its veto, lowering the price cap`: the clause named it
    return [c for c in cue_list if c.start >= boundary.start()]


# (pass `pol22`) `criticised the suspension of the charge as a mistake`, `denounced the repeal of the freeze as reckless`: the
# verdict after `as` restates the verb's own (of the same sign) on what lies between; counted once, not twice
def _restated_verdict(text: str, first: lex.Cue, c: lex.Cue, gap: str) -> bool:
    return first.kind == "stance" and c.kind == "stance" and c.factor == first.factor and gap.endswith((" as ", " as a ", " as an "))


# (pass `pol22`) a concessive clause opening the sentence (`Although the Greens backed the aim, they opposed the charge`): the
# stance is the main clause's, after the comma that closes it
_CONCESSION_SUBJECT = re.compile(r"\s*(?:they|he|she|it|we)\s+(?:\w+\s+){0,2}", re.I)
_CONCESSIVE_OPEN = re.compile(r"(?:^|[.!?]\s+|\n)[\u201c\"]?(?:Although|Though|Even though|While|Whilst)\s[^,;.!?\n]*$")


def _past_concession(text: str, cues: list[lex.Cue], bearing: list[int]) -> int:
    """The index of the first bearing cue of the holder's stretch, past a concessive clause opening the sentence when a
    bearing cue follows the comma that closes it."""
    first = cues[bearing[0]]
    if not _CONCESSIVE_OPEN.search(text, max(0, first.start - 200), first.start):
        return bearing[0]
    comma = text.find(",", first.end)
    stop = re.search(r"[.;!?]", text[first.end : comma]) if comma != -1 else None
    if comma == -1 or stop is not None:
        return bearing[0]
    after = next((i for i in bearing if cues[i].start > comma), None)
    if after is None or not _CONCESSION_SUBJECT.fullmatch(text, comma + 1, cues[after].start):
        return bearing[0]  # `Although the Greens opposed the charge, the mayor pressed ahead`: another subject's clause
    return after


# (pass polar) the relative clause after a verdict noun, up to its modal or its undoing verb (`a mistake" that should be
# reversed`, `an error which must now be corrected`)
_UNDO_RELATIVE = re.compile(r"[\u201d\"]?,?\s+(?:that|which)\s+(?:(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\s+)?"
                            r"(?:(?:now|urgently|quickly|swiftly|be)\s+){0,2}")


# (pass polar) a holder's own rejection in reported speech (`said it rejected`, `says they reject`)
_SAID_OWN_REJECTION = re.compile(r"\b(?:said|says|added|stated)\s+(?:that\s+)?(?:it|they|he|she|we)\s+(?:still\s+|firmly\s+|strongly\s+)?$")


# `and` opening a second speech act of the same holder: what it says does not compose with the verdict before it
_AND_SAID = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?(?:said|says|added|told|warned|vowed|promised|pledged|insisted|argued|stressed)\b")


def _polarity(text: str, cues: list[lex.Cue], names: tuple[tuple[int, int], ...] = ()) -> tuple[int, bool, lex.Cue] | None:
    """(sign, explicitly unchanged, first bearing cue) of a holder's stretch, or None. `names`: spans of the issue's
    terms, whose own `and` / `or` (`oil and gas licences`) coordinates no predicates."""
    bearing = [i for i, c in enumerate(cues) if c.kind in _BEARING]
    if not bearing:
        return None
    first_index = _past_concession(text, cues, bearing)
    first = cues[first_index]
    sign = first.factor
    unchanged = first.kind == "unchanged"
    if unchanged:
        # `no change in Biden's opposition to ...`: the stance named after the marker is the one that holds
        after = next((c for c in cues[first_index + 1 :] if c.kind != "negation"), None)
        if after is not None and after.kind == "stance" and (
            len(text[first.end : after.start]) <= 30 and not re.search(r"[,;]|\b(?:and|but)\b", text[first.end : after.start])
        ):
            sign = 1
        elif after is not None and after.kind == "stance" and len(text[first.end : after.start]) <= 90 and re.fullmatch(
            r"[^:;.]*:[^:;.]*", text[first.end : after.start]
        ):
            # `His view had not changed, he said: the ban remained the only way to ...`: the view it states
            sign = after.factor * (-1 if any(n.kind == "negation" and first.end <= n.start and 0 <= after.start - n.end <= 15 for n in cues) else 1)
    # negation right before the first cue (`did not rule out`, `no longer opposes`), a denial in the same stretch of
    # clause (`did not think it made sense to give`, `accused the coalition of holding back`)
    for c in cues[:first_index]:
        if c.kind == "negation" and 0 <= first.start - c.end <= 15 and not _CLAUSE_JOIN.search(text, c.end, first.start):
            sign *= -1  # (not across `and`: `would not be enough and backed switching`)
        elif c.kind == "denial" and 0 <= first.start - c.end <= 90 and not re.search(r"[,;:]", text[c.end : first.start]):
            sign *= -1
    previous = first
    # a measure named as a gerund or noun phrase (`allowing Kyiv to ...`, `plans to supply ...`) is the
    # subject of a verdict on it however long it is; after a finite verb a consequence is a reason
    nominal = text[first.start : first.end].casefold().split()[0].endswith("ing") or bool(
        re.search(r"\b(?:to|the|of|plans?|decision|move|idea)\s+$", text[max(0, first.start - 20) : first.start], re.I)
    )
    for c in cues[first_index + 1 :]:
        gap = text[previous.end : c.start]
        if c.kind == "stance" and (_WHAT_CALLED.search(gap) or (len(gap) <= 12 and _QUOTED_OBJECT.search(text[max(0, previous.end - 6) : c.start]))) and lex.EVALUATIVE.fullmatch(text, c.start, c.end):
            # `did not want to take part in what he called a bad decision` (in `"a bad decision"`): the verdict names
            # the issue itself
            sign = c.factor
            break
        consequence = c.kind == "stance" and lex.CONSEQUENCE.fullmatch(text, c.start, c.end) is not None
        if consequence and first.kind in ("action", "stance", "reverser", "keeper", "halt") and first.factor > 0:
            if nominal and not re.search(r"[;]|\bbut\b", text[first.end : c.start]) and not any(
                x.kind in ("request", "entitle", "unchanged", "align") for x in cues[first_index : cues.index(c)]
            ):
                sign *= -1
                break
            continue
        if re.search(r"[,;]|\b(?:but|if|unless|as long as|so long as|until|provided|because)\b", gap) or len(gap) > 70:
            break  # a comma or a subordinating conjunction ends the holder's predicate
        if _NEW_SUBJECT.search(gap):
            break  # `there was no embargo ... and none would be imposed`: a clause of its own
        if " than " in gap and _COMPARED.search(gap):
            break  # (pass `pos24e`) `would protect young people better than the ban had`: what the measure is compared with
        if _AND_SAID.search(gap):
            break  # (pass stm24) `called the policy "bonkers" and said his party would campaign to scrap it`: a new predicate
        if c.kind == previous.kind and re.fullmatch(r"\s*,?\s*nor\s*", gap):
            previous = c
            continue  # `neither encouraging nor enabling`: one negated predicate
        if c.kind in ("stance", "unchanged", "align", "entitle", "request") and any(
            not any(a <= previous.end + j.start() and previous.end + j.end() <= b for a, b in names)
            for j in re.finditer(r"\band\b|\bor\b", gap)
        ):
            break
        if c.kind == "reverser" and (previous.kind == "reverser" or (previous.kind == "stance" and previous.factor < 0)) and re.search(r"\band\b|\bor\b", gap):
            # `repeals the rent law and scraps 300 regulations`, (pass pos39a) `voted to postpone the law and to weaken it`: two
            # undoings side by side, not one undoing the other
            break
        if c.kind == "reverser" and text.startswith(("withdr", "Withdr"), c.start) and re.search(r"\band\b|\bor\b", gap):
            break  # (pass chg50) `would not sign the bill and would withdraw it`: the pronoun is the measure, not the signing
        if re.match(r"\s*and\b", gap) and lex.BARE_VOTE.match(text, first.start):
            break  # `voted against and threatened to quit the government`: a vote with no object closes its predicate
        if c.kind == "negation":
            continue  # counted only before the cue it negates (below)
        if (
            c.kind == previous.kind == "stance" and c.factor == previous.factor == -1
            and lex.EVALUATIVE.fullmatch(text, c.start, c.end)
            and (lex.EVALUATIVE.fullmatch(text, previous.start, previous.end) or re.search(r"\bas\s", gap)
                 or _ATTRIBUTIVE_GAP.fullmatch(gap) is not None)
        ):
            previous = c
            continue  # `a dangerous provocation`, `denounced the remarks as a direct threat`: one verdict, not a double negation
        if _restated_verdict(text, first, c, gap):
            previous = c
            continue  # (pass `pol22`) `criticised the suspension of the reform as a mistake`: the verb's verdict said again
        if (previous.kind == "stance" and previous.factor < 0 and c.kind in ("entitle", "reverser") and (
                " that " in gap or " which " in gap) and _UNDO_RELATIVE.fullmatch(gap) and lex.EVALUATIVE.fullmatch(text, previous.start, previous.end)):
            # (pass polar) `said the ban was "a mistake" that should be reversed`: the relative clause asks for what the
            # verdict already says, an undoing of the thing judged, not of the verdict
            if c.kind == "entitle":
                continue
            previous = c
            continue
        if c.kind == "unchanged":
            unchanged = True
            previous = c
            continue
        negated = any(n.kind == "negation" and previous.end <= n.start and 0 <= c.start - n.end <= 12 for n in cues)
        sign *= c.factor * (-1 if negated else 1)
        previous = c
    return sign, unchanged, first


_COMPARED = re.compile(r"\b(?:better|worse|more|less|faster|sooner|further)\s+than\b")
_LEADS_TO = re.compile(r"\b(?:that|which)\s+(?:could|might|may|would)\s+(?:eventually\s+|ultimately\s+|in time\s+)?(?:lead|pave\s+the\s+way|open\s+the\s+way)\s+(?:to|for)\b")
_QUOTED_OBJECT = re.compile(r"\b(?:in|to|with|of|for|on)\s*[\u201c\"]$")
# (pass pos39a: also before the verdict's opening quote, `in what he called "a bad decision"`)
_WHAT_CALLED = re.compile(r"\bwhat\s+(?:he|she|it|they|[A-Z][\w-]+)\s+(?:called|calls|termed|described\s+as|branded|dubbed)\s+[\u201c\"]?"
                          # (pass pos42a) the article after the verb (`rejected what it called a reckless decision`)
                          r"(?:an?\s+(?:[\u201c\"]\s*)?)?$")
# (pass pos42a) a verdict adjective inside the object of a verdict verb (`condemned the reckless decision`, `denounced this
# dangerous step`): one verdict, said twice, not a double negation
_ATTRIBUTIVE_GAP = re.compile(r"\s+(?:the|a|an|this|that|such\s+an?|what\s+(?:he|she|it|they)\s+(?:saw|sees)\s+as\s+an?)\s+(?:[\u201c\"]\s*)?")


_NAMED_CACHE: dict[str, tuple[Gazetteer, frozenset[str]]] = {}


def _named_actors(gazetteer: Gazetteer, proposition: str) -> frozenset[str]:
    cached = _NAMED_CACHE.get(proposition)
    if cached is not None and cached[0] is gazetteer:
        return cached[1]
    if len(_NAMED_CACHE) > 1024:
        _NAMED_CACHE.clear()
    result = _named_actors_uncached(gazetteer, proposition)
    _NAMED_CACHE[proposition] = (gazetteer, result)
    return result


def _named_actors_uncached(gazetteer: Gazetteer, proposition: str) -> frozenset[str]:
    out = set()
    for ref in refs(proposition, gazetteer):
        if ref.actor is not None:
            out.add(ref.actor.canonical)
        if ref.country:
            out.add(ref.country)
    return frozenset(out)


# what may stand between a speaker and the speech verb: `Sunak's office said`, `a Downing Street spokesperson said`,
# `Fumio Kishida, the summit host, said`, `with Defence Minister Oleksii Reznikov saying`
_SPEAKER_GAP = re.compile(
    r"^(?:['\u2019]s\s+(?:(?:[A-Z][\w.-]*|office|press|spokes(?:man|woman|person)|aides?|executive|board)\s+){1,5}"
    r"|\s+(?:spokes(?:man|woman|person)|press\s+office|office)\s+"
    r"|,\s+(?:the\s+|a\s+|an\s+|who\s+|whose\s+|[a-z]+ing\s+)[^,;:\u201c\u201d\"]{2,80}?,\s+)"
)
_SPEAKING = re.compile(r"^\s+(?:saying|telling|adding|arguing|insisting|stressing|noting)\b")


_TITLE_RUN = re.compile(r"(?:\s+(?:[A-Z][\w.'\u2019-]*|caretaker|acting|interim|outgoing|incoming|counterpart|prime|foreign|defen[cs]e|finance|deputy|minister|president|chancellor|premier|leader))*\s+$")


# (the title may open the person's own mention: `, the development minister Andrew Mitchell`)
_MINISTER_NEAR = re.compile(r"(?<!\bshadow )(?<!\bformer )(?<!\bopposition )(?<!\bex-)\b(?:[Mm]inister|[Ss]ecretary of [Ss]tate)\b(?!\s+(?:of|for)\s+the\s+opposition)")
_MINISTER_SAID = re.compile(r",\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:minister|secretary)\s+[^,;.]*$", re.I)


def _announced_for(text: str, person: Ref, refs: list[Ref]) -> str | None:
    """The country an official the gazetteer does not know first spoke for: `Britain will provide ..., the development
    minister Andrew Mitchell said` (the country opening the sentence, the official postposed with a ministerial title)."""
    first = min((r for r in refs if r.actor is not None and r.actor.canonical == person.actor.canonical), key=lambda r: r.start, default=None)
    if first is None or not _MINISTER_SAID.search(text, max(0, first.start - 80), first.end) or not re.match(r"\s+said\b", text[first.end : first.end + 8]):
        return None
    dot = text.rfind(". ", 0, first.start)
    start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, first.start) + 1)
    opening = min((r for r in refs if start <= r.start < first.start and r.actor is not None), key=lambda r: r.start, default=None)
    if opening is None or opening.actor.kind != "country" or text[start : opening.start].strip():
        return None
    return opening.actor.canonical


def _person_country(text: str, ref: Ref, refs_before: list[Ref], gazetteer: Gazetteer) -> str | None:
    """The country a person stands for: the gazetteer's, else the one the text's title gives (`Dutch caretaker Prime
    Minister Mark Rutte`, `His Dutch counterpart Mark Rutte`: people whose office changed carry no fixed country)."""
    if ref.actor is None:
        return None
    country = gazetteer.country_of(ref.actor)
    if country or ref.actor.kind != "person":
        return country
    before = [r for r in refs_before if r.end <= ref.start and ref.start - r.end <= 60]
    if before and before[-1].country and (before[-1].actor is None or before[-1].actor.kind == "country") and _TITLE_RUN.match(
        text, before[-1].end, ref.start
    ) and re.search(r"(?i)minister|president|chancellor|premier|counterpart|leader", text[before[-1].end : ref.start]):
        return before[-1].country
    return None


_SAID_THE_BEFORE = re.compile(r"[\u201d\"],?\s+(?:said|says|added|warned)\s+the\s+(?:[A-Z][\w.'\u2019-]*\s+){0,4}$")
_INVERTED_END = re.compile(r"\s*(?:[.;]|,\s|$|\s+(?:on|in|at|late|earlier|last|this)\b)")


def _open_quote(body: str) -> bool:
    """(pass posr) Whether a sentence that opens with a quotation mark leaves the quote open at its end (`"This is a
    victory for Ukraine.`), the quote going on into the next sentence."""
    if body[:1] == "\u201c":
        return body.count("\u201c") > body.count("\u201d")
    return body.count('"') % 2 == 1


# (pass posr) the close of a quote and its attribution right after (`... Europe," President Volodymyr Zelensky wrote`)
_QUOTE_CLOSE_ATTRIBUTION = re.compile(r"[,.!?]?[\u201d\"],?\s+(?:(?:said|says|added|wrote|told\s+\w+)\s+)?(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,6}$")


def _pronoun_closes_next(text: str, body: str, sents: list[Segment], index: int) -> bool:
    """(pass chg50) Whether the quote `body` opens goes on into the next sentence of its paragraph, which closes it with a
    pronoun's attribution (`"The rules protect tenants. We will not drop them," she said.`): the opening sentence is that
    speaker's too."""
    if index + 1 >= len(sents) or not _open_quote(body):
        return False
    nxt = sents[index + 1]
    return "\n" not in text[sents[index].end : nxt.start] and _QUOTE_PRONOUN_SPEAKS.search(text, nxt.start, nxt.end) is not None


def _closing_speaker(text: str, nxt: Segment, all_refs: list[Ref], gazetteer: Gazetteer) -> Ref | None:
    """(pass posr) The speaker of the sentence `nxt` that closes an open quote, in the same paragraph, when its attribution
    comes right after the quote's close (`... all of Europe," Zelensky wrote on X.`) and the quote holds no other name."""
    body = text[nxt.start : nxt.end]
    if body[:1] in "\u201c\"" or "\n" in text[nxt.start - 3 : nxt.start]:
        return None  # a new quote, or a new paragraph
    close = min((i for i in (body.find("\u201d"), body.find('"')) if i >= 0), default=-1)
    if close < 0:
        return None
    refs_next = in_range(all_refs, nxt.start, nxt.end)
    if any(r.start < nxt.start + close for r in refs_next):
        return None
    cand = _speaker(text, refs_next, gazetteer)
    if cand is None or cand.actor is None or not _QUOTE_CLOSE_ATTRIBUTION.search(text, nxt.start + max(0, close - 1), cand.start):
        return None
    return cand


# (pass r52pos) a sentence that is one whole quotation, nothing outside its marks (`"We will not send the jets."`)
_R52POS_WHOLE_QUOTE = re.compile(r"[\u201c\"][^\u201c\u201d\"]{8,}[.!][\u201d\"]")


# (pass r52pos) a quote that is only a bare `my position has not changed` (what holds is said in the quote after it)
_R52POS_BARE_UNCHANGED = re.compile(r"[\u201c\"](?:(?:My|Our|The government's|His|Her|Its|Their) (?:position|stance|view) "
                                    r"(?:has not|hasn't|had not|hadn't|have not|haven't) changed|Nothing has changed)[.,!]?[\u201d\"]")


def _r52pos_quote_goes_on(text: str, prev: Segment, sent: Segment, all_refs: list[Ref], gazetteer: Gazetteer) -> Ref | None:
    """(pass r52pos) The speaker of a sentence that is one whole quotation with no attribution of its own, when it follows,
    in the same paragraph, a quote closed and attributed to a named person (`"My position has not changed," Ana Brill told
    reporters. "We will not raise the retirement age."`): wire copy goes on with that person's words."""
    if _R52POS_WHOLE_QUOTE.fullmatch(text, sent.start, sent.end) is None or "\n" in text[prev.end : sent.start]:
        return None
    body = text[prev.start : prev.end]
    if body[:1] not in "\u201c\"":
        return None
    close = max(body.rfind("\u201d"), body.rfind('"'))
    if close <= 0 or body.count('"') % 2 or body.count("\u201c") != body.count("\u201d"):
        return None
    refs_after = [r for r in in_range(all_refs, prev.start + close, prev.end) if r.actor is not None and r.actor.kind == "person"]
    cand = _speaker(text, refs_after, gazetteer)
    if cand is None or cand is not refs_after[0]:
        return None
    if not _QUOTE_CLOSE_ATTRIBUTION.search(text, prev.start + max(0, close - 1), cand.start):
        return None
    return cand


# (pass posholder) a speaker whose speech verb follows an adverb of sequence (`Kishida also said`, `Frederiksen later said
# that`, `X has again said`): `_SPEECH` allows a time adjunct and an auxiliary only
_POSHOLDER_ADVERB_SPEECH = re.compile(
    r"\s*,?\s*(?:has |had |have )?(?:also|later|again|then|separately|subsequently)\s+(?:has\s+|had\s+)?"
    r"(?:said|says|told|added|stated|warned|insisted|argued|wrote|declared|noted|stressed|confirmed)\b"
)


# (pass posholder) a relative clause on the speaker longer than `_SPEAKER_GAP` reads (up to 200 characters, a quoted phrase
# in it allowed), then the speech verb: `Orban, who left the room in December so that ..., told reporters that ...`
_POSHOLDER_LONG_WHO = re.compile(r",\s+who\s+(?:(?!\b(?:said|says|told)\b)[^;:.!?])+?,\s+(?:(?:also|has|had)\s+)?(?:said|says|told)\b")


def _posholder_long_who(text: str, ref: Ref) -> bool:
    """(pass posholder) Whether a person's name is followed by a long relative clause (`, who ...,`) and then their speech
    verb: the person speaks."""
    if not text.startswith(", who ", ref.end) or ref.actor is None or ref.actor.kind != "person":
        return False
    return _POSHOLDER_LONG_WHO.match(text, ref.end, ref.end + 220) is not None


# (pass posholder) a short predicate of the speaker's own, then `and said` (`X called it "the first step" and said Kyiv
# would ...`, `X welcomed the vote and told reporters ...`): the second verb is the same subject's speech
_POSHOLDER_AND_SAID = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:called|welcomed|praised|hailed|criticised|criticized|thanked|met|visited)\b"
    r"[^,;:.!?]{1,80}?\s+and\s+(?:also\s+|later\s+)?(?:said|says|told|added)\b"
)


def _posholder_and_said(text: str, ref: Ref) -> bool:
    """(pass posholder) Whether a person's name is followed by a short predicate of their own and then `and said`."""
    if ref.actor is None or ref.actor.kind != "person" or " and " not in text[ref.end : ref.end + 110]:
        return False
    return _POSHOLDER_AND_SAID.match(text, ref.end, ref.end + 120) is not None


def _posholder_adverb_speech(after: str) -> bool:
    """(pass posholder) Whether the text right after a name is a speech verb behind an adverb of sequence (`also said`,
    `later told`), gated on the adverb's literal."""
    head = after[:24]
    if not any(word in head for word in ("also", "later", "again", "then", "separately", "subsequently")):
        return False
    return _POSHOLDER_ADVERB_SPEECH.match(after) is not None


# (pass posholder) the opening of a second clause with a speaker of its own: `..., while B said`, `; B said`, `, and B said`
_POSHOLDER_CLAUSE_BREAK = re.compile(r"(?:,\s+(?:while|whereas|and|but)|;)\s+")


def _posholder_clause_speaker(text: str, sent_refs: list[Ref], holder: Ref, speaker: Ref, gazetteer: Gazetteer) -> Ref:
    """(pass posholder) The speaker of the clause a country holder stands in, where the sentence's first speaker spoke in an
    earlier clause: `Britain's Foreign Office said ..., while Portugal's foreign minister Paulo Rangel said Lisbon would not`
    (Rangel voices Portugal, not the Foreign Office). The clause opens at `, while`, `, whereas`, `, and`, `, but` or `;`
    after the first speaker and before the holder; its speaker is the person named in it whose speech verb follows (the
    sentence's speaker otherwise)."""
    between = text[speaker.end : holder.start]
    if "while" not in between and "whereas" not in between and ";" not in between and ", and" not in between and ", but" not in between:
        return speaker
    brk = None
    for brk in _POSHOLDER_CLAUSE_BREAK.finditer(text, speaker.end, holder.start):
        pass
    if brk is None:
        return speaker
    clause = [r for r in sent_refs if brk.end() <= r.start and r.end <= holder.start and r.actor is not None]
    own = _speaker(text, clause, gazetteer) if clause else None
    if own is None or own.actor is None or own.actor.kind != "person":
        return speaker
    return own


# (pass posholder) the words of an officer's description between the body's name and the person's (`Green Party
# co-leader`, `People's Party leader`), or after the person's name (`, head of the X,`, `, the chairman of the X,`)
_POSHOLDER_TITLE_BETWEEN = re.compile(
    r"(?:['\u2019]s)?\s+(?:[a-z-]+\s+){0,2}(?:co-)?(?:leader|chairman|chairwoman|chair|president|head|chief|secretary|"
    r"spokes(?:man|woman|person)|director|executive|CEO)\s+$"
)
_POSHOLDER_TITLE_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:co-)?(?:leader|chairman|chairwoman|chair|president|head|chief|secretary|"
    r"spokes(?:man|woman|person)|director|executive|CEO)\s+(?:of|at)\s+(?:the\s+)?$"
)
_POSHOLDER_SAYS = re.compile(r"(?:,\s+[^,;:\u201c\u201d\"]{2,120}?,)?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|added|insisted|warned)\b")


# (pass r52pos) a bare `leader` title in an inverted attribution (`..., leader Ana Brill said`, `..., its leader said`)
_R52POS_LEADER_BEFORE = re.compile(r",\s+(?:(?:its|the\s+party['\u2019]s|party)\s+)?(?:co-)?leader\s+$")
_R52POS_TITLE_IN_MENTION = re.compile(r"(?:(?:co-|deputy\s+)?(?:leader|chairman|chairwoman|chair|president|head|chief|secretary|"
                                      r"spokes(?:man|woman|person)|director)\s+)(?=(?-i:[A-Z]))", re.I)
_R52POS_LEADER_TITLED = re.compile(r"(?:co-)?leader\s+(?-i:[A-Z])")
_R52POS_COMMA_BEFORE = re.compile(r",\s+(?:(?:its|the\s+party['\u2019]s|party)\s+)?$")
_R52POS_PARTY_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\)\s+-\s+|\s[-\u2013\u2014]\s+)(?:The\s+)?$")


def _r52pos_inverted_leader(text: str, speaker: Ref, holder: Ref, sent_refs: list[Ref]) -> bool:
    """(pass r52pos) Whether a party opens the sentence as the subject of its course and its leader, titled only `leader`,
    closes it with the attribution (`The Greens will vote against the levy, leader Ana Brill said`): the leader states the
    party's course as their own stance too (a spokesman only voices it)."""
    if _R52POS_LEADER_TITLED.match(speaker.text) is not None:
        if _R52POS_COMMA_BEFORE.search(text, max(0, speaker.start - 30), speaker.start) is None:
            return False  # (the title read into the name: `leader Ana Brill`)
    elif _R52POS_LEADER_BEFORE.search(text, max(0, speaker.start - 30), speaker.start) is None:
        return False
    if _R52POS_PARTY_SUBJECT.search(text, max(0, holder.start - 12), holder.start) is None:
        return False
    return not any(holder.end <= r.start and r.end <= speaker.start and r.actor is not None and r.actor.kind in ("organization", "person")
                   for r in sent_refs)


def _posholder_own_body(text: str, speaker: Ref, holder: Ref, sent_refs: list[Ref]) -> bool:
    """(pass posholder) Whether a person speaking names, as the body they lead or speak for, the organisation that holds a
    stance in their complement: `Scottish Greens co-leader X said ... his party would press`, `X, head of the Fisheries
    Federation, said the group "cannot accept" the plan`, `People's Party leader X said the PP's position had not changed`.
    The body's mention stands in the speaker's title (before the name, only title words between) or in an appositive
    right after the name; the speaker's speech verb comes before the holder."""
    if speaker.actor is None or speaker.actor.kind != "person" or holder.actor is None or holder.actor.kind not in ("organization", "body"):
        return False
    if holder.actor.speaks_for or holder.actor.principals:
        return False  # `White House spokesman X said ...`: an office voicing its principal (the principal's stance, not the spokesman's)
    said = _POSHOLDER_SAYS.match(text, speaker.end)
    if said is None:
        return False
    if holder.end <= speaker.start:
        # the body named in the title is the holder itself (`_titled_party`: `his party would ...` after the verb)
        if speaker.start - holder.end <= 40 and _POSHOLDER_TITLE_BETWEEN.fullmatch(text, holder.end, speaker.start) is not None:
            return True
        return _r52pos_inverted_leader(text, speaker, holder, sent_refs)
    if said.end() > holder.start:
        return False
    # the body's name in the speaker's title, written out even where it made no mention of its own (`People's Party leader X`)
    # (pass r52pos: the title read into the mention, `leader Ana Ruiz`, ends the title where the name starts)
    titled = _R52POS_TITLE_IN_MENTION.match(speaker.text)
    name_at = speaker.start + (titled.end() if titled is not None else 0)
    lead = text[max(0, name_at - 60) : name_at]
    title = _POSHOLDER_TITLE_BETWEEN.search(lead)
    if title is not None:
        named = lead[: title.start()].rstrip()
        if any(n and named.endswith(n) and (len(named) == len(n) or not named[-len(n) - 1].isalnum())
               for n in {holder.actor.canonical, holder.text, *holder.actor.aliases}):
            return True
    for r in sent_refs:
        if r is holder or r.actor is None or r.actor.canonical != holder.actor.canonical:
            continue
        if r.end <= speaker.start and name_at - r.end <= 40 and _POSHOLDER_TITLE_BETWEEN.fullmatch(text, r.end, name_at):
            return True
        if speaker.end < r.start < said.end():
            title_after = _POSHOLDER_TITLE_AFTER.search(text, speaker.end, r.start)
            if title_after is not None and title_after.start() == speaker.end:
                return True
    return False


# (pass poslist) a plural office title heading a list of people (`Prime Ministers A and B`, `the leaders A and B`)
_PLURAL_TITLE_BEFORE = re.compile(r"\b(?:(?:Prime|Foreign|Defen[cs]e|Finance|Economy|Energy|Trade)\s+[Mm]inisters|Presidents|Chancellors|"
                                  r"Premiers|[Ll]eaders|[Pp]rime\s+ministers|[Ff]oreign\s+ministers|[Dd]efen[cs]e\s+ministers)\s+$")


def _joint_speakers(text: str, speaker: Ref, sent_refs: list[Ref]) -> list[Ref]:
    """The people a plural title lists, closing with the speaker (`Prime Ministers A and B said`); none otherwise."""
    if " and " not in text[max(0, speaker.start - 6) : speaker.start]:
        return []
    listed = [*_conjuncts_before(text, speaker, sent_refs), speaker]
    if len(listed) < 2 or any(r.actor is None or r.actor.kind != "person" for r in listed):
        return []
    if not _PLURAL_TITLE_BEFORE.search(text, max(0, listed[0].start - 40), listed[0].start):
        return []
    return listed


# (pass poslist) `The two leaders said ...`, `Downing Street said both governments would ...`: a pair named just before,
# acting together as the subject (not `thanked both leaders`, `the two countries' leaders`, `trade between the two countries`)
_PAIR_SUBJECT = re.compile(
    r"(?:[Tt]he\s+two|[Bb]oth)\s+(?P<noun>leaders|men|women|presidents|prime\s+ministers|ministers|governments|countries|nations)"
    r"(?!['\u2019\w-])(?=\s+(?:(?:have|has|had|also|then|later|now|jointly|together|each|on\s+\w+day)\s+)*[a-z]+)")
_PAIR_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?][\u201d\"]?\s+|\n|[-\u2013\u2014]\s+|\b(?:said|says|say|announced|added|stated|and)\s+(?:that\s+)?)$")
_PAIR_PEOPLE = frozenset(("leaders", "men", "women", "presidents", "ministers"))


def _pair_refs(text: str, sent: Segment, sent_refs: list[Ref], all_refs: list[Ref], prev_start: int) -> list[Ref]:
    """(pass poslist) The sentence's refs with a plural subject naming a pair (`the two leaders`) read as the two people
    or countries named last before it, when exactly two of that kind are named in the sentence before and this one up to
    it; as written otherwise."""
    out = sent_refs
    for pair in _PAIR_SUBJECT.finditer(text, sent.start, sent.end):
        if not _PAIR_SUBJECT_BEFORE.search(text, max(prev_start, pair.start() - 30), pair.start()):
            continue
        noun = pair.group("noun").split()[-1]
        kind = "person" if noun in _PAIR_PEOPLE else "country"
        named: dict[str, Ref] = {}
        for r in in_range(all_refs, prev_start, pair.start()):
            if r.actor is not None and r.actor.kind == kind and not r.demonym:
                named.setdefault(r.actor.canonical, r)
        if len(named) != 2:
            continue
        a, b = named.values()
        out = sorted([*out, *(Ref(pair.start(), pair.end(), text[pair.start() : pair.end()], r.actor, r.country) for r in (a, b))],
                     key=lambda r: r.start)
    return out


def _speaker(text: str, sent_refs: list[Ref], gazetteer: Gazetteer) -> Ref | None:
    for r in sent_refs:
        if r.actor is None:
            continue
        after = text[r.end : r.end + 120]
        gap = _SPEAKER_GAP.match(after)
        if gap and after[:1] in "'\u2019" and any(
            o.actor is not None and o.actor.kind == "person" and r.end < o.start < r.end + gap.end() for o in sent_refs
        ):
            continue  # `Italy's Antonio Tajani said`: the person named after the possessive speaks
        if (
            _SPEECH.match(after)
            or (gap and _SPEECH.match(after[gap.end() - 1 :]))
            or _SPEAKING.match(after)
            or _posholder_adverb_speech(after)
            or _posholder_long_who(text, r)
            or _posholder_and_said(text, r)
            # (pass chg50) a person named with the body they are of, then the verb (`"...," Ana Ruiz of the Tenants' Union
            # said`): the person speaks, not the body
            or (after.startswith(" of ") and r.actor.kind == "person" and (mo := _MEMBER_OF_RX.match(after)) and _SPEECH.match(after[mo.end() :]))
            or _SPEECH_BEFORE.search(text[max(0, r.start - 60) : r.start])
            # (pass `pos22s`) `"...," said the European Commission.`: an inverted speaker closing the sentence
            or (_SAID_THE_BEFORE.search(text, max(0, r.start - 40), r.start) and _INVERTED_END.match(text, r.end))
        ):
            return r
    return None


# a name right after a preposition is the object of a measure (`sanctions on Burma`); compiled once, not looked up in
# `re`'s cache for every ref of every sentence
_OBJECT_OF_PREPOSITION = re.compile(r"\b(?:on|against|to|for|with|of|into|in|towards)\s+(?:the\s+)?(?:\w+\s+)?$")


# a government named by no country (`The government on Tuesday delayed the ban`, `the Government has said`): not `the
# government of X`, `the government in X`, `the government's`
# (the `T` first, then the look back for the word boundary before it: a leading class is scanned for in C, a leading `\b`
# is tried at every character)
_BARE_GOVERNMENT = re.compile(r"[Tt](?<!\w.)he (?:[Gg]overnment|[Cc]abinet|[Aa]dministration)\b(?!\s+(?:of|in)\b|['\u2019]s?\b)")


# (pass `pos27d`) `Ministers have postponed the ban`: the government's ministers as a sentence's subject, acting (not `EU
# foreign ministers`, `Ministers from ten countries`, `Ministers say`)
_BARE_MINISTERS = re.compile(
    r"Ministers(?=\s+(?:(?:have|had|will|would|also|then|now|on\s+\w+day|last\s+\w+)\s+)*(?:[a-z]+ed|agreed|chose|drew|froze|put|set|shelved)\b)")
# (what must come right before it: a sentence's start; looked for only where the literal matched, not at every character)
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?][\u201d\"]?\s|\n|\)\s-\s|\s[-\u2013\u2014]\s)$")
# a country or place written as the object of a preposition (`send drones to Kenya`, `met him in Bangkok`) is no home
_HOME_OBJECT = re.compile(r"\b(?:on|against|to|for|with|into|towards|from|by|than|in|at)\s+(?:the\s+)?$")


def _article_home(text: str, all_refs: list[Ref], gazetteer: Gazetteer, objects: frozenset[str]) -> Actor | None:
    """(pass `pos27d`) The one country an article with no dateline names as its own: its people's, its institutions', its
    demonym, the country as a subject or possessor (not the object of a preposition: `to Kenya`); None when a second
    country is named that way too (a story about two countries), and never a country an issue's proposition names (the
    measure's object: `Kenya's army had asked for drones`)."""
    home: str | None = None
    for r in all_refs:
        c = r.country or (gazetteer.country_of(r.actor) if r.actor is not None else None)
        if not c:
            continue
        known = gazetteer.get(c)
        if known is None or known.kind != "country" or c in objects:
            continue
        if (r.actor is None or r.actor.kind not in ("person", "organization", "body")) and _HOME_OBJECT.search(text, max(0, r.start - 16), r.start):
            continue
        if home is not None and c != home:
            return None
        home = c
    return gazetteer.get(home) if home else None


# (pass perf31) what follows the `T` or `t` of every `_BARE_GOVERNMENT` match
_PERF31_GOVERNMENT_LITERALS = ("he government", "he Government", "he cabinet", "he Cabinet", "he administration",
                               "he Administration")


def _perf31_bare_governments(text: str) -> list[re.Match[str]]:
    """(pass perf31) `list(_BARE_GOVERNMENT.finditer(text))`, the pattern tried only at the places before its literals
    (a `str.find` loop each): the class-led scan stopped at every `t` of the article. The places hold every start of a
    match; each is matched in order, one inside the match before it skipped, as the scan goes on after a match
    (`match` at a place sees the text before it, as the scan's look back does)."""
    places: set[int] = set()
    for literal in _PERF31_GOVERNMENT_LITERALS:
        at = text.find(literal, 1)
        while at >= 0:
            places.add(at - 1)
            at = text.find(literal, at + 1)
    out: list[re.Match[str]] = []
    pos = 0
    for at in sorted(places):
        if at < pos:
            continue
        m = _BARE_GOVERNMENT.match(text, at)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _with_home_government(text: str, all_refs: list[Ref], gazetteer: Gazetteer, matchers: tuple[lex.IssueMatcher, ...]) -> list[Ref]:
    """`the government` in a story filed from a capital is that country's government, as `Britain's government` would be;
    (pass `pos27d`) in a story with no dateline, the one country the article names as its own."""
    if "overnment" not in text and "abinet" not in text and "dministration" not in text and "Ministers" not in text:
        return all_refs
    home: Actor | None = None
    datelined = True
    added = []
    bare = _perf31_bare_governments(text)
    if "Ministers" in text:
        bare = sorted([*bare, *(m for m in _BARE_MINISTERS.finditer(text)
                                if _SENTENCE_OPENS_BEFORE.search(text, max(0, m.start() - 4), m.start()))], key=lambda m: m.start())
    for m in bare:
        if any(r.start < m.end() and m.start() < r.end for r in in_range(all_refs, max(0, m.start() - 60), m.end())):
            continue
        # (read once, at the first bare government: `LONDON (Reuters) -`, `MADRID, Oct 28 (EFE) -`)
        if home is None:
            home = dateline_country(text, gazetteer)
            if home is None:
                datelined = False
                home = _article_home(text, all_refs, gazetteer, frozenset().union(
                    *(_named_actors(gazetteer, m.issue.proposition) for m in matchers)))
        if home is None:
            return all_refs
        if not datelined:
            # (no dateline: not in a sentence that names another country)
            start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
            stop = text.find(". ", m.end())
            stop = len(text) if stop < 0 else stop
            if any((r.country or (r.actor.canonical if r.actor is not None and r.actor.kind == "country" else None))
                   not in (None, home.canonical) for r in in_range(all_refs, start, stop)):
                continue
        added.append(Ref(m.start(), m.end(), m.group(0), home, home.canonical))
    return sorted(all_refs + added, key=lambda r: r.start) if added else all_refs


# (pass pos46) a country's name written before its court (`The U.S. Supreme Court struck down ...`, `the US Supreme
# Court ruled`): the court rules, not the country; the court holds the stance, named as wire copy names it after (a
# country's code only: a city before a court is part of its name, `the Tokyo High Court`)
_COUNTRY_COURT = re.compile(r" (?P<court>(?:Supreme|Constitutional|High) Court)(?![\w'\u2019-]| of\b)")
# (only a country's code, `U.S.`, `US`, `UK`: a city before its court names it, `the Tokyo High Court`)
_COUNTRY_CODE = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")


# (pass posname) a country's possessive before its court or council (`Spain's Constitutional Court upheld ...`, `France's
# Constitutional Council approved ...`): the same, the court named without its country
_POSSESSIVE_COURT = re.compile(r"['\u2019]s (?P<court>(?:Supreme|Constitutional) Court|Constitutional Council)(?![\w'\u2019-]| of\b)")
# (pass posname) a city's court, its name as written (`the Sapporo District Court`, `The Tokyo High Court ruled`): the city
# is part of the court's name, not its country's government (`Tokyo` alone names Japan)
_CITY_COURT = re.compile(r"(?<![\w'\u2019.-])[Tt]he (?P<court>(?P<place>[A-Z][a-z\u00e0-\u017e]+(?: [A-Z][a-z\u00e0-\u017e]+)?) "
                         r"(?:District|High|Regional|Superior|Administrative|Circuit) Court)(?![\w'\u2019-]| of\b)")
_PERF32_COURT_KINDS = ("District", "High", "Regional", "Superior", "Administrative", "Circuit")
_PERF32_PLACE_TAIL = frozenset("abcdefghijklmnopqrstuvwxyz") | frozenset(map(chr, range(0xE0, 0x17F)))


def _perf32_city_courts(text: str):
    """(pass perf32) `_CITY_COURT.finditer(text)`, the pattern tried only four characters before a place's words that
    end before a court kind and ` Court` (its look back led a test at every character of a long article)."""
    starts = set()
    c = text.find(" Court")
    while c >= 0:
        for kind in _PERF32_COURT_KINDS:
            j = c - len(kind) - 1  # the blank before the kind
            if j < 0 or text[j] != " " or not text.startswith(kind, j + 1):
                continue
            for _ in range(2):  # the place's last word, then the word before it
                i = j
                while i > 0 and text[i - 1] in _PERF32_PLACE_TAIL:
                    i -= 1
                if i == j or i == 0 or not "A" <= text[i - 1] <= "Z":
                    break
                w = i - 1
                if w >= 4:
                    starts.add(w - 4)
                if w == 0 or text[w - 1] != " ":
                    break
                j = w - 1
        c = text.find(" Court", c + 1)
    after = 0
    for s in sorted(starts):
        if s < after:
            continue
        m = _CITY_COURT.match(text, s)
        if m is not None:
            after = m.end()
            yield m


# (pass posparty) a party named only as a person's affiliation: after a known person and `of the` with a describing word
# (`Friedrich Merz of the conservative CDU has called`), or inside an indefinite appositive on a name (`Anna Berg, a CDU
# foreign policy expert, said`), or in parentheses after a person's name (`Health Minister Ana Ruiz (PSOE) said`): the
# person holds the stance, the party is no holder of its own
_AFFILIATION_OF = re.compile(r"\s+of\s+the\s+(?:[a-z][a-z-]+\s+){1,2}$")
_AFFILIATION_APPOSITIVE = re.compile(r"[A-Z][\w'\u2019-]+,\s+an?\s+(?:(?:former|senior|leading|veteran|prominent)\s+)?$")
_AFFILIATION_NOUNS_AFTER = re.compile(r"(?:\s+[a-z][a-z-]+){1,4},")
# a titled name before a parenthesised party (`Health Minister Ana Ruiz (PSOE) said`)
_TITLED_NAME_BEFORE = re.compile(r"(?:[Mm]inister|[Ss]ecretary|[Pp]resident|[Ss]enator|[Ll]awmaker|MP|MEP|[Mm]ayor|[Gg]overnor|"
                                 r"[Ss]pokes(?:man|woman|person)|[Ll]eader|[Dd]eputy|[Cc]hair(?:man|woman)?)\s+"
                                 r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}\s+\($")


def _affiliation_parties(text: str, all_refs: list[Ref]) -> list[Ref]:
    out = []
    for i, r in enumerate(all_refs):
        if r.actor is not None and r.actor.kind == "organization" and r.actor.country is not None:
            before = text[max(0, r.start - 40) : r.start]
            m = _AFFILIATION_OF.search(before)
            if m is not None:
                at = r.start - len(before) + m.start()
                if any(p.end == at and p.actor is not None and p.actor.kind == "person" for p in all_refs[max(0, i - 3) : i]):
                    continue
            elif _AFFILIATION_APPOSITIVE.search(before) and _AFFILIATION_NOUNS_AFTER.match(text, r.end):
                continue
            elif before.endswith(" (") and text.startswith(")", r.end) and _TITLED_NAME_BEFORE.search(before):
                continue
        out.append(r)
    return out


def _country_courts(text: str, all_refs: list[Ref]) -> list[Ref]:
    out = []
    for r in all_refs:
        court = None
        if r.actor is not None and r.actor.kind == "country" and not r.demonym:
            if _COUNTRY_CODE.fullmatch(r.text):
                court = _COUNTRY_COURT.match(text, r.end)
            elif r.text == r.actor.canonical and text.startswith("s ", r.end + 1):
                court = _POSSESSIVE_COURT.match(text, r.end)
        if court is None:
            out.append(r)
            continue
        name = court.group("court")
        out.append(Ref(court.start("court"), court.end("court"), name, _unknown_actor(name, "organization"), r.country))
    if "the " not in text and "The " not in text:
        return out
    added = []
    for m in _perf32_city_courts(text):
        place = m.group("place")
        inside = [r for r in in_range(out, m.start("place"), m.end("court"))]
        if any(r.actor is not None and r.text == r.actor.canonical for r in inside) or any(
                r.actor is None for r in inside):
            continue  # a country's own name (`the Japan High Court` is no city's), a demonym (`the Spanish High Court`)
        if place.split()[0] in _TIME_WORDS or place in _NOT_NAMES:
            continue
        country = next((r.country for r in inside if r.country), None)
        name = m.group("court")
        added.append(Ref(m.start("court"), m.end("court"), name, _unknown_actor(name, "organization"), country))
        for r in inside:
            out.remove(r)
    return sorted(out + added, key=lambda r: r.start) if added else out


# (pass chgguard) a holder named by a common noun alone (`the government`, `his government`, `the administration`)
_GENERIC_HOLDER = re.compile(
    r"(?:the|his|her|its|their|our|this|that)\s+(?:own\s+)?(?:government|administration|cabinet|country|executive|coalition)$", re.IGNORECASE
)


# (pass chg50) a marker that the holder's position holds, naming no stance and nothing after it (`said its position had
# not changed.`, `his stance remains unchanged.`)
_BARE_UNCHANGED_END = re.compile(r"[\s,.;:!\u201d\"']*$")


# (pass r52pos) a holder saying they take no position (`would not take a position on the bill`, `declined to take sides`,
# `has taken no stance`; not a neutral status: `Austria, which remains neutral, backed the ban`)
_R52POS_NO_POSITION = re.compile(
    r"\b(?:(?:not|never)\s+(?:to\s+)?(?:take|taking|took|taken|have|has|had)\s+(?:a\s+|any\s+)?|(?:declin\w+|refus\w+)\s+to\s+take\s+"
    r"(?:a\s+|any\s+)?|(?:take|takes|taking|took|taken|has|have|had)\s+no\s+)(?:position|stance|sides?)\b", re.I)
# (what the no-position is on: the measure, or nothing named, the sentence or clause ending)
_R52POS_NO_POSITION_ON = re.compile(
    r"\s*(?:[.,;:!\u201d\"]|\s(?:but|and)\b|$)|\s+(?:yet\s+|so\s+far\s+|for\s+now\s+)?(?:on|over|about|regarding|in\s+the\s+debate\s+on)\s+(?:the|this|that|its|a|any)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:bill|bills|law|laws|measure|issue|proposal|plan|question|matter|reform|referendum|ban|tax|levy|debate|text)\b")
_R52POS_OTHER_CLAUSE = re.compile(r";|\bwhile\b|\bwhereas\b|\bunlike\b|,\s+(?:and|but)\s+(?:the\s+)?(?-i:[A-Z])|\bbut\s+(?:[A-Z][\w-]+|the|his|her|its|their)\s+[\w\s]{0,40}?\b(?:said|says)\b")


def _r52pos_no_position(text: str, found: list["_Found"]) -> list["_Found"]:
    """(pass r52pos) A holder who says in the sentence that they take no position on it states none there (`X said her
    group would not take a position on the bill, but hoped the debate would be calm`: the hope is no stance)."""
    out = []
    for f in found:
        if f.ref is not None:
            m = _R52POS_NO_POSITION.search(text, f.ref.end, f.sentence.end)
            if m is not None and m.start() - f.ref.end <= 200 and _R52POS_OTHER_CLAUSE.search(text, f.ref.end, m.start()) is None and (
                    _R52POS_NO_POSITION_ON.match(text, m.end()) is not None):
                continue
        out.append(f)
    return out


def _unchanged_stated_after(text: str, found: list[_Found]) -> list[_Found]:
    """(pass chg50) A bare `its position had not changed` says that a stance holds, not which (read as the status quo,
    against the measure): when the holder's own next sentence, in the same paragraph, states the stance (`... had not
    changed. "The rules protect tenants," she said.`), that stance is the one that holds -- for every holder the marker
    was read for (`X said the government's position had not changed`: X and the government)."""
    flips: dict[int, str] = {}
    for f in found:
        if f.cue != "unchanged" or f.at in flips or not f.unchanged:
            continue
        marker = lex.UNCHANGED.match(text, f.at)
        if marker is None or not _BARE_UNCHANGED_END.match(text, marker.end(), f.sentence.end):
            continue
        for g in found:
            if g.actor == f.actor and g.issue == f.issue and g.cue not in ("unchanged", "") and g.stance != f.stance and (
                    f.sentence.end <= g.sentence.start and not text[f.sentence.end : g.sentence.start].strip()):
                flips[f.at] = g.stance
                break
    if not flips:
        return found
    return [_Found(f.actor, f.ref, f.issue, flips[f.at], f.unchanged, f.sentence, f.order, f.cue, f.at, f.factor)
            if f.cue == "unchanged" and f.at in flips else f for f in found]


def _weak_holder(f: _Found) -> bool:
    """(pass chgguard) Whether a stance is of a weak class for a change: its holder named only by a common noun, or the
    stance derived from another actor's (no cue of its own: a country by its leader, who aligned or did the same)."""
    return not f.cue or (f.ref is not None and _GENERIC_HOLDER.match(f.ref.text) is not None)


# `after Germany dropped its objections`, `, when Slovakia lifted its veto`: a shift word whose subject is the actor named
# right before it (its name and at most an auxiliary between)
_SUBJECT_GAP = re.compile(r"\s+(?:(?:had|has|have|would|will|finally|also|then|now)\s+){0,2}$")
_COORD_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?")
# shift words that are a verb (or its `no longer`, `now`) with a subject before them; not `after weeks of`, `ending months
# of`, `for the first time`, `a U-turn`, which qualify the clause they end
_VERB_SHIFT = re.compile(
    r"(?:revers(?:ed|es|ing|e)\b|dropp|drop\b|lift|abandon|soften|relent|backtrack|back\w* down|climb|shift(?:ed|s|ing)?\b|"
    r"withdr|pull|quit|gave up|giv|swung|swing|chang|flip|pivot|rethink|reconsider|undo|undid|roll|had |no longer|now |"
    r"once |earlier |itself)",
    re.IGNORECASE,
)


def _shift_of_other(text: str, f: _Found, at: int, all_refs: list[Ref]) -> bool:
    """(pass chgguard) Whether the shift word at `at`, in `f`'s sentence, has another actor as its subject."""
    if _VERB_SHIFT.match(text, at) is None:
        return False
    before = [r for r in in_range(all_refs, f.sentence.start, at) if r.actor is not None and r.end <= at]
    if not before:
        return False
    subject = before[-1]
    if _SUBJECT_GAP.fullmatch(text, subject.end, at) is None:
        return False
    # `Estonia and Greece dropped their objections`: every actor coordinated with the subject shares it
    k = len(before) - 1
    while k > 0 and _COORD_GAP.fullmatch(text, before[k - 1].end, before[k].start):
        k -= 1
    if any(r.actor.canonical == f.actor or (f.ref is not None and r.start == f.ref.start) for r in before[k:]):
        return False
    # `Slovakia will no longer block the package, Prime Minister Robert Fico said`: the leader announces his country's
    # course, so his country's shift is his too (and his the country's)
    homes = {a.canonical if a.kind == "country" else a.country for a in (subject.actor, f.ref.actor if f.ref is not None else None)
             if a is not None}
    return not (len(homes) == 1 and None not in homes)


# ---- (pass posprec) spurious positions -------------------------------------------------------------------------------
# (kept apart from the other passes' rules to ease merging)


def _posprec_own_measure(proposition: str, place: str) -> bool:
    """Whether the proposition is the place's own act (`Japan should raise ...`, `The Netherlands should ...`), not an act
    on it or for it (`Allies should send tanks to Ukraine`)."""
    return proposition.startswith(place + " ") or proposition.startswith("The " + place + " ")


def _posprec_unplaced(matchers: list[lex.IssueMatcher], named: dict[str, frozenset[str]], named_in_article: dict[str, bool],
                      title: str, text: str, gazetteer: Gazetteer) -> frozenset[str]:
    """The issues on one country's own measure (`Japan should raise its defence spending`, `Canada should keep its carbon
    tax`) whose country the article never names (nor its capital or demonym, in the headline or the text): their terms
    met there are someone else's measure (`Sweden plans to raise its own defence budget`, `a loan agreement with the
    Philippine government`), and no sentence is about them. (Asked only of a story of three sentences or more that
    names other countries: a story about elsewhere; a line naming no place at all says nothing of where it is.) Issues naming a bloc or several actors (`the EU ...`, `NATO
    allies ...`, `a no-fly zone over Ukraine`) keep their own checks: a member speaks to those without naming them."""
    out = []
    for m in matchers:
        wanted = named[m.issue.id]
        if len(wanted) != 1 or named_in_article[m.issue.id]:
            continue
        (place,) = wanted
        actor = gazetteer.lookup(place)
        if actor is None or actor.kind != "country" or not _posprec_own_measure(m.issue.proposition, place):
            continue
        names = {*actor.written, place, *(d for d, c in DEMONYMS.items() if c == place)}
        lowered = (title + "\n" + text).casefold()
        if not any(n.casefold() in lowered for n in names):
            out.append(m.issue.id)
    return frozenset(out)


# (class 2) the partners of a joint plan: `Britain would work with the Netherlands, Belgium and Denmark to give Ukraine jets`
# names the countries Britain means to work with, not their own stance (the sentence is the subject's)
_POSPREC_PARTNERS = re.compile(
    r"\b(?:work|works|worked|working|cooperate|cooperates|cooperated|cooperating|partner|partners|partnered|partnering|"
    r"team(?:s|ed|ing)?\s+up|join(?:s|ed|ing)?\s+forces)\s+with\s+(?:" + _WL_ITEM + r"(?:,\s+|,?\s+and\s+)){0,7}(?:the\s+)?$")
# (class 3) a refusal to say: `Merz declined again to say whether Berlin would send the missiles` asserts nothing after
# `whether` (the holder's appositive may stand between: `X, the party's leader, declined to say ...`)
_POSPREC_WONT_SAY = re.compile(
    r"(?:,[^,;\u201c\u201d\"]{1,80},)?\s+(?P<v>(?:again\s+)?(?:declined|refused|would\s+not|did\s+not)(?:\s+again)?\s+(?:to\s+)?"
    r"(?:say|confirm|disclose|specify)\s+(?:whether|if|when|how)\b)")


# (class 4) a name used as the modifier of another body: `the Jamaica-based authority`, `Republican-led U.S. states`,
# `Madrid regional president`, `the Tokyo Metropolitan Government`, `the House China committee` name someone else
_POSPREC_MODIFIER = re.compile(
    r"-(?:based|born|headquartered|registered|listed|owned)\b|\s+(?:states|cities|regions|provinces|regional|Metropolitan|committee)\b|"
    # (pass r52pos) a capital's name as the modifier of a province or a state of its own (`Buenos Aires province
    # Governor X`, `Mexico City Mayor`)
    r"\s+(?:province|provincial|state)\s+(?:[Gg]overnor|[Pp]remier|[Ll]egislature|[Gg]overnment|[Aa]ssembly)\b|"
    # (pass r52pos) a country's possessive on one of its parties (`Argentina's ruling party sent the bill back`,
    # `Poland's main opposition party`): the party acts, not the country
    r"['\u2019]s\s+(?:(?:ruling|governing|main|largest|biggest)\s+)?(?:opposition\s+)?(?:party|parties|bloc)\b")


def _posprec_drop(text: str, found: list[_Found]) -> list[_Found]:
    """(pass posprec) The stances read for an actor a sentence only names as a partner of another's plan (class 2), as
    the modifier of another body's name (class 4), or that only declines to say (class 3, a stance read after the refusal: `X declined to say whether Y would ...`; a stance
    the sentence gives X before it, `X, who backed the plan, declined to say ...`, stays)."""
    partners = " with " in text
    wont_say = " to say " in text or " not say " in text or " to confirm " in text or " not confirm " in text
    modified = any(w in text for w in ("-based", "-born", "-headquartered", "-registered", "-listed", "-owned", " states",
                                        " cities", " regions", " provinces", " regional", " Metropolitan", " committee",
                                        " province ", " provincial ", " state ", " party ", " parties ", " bloc "))
    if not (partners or wont_say or modified):
        return found
    kept = []
    for f in found:
        ref = f.ref if f.ref is not None and f.sentence.start <= f.ref.start < f.sentence.end else None  # (named in the sentence)
        if ref is not None and partners and " with " in text[max(f.sentence.start, ref.start - 200) : ref.start] and (
                _POSPREC_PARTNERS.search(text, max(f.sentence.start, ref.start - 200), ref.start)):
            continue
        if ref is not None and modified and _POSPREC_MODIFIER.match(text, ref.end, f.sentence.end):
            continue
        if ref is not None and wont_say and f.at >= ref.end and (w := _POSPREC_WONT_SAY.match(text, ref.end, f.sentence.end)) and (
                f.at >= w.start("v")):
            continue
        kept.append(f)
    return kept


def extract(article: Article, ctx: ExtractionContext) -> list[Envelope]:
    if not ctx.issues.issues:
        return []
    text = article.text
    gazetteer = ctx.gazetteer
    matchers, prefilter = lex.matchers_of(ctx.issues)
    title = article.title or ""
    title_hit = bool(title) and prefilter.search(title) is not None
    if not title_hit and not prefilter.search(text):
        return []  # no sentence can be about an issue (an anaphor needs an earlier issue sentence or a headline)
    general = lex.general_terms_of(ctx.issues)
    if general is not None:
        # (pass iss) a term the issues share (`referendum` beside `independence referendum`) is weak evidence: it stays
        # with an issue only where the article names that issue's own terms, and goes to the issue that shares it and does
        matchers = general.settle(matchers, title, text)
    all_refs = _with_home_government(text, article_refs(text, ctx), gazetteer, matchers)
    if " Court" in text:
        all_refs = _country_courts(text, all_refs)
    if " of the " in text or ", a" in text or " (" in text:
        all_refs = _affiliation_parties(text, all_refs)
    titled_added = False  # people known only by their title, found once a sentence is about an issue
    government_people: frozenset[str] = frozenset()
    found: list[_Found] = []
    r52pos_unchanged: set[tuple[int, int]] = set()  # (sentence start, speaker start) of a quote going on from a bare `has not changed`
    # (pass posrec) the sentences and issues where only the recall tier gave a stance: never a change on their own
    recall_pairs: set[tuple[int, str]] = set()
    ruled_pairs: set[tuple[int, str]] = set()
    aligns: list[tuple[Ref, str, str, Segment, int, str]] = []  # holder, name, issue, sentence, order, target
    topic: list[lex.IssueMatcher] = []
    named_at = -2  # the index of the last sentence that named an issue
    current_at = -2  # the index of the last sentence about an issue (named, referred back to or gone on with)
    discussed: list[lex.IssueMatcher] = []  # the issues named so far, the latest first
    acts: dict[str, list[tuple[int, int]]] = {}  # issue -> (sentence start, polarity) of the acts on it stated so far
    # issue -> the acts and also the refusals and decided negations (`refused to send`, `will not raise`), in the order
    # stated: what gives a later `the decision` its polarity (refusals do not make their issue the one `the decisions` names)
    polar: dict[str, list[tuple[int, int]]] = {}
    motions: dict[str, int] = {}  # issue -> the stance of the last motion, resolution or bill that called for something on it
    undoing_motion: dict[str, bool] = {}  # (pass pos46) issue -> whether a resolution or vote to undo its measure was named
    order = 0

    # The actors an issue's proposition names (`... inside Russia`, `... to Ukraine`): an issue is only
    # about this article's sentence if one of them is in sight (not sanctions on Burma, not Iran embargoes).
    named = {m.issue.id: _named_actors(gazetteer, m.issue.proposition) for m in matchers}
    sents = analysis_of(text, ctx).sentences
    sent_countries = [
        {x for r in in_range(all_refs, s.start, s.end) for x in (r.country, r.actor.canonical if r.actor else None) if x}
        for s in sents
    ]

    # the issues about no place that the article names somewhere (what else a bare term may belong to)
    seen_unplaced = [m for m in matchers if not named[m.issue.id] and m.terms is not None and m.terms.search(text)]
    # (per article, not per sentence and issue: whether the article names any of an issue's actors anywhere)
    # (an issue's actors meet some sentence's exactly when they meet the union of them all: one union, not a pass per issue)
    article_countries = set().union(*sent_countries)
    named_in_article = {m.issue.id: not named[m.issue.id].isdisjoint(article_countries) for m in matchers}
    unplaced = _posprec_unplaced(matchers, named, named_in_article, title, text, gazetteer) if (
        len(sents) >= 3 and article_countries) else frozenset()

    war_named = "invasion" in text or "Ukrain" in text or "Kyiv" in text or "Kiev" in text

    def in_sight(m: lex.IssueMatcher, index: int) -> bool:
        wanted = named[m.issue.id]
        if not wanted:
            return True
        if m.issue.id in unplaced:
            return False
        if m.measure_target is not None and not named_in_article[m.issue.id] and not war_named:
            # a measure on a target the article never names, nor its war, is on someone else (`urged the West to lift the
            # sanctions imposed under Assad` is no word on sanctions on Russia; `sanctions on 500 targets to mark the
            # anniversary of the invasion` still is)
            return False
        if m.located and m.terms is not None and not named_in_article[m.issue.id]:
            # in an article that never names an actor an issue on a place is about, a curb named by a bare noun is not the
            # issue's (`urged councils to defend limits that had cut deaths` is no word on range limits for Ukraine's
            # strikes inside Russia); a specific term still is (`lifting the restrictions on Storm Shadow missiles`)
            sent = sents[index]
            # (most sentences hold no word a term starts with: the issue's word gate, far cheaper than the terms)
            gated = m.term_gate is None or m.term_gate.search(text[sent.start : sent.end])
            hits = [h.group(0) for h in m.terms.finditer(text, sent.start, sent.end)] if gated else []
            if hits and all(lex.NEGATOR_NOUN.fullmatch(h) for h in hits) and not any(
                # (`Belgium places strict limits on the F-16s it is delivering`: the curbs are on items of an issue on the
                # same places)
                o is not m and o.terms is not None and named[o.issue.id] & wanted and o.terms.search(text, sent.start, sent.end)
                for o in matchers
            ):
                return False
        window = sent_countries[max(0, index - 3) : index + 2]
        if any(wanted & countries for countries in window):
            return True
        if not named_in_article[m.issue.id] and any(o is not m for o in seen_unplaced):
            # an article that never names the issue's place, on an issue that names none (`defended the plan for national
            # service, though sanctions were being considered` is no word on sanctions on Russia)
            return False
        # none of the issue's actors around: only if no other actor is the object either
        # (`sanctions on Burma`, `embargoes on sales to Iran`, `restrictions against German goods`)
        sent = sents[index]
        return not any(
            (r.country or r.actor) and _OBJECT_OF_PREPOSITION.search(text[max(sent.start, r.start - 25) : r.start])
            for r in in_range(all_refs, sent.start, sent.end)
        )

    def _goes_on(m: lex.IssueMatcher, body: str, index: int) -> bool:
        # not when the sentence names the issue's terms about other actors (`sanctions against Chinese companies`)
        return m.goes_on(body) and not (m.terms is not None and m.terms.search(body)) and in_sight(m, index)

    about_an_issue = prefilter.search_spans(text, [(s.start, s.end) for s in sents])
    any_located = any(m.located for m in matchers)
    refresh: tuple[int, int] | None = None
    lead_ids: set[str] = set()  # the issues the article's first two sentences name
    headline = False  # whether the topic so far is the one issue the headline names
    if title_hit:
        # the headline names what the story is about (`Spain moves to ban junk food adverts aimed at children`): the
        # lead's `a draft decree` and a later `the measure` refer to it as they would to an issue named in the lead
        scored = [(_score(m, title) if (not named[m.issue.id] or named_in_article[m.issue.id]) else 0, m) for m in matchers]
        best = max(s for s, _ in scored)
        if best > 0:
            topic = [m for s, m in scored if s == best]
            if len(topic) == 1:
                headline = True
                named_at = -_ANAPHOR_REACH - 2  # (a sentence reaches it only by naming the measure again)
                lead_ids.update(m.issue.id for m in topic)
                discussed = list(topic)
            else:
                topic = []
    shadowed: set[str] = set()  # issues whose `N on X` head noun last headed another measure (`a ban on Russian oil`)
    for index, sent in enumerate(sents):
        if refresh is not None:
            if len(found) > refresh[1]:
                named_at = max(named_at, refresh[0])
            refresh = None
        body = text[sent.start : sent.end]
        unbilled = _posterm_unbilled(body)  # the anaphor checks' copy of the sentence (a paid bill is no measure)
        if " on " in body or " of " in body or " against " in body:
            for m in matchers:
                # (pass posanaph) another measure with the head noun of the issue's `N on X` term (`a ban on Russian oil`)
                # (not the issue's own measure in other words: `the 2 percent levy on fortunes` for a wealth tax)
                if m.other_measure is not None and (o := m.other_measure.search(body)) and not (
                        m.terms is not None and m.terms.match(text, sent.start + o.start())) and not (
                        m.terms is not None and m.terms.search(body, o.end(), o.end() + 40)) and not any(
                        lex._stem(w.casefold()) in m.words for w in re.findall(r"[A-Za-z-]{4,}", body[o.end() : o.end() + 40])[:3]):
                    shadowed.add(m.issue.id)
        # `repeated its opposition`: names the measure in discussion, and states a stance on it (read only where there is
        # one: both uses below ask it of a sentence after a topic, which nothing between here and them sets when they run)
        restated = _restates(body) if topic else None
        if about_an_issue[index]:
            # the score first: it is 0 for all but a few in a thousand, and then whether the issue is in sight is moot
            scored = [(issue_score if (issue_score := _score(m, body)) and in_sight(m, index) else 0, m) for m in matchers]
            best = max(s for s, _ in scored)
        else:
            best = 0
        if best == 0 and (" only " in body or " used " in body) and any_located and lex.ONLY_USED.search(body):
            # `Italian weapons could only be used inside Ukraine` (`could not be used outside Ukraine`): use restricted to the recipient's own ground names an
            # issue about using it somewhere else
            scored = [(1 if m.located and in_sight(m, index) else 0, m) for m in matchers]
            best = max(s for s, _ in scored)
        if best > 0 and any_located and _USE_CURB_GATE.search(body):
            scored = _use_curb_scores(text, sent.start, sent.end, scored, lambda m: in_sight(m, index))
            best = max(s for s, _ in scored)
        if best > 0:
            current = [m for s, m in scored if s == best]
            if any(m.terms is not None and m.named_item is not None for m in current):
                kept = [m for m in current if not _names_another_item(m, text, sent, all_refs)]
                if not kept:
                    continue  # `Storm Shadow cruise missiles` for an issue on Taurus cruise missiles: another weapon
                current = kept
            if len(current) > 1:
                current = _own_item_issue(current, body)
            if len(current) > 1:
                in_topic = [m for m in current if m in topic]
                if in_topic:
                    current = in_topic
                else:
                    top = max(m.secondary(body) for m in current)
                    current = [m for m in current if m.secondary(body) == top]
            topic = current
            named_at = index
            shadowed.difference_update(m.issue.id for m in current)  # the issue's own term named again
            if index <= 1:
                lead_ids.update(m.issue.id for m in current)
            for m in current:
                if m in discussed:
                    discussed.remove(m)
                discussed.insert(0, m)
        elif topic and index - named_at <= 2 * _ANAPHOR_REACH and " vot" in body and lex.BARE_VOTE.search(body) and (
            _BILL_BEFORE.search(text, 0, sent.start)
        ):
            current = topic  # `Keir Starmer voted in favour.` a few sentences after the bill: a vote on it
            named_at = index
        elif headline and index <= 1 and named_at < 0 and _LEAD_MEASURE.search(body):
            # the lead of a story whose headline names the issue introduces its measure (`presented a draft decree that
            # would ban ...`, `has delayed its ban on adverts`): the lead is about the headline's issue
            current = topic
            named_at = index
        elif index - named_at > _ANAPHOR_REACH and not (
            len(topic) == 1 and topic[0].issue.id in lead_ids and (
                (_MEASURE_ANAPHOR.search(body) and not _shadowed_head(topic[0], _MEASURE_ANAPHOR.search(body).group(0), shadowed)) or _lower_head(topic[0], body, shadowed) or _VERB_ON_MEASURE.search(body)
                or _posterm_long_anaphor(topic[0], body, shadowed)
                or restated)
            and (not named[topic[0].issue.id] or any(named[topic[0].issue.id] & c for c in sent_countries[max(0, index - 3) : index + 2])
                 # (pass pos40b) or in the sentence that named it last, a few sentences back (`The government will raise the
                 # quota, Cho said in Seoul.` - two quotes - `The doctors' association denounced the plan.`)
                 or (0 <= named_at and index - named_at <= 2 * _ANAPHOR_REACH and named[topic[0].issue.id] & sent_countries[named_at]))
        ) and current_at != index - 1:
            # an anaphor reaches back a few sentences, not to an issue named long before; but the one measure the
            # article's lead is about, named again as `the reform`, `the plan`, `the jets`, is still what it is about
            # (if the issue names countries, with one of them in sight: `the bill` in a story on sanctions on Iran is not
            # about sanctions on Russia)
            # (pass `pos26b`) and the reach runs from the last sentence about the issue: a discussion that goes on
            # sentence after sentence (`the change ...`, `the rules ...`, `the increase would cost jobs`) keeps its measure
            # in sight; a sentence on something else breaks the chain
            continue
        elif topic and (_anaphor_in(unbilled, current_at == index - 1 or (current_at == index - 2 and _quote_runs_on(text, sents[current_at]))) or any(_refers_back(m, unbilled, shadowed) for m in topic) or _VERB_ON_MEASURE.search(body)
                        or _posterm_measure_again(body)
                        or restated
                        or (", who " in body and _AUTHOR_RELATIVE.search(body))
                        or _reacts_to_act(body, topic, polar)
                        or ((" it" in body or " th" in body) and _pronoun_reaction(text, sent.start, sent.end))
                        or (body[:1] in "\u201c\"" and _quoted_verdict(body))
                        # (pass posrec) an opening quote on the revenues of, or the pressure on, a sanctions issue's target
                        or (body[:1] in "\u201c\"" and (" revenue" in body or " pressure on " in body or " war " in body or " income" in body)
                            and any(_SANCTIONS_TARGET.search(m.issue.proposition) for m in topic)
                            and (_REVENUE_HARM.search(body) is not None or re.search(r"\bpressure\s+on\s", body) is not None))
                        # (pass posr) the opening sentence of a longer quote, a verdict on `this` (`"This is a victory for
                        # Ukraine. A victory for all of Europe," Zelensky wrote.`)
                        or (body[:1] in "\u201c\"" and _THIS_IS_VERDICT.match(body, 1) is not None and _open_quote(body))
                        or ("thank" in body and _THANKS.search(text, sent.start, sent.end) and not _THANKS_FOR_AID.search(body)
                            and _thanked_act(text, topic, acts, sents, index, all_refs))):
            current = topic
            if len(discussed) > 1 and (verb_act := _VERB_ON_MEASURE.search(body)) and _ACT_ANAPHOR.search(body, verb_act.start()):
                # `welcomed the decisions`: the act named last, on whichever issue it was (not the issue merely named last)
                last_act = max(((acts[m.issue.id][-1][0], m) for m in discussed if acts.get(m.issue.id)), default=None, key=lambda x: x[0])
                if last_act is not None:
                    current = [last_act[1]]
            if _MEASURE_ANAPHOR.search(body):
                # `calling the ban "madness"`, `would back the legislation`: the measure itself, named again with a
                # stance on it, keeps it in discussion (checked at the next sentence)
                refresh = (index, len(found))
        elif (back := [m for m in discussed if _refers_back(m, unbilled, shadowed)]):
            current = back[:1]  # `urged him to let the missiles go`: an issue the article discussed before the last one
            # (pass pos39a) and the discussion is back on it: a later `urged Berlin to supply the weapon` is on it too, not
            # on the issue named last
            topic = current
        elif topic and current_at == index - 1 and any(_goes_on(m, body, index) for m in topic):
            # `... giving Kyiv jets` right after a sentence on fighter jets (or after one that went on with them)
            current = [m for m in topic if _goes_on(m, body, index)]
        else:
            continue
        current_at = index
        if not titled_added:
            all_refs, government_people = _with_titled_people(text, all_refs, gazetteer)
            all_refs = _with_named_again(text, all_refs, gazetteer)
            titled_added = True
        sent_refs = in_range(all_refs, sent.start, sent.end)
        if ("two " in body or "oth " in body) and _PAIR_SUBJECT.search(body) is not None:
            sent_refs = _pair_refs(text, sent, sent_refs, all_refs, sents[index - 1].start if index > 0 else sent.start)
        if re.search(r"\?[\s\u201d\"']*$", body):
            continue  # a question states no stance (`Will Germany send Taurus after all?`)
        speaker = _speaker(text, sent_refs, gazetteer)
        quote_runs = False
        if speaker is None and body[:1] in "\u201c\"" and index + 1 < len(sents) and _open_quote(body):
            # (pass posr) `"This is a victory for Ukraine. A victory for all of Europe," Zelensky wrote.`: the opening
            # sentences of a quote the next sentence closes and attributes are that speaker's too
            speaker = _closing_speaker(text, sents[index + 1], all_refs, gazetteer)
        opens_with_pronoun = _PRONOUN_SPEAKS.match(body) is not None
        if (speaker is None or opens_with_pronoun) and (opens_with_pronoun or (body[:1] in "\u201c\"" and (
                _QUOTE_PRONOUN_SPEAKS.search(body) or (speaker is None and (quote_runs := _pronoun_closes_next(text, body, sents, index)))))):
            # (and `"Canada will tighten sanctions further," he added.`: a quote the pronoun closes)
            # `He told senators that the United States would keep ...`: the person last named speaks
            speaker = _last_person(all_refs, max(0, sent.start - 1500), sent.start)
            if index > 0 and opens_with_pronoun:
                # `"...," Trudeau told a news conference alongside President Zelenskiy. He said Canada supported ...`: the
                # pronoun goes on with who spoke in the sentence before, not with a person it named after him
                before = _speaker(text, in_range(all_refs, sents[index - 1].start, sents[index - 1].end), gazetteer)
                if before is not None and before.actor is not None and before.actor.kind == "person":
                    speaker = before
            if index > 0 and body[:1] in "\u201c\"" and not _PRONOUN_SPEAKS.match(body):
                # a quote closed by `he added` goes on from the previous sentence's subject (`Trudeau said he had told
                # Biden ... "...," he added.`), not from a person that sentence merely names
                subject = next((r for r in in_range(all_refs, sents[index - 1].start, sents[index - 1].start + 40)
                                if r.actor is not None and r.actor.kind == "person"), None)
                speaker = subject or speaker
        if speaker is None and index > 0 and body[:1] in "\u201c\"" and not sent_refs:
            speaker = _r52pos_quote_goes_on(text, sents[index - 1], sent, all_refs, gazetteer)
            if speaker is not None and _R52POS_BARE_UNCHANGED.match(text, sents[index - 1].start) is not None:
                r52pos_unchanged.add((sent.start, speaker.start))
        qa = _question_answer(text, sent, sents[index + 1] if index + 1 < len(sents) else None, sent_refs, all_refs)
        if qa is not None:
            # the answer to a yes/no question about the issue: `Asked whether ..., Biden replied: "No."`, `Biden answered
            # "No" when asked whether ...`, `Biden was asked whether ... "No," he told reporters.`
            q_start, q_end, answer, answerer = qa
            sign = -1 if (_ANSWER_NO.match(answer) or lex.OPPOSE.search(answer)) else 1 if _ANSWER_YES.match(answer) else 0
            for m in current:
                asked = _polarity(text, lex.cues(text, q_start, q_end, m))
                if sign and answerer is not None and (asked is None or asked[0] > 0 or asked[2].kind == "action"):
                    name = _ref_name(gazetteer, answerer, text, article.published_at)
                    if name:
                        order += 1
                        stance = "support" if sign > 0 else "oppose"
                        found.append(_Found(name, answerer, m.issue.id, stance, False, sent, order))
            continue
        if body.startswith("Asked "):
            # `Asked whether Berlin would send X, the minister declined to give details`: the question's own verb is the
            # reporter's, not the answerer's; with no stance cue in the reply the sentence states none
            # (a negation counts only where it stands for the question's verb: `he said Germany would not.`, not
            # `Berlin would no longer talk about it`)
            asked_q = _ASKED_CLAUSE.match(body)
            if asked_q is not None and not any(
                c.kind in _BEARING and (c.kind != "negation" or re.match(r"\s*(?:[.,;!\u201d\"]|$)", text[c.end : sent.end]))
                for m in current for c in lex.cues(text, sent.start + asked_q.end(), sent.end, m)
            ):
                continue
        prev_clause_holder: Ref | None = None
        sent_clauses = _clauses(text, sent)
        issue_in_clause: dict[int, bool] = {}

        def _clause_has_issue(o_start: int, o_end: int) -> bool:
            if o_start not in issue_in_clause:
                issue_in_clause[o_start] = any(m.score(text[o_start:o_end]) > 0 for m in current)
            return issue_in_clause[o_start]

        if " by " in body:
            # `The package, proposed by the European Commission this month, would ...`: the agent of a stance participle
            # after the issue holds that stance
            for agent_at in _PASSIVE_AGENT.finditer(text, sent.start, sent.end):
                agent = next((r for r in sent_refs if (r.start == agent_at.end() or _titled_agent(text, agent_at.end(), r))
                              and r.actor is not None and not r.demonym
                              and not re.match(r"['\u2019]", text[r.end : r.end + 1])), None)
                if agent is not None and _AGENT_MEMBERS.match(text, agent.end):
                    continue  # (pass `pos21a`) `approved by EU member states`: the members, not the body named as their owner
                if agent is not None and agent.actor.kind != "person":
                    # `proposed by European Commission President Ursula von der Leyen`: the office holder the title names
                    titled = next((r for r in sent_refs if agent.end < r.start <= agent.end + 40 and r.actor is not None
                                   and r.actor.kind == "person" and _TITLE_RUN.match(text, agent.end, r.start)
                                   and re.search(r"(?i)president|minister|chancellor|premier|secretary|commissioner|chief|head|leader",
                                                 text[agent.end : r.start])), None)
                    agent = titled or agent
                name = _ref_name(gazetteer, agent, text, article.published_at) if agent is not None else None
                if not name:
                    continue
                sign = 1 if agent_at.group("verb").casefold() in _AGENT_SUPPORT else -1
                # (pass `pos21a`) `backed by the Greens, the Left and Labour`, `agreed by the EU, the G7 and Australia`: each
                # agent listed
                agents = [agent, *_conjuncts_after(text, agent, sent_refs)]
                for m in current:
                    window = max(sent.start, agent_at.start() - 80)
                    if not _mentions(m, text, window, agent_at.start()):
                        continue
                    flip = _undone_before(text, window, agent_at.start(), m, polar, sent.start)
                    for a in agents:
                        a_name = name if a is agent else _ref_name(gazetteer, a, text, article.published_at)
                        if not a_name:
                            continue
                        order += 1
                        found.append(_Found(a_name, a, m.issue.id, "support" if sign * flip > 0 else "oppose", False, sent, order, "stance"))
        if (" from " in body or " of " in body) and _STANCE_RECEIVED_GATE.search(body):
            # (pass `pos21a`) `The ban drew support from A and B`, `the tolls faced opposition from A`, `passed with the backing of
            # A`: who gave the measure the stance the noun names
            for got in _STANCE_RECEIVED.finditer(text, sent.start, sent.end):
                listed = _listed_from(text, got.end(), sent_refs)
                if not listed or _AGENT_MEMBERS.match(text, listed[0].end):
                    continue
                sign = 1 if got.group("noun") in ("support", "backing", "endorsement") else -1
                for m in current:
                    window = max(sent.start, got.start() - 80)
                    if not _mentions(m, text, window, got.start()):
                        continue
                    flip = _undone_before(text, window, got.start(), m, polar, sent.start)
                    for a in listed:
                        a_name = _ref_name(gazetteer, a, text, article.published_at)
                        if a_name:
                            order += 1
                            found.append(_Found(a_name, a, m.issue.id, "support" if sign * flip > 0 else "oppose", False, sent, order, "stance"))
        if " to " in body and ("vot" in body or "resolution" in body or "motion" in body or "measure" in body or "bill" in body) and (
                _MOTION_NOUN.search(body)):
            # (pass pos46) a resolution, bill or vote whose aim is to undo the issue's measure, named as such
            for m in current:
                if m.terms is not None and (u := _UNDOING_MOTION.search(text, sent.start, sent.end)) is not None and m.terms.search(
                        text, u.end(), min(sent.end, u.end() + 80)):
                    undoing_motion[m.issue.id] = True
        if _MOTION_WORD.search(body):
            _motions_in(text, sent, current, motions, found, all_refs, gazetteer, article.published_at, order)
            order = max([order, *(f.order for f in found)])
        if (" that " in body or " which " in body) and _CARRIED_BY.search(body):
            _carried_by(text, sent, current, found, all_refs, gazetteer, article.published_at, order)
            order = max([order, *(f.order for f in found)])
        if " used " in body and _OWN_WEAPONS_NOT_USED.search(body):
            _own_weapons_ruled_out(text, sent, current, found, all_refs, order)
            order = max([order, *(f.order for f in found)])
        if " by " in body and _ENACTED_BY.search(body):
            _enacted_by(text, sent, current, found, all_refs, gazetteer, article.published_at, order)
            order = max([order, *(f.order for f in found)])
        if ("passed " in body or "cleared " in body or " through " in body) and _PASSED_CHAMBER.search(body):
            _passed_chamber(text, sent, current, found, all_refs, gazetteer, article.published_at, order)
            order = max([order, *(f.order for f in found)])
        if ("\u201c" in body or '"' in body) and (" revenue" in body or " pressure on " in body or " war " in body or " income" in body):
            _sanctions_quote(text, sent, current, found, sent_refs, gazetteer, article.published_at, order)
            order = max([order, *(f.order for f in found)])
        for c_start, c_end in sent_clauses:
            clause_issues = current
            whole = c_start == sent.start and c_end == sent.end
            clause_scores = [] if whole else [
                (m.score(text[c_start:c_end]) if in_sight(m, index) else 0, m) for m in matchers
            ]
            clause_best = max((sc for sc, _ in clause_scores), default=0)
            if clause_best == 0 and not whole and not lex.ANAPHOR.search(text, c_start, c_end) and any(
                _clause_has_issue(o_start, o_end) for o_start, o_end in sent_clauses if o_start > c_start
            ) and not any(m.refers_back(text[c_start:c_end]) for m in current) and not (
                "thank" in text[c_start:c_end] and _THANKS.search(text, c_start, c_end)  # thanks for the act named before
            ):
                # `Britain was not seeking conflict with Russia, but ... Storm Shadow ...`: the issue comes only in a
                # later clause, and a clause cannot refer forward to it; its subject may still say the next `that` clause
                subjects = [r for r in in_range(sent_refs, c_start, c_end) if _ref_name(gazetteer, r) and _is_subject(text, r, c_start, c_end)]
                following, following_end = next(((a, b) for a, b in sent_clauses if a > c_start), (c_end, c_end))
                # (or the verb of a `but` clause with no subject of its own: `Britain backed pauses but did not support a
                # ceasefire`, `Zelensky thanked Berlin but repeated his appeal for tanks`)
                prev_clause_holder = subjects[-1] if subjects and (
                    re.match(r"\s*that\s", text[following : following + 8])
                    or (_BUT_BEFORE.search(text, max(sent.start, following - 6), following)
                        and (re.match(r"\s*(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+not\b", text[following : following + 16])
                             or any(lex.starts_with_cue(text, following, following_end, m) for m in current)))
                ) else None
                continue
            if (
                clause_best == 0 and not whole and _BUT_BEFORE.search(text, max(sent.start, c_start - 6), c_start)
                and not lex.ANAPHOR.search(text, c_start, c_end) and not _OBJECT_PRONOUN.search(text, c_start, c_end)
                and not any(m.refers_back(text[c_start:c_end]) for m in current)
                and any(_clause_has_issue(o_start, o_end) or (
                    # (or by its head in a relative clause on the holder: `Tony Smith, who has long called for the tax to be
                    # axed, said he was relieved but wanted legislation tabled quickly`)
                    (", who " in text[o_start:o_end] or ", which " in text[o_start:o_end])
                    and any(m.refers_back(text[o_start:o_end]) for m in current)
                ) for o_start, o_end in sent_clauses if o_start < c_start)
            ):
                # `agreed to stop attacking energy infrastructure, but rejected a full ceasefire`: the contrasted
                # clause names its own object, not the issue of the clause before
                continue
            if clause_best > 0:
                clause_issues = [m for sc, m in clause_scores if sc == clause_best]
                if len(clause_issues) > 1:
                    preferred = [m for m in clause_issues if m in current]
                    clause_issues = preferred or clause_issues
            clause_refs = [r for r in in_range(sent_refs, c_start, c_end) if _ref_name(gazetteer, r)]
            # a name inside the issue's own term (`Ukraine's NATO membership`) is the topic, not a holder
            in_terms = [span for mi in clause_issues if mi.terms is not None for span in _term_spans(mi, text, c_start, c_end)]
            holders = [r for r in clause_refs if _is_subject(text, r, c_start, c_end, clause_issues)
                       and not any(s0 <= r.start and r.end <= e0 and not (
                           s0 == r.start and e0 == r.end and _named_actor_acts(text, r, c_end, in_terms)) for s0, e0 in in_terms)
                       # `Some Labour MPs have backed ...`: members of a party are not the party
                       and not (r.actor is not None and r.actor.kind == "organization" and _MEMBERS_AFTER.match(text, r.end))
                       and not ("thank" in text[c_start : r.start] and _THANKED_BEFORE.search(text, c_start, r.start))]
            if not holders and prev_clause_holder is not None and any(
                lex.starts_with_cue(text, c_start, c_end, m) for m in clause_issues
            ):
                holders_inherited = prev_clause_holder  # `X had been sceptical but backed the decision`
            elif not holders and prev_clause_holder is not None and re.match(r"\s*that\s", text[c_start : c_start + 8]):
                holders_inherited = prev_clause_holder  # `said he would have liked more but that Ukraine's place was in NATO`
            else:
                holders_inherited = None
            # stretches: (holder or None for an implicit subject, start, end)
            stretches: list[tuple[Ref | None, int, int]] = []
            first_start = holders[0].start if holders else c_end
            if holders_inherited is not None:
                stretches.append((holders_inherited, c_start, c_end))
            elif first_start > c_start:
                stretches.append((None, c_start, first_start))
            for i, h in enumerate(holders):
                stretches.append((h, h.end, holders[i + 1].start if i + 1 < len(holders) else c_end))
            if holders:
                prev_clause_holder = holders[-1]
            if ", " in text[c_start:c_end]:
                stretches = _with_relative_clauses(text, stretches, clause_refs, in_terms, c_end)
            pending: list[Ref] = []  # coordinated subjects waiting for their verb
            skip_from, skip_to = c_end, -1  # after a request, the mentions that follow it are its addressees
            for k, (holder, s, e) in enumerate(stretches):
                if holder is not None and skip_from <= holder.start <= skip_to and not _NEW_COORDINATE_SUBJECT.search(
                    text, max(c_start, holder.start - 60), holder.start
                ):
                    skip_to = max(skip_to, e)
                    continue
                if s >= e:
                    if holder is not None and k + 1 < len(stretches) and stretches[k + 1][0] is not None and (
                            stretches[k + 1][0].start == holder.start and stretches[k + 1][0].end == holder.end):
                        pending.append(holder)  # (pass poslist) the first of a pair one plural subject names
                    continue
                if holder is not None and (_CONNECTIVE_ONLY.match(text[s:e]) or (
                        " and " in text[s:e] or " as well as " in text[s:e]) and _CONNECTIVE_DESCRIBED.match(text[s:e]) or (
                        _CONNECTIVE_TITLED.match(text[s:e]) and _titled_list_closes(text, stretches, k)) or (
                        # (pass poswith) `with Labor, the Greens, senator Jo Bloggs and ... voting in favour`
                        _WITH_LIST_JOINT.fullmatch(text, s, e) and _in_with_voting_list(text, holder, c_start))) or (
                        (text.find(" and ", s, e) != -1 or text.find(", like ", s, e) != -1) and _CONNECTIVE_OWN.fullmatch(text, s, e)
                        and k + 1 < len(stretches) and stretches[k + 1][0] is not None and stretches[k + 1][0].start == e) or (
                        text.find("join", s, e) != -1 and _JOINED_BEFORE.fullmatch(text, s, e)
                        and k + 1 < len(stretches) and stretches[k + 1][0] is not None and stretches[k + 1][0].start == e):
                    pending.append(holder)
                    continue
                if holder is not None and e - s <= 3 and text[s] in "'\u2019" and re.fullmatch(r"['\u2019]s?\s+", text[s:e]):
                    continue  # `Estonia's Urmas Reinsalu, Latvia's Edgars Rinkevics and ... called`: the possessor of the next name
                if holder is not None and not any(h is holder and b == s for h, _, b in stretches[:k]) and (
                        appositive := _APPOSITIVE_AFTER.match(text, s, e)) is not None and not _ROLE_NOUN.search(
                        text, s, appositive.start("app")):
                    # (nor one that says what the holder is to a measure: `X, a longtime opponent of the tolls, said ...`)
                    # (not the predicate resuming after the holder's relative clause: `Norway, which drafted the text,
                    # want to ban the manufacture, sale and use of ...`)
                    s = appositive.end("app")  # `The Netherlands, long among the sceptics, dropped its reservations`
                if text.find("neither ", s, e) != -1 and _NEITHER_SIDE.search(text, s, e) is not None:
                    continue  # (pass poslist) `France and Spain have neither backed nor opposed the ban`: no side taken
                if holder is not None and "neutral" in text[s:c_end] and (neutral := _NEUTRAL_PREDICATE.search(text, s, c_end)) is not None and (
                        neutral.start() < e or _NEUTRAL_SAID.fullmatch(text, e, neutral.start()) is not None):
                    # (pass pos44a) `X, which dropped its opposition in 2021, said it remained neutral on the principle`: the
                    # holder says it takes no side; a stance recalled in its relative clause is no stance of now
                    continue
                # `lifting a restriction Kyiv had long pressed to have removed`: the curb before the holder is its verb's object
                antecedent = holder is not None and _NEGATOR_ANTECEDENT.search(text, max(c_start, holder.start - 40), holder.start) is not None
                for m in clause_issues:
                    if holder is None and m.terms is not None and not _mentions(m, text, s, e) and _mentions(m, text, e, c_end) and not (
                            s == sent.start and _THIS_VERDICT.match(text, s, e)):
                        # (pass `pos24e`: but a quote opening the sentence with a verdict on `this` is on the news told
                        # before, `"This is historic news," Zelensky said, calling the F-16s a boost`)
                        continue  # `Any settlement must ..., Peskov said, adding that Kyiv's bid to enter NATO ...`: no forward reference
                    cue_list = lex.cues(text, s, e, m)
                    if m.terms is not None:
                        # a stance verb opening the issue's own name is not a cue (`freezing the conflict`)
                        term_spans = [(t.start(), t.end()) for t in m.terms.finditer(text, s, e)]
                        starts = {a for a, _ in term_spans}
                        # nor one closing it (`export permits`)
                        cue_list = [c for c in cue_list if c.kind not in ("stance", "request") or not any(
                            c.start == a or (a < c.start and c.end == b) for a, b in term_spans)]
                        activity_terms: list[int] = []
                        if m.cessation:
                            cue_list, activity_terms = _cessation_cues(text, s, e, cue_list, term_spans, m)
                        if term_spans and (text.find(" from ", s, e) != -1 or text.find(" off ", s, e) != -1 or text.find(
                                " out of ", s, e) != -1) and _restricting(m):
                            cue_list, activity_terms = _removed_item_cues(text, s, e, cue_list, term_spans, activity_terms)
                        cue_list = _scoped_cues(text, s, e, cue_list, term_spans, m, c_start)
                        if " from " in text[s:e]:
                            cue_list = _curb_cues(text, s, e, cue_list, m.located)
                        noun = _DEMONYM_HOLDER.match(text[holder.end : holder.end + 30]) if holder is not None and holder.demonym else None
                        source_end = holder.end + noun.end() if noun else holder.end if holder is not None else e
                        if holder is not None and _SPEECH.match(text[source_end:e]):
                            # a postposed source (`..., Turkish officials said on Thursday, keeping open a sea route`): a
                            # participle after it continues the reported event, unless it is a speech act itself
                            tail = re.match(r"[^,;]*,\s+(?P<v>\w+ing)\b", text[holder.end : e])
                            if tail and not _SPEECH_PARTICIPLE.match(tail.group("v")) and re.search(
                                r"[,\u201d\"]\s*(?:(?:[A-Z][\w-]*|and)\s+)*$", text[max(c_start, holder.start - 30) : holder.start]
                            ):
                                cut = holder.end + tail.start("v")
                                cue_list = [c for c in cue_list if c.start < cut]
                    if holder is not None and m.terms is not None and (own := _OWN_PLAN.match(text, s, e)) is not None and (
                            own_term := m.terms.search(text, own.end(), min(e, own.end() + 80))) is not None and (
                            _OWN_PLAN_GAP.fullmatch(text, own.end(), own_term.start())):
                        # (pass `pos21a`) `Canada's proposal for a moratorium was defeated`, `the party's plan to scrap the
                        # tolls`: the possessor presses for what its plan names, whatever befalls the plan after
                        cue_list = [lex.Cue(own.start("noun"), own.end("noun"), 1, "request"),
                                    *(c for c in cue_list if own.end("noun") <= c.start and c.end <= own_term.end())]
                    # (on a halt, `a pause on new oil and gas licences would be a mistake`: the term's `and` joins no predicates)
                    if len(cue_list) > 1 and ("ed in " in text[s:e] or "ed last " in text[s:e] or "n in " in text[s:e]):
                        # (pass r51pos) `would not bring back the bill shelved in July`: an undoing participle dated right
                        # after the measure describes it (a reduced relative), no act of the holder's
                        cue_list = [c for c in cue_list if not (c.factor < 0 and c.kind in ("reverser", "stance", "halt")
                                                                and _DATED_PARTICIPLE.fullmatch(text, c.start, c.end)
                                                                and _DATED_AFTER.match(text, c.end, e)
                                                                and _MEASURE_BEFORE.search(text, max(s, c.start - 40), c.start))]
                    result = _polarity(text, cue_list, tuple(term_spans) if m.cessation and m.terms is not None else ())
                    if result is not None and result[2].kind in ("request", "entitle") and m.terms is not None and " and " in text[result[2].end : e] and (
                            said := _AND_SAID.search(text, result[2].end, e)) is not None and not _mentions(m, text, result[2].start, said.start()) and (
                            m.terms.search(text, said.end(), e)):
                        # (pass polar) `urged member states to boycott the talks and said the levy would hurt ...`, `argued the focus
                        # should be on recycling, and warned that curbs on production would hurt ...`: the first predicate is on
                        # something else; the issue is named only in the second speech act, whose own cues place the stance when
                        # they give the other polarity
                        later = _polarity(text, [c for c in cue_list if c.start >= said.end()])
                        if later is not None and later[0] != result[0]:
                            result = later  # (a second act of the same polarity keeps the first act's cue and its checks)
                    if result is not None and antecedent and not any(c.kind == "noun" for c in cue_list):
                        result = (-result[0], result[1], result[2])
                    if result is not None and undoing_motion.get(m.issue.id) and (
                            m.terms is None or not m.terms.search(text, s, e)) and _MOTION_ANAPHOR.search(text, s, e):
                        # (pass pos46) `voting for it`, `would veto the resolution`, `vote the measure down` after a vote to
                        # overturn the plan: a stance on the undoing, so the opposite one on the issue
                        result = (-result[0], result[1], result[2])
                    if result is None and holder is not None and motions.get(m.issue.id) and (
                        sponsor := _MOTION_SPONSOR.search(text, s, e)
                    ):
                        # `whose CDU/CSU bloc tabled the motion`: the sponsor holds what the motion called for
                        result = (motions[m.issue.id], False, lex.Cue(sponsor.start(), sponsor.end(), motions[m.issue.id], "stance"))
                    recalled = False
                    lexicon_predicate = False  # (pass poslex) the lexicon read a predicate of the measure named as its subject
                    lexicon_frame = ""  # (pass poslex) the lexicon's frame, when the lexicon gave the stance
                    if result is None and POSREC and (holder is not None or (
                            # (or a statement before its speaker: `"The levy is misguided," Paul Girard said`)
                            speaker is not None and speaker.start >= e and not _PRONOUN_START.match(text[s:e]))):
                        result = _recall_stance(text, s, e, m)
                        recalled = result is not None
                    if result is None and POSLEX and (holder is not None or (
                            speaker is not None and speaker.start >= e and not _PRONOUN_START.match(text[s:e]))) and not (
                            # (a spokesperson's quote before the attribution is the principal's word, not the spokesperson's
                            # own stance)
                            speaker is not None and speaker.start >= e and "spokes" in text[max(sent.start, speaker.start - 40) : speaker.end]):
                        result, lexicon_frame = _poslex_stance(text, s, e, m, sent.start)
                        recalled = result is not None
                        lexicon_predicate = lexicon_frame == "predicate"
                    if result is None:
                        continue
                    sign, unchanged, first = result
                    if _posflip_negator_term(text, first, sign, s, e, m, cue_list):
                        sign = -sign  # (pass posflip) `urged the Centre to repeal the laws` where `repeal` is a term
                    if (" seek" in text[s:e] or " try" in text[s:e] or " attempt" in text[s:e]) and (
                            ns := _NOT_SEEK_UNDO.search(text, max(s, first.start - 40), min(e, first.end + 40))) is not None and (
                            ns.start() <= first.start < ns.end()):
                        continue  # (pass pos47) `would not seek to reverse the increase`: declining to undo it, no backing of it
                    if first.factor > 0 and first.kind in ("stance", "request") and (
                            " slower " in text[s:e] or " later " in text[s:e] or " weaker " in text[s:e] or " softer " in text[s:e]
                            or " more gradual " in text[s:e]) and m.terms is not None and (
                            lesser := _LESSER_MEASURE.match(text, first.end, e)) is not None and m.terms.match(text, lesser.end(), e):
                        sign = -sign  # (pass pos47) `argued for a slower phase-out`: a lesser form of the measure, against it as proposed
                    if first.kind == "stance" and first.factor < 0 and (" vote" in text[s:e] or " decision" in text[s:e] or " debate" in text[s:e]) and (
                            _PROCEDURE_DELAYED.match(text, first.start, e)) and not any(
                            c.start >= first.end and c.kind in _BEARING and c.kind != "halt" for c in cue_list):
                        continue  # (pass pos47) `postponed a final vote on the ban`: the procedure is delayed, not the measure
                    if first.kind in ("request", "stance") and " to " in text[first.end : min(e, first.end + 60)] and _WANT_CUE.fullmatch(text, first.start, first.end) and (
                            rv := _REVIEW_ASKED.match(text, first.end, e)) is not None and not _COURT_ASKED.search(text, first.end, rv.start("v")) and not (
                            m.terms is not None and m.terms.search(text, first.end, rv.start("v"))) and not any(
                            c.start >= rv.end() and c.kind in _BEARING for c in cue_list):
                        continue  # (pass pos47) `wanted the government to review the total`: a review asked for, no stance yet
                    if holder is not None and m.terms is not None and (
                            _JUSTIFYING_BEFORE.search(text, max(sent.start, holder.start - 24), holder.start)
                            or (s > holder.end and _WHO_BEFORE.search(text, max(holder.end, s - 8), s) and _OWN_OBJECT_CUE.match(text, first.start, e))) and (
                            m.terms.search(text, holder.end, e) is None and not lex.ANAPHOR.search(text, holder.end, e)
                            and not m.refers_back(text[holder.end : e])):
                        # (pass posp) `said his government would not impose sanctions, arguing that Chile wanted good
                        # relations`: a reason given for a stance stated before, on its own object; the subject of the
                        # reason holds nothing on the issue named in the statement
                        continue
                    if holder is not None and s <= first.start < e and any(w in text[sent.start : e] for w in _PAST_ROLE_GATE) and (
                            _past_role_after(text, first.start, e) or (
                                (opener := _PAST_ROLE_OPENER.match(text, sent.start, holder.start)) is not None
                                and not text[opener.end() : holder.start].strip()
                                and re.search(r"\bhad\s", text[holder.end : first.start]) is not None)):
                        # (pass posp) `who tried to block the levy during his first term`, `that Hanoi had fiercely resisted
                        # under the previous government`, `As opposition leader, Eide had called for ...`: a stance of a role
                        # or term left behind, recalled in contrast
                        continue
                    if m.terms is not None and ("comment" in text[sent.start : sent.end] or " for " in text[sent.start : sent.end] and (
                            " a matter " in text[sent.start : sent.end] or " a question " in text[sent.start : sent.end]
                            or " a decision " in text[sent.start : sent.end])) and _issue_only_uncommented(text, sent, m):
                        # (pass pos44a) `did not comment on the jets, saying Japan would continue ...`, `without commenting on
                        # the tanks themselves`: the sentence says the holder keeps quiet on the issue; what it does
                        # say is on another thing
                        continue
                    if m.terms is not None and first.kind in ("keeper", "request") and _issue_only_after_conjunction(text, first, s, max(e, sent.end), m):
                        # (pass pos42a) `China will resume imports of seafood after ... the treated water being released`,
                        # `China called for calm after Biden allowed ... ATACMS`: the main verb is on something else; the
                        # issue is named only in a clause of time after it
                        continue
                    if first.kind == "stance" and (" say" in text[s : first.start] or " said" in text[s : first.start]) and (
                            _OTHERS_APPOSITIVE.search(text, s, first.start)):
                        continue  # (pass chg50) `sent a reform to Congress, a plan critics say would weaken the courts`: their view
                    if holder is not None and first.kind == "stance" and _OTHERS_CLAIM.search(text, s, first.start) and (
                            lex.is_effect(text, first) or lex.EVALUATIVE.fullmatch(text, first.start, first.end)):
                        continue  # (pass `pos22s`) `said critics claimed the levy would drive visitors away`: another's claim
                    if text.startswith("thank", first.start) and not text.startswith(" for ", _thanked_end(text, first.start, e)) and (
                        m.terms is None or not m.terms.search(text, sent.start, sent.end)
                    ) and not _thanked_act(text, [m], acts, sents, index, all_refs):
                        # `thanked Mr Sunak, saying ...` after Poland's decision: thanks for something else, no cue (what
                        # the holder goes on to say may still be one)
                        result = _polarity(text, [c for c in cue_list if c.start != first.start])
                        if result is None:
                            continue
                        sign, unchanged, first = result
                    if m.terms is not None and m.cessation and _foreign_halt(text, first, e, m, cue_list):
                        continue  # `Italy supports the prohibition of single-use plastics`: another halt
                    if m.terms is not None and m.cessation and not _MEASURE_DATE.match(text, first.end, e) and _names_the_activity(
                            activity_terms, first, cue_list, text) and not any(
                        c.kind == "reverser" and c.start >= first.start and (r := lex.READMIT.match(text, c.start)) is not None and r.end() == c.end
                        for c in cue_list
                    ):
                        # `Ottawa would not approve new export permits`: against the activity, for its halt (but letting
                        # someone back into the activity undoes the halt itself)
                        sign = -sign
                    if first.kind != "align" and _names_the_rejected_alternative(text, first, e, m):
                        sign = -sign  # `backing self-regulation ... instead of binding obligations in the AI Act`
                    elif first.kind != "align" and _names_the_opposite(text, first, e, m):
                        sign = -sign  # (pass pos27c) `urged lawmakers to keep service voluntary` on compulsory service
                    if "short of" in body and _ACT_CUE.match(text, first.start) and _stops_short_of_issue(text, first.end, sent.end, m):
                        # `approved a military service law but stops short of reinstating conscription`: the act is on
                        # a measure short of the issue (a declaration that stops short of a next step still holds)
                        continue
                    if first.kind == "halt":
                        # `said a ban on Russian LNG imports was long overdue`: the verb after the halt places the stance
                        first = next((c for c in cue_list if c.start > first.start and c.kind in _BEARING and c.kind != "halt"), first)
                    before = text[s : first.start]
                    absence = lex.ABSENCE.search(before)
                    if absence is not None and m.cessation and lex.HALT_WORDS.search(absence.group(0)):
                        absence = None  # `said a pause on new licences would be a mistake`: on a halt issue, the pause is the issue
                    negation_named = False  # the act's own noun already turned the verdict (`the veto`, `the postponement`)
                    if sign < 0 and first.kind == "stance" and lex.EVALUATIVE.fullmatch(text, first.start, first.end) and absence:
                        sign = 1  # `called the absence of a timeline "absurd"`: the verdict is on the issue's negation
                        negation_named = True
                    elif sign < 0 and first.kind == "stance" and lex.EVALUATIVE.fullmatch(text, first.start, first.end) and _NEGATED_STATE.match(text, first.end, e):
                        sign = 1  # `it was "absurd" that no time frame had been set for ...`
                    if first.kind in ("action", "stance") and _PASSIVE_PERMIT.match(text, first.start, first.end) and re.search(
                        r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+){0,2}$", before
                    ):
                        continue  # `Ukraine is still not permitted to ...`: the one permitted holds no stance
                    if first.kind == "request" and _CONDITION_DEMAND.match(text, first.end, e) and not _mentions(m, text, first.end, e):
                        continue  # `demanding guarantees that his country would be protected`: a price, not the issue
                    historical = lex.HISTORICAL.search(text[s : first.end])
                    if historical and lex.posword_verdict(text, first):
                        historical = _posword_historical(text, s, first)
                    if historical and historical.group(0).startswith("had ") and holder is not None and _REPORTED_BEFORE.search(
                        text, max(c_start, holder.start - 50), holder.start
                    ) and (any(h.end <= holder.start and h.actor is not None for h in [*holders, speaker] if h is not None) or _OFFICIALS_SAID.search(
                        text, max(c_start, holder.start - 60), holder.start
                    )):
                        # `Merz said Berlin had lifted range restrictions`, `U.S. officials said Biden had authorised ...`: a
                        # backshifted `has lifted` (not `Reports said`)
                        historical = None
                    background = False  # a stance in a past perfect relative clause: held before the act, no act itself
                    if historical and historical.group(0).startswith("had ") and _RELATIVE_PRONOUN_BEFORE.search(text, max(c_start, s - 12), s):
                        # `Crawley council, which had objected to the plan, said ...`: a relative clause gives the stance
                        # the holder brings to the news in the past perfect of the narrative, not a stance it has left
                        # (`who opposed it until 2021` is left by _PAST_STANCE)
                        historical = None
                        background = True
                    if historical:
                        continue
                    # the modal's own subject: back to the last punctuation or complementiser before it
                    subject_from = max([s, first.start - 80, *(x.end() for x in _SUBJECT_BOUND.finditer(text, max(s, first.start - 80), first.start))])
                    if first.kind == "entitle" and (lex.SHOULD.fullmatch(text, first.start, first.end) or lex.SHOULD_NOT.fullmatch(
                        text, first.start, first.end
                    )) and not _mentions(m, text, first.end, e) and not any(c.kind in _BEARING and c.start > first.start for c in cue_list) and not (
                        # `said Ukraine's accession process must move ahead`: the issue is the modal's subject
                        _mentions(m, text, subject_from, first.start) or m.goes_on(text[subject_from : first.start])
                    ):
                        continue  # `and that Germany must not become a party to the war`: advocacy of something else
                    hedge = lex.HYPOTHETICAL.search(before)
                    if hedge and hedge.group(0).casefold() == "question of" and text.endswith("arise", first.start, first.end):
                        hedge = None  # `the question of fighter jets did not arise`: a refusal, not an open question
                    if hedge and hedge.group(0).casefold() == "if" and (pledge := _FRONTED_POWER_IF.match(before, hedge.start())) is not None and (
                        not lex.HYPOTHETICAL.search(before, pledge.end("cond"))
                    ):
                        hedge = None  # (pass poscue) `said that if she were elected she would repeal it`: a pledge for office, not a hypothesis
                    if hedge and hedge.group(0).casefold() in ("hoped", "hopes") and hedge.end() == len(before.rstrip()) - 3 and (
                        before.rstrip().endswith(" to") and _HOPED_SIGN.match(text, first.start, first.end)
                    ):
                        hedge = None  # (pass pos43c) `hoped to sign the accord in December`: wanting the text signed, not a hedge
                    if hedge and hedge.group(0).casefold() in ("would have", "could", "might", "may") and lex.is_effect(text, first) and (
                        _EFFECT_HEDGE_BEFORE.search(text, max(0, first.start - 30), first.start)
                        and _EFFECT_HEDGE_BEFORE.search(text, max(0, first.start - 30), first.start).group(1).casefold() == hedge.group(0).casefold()
                    ):
                        # (pass pos42d) `the tax would have hit our family companies`: a harm of the measure, counterfactual;
                        # (pass posr) `warned the ban could push teenagers towards ...`, `could cut its income`: a harm
                        # predicted as possible is still the speaker's case against the measure
                        hedge = None
                    if hedge and not (
                        lex.MODAL_HEDGE.fullmatch(hedge.group(0)) and re.search(r"[,;]", before[hedge.end() :])
                        and not lex.HYPOTHETICAL.search(before, hedge.end())
                    ):
                        continue  # a modal hedge stops at the next comma: `... could only be used inside Ukraine, ruling out ...`
                    if " lead" in text[first.end : e] or " pave" in text[first.end : e]:
                        leads = _LEADS_TO.search(text, first.end, e)
                        if leads and not _mentions(m, text, first.start, leads.start()) and _mentions(m, text, leads.end(), e):
                            continue  # `wanted "an immediate pause" that could lead to a ceasefire`: the pause is wanted, the issue only hoped for
                    if " before " in text[first.end : e] and _DEFERRED.search(text, first.end, e):
                        continue  # `wanted to see the details before deciding whether to back the bill`: the decision is still to come
                    if _CONDITIONAL_MOOD.search(text, max(s, first.start - 24), first.start) and (
                        cond := _TRAILING_CONDITION.match(text, first.end, e)
                    ) and not (cond.group("if") == "once" and first.kind == "action") and not (
                        cond.group("if") in ("if", "once", "when") and _POWER_CONDITION.match(text, cond.start("if"))
                    ):
                        # `Berlin would be ready to move quickly if a decision came`: a conditional, not a stance (but a
                        # delivery scheduled `once pilots had been trained` is a commitment with a date)
                        continue
                    if text.startswith(" by ", first.end) and _AGENT_PARTICIPLE.fullmatch(text, first.start, first.end) and (
                        _PASSIVE_AFTER_NOUN.search(text, max(s, first.start - 30), first.start)
                    ):
                        # (pass pos40a) `ending an effort championed by health groups`, `a ban backed by doctors`: the passive's
                        # agent holds the stance (a named one is read by the passive-agent rule), not a name before it
                        continue
                    if " who " in text[max(s, first.start - 120) : min(e, first.end + 60)] and (
                        _STAFF_WHO.match(text, first.start, e) is not None or (
                            (rel := _STAFF_WHO.search(text, max(s, first.start - 120), min(e, first.end + 12))) is not None
                            and rel.start() < first.start and not any(rel.end() <= r.start < first.start for r in sent_refs))
                    ):
                        # (pass pos40a) `Kishida has dismissed an aide who said he would not want ...`: the unnamed aide's words,
                        # not the stance of the one who dismissed or named him
                        continue
                    if "not " in text[max(s, first.start - 24) : first.end] and (
                        (obstruct := _NOT_OBSTRUCT.search(text, max(s, first.start - 24), min(e, first.end + 24))) is not None
                        and obstruct.start() <= first.start < obstruct.end() + 1 and _CONDITION_AHEAD.match(text, max(first.end, obstruct.end()), e)
                    ):
                        # (pass pos40a) `said he would not stand in the way of the extension if Brussels opened talks`, `would not
                        # block the package provided ...`: a price named for letting it pass, neither a stance for nor against
                        continue
                    embedded = None
                    for embedded in _EMBEDDED.finditer(before):
                        pass  # the complement nearest the cue (`said the signals ... and that there was no argument for`)
                    if m.cessation and _OTHERS_VIEW.search(before):
                        continue  # `Germany said critics believed a ban on fracking would be a mistake`: the critics' view
                    if embedded and re.search(r"\bthat\s+$", before) and text.startswith("there", first.start):
                        embedded = None  # `... and that there was no good reason for ...`: a complement of its own
                    if embedded and embedded.group("subj").casefold().startswith("there"):
                        embedded = None  # `said that there were no longer any limits`: the speaker's own claim
                    if embedded and first.kind == "request" and re.search(r"\s+and\s+$", before):
                        embedded = None  # `said the tax would damage investment and urged the government to drop it`
                    if embedded and re.search(r",\s+and\s+(?:then\s+|also\s+|\w+ly\s+)?$", before):
                        embedded = None  # `said the only language ... was pressure, and urged ...`: the holder's own verb
                    if embedded and _MODAL_AFTER.match(text[s + embedded.end() : first.end]):
                        embedded = None  # `said the bloc must keep up the pressure`: the speaker's advocacy
                    if embedded and _PRONOUN_MODAL.search(text, max(s, first.start - 40), first.end):
                        embedded = None  # `said the missiles would help ... and that they should be delivered`
                    if embedded and lexicon_predicate:
                        embedded = None  # (pass poslex) the complement's subject is the measure the holder judges
                    if embedded:
                        # the cue belongs to an embedded clause with another subject, unless that
                        # subject is the principal a spokesperson speaks for (`the president`)
                        principal = (
                            holder is not None and holder.actor is not None and holder.actor.speaks_for
                            and _PRINCIPAL.match(embedded.group("subj"))
                        ) or (
                            # `Feijoo said ... and that his party would not support it`: the speaker's own side
                            holder is not None and re.fullmatch(r"(?:his|her|their|its)\s+(?:party|government|administration|cabinet|side|country|bloc|group|coalition)",
                                                                embedded.group("subj"), re.I) is not None
                        ) or (
                            # (pass `pos22s`) `Streeting said a Labour government would not tolerate ...`, `said a National-led
                            # government would scrap ...`: the government the speaker's party would form, the speaker's pledge
                            (holder is not None and holder.actor is not None and holder.actor.kind == "person"
                             # (pass posref) or the pronoun that goes on with the person of the sentence before (`He again
                             # promised that a Conservative government would axe the tax.`)
                             or (holder is None and _pronoun_person(text, s, e, all_refs) is not None))
                            and _PARTY_GOVERNMENT.match(text, s + embedded.start("subj")) is not None
                        ) or (
                            # `Their leader Christian Durr said the party rejected ...`, `its chief executive said the company
                            # would fight it`: a person speaking of `the party` or `the company` speaks of their own
                            holder is not None and holder.actor is not None and holder.actor.kind == "person"
                            # (pass posr: and `the group`, `the federation`, `the utility`: `Hiroshi Kishi, head of the
                            # fisheries federation, said the group "cannot accept" the plan`)
                            and re.fullmatch(r"the\s+(?:party|company|firm|union|group|association|federation|organi[sz]ation|"
                                             r"utility|charity|alliance|coalition|lobby|chamber|airline|carrier|operator|"
                                             r"insurer|retailer|chain|network|foundation|institute|society)",
                                             embedded.group("subj"), re.I) is not None
                        ) or (
                            # `Fisheries minister Peter Kullgren said the government would grant ...`: a minister's own
                            # government, whose country is not known (else `the government` is that country's mention)
                            holder is not None and holder.actor is not None and holder.actor.kind == "person"
                            and re.fullmatch(r"the\s+government", embedded.group("subj"), re.I) is not None
                            and _MINISTER_NEAR.search(text, max(c_start, holder.start - 40), min(e, holder.end + 40)) is not None
                        )
                        # `the Kremlin said the statement was dangerous`: the speaker judges the issue
                        subject_at = s + embedded.start("subj")
                        judged = (
                            lex.ANAPHOR.match(text, subject_at)
                            or re.match(r"this\s+(?:would|will|could|was|is)\b", text[subject_at : subject_at + 16], re.I) is not None
                            or _ACT_ANAPHOR.match(text, subject_at)  # `said the vote would cost jobs`
                            or lex.ABSENCE.match(text, subject_at)  # `said a delay would leave people exposed`
                            or (m.terms is not None and m.terms.search(text, subject_at, first.start))
                            # `said the limit would save lives`: the head noun of one of the issue's terms, named again
                            or (m.heads is not None and m.heads.match(text, subject_at) is not None)
                            # `said such strikes would mean ...`: a demonstrative points back at the measure
                            or (re.match(r"(?:such|these|those)\s", text[subject_at : subject_at + 7], re.I) is not None
                                and m.refers_back(text[subject_at : first.start]))
                            # (pass `pos24e`) `said the freeze would give tenants stability`, `said the restrictions, which
                            # ..., would help tackle obesity`: an effect predicted of a measure noun in a sentence on the issue
                            or lex.measure_effect(text, subject_at, first) or lex.measure_verdict(text, subject_at, first)
                        ) and (lex.EVALUATIVE.fullmatch(text, first.start, first.end) or lex.is_effect(text, first))
                        # `said any decision to let Kyiv ... would be a direct escalation`: a verdict on the measure
                        verdict = sign < 0 and first.factor > 0 and any(
                            c.kind == "stance" and c.start > first.start and lex.EVALUATIVE.fullmatch(text, c.start, c.end)
                            for c in cue_list
                        )
                        if not (principal or judged or verdict):
                            continue
                        if judged and holder is not None and speaker is not None and speaker is not holder and _COMPLEMENT_BEFORE.search(
                            text, max(c_start, holder.start - 60), holder.start
                        ):
                            # `Kallas said that Russia had to pay ... and that the reparations loan was the fairest way`:
                            # the verdict is the speaker's, not the earlier complement's subject
                            holder = speaker
                    owned = _owned_proposal_sign(text, first, e, found, m.issue.id, sent.start) if "'s " in body or "\u2019s " in body else 0
                    if owned:
                        # (pass pos39a) `The doctors' association welcomed Han's proposal`: a verdict on someone's proposal named
                        # by its owner alone takes the owner's stance, stated earlier (Han's proposal to delay the rise)
                        sign *= owned
                    elif first.kind in ("stance", "request") and m.terms is not None and not m.terms.search(text, s, e) and not negation_named and (
                        _act_in_reach(text, s, e, first, cue_list) or _pronoun_reaction(text, s, e) or _THIS_VERDICT.match(text, sent.start, first.end)
                        or lex.REACTION.match(text, first.start, e) is not None
                    ) and not background and _referent_act(polar.get(m.issue.id, ()), sent.start) < 0:
                        # `The Commission proposed scrapping the ban. ... Bloss called the move "a historic mistake"`: an
                        # attitude to an act that went against the issue is the opposite attitude to the issue
                        sign = -sign
                    negated = lex.NEGATION.search(text, max(s, first.start - 16), first.start) is not None
                    is_act = first.kind in ("action", "reverser", "keeper", "halt") or (first.kind == "stance" and (
                        _ACT_CUE.match(text, first.start) or (
                            # (pass pos40a) `EU governments agreed to delay the rules`, `decided to postpone the ban`: the act
                            # is the infinitive's, done by the deciders (a later `welcomed the delay` reacts to it)
                            text.startswith("to ", first.start) and _ACT_CUE.match(text, first.start + 3) is not None
                            and _DECIDED_TO.search(text, max(s, first.start - 24), first.start) is not None) or (
                            # (the cue may be the deciding verb itself: `decided to postpone`)
                            (decided := _DECIDED_CUE.match(text, first.start)) is not None and _ACT_CUE.match(text, decided.end()) is not None)))
                    if is_act and first.kind == "stance" and first.factor < 0 and text.startswith("reject", first.start) and (
                            _SAID_OWN_REJECTION.search(text, max(s, first.start - 40), first.start)):
                        # (pass polar) `The doctors' association said it rejected the bill`: a stance told in its holder's own
                        # words, not a decision a later `welcomed the step` could name
                        is_act = False
                    if is_act and first.kind == "stance" and _REACTION_OBJECT.match(text, first.end) is not None:
                        # (pass pos42a) `Washington "strongly rejects" what it called a reckless decision`, `rejected the
                        # move`: a verdict on another's act, not an act of its own (a vote rejects a bill, not a decision)
                        is_act = False
                    if is_act and first.kind == "action" and sign != first.factor and _verdict_on_gerund(text, first, cue_list):
                        # (pass pos42a) `Bruni said recognising Kosovo now would be a mistake`: a verdict on the act named as
                        # a gerund, not the act itself (a later `welcomed the decision` names the real one)
                        is_act = False
                    if is_act and _WITHOUT_BEFORE.search(text, max(s, first.start - 40), first.start):
                        # (pass posr) `stepped out of the room to let the decision pass without a veto`: an act that did not
                        # happen is none a later `This is a victory` could react to
                        is_act = False
                    if background:
                        pass  # a stance held before the news: neither an act nor a refusal a later `the move` could name
                    elif is_act and not negated:
                        # an act on the issue, whoever did it (`the cabinet voted to repeal the ban`): what a later `the move` names
                        acts.setdefault(m.issue.id, []).append((sent.start, sign))
                        polar.setdefault(m.issue.id, []).append((sent.start, sign))
                    elif (first.kind == "stance" and not negated and _REFUSAL_ACT.match(text, first.start)) or (
                        is_act and negated and _DECIDED_NOT.search(text, max(s, first.start - 24), first.start)
                    ):
                        polar.setdefault(m.issue.id, []).append((sent.start, sign))
                    if lexicon_frame:
                        pass  # (pass poslex) a verdict read by the lexicon (`still considered the policy a failure`) declares no stance kept
                    elif not unchanged and (lex.UNCHANGED_MARKER.search(text[s : first.end]) or lex.UNCHANGED_MARKER.match(text, first.start, e)):
                        unchanged = True  # (`maintained its opposition to the levy`: the marker opens at the cue)
                    if not unchanged and "change" in text[first.end : e] and _STANCE_WONT_CHANGE.match(text, first.start, e):
                        unchanged = True  # (pass pos42a) `said his refusal to supply Taurus would not change`
                    if not unchanged and _CONTINUES_STANCE.match(text, first.start, e):
                        unchanged = True  # `continues to favour ...` (but `would continue to supply ...` is a course, not a stance held)
                    if not unchanged and any(c.kind == "unchanged" and c.start > first.start for c in cue_list):
                        unchanged = True  # `did not want to take part in a bad decision and that its position had not changed`
                    if any(c.kind == "request" for c in cue_list if c.start >= first.start):
                        skip_from, skip_to = min(skip_from, first.start), max(skip_to, e)  # the mentions after it are the addressees
                    who: list[Ref] = []
                    if holder is None:
                        pron = _PRONOUN_START.match(text[s:e])
                        if pron and pron.group("p") in ("He", "She", "His", "Her"):
                            person = _last_person(all_refs, max(0, s - 2000), s)
                            if person is not None and index > 0 and s <= sent.start + 2 and pron.group("p") in ("He", "She") and (
                                    subject := _person_subject(text, all_refs, sents[index - 1])) is not None:
                                # (pass posref) `Poilievre called the reversal a flip-flop and said Singh had backed every
                                # increase. He again promised ...`: the pronoun opening a sentence goes on with the subject of
                                # the sentence before, not with a person named last in it
                                person = subject
                            if person is not None:
                                who = [person]
                        elif speaker is not None and (pron or quote_runs or speaker.start >= first.end) and not _SPEAKING.match(text[speaker.end : speaker.end + 30]):
                            who = [speaker]
                            if not unchanged and _STICKING_TO.search(text, speaker.end, c_end):
                                unchanged = True  # `..., the board decided, sticking to the position it took in March`
                    elif _is_patient_verdict(text, holder, first, named[m.issue.id], gazetteer, m) and not any(
                        h.actor is not None and h.actor.kind == "person" and gazetteer.country_of(h.actor) == holder.country
                        for h in [*holders, speaker] if h is not None and h is not holder
                    ):
                        # `von der Leyen said ... that Ukraine belonged in the European family`, `Hungary maintains that
                        # Ukraine is far from ready to join`: a verdict on the actor the issue is about is the speaker's
                        earlier = [h for h in holders if h.end <= holder.start]
                        if earlier:
                            who = [earlier[-1]]
                            denial = None
                            for denial in lex.DENIAL.finditer(text, earlier[-1].end, holder.start):
                                pass
                            if denial is not None and not re.search(r"[,;:]", text[denial.end() : holder.start]):
                                sign = -sign  # `Biden said he did not think Ukraine was ready for membership`: his denial
                        elif speaker is not None and speaker is not holder and speaker.actor is not None and (
                            gazetteer.country_of(speaker.actor) != holder.country
                        ):
                            who = [speaker]
                        elif _SAID_THAT_BEFORE.search(text, c_start, holder.start):
                            who = []  # `Nato leaders declared that Ukraine was on an irreversible path`: the speaker is unknown
                        else:
                            who = [*pending, holder]
                    elif (
                        holder.actor is not None and holder.actor.kind == "country" and _NEED_CUE.fullmatch(text, first.start, first.end)
                        and (_BELIEF_BEFORE.search(text, max(c_start, holder.start - 40), holder.start) or (
                            _THAT_BEFORE.search(text, max(c_start, holder.start - 12), holder.start)
                            and _BELIEF_BEFORE_THAT.search(text, c_start, holder.start)))
                    ):
                        # `Pistorius said he believed Germany would eventually need conscription`: what a country needs,
                        # in the words of a person, is that person's verdict, not the country's course
                        people = [h for h in holders if h.end <= holder.start and h.actor is not None and h.actor.kind == "person"]
                        if not people and speaker is not None and speaker.actor is not None and speaker.actor.kind == "person":
                            people = [speaker]
                        if not people and re.match(r"\s*(?:He|She)\s", text[c_start : c_start + 5]):
                            last = _last_person(all_refs, max(0, c_start - 2000), c_start)  # `He said ... that Germany needed`
                            people = [last] if last is not None else []
                        who = people[-1:]
                    elif (
                        first.factor < 0 and first.kind == "stance" and lex.EVALUATIVE.fullmatch(text, first.start, first.end)
                        and (teller := _teller(text, holder, holders)) is not None
                    ):
                        # `Netanyahu told Merz that Germany was rewarding terrorism by embargoing arms`: a verdict on
                        # another's course is the verdict of who reports it
                        who = [teller]
                    else:
                        who = [*pending, holder]
                        if holder.actor is not None and holder.actor.kind == "body" and holder.actor.part_of and text.startswith(
                                "parliament", holder.start) and (owner := _chamber_owner(text, holder, sent_refs)) is not None:
                            # (pass posact) `Germany's parliament passed the law`: the chamber acts for its country, which
                            # gold names beside it (`Britain's parliament passed legislation` -> United Kingdom too)
                            who.append(owner)
                        country_holder = (holder.actor is not None and holder.actor.kind == "country") or (
                            holder.demonym and _DEMONYM_HOLDER.match(text[holder.end : holder.end + 30]) is not None
                        )  # `The Norwegian government plans to ..., Minister Karianne Tung said`
                        if country_holder and speaker is not None and speaker is not holder and speaker.end < holder.start:
                            # (pass posholder) `A said ..., while B said Lisbon would ...`: the clause's own speaker
                            speaker = _posholder_clause_speaker(text, sent_refs, holder, speaker, gazetteer)
                        if (
                            speaker is not None and speaker is not holder
                            and country_holder
                            and speaker.actor is not None and speaker.actor.kind == "person"
                            and first.kind != "entitle" and (
                                # `The Netherlands and Denmark will give ..., Dutch Prime Minister Mark Rutte said`
                                _person_country(text, speaker, sent_refs, gazetteer) in {h.country for h in [*pending, holder]}
                                # `The United States imposed ..., Treasury Secretary Scott Bessent said`: an
                                # office holder the gazetteer does not know announces the country's course
                                or (speaker.actor.country is None and speaker.actor.canonical in government_people
                                    and gazetteer.lookup(speaker.actor.canonical) is None)
                            )
                        ) or (
                            # `The Kremlin said that Russia was halting ...`: an office announcing its country's course
                            # voices its principal's stance
                            speaker is not None and speaker is not holder and holder.actor is not None
                            and holder.actor.kind == "country" and speaker.actor is not None and speaker.actor.kind == "body"
                            and speaker.actor.principal_at(article.published_at) and first.kind != "entitle"
                            and gazetteer.country_of(speaker.actor) == holder.country
                        ):
                            # `Fico said Slovakia would never support ...`: the country acts as a whole and
                            # the leader or minister announcing it states it as his own stance too
                            who.append(speaker)
                            if pending and speaker.start > holder.end and " and " in text[max(0, speaker.start - 60) : speaker.start]:
                                # (pass poslist) `A and B will ..., British Prime Minister X and Dutch Prime Minister Y said`:
                                # each titled speaker the list names voices their own country's part
                                countries = {h.country for h in [*pending, holder]}
                                who.extend(c for c in _conjuncts_before(text, speaker, sent_refs)
                                           if c.actor is not None and c.actor.kind == "person"
                                           and _person_country(text, c, sent_refs, gazetteer) in countries)
                        elif (
                            speaker is not None and pending and country_holder and speaker.start > holder.end
                            and speaker.actor is not None and speaker.actor.kind == "person" and first.kind != "entitle"
                            and len(joint := _joint_speakers(text, speaker, sent_refs)) == len(pending) + 1
                            and all(p.actor is not None and p.actor.kind == "country" for p in pending)
                        ):
                            # (pass poslist) `Britain and the Netherlands will ..., Prime Ministers A and B said`: the
                            # leaders a plural title lists say their countries' joint course, each as their own stance
                            who.extend(joint)
                        elif speaker is not None and speaker is not holder and _posholder_own_body(text, speaker, holder, sent_refs):
                            # (pass posholder) `Green co-leader X said his party would ...`, `X, head of the federation, said
                            # the group cannot accept ...`: the officer states the body's course as their own stance too
                            who.append(speaker)
                        voiced = next((h for h in reversed(holders) if h.end <= holder.start), None)
                        if (
                            voiced is not None and voiced.actor is not None and voiced.actor.kind == "country"
                            and holder.actor is not None and holder.actor.kind == "person"
                            and gazetteer.country_of(holder.actor) == voiced.country
                            and _WITH_VOICE.search(text, voiced.end, holder.start)
                        ):
                            # `The government in Berlin denied it, with spokesman Steffen Hebestreit telling reporters
                            # there was no boycott ...`: the official voices the country named before
                            who.append(voiced)
                        if first.kind == "entitle":
                            # `X said Ukraine has the right to ...`, `X agreed that Ukraine may use ...`: X's stance
                            said = re.search(r"\b(?:said|says|saying|argued|arguing|insisted|insisting|added|adding|stressed|stressing|believes?|agreed|agrees|decided|decides|ruled|rules|confirmed|confirms)(?:\s+(?:on|in|at|late|earlier)\s+\w+)?\s+(?:that\s+)?$",
                                             text[max(c_start, holder.start - 25) : holder.start])
                            earlier = [h for h in holders if h.end <= holder.start]
                            if not said and earlier and "and that" in text[max(c_start, holder.start - 12) : holder.start]:
                                # (pass chg50) `Merz said Scholz was wrong and that Germany should deliver them`: a second
                                # complement of the same speaker, whose subject is no holder of it
                                w0 = max(c_start, holder.start - 160)
                                said2 = _SAID_AND_THAT.search(text, w0, holder.start)
                                teller = [h for h in earlier if said2 is not None and h.end <= said2.start()]
                                who = teller[-1:] if said2 is not None else who
                            if said and earlier:
                                who = [earlier[-1]]
                            elif said and speaker is not None and speaker is not holder:
                                who = [speaker]
                            elif said and re.match(r"[\s\u201c\"']*(?:He|She)\s+$", text[max(c_start, sent.start) : holder.start - len(said.group(0))]):
                                # `He said Germany should instead look at ...`: the person named last before speaks
                                last = _last_person(all_refs, max(0, sent.start - 1500), sent.start)
                                who = [last] if last is not None else []
                            elif said and re.search(r",\s+who\s+(?:\w+\s+)?$", text[max(c_start, holder.start - 40) : holder.start - len(said.group(0))] + " "):
                                # `criticism from X, the chair of the committee, who said Germany should deliver them`:
                                # the relative pronoun's antecedent, the person named last before it, says it
                                people = [r for r in sent_refs if r.end <= holder.start and r.actor is not None and r.actor.kind == "person"]
                                who = people[-1:]
                    if who and (_NEITHER_BEFORE.search(text, max(c_start, who[0].start - 12), who[0].start) or (
                            # (pass poslist) `Neither the Greens nor Labour backed ...` with the first conjunct unread
                            text.find("nor ", max(c_start, who[0].start - 10), who[0].start) != -1
                            and _NOR_CONJUNCT_BEFORE.search(text, max(c_start, who[0].start - 80), who[0].start))):
                        sign = -sign  # (pass `pos21a`) `Neither Poland nor Hungary has backed the ban`
                    for ref in who:
                        name = _ref_name(gazetteer, ref, text, article.published_at)
                        if not name:
                            continue
                        if ref.actor is not None and ref.actor.kind == "country" and text.endswith("ople of ", 0, ref.start) and (
                                _PEOPLE_OF.search(text, max(0, ref.start - 20), ref.start)):
                            continue  # (pass chg50) `the people of Kenya, who have said they want nothing to do with ...`: citizens, not the state
                        order += 1
                        if first.kind == "align":
                            rest = lex.ALIGN.match(text, first.start)
                            target = next(iter(in_range(all_refs, rest.start("rest"), rest.end("rest")) if rest else []), None)
                            if target is not None and _ref_name(gazetteer, target):
                                aligns.append((ref, name, m.issue.id, sent, order, _ref_name(gazetteer, target, when=article.published_at)))
                            continue
                        found.append(_Found(name, ref, m.issue.id, "support" if sign > 0 else "oppose", unchanged, sent, order, first.kind, first.start, first.factor))
                        (recall_pairs if recalled else ruled_pairs).add((sent.start, m.issue.id))
                if not _resumes_after(stretches, k):
                    pending = []
        if " includ" in body or " such as " in body or " among them " in body or ", with " in body or "mong " in body:
            for m in current:
                for member, sign in _group_members(text, sent, m, sent_refs):
                    name = _ref_name(gazetteer, member, text, article.published_at)
                    if name and not any(f.actor == name and f.issue == m.issue.id and f.sentence.start == sent.start for f in found):
                        order += 1
                        found.append(_Found(name, member, m.issue.id, "support" if sign > 0 else "oppose", False, sent, order, "stance"))
        if len(current) == 1 and " who" in body and (
            " steered" in body or " drafted" in body or " tabled" in body or " sponsored" in body or " championed" in body
            or " authored" in body or " designed" in body or " introduced" in body or " proposed" in body or " spearheaded" in body
            or " recommended" in body or " floated" in body or " promised" in body
        ):
            # `Dr Ayesha Verrall, who steered the original law through Parliament, said ...`, `Stephen Flynn, the SNP's
            # leader, who tabled the amendment, said ...`: who wrote or carried the measure supports it (what the main
            # clause states, found before, comes first)
            for r in sent_refs:
                if r.actor is None or r.actor.kind != "person" or _AUTHOR_RELATIVE.match(text, r.end, sent.end) is None:
                    continue
                name = _ref_name(gazetteer, r, text, article.published_at)
                if name:
                    order += 1
                    found.append(_Found(name, r, current[0].issue.id, "support", False, sent, order, "stance"))

        if len(current) == 1 and restated:
            # `The medical association repeated its opposition.`: the subject right before the verb restates its stance on
            # the measure in discussion (against an act that went against the issue, the opposite: `Parliament voted to
            # repeal the ban. Doctors repeated their opposition.`)
            at = sent.start + restated.start()
            subject = next((r for r in reversed(sent_refs) if r.end <= at and r.actor is not None
                            and _SUBJECT_GAP.fullmatch(text, r.end, at)), None)
            name = _ref_name(gazetteer, subject, text, article.published_at) if subject is not None else None
            m = current[0]
            if name and not any(f.actor == name and f.issue == m.issue.id and f.sentence.start == sent.start for f in found):
                sign = -1 if (restated.group("noun") or restated.group("noun2")).startswith(("opposition", "objection")) else 1
                if _referent_act(polar.get(m.issue.id, ()), sent.start) < 0:
                    sign = -sign
                order += 1
                found.append(_Found(name, subject, m.issue.id, "support" if sign > 0 else "oppose", True, sent, order, "stance"))
        if len(current) == 1 and ("took " in body or "made " in body or "taken " in body) and (took := _TOOK_DECISION.search(body)):
            # `The administration lifted the restrictions. ... Biden took the decision after ...`: the decider of the act
            # named before holds the stance that act took
            at = sent.start + took.start()
            decider = next((r for r in reversed(sent_refs) if r.end <= at and r.actor is not None), None)
            m = current[0]
            sign = _referent_act(polar.get(m.issue.id, ()), sent.start)
            name = _ref_name(gazetteer, decider, text, article.published_at) if decider is not None else None
            if name and sign and _DECIDER_GAP.fullmatch(text, decider.end, at) and not any(
                f.actor == name and f.issue == m.issue.id for f in found
            ):
                order += 1
                found.append(_Found(name, decider, m.issue.id, "support" if sign > 0 else "oppose", False, sent, order, "stance"))
        if ", with " in body and found and found[-1].sentence.start == sent.start:
            # `The Greens voted against, with senator Ana Ruiz calling the ban "a blunt instrument"`: a party's or a
            # group's own member or spokesperson, speaking in a `with` clause on its stance, holds that stance
            for w in _WITH_MEMBER.finditer(text, sent.start, sent.end):
                member = next((r for r in sent_refs if w.start() < r.start <= w.end() and r.actor is not None and r.actor.kind == "person"), None)
                if member is None or not _MEMBER_SPEAKS.match(text, member.end, sent.end):
                    continue
                name = _ref_name(gazetteer, member, text, article.published_at)
                for f in [f for f in found if f.sentence.start == sent.start and f.ref is not None and f.ref.end <= w.start()
                          and f.ref.actor is not None and f.ref.actor.kind == "organization" and f.cue != "request"]:
                    if name and name != f.actor and not any(g.actor == name and g.issue == f.issue for g in found if g.sentence.start == sent.start):
                        order += 1
                        found.append(_Found(name, member, f.issue, f.stance, False, sent, order, "stance"))

    if found and ("its " in text or "Its " in text or "their " in text or "Their " in text):
        # `The employers' federation warned that ... "...," its president, Anna Berg, said.`, `Their housing spokesman,
        # Tom Reid, said ...`: the officer an organisation's possessive introduces, speaking right after the organisation
        # stated its stance, states it too (the organisation's stance in that sentence or the one before)
        starts = [x.start for x in sents]
        for v in _ITS_VOICE.finditer(text):
            person = next((r for r in all_refs if v.start() < r.start <= v.end() and r.actor is not None and r.actor.kind == "person"), None)
            if person is None or not _VOICE_SPEAKS.match(text, person.end):
                continue
            index = bisect.bisect_right(starts, v.start()) - 1
            if not _VOICE_OPENS.search(text[starts[index] : v.start()]):
                continue  # `Meta will not sign the code, its global affairs chief said`: the tail reporting that very stance
            floor = starts[index - 1] if index > 0 else 0
            owners = [f for f in found if floor <= f.sentence.start <= starts[index] and f.ref is not None and f.ref.end <= v.start()
                      and f.ref.actor is not None and f.ref.actor.kind == "organization" and f.cue != "request"]
            if not owners:
                continue
            owner = max(owners, key=lambda f: f.ref.start).ref
            name = _ref_name(gazetteer, person, text, article.published_at)
            if not name:
                continue
            for f in [f for f in owners if f.ref is owner]:
                if not any(g.actor == name and g.issue == f.issue for g in found):
                    order += 1
                    found.append(_Found(name, person, f.issue, f.stance, False, sents[index], order, "stance"))

    found = _posprec_drop(text, found)

    # `overriding opposition from France, Poland, Austria and Ireland`, `bowing to pressure from Trump`: the actors
    # listed after a stance noun and `from` in a sentence that states a stance on the issue hold one too; opposition
    # and objections oppose, support and backing support, pressure pushes for what the sentence's holder did
    by_sentence: dict[int, _Found] = {}
    for f in found:
        if f.sentence.start not in by_sentence or f.order < by_sentence[f.sentence.start].order:
            by_sentence[f.sentence.start] = f
    for f in list(by_sentence.values()):
        for a in _FROM_ADJUNCT.finditer(text, f.sentence.start, f.sentence.end):
            noun = a.group("noun").casefold()
            if noun.startswith("protest"):
                sign = -1 if f.stance == "support" else 1  # `despite months of protests from Kyiv`: against the course taken
            elif noun.startswith("pressure"):
                sign = 1 if f.stance == "support" else -1
                if a.group("against"):
                    sign = -sign
            else:
                sign = -1 if noun in ("opposition", "objections", "objection", "resistance") else 1
            listed = text[a.start("list") : a.end("list")]
            items = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed)
            if not re.search(r"\band\s+(?:the\s+)?[A-Z][^,]*$", listed):
                items = items[:1]  # a list closes with `and`: `from Hungary, EU diplomats said` is one name and the source
            pos = a.start("list")
            for item in items:
                i_start = text.find(item, pos)
                i_end = i_start + len(item)
                pos = i_end
                named = [r for r in in_range(all_refs, i_start, i_end) if _ref_name(gazetteer, r)]
                if not named:
                    continue
                head = named[-1]  # `U.S. President Donald Trump`: the person, not the country before the title
                name = _ref_name(gazetteer, head, text, article.published_at)
                if name and name != f.actor:
                    found.append(_Found(name, head, f.issue, "support" if sign > 0 else "oppose", False, f.sentence, f.order))

    # `Scholz rebuffed calls to send tanks, saying Germany would not go it alone`: a leader or minister who names his own
    # country as the subject of what he says announces its course, so the country holds his stance too
    for f in list(found):
        actor = f.ref.actor
        own = _person_country(text, f.ref, in_range(all_refs, max(0, f.ref.start - 80), f.ref.start), gazetteer)
        if actor is None or actor.kind != "person" or not own or f.cue in ("request", "entitle"):
            continue  # a call on others is the caller's only
        for said in _SAYING_THAT.finditer(text, f.ref.end, f.sentence.end):
            named_now = next(iter(in_range(all_refs, said.end(), min(f.sentence.end, said.end() + 40))), None)
            if (
                named_now is not None and (named_now.start == said.end() or (
                    named_now.start == said.end() + 4 and text.startswith("the ", said.end())))  # `saying the United States ...`
                and named_now.actor is not None
                and not re.match(r"['\u2019]", text[named_now.end : named_now.end + 1])
                and named_now.actor.kind == "country" and named_now.country == own
                # `and said Ukraine deserved membership`: a verdict on his country as the issue's actor, no course
                and not lex.PATIENT_VERDICT.search(text, named_now.end, min(f.sentence.end, named_now.end + 40))
                # `and said Germany should deliver them`: a call on his country (an opposition leader's), no course announced
                and not _OBLIGED.match(text, named_now.end)
            ):
                found.append(_Found(named_now.country, named_now, f.issue, f.stance, f.unchanged, f.sentence, f.order))
            break

    # `Scholz ruled out Germany supplying jets`: a leader or minister who takes a stance on his own country doing something
    # announces its course, so the country holds his stance too
    for f in list(found):
        actor = f.ref.actor
        if actor is None or actor.kind != "person" or f.at < 0 or f.cue in ("request", "entitle"):
            continue
        own = _person_country(text, f.ref, in_range(all_refs, max(0, f.ref.start - 80), f.ref.start), gazetteer)
        if not own:
            continue
        for r in in_range(all_refs, f.at, min(f.sentence.end, f.at + 40)):
            if r.actor is not None and r.actor.kind == "country" and r.country == own and (
                (_GERUND_OBJECT_VERB.search(text, max(f.at, r.start - 30), r.start) and _GERUND_AFTER.match(text, r.end))
                # `Rutte committed the Netherlands to supplying F-16s`
                or (_COMMITTED.search(text, max(f.at, r.start - 16), r.start) and text.startswith(" to ", r.end))
            ):
                found.append(_Found(own, r, f.issue, f.stance, f.unchanged, f.sentence, f.order))
            break

    # `MPs backed the Labour government's plan to ...`, `Parliament passed the Government's law that will ...`: the
    # government whose measure it is (the country the article is about) holds the stance the measure embodies
    if found and "overnment" in text:
        home: str | None = None
        for f in list(found):
            if f.at < 0 or not f.factor or f.cue not in ("stance", "action"):
                continue
            g = _GOVERNMENT_MEASURE.search(text, f.at, f.sentence.end)
            if g is None or re.search(r"[,;]", text[f.at : g.start()]):
                continue
            if home is None:
                ranked: dict[str, int] = {}
                for r in all_refs:
                    c = r.country or (gazetteer.country_of(r.actor) if r.actor is not None else None)
                    if c and (gazetteer.get(c) is None or gazetteer.get(c).kind == "country"):
                        ranked[c] = ranked.get(c, 0) + 1
                home = max(ranked, key=lambda c: ranked[c]) if ranked else ""
            if not home:
                continue
            country = f.ref.country if f.ref.actor is not None and f.ref.actor.kind == "body" and f.ref.country else home
            sign = (1 if f.stance == "support" else -1) * f.factor
            order += 1
            found.append(_Found(country, f.ref, f.issue, "support" if sign > 0 else "oppose", False, f.sentence, order))

    # `Shabana Mahmood ... voted against, as did the health secretary, Wes Streeting`: who did the same holds the same stance
    for f in list(found):
        if f.at < 0 or f.ref.start < f.sentence.start:
            continue
        did = _AS_DID.search(text, f.at, f.sentence.end)
        if did is None or re.search(r"[;]|\bbut\b", text[f.at : did.start()]):
            continue
        # (pass poslist: a name whose alias holds the article, `as did the Greens`, starts at the article)
        did_at = did.start("the") if did.group("the") is not None else did.end()
        after = [r for r in in_range(all_refs, did_at, min(f.sentence.end, did.end() + 200)) if _ref_name(gazetteer, r)]
        # (pass pos44b) and every name coordinated with the first (`as did Justice Secretary Ana Ruiz and Health
        # Secretary Tom Hale`): a comma or `and` and at most a title of a few words between two names
        listed = [r for r in after[:1] if r.start < did.end() + 70]
        for r in after[1:]:
            if not _AS_DID_NEXT.fullmatch(text, listed[-1].end, r.start):
                break
            listed.append(r)
        for r in listed:
            if not re.match(r"\s*(?:[,.;]|and\b|who\b|$)", text[r.end : r.end + 6]):
                continue
            name = _ref_name(gazetteer, r, text, article.published_at)
            if name and name != f.actor and not any(g.actor == name and g.issue == f.issue for g in found):
                order += 1
                found.append(_Found(name, r, f.issue, f.stance, False, f.sentence, order))

    # `Zelensky thanked Germany and Poland for the tanks`, `said, thanking Denmark, the Netherlands and the United States`:
    # the thanked did what they are thanked for
    for f in list(found):
        if f.at < 0 or f.stance != "support":
            continue
        if not text.startswith("thank", f.at):
            # (`Zelensky thanked Mr Sunak, saying the move sent "the right signal"`: the holder's own thanks before the cue)
            own = re.match(r"\s+(?:\w+\s+)?(?=thank(?:s|ed|ing)\s)", text[f.ref.end : f.at]) if f.ref.start >= f.sentence.start else None
            if own is None:
                continue
            f = _Found(f.actor, f.ref, f.issue, f.stance, f.unchanged, f.sentence, f.order, f.cue, f.ref.end + own.end(), f.factor)
        verb = re.match(r"thank\w*\s+", text[f.at : f.sentence.end])
        obj_end = _thanked_end(text, f.at, f.sentence.end)
        if text.startswith(" for ", obj_end):
            # thanked for what: the issue, the act named again, or a deed (`for sending`), not `for its hospitality`
            what = re.split(r"[,;.]|\s(?:and|but)\s", text[obj_end + 5 : min(f.sentence.end, obj_end + 80)], maxsplit=1)[0]
            m_issue = next((m for m in matchers if m.issue.id == f.issue), None)
            if not (re.match(r"(?:[a-z]+ing|it|this|that)\b", what) or _ACT_ANAPHOR.match(what) or _MEASURE_ANAPHOR.match(what)
                    or (m_issue is not None and m_issue.terms is not None and m_issue.terms.search(what))
                    or re.match(r"(?:its|their|his|her|the)\s+(?:decision|pledge|promise|commitment|package|delivery|deliveries)\b", what)):
                continue
        for r in in_range(all_refs, f.at + verb.end(), obj_end):
            if r.actor is None or r.actor.kind not in ("country", "organization", "body", "person") or r is f.ref or re.match(
                    r"['\u2019]s?\b", text[r.end : r.end + 2]):
                continue  # (`thanked Spain's parliament`: the possessor is not the one thanked)
            if not re.fullmatch(r"(?:(?:the|both|and)\b|[A-Z][\w.'\u2019-]*|,|\s)*", text[f.at + verb.end() : r.start]):
                continue  # (`thanked Mr Sunak`, `thanking Denmark, the Netherlands and the United States`; not `thanked the people of Poland`)
            name = _ref_name(gazetteer, r, text, article.published_at)
            if name and name != f.actor and not any(g.actor == name and g.issue == f.issue for g in found):
                order += 1
                found.append(_Found(name, r, f.issue, "support", False, f.sentence, order))

    # `President Donald Trump signed resolutions that block ...`, `Rishi Sunak has announced plans to stop ...`: a head of
    # government or minister who acts on a measure (signs, announces, tables, delays, scraps) acts for the country
    for f in list(found):
        actor = f.ref.actor
        if actor is None or actor.kind != "person" or f.at < 0 or f.cue not in ("action", "reverser", "keeper", "halt", "stance"):
            continue
        if f.ref.start < f.sentence.start or f.ref.end > f.at:
            continue
        if f.at - f.ref.end > 80 and not (f.cue in ("action", "stance") and _LEADER_ACT_FIRST.match(text, f.ref.end)):
            continue
        if not _GOVERNMENT_ACT.search(text, f.ref.end, min(f.sentence.end, f.at + 15)) and (
                (acted := _LEADER_ACT.match(text, f.ref.end)) is None or acted.end() > min(f.sentence.end, f.at + 15)):
            continue
        own = _person_country(text, f.ref, in_range(all_refs, max(0, f.ref.start - 80), f.ref.start), gazetteer)
        if not own or gazetteer.get(own) is None or gazetteer.get(own).kind != "country":
            continue
        if any(g.actor == own and g.issue == f.issue for g in found):
            continue
        if not _holds_office(text, f.ref, all_refs):
            continue
        order += 1
        found.append(_Found(own, f.ref, f.issue, f.stance, f.unchanged, f.sentence, order))

    # `Marta Lind, chief executive of the Federation of ..., said`, `Casa Justa's president, Ana Costa, said`: a person
    # who heads or speaks for an organisation the gazetteer does not know states its stance too
    if any(f.ref.actor is not None and f.ref.actor.kind == "person" for f in found):
        for f in list(found):
            if f.ref.actor is None or f.ref.actor.kind != "person" or f.ref.start < f.sentence.start:
                continue
            org = _headed_organisation(text, f.ref, f.sentence.start, all_refs, gazetteer)
            if org is None:
                continue
            name = org.actor.canonical
            if name != f.actor and not any(g.actor == name and g.issue == f.issue for g in found):
                found.append(_Found(name, org, f.issue, f.stance, f.unchanged, f.sentence, f.order, f.cue, f.at, f.factor))

    # (pass pos39b) `Ana Ruiz, leader of the opposition Green Party, said her party would table a bill ...`: a party's
    # leader stating the party's own course states its stance too (not a leader's own words or calls on others)
    if "party" in text:
        for f in list(found):
            if f.ref.actor is None or f.ref.actor.kind != "person" or f.ref.start < f.sentence.start:
                continue
            m = _LEADER_OF_PARTY_SAYS.match(text, f.ref.end)
            if m is None or m.end() > f.sentence.end or (f.at >= 0 and f.at < m.end()):
                continue
            words = m.group("org").split()
            while words and not words[0][:1].isupper():
                words = words[1:]  # `the main opposition ...`, `junior coalition partner ...`: what it is, no part of its name
            written = " ".join(words)
            known = gazetteer.lookup(written) if written else None
            if known is not None and known.kind == "organization":
                party = Ref(m.end("org") - len(written), m.end("org"), written, known, None)
            elif len(words) >= 2 and words[-1] == "Party" and all(w[:1].isupper() or w in _PARTICLE_WORDS for w in words):
                party = Ref(m.end("org") - len(written), m.end("org"), written, _unknown_actor(written, "organization"), None)
            else:
                continue
            name = canonical_actor(gazetteer, party.actor)
            if name != f.actor and not any(g.actor == name and g.issue == f.issue for g in found):
                found.append(_Found(name, party, f.issue, f.stance, f.unchanged, f.sentence, f.order, f.cue, f.at, f.factor))

    # (pass posh) `Socialist leader Ana Ruiz said her deputies would table the levy again`, `KMT chairman Eric Chu said the
    # party opposed ...`: a party's leader named by the party's title before the name, stating the party's own course,
    # states its stance too, as `_LEADER_OF_PARTY_SAYS` reads the leader named first (not the leader's own words, `said a
    # Labour government would`, nor urging or asking others, nor a vote, which may be free, nor a fear)
    if " leader " in text or "chair" in text or " president " in text:
        for f in list(found):
            if f.ref.actor is None or f.ref.actor.kind != "person" or f.ref.start < f.sentence.start:
                continue
            k = f.ref.text.find(f.actor.split(" ", 1)[0])  # (a titled person's mention may hold the title: `leader Ana Ruiz`)
            name_at = f.ref.start + max(k, 0)
            t = _PARTY_TITLE_BEFORE.search(text, max(f.sentence.start, name_at - 60), name_at)
            if t is None or f.cue == "request" or not _PARTY_LEADER_STATES.match(text, f.ref.end):
                continue
            if _OWN_FEELING.match(text, f.ref.end):
                continue  # `Left leader Ana Ruiz said she feared an escalation`: a fear or hope of one's own
            party = _titled_party(text, t, f, gazetteer)
            if party is None:
                continue
            name = canonical_actor(gazetteer, party.actor)
            if name != f.actor and not any(g.actor == name and g.issue == f.issue for g in found):
                found.append(_Found(name, party, f.issue, f.stance, f.unchanged, f.sentence, f.order, f.cue, f.at, f.factor))

    # `aligning with Kiev's position`: the stance of the actor aligned with, in this article
    for ref, name, issue_id, sent, order_no, target in aligns:
        theirs = [f for f in found if f.actor == target and f.issue == issue_id]
        if theirs:
            found.append(_Found(name, ref, issue_id, theirs[0].stance, False, sent, order_no))

    events: list[Envelope] = []
    seen: set[tuple[str, str]] = set()
    # `Austria will not send tanks ..., adding that Vienna's position remains unchanged`
    unchanged_somewhere = {(f.actor, f.issue, f.stance) for f in found if f.unchanged}
    found = _unchanged_stated_after(text, found)
    if " position" in text or " side" in text or " stance" in text:
        found = _r52pos_no_position(text, found)
    chosen: dict[tuple[str, str], _Found] = {}
    matcher_of = {m.issue.id: m for m in matchers} if len(found) > 1 else {}
    for f in sorted(found, key=lambda f: f.order):
        # one stance per actor and issue per article: the first stated (a lead states the news;
        # a later clause that seems to contradict it is more often a misreading than a U-turn) -- except within one
        # sentence, where `supported a Palestinian state but was not in favour of recognising it now` ends on the stance
        key = (f.actor, f.issue)
        kept = chosen.get(key)
        if kept is None:
            chosen[key] = f
        elif (
            kept.sentence.start == f.sentence.start and kept.stance != f.stance and 0 <= kept.at < f.at
            and (re.search(r"\bbut\b", text[kept.at : f.at]) or _NOW_BEFORE.search(text, kept.at, f.at))
        ):
            # `X, who two years ago called it a mistake, now backs it`: the present stance
            chosen[key] = f
        elif kept.sentence.start == f.sentence.start and kept.stance != f.stance and 0 <= kept.at < f.at and _aside_then_own(
                text, kept, f, matcher_of.get(f.issue)):
            # (pass pos26c) `The Liberal Party, which voted against the bill, wants a moratorium`: the holder's own
            # predicate naming the issue, not the aside that names nothing of it
            chosen[key] = f
    # A change must rest on the actor's own shift, not on another's told in the same story (`X reversed course`
    # beside a misread stance of Y): a shift word in the stance's paragraph, or in a sentence that names the actor.
    shifts_at = list(shift_offsets(text)) if chosen else []  # read only where there is a stance to mark
    shift_sents = [next((s for s in sents if s.start <= at < s.end), None) for at in shifts_at]

    def shift_of_own(f: _Found) -> bool:
        para = next((p for p in analysis_of(text, ctx).paragraphs if p.start <= f.sentence.start < p.end), None)
        in_sentence = [at for at in shifts_at if f.sentence.start <= at < f.sentence.end]
        if in_sentence and all(_shift_of_other(text, f, at, all_refs) for at in in_sentence):
            # (pass chgguard) `EU countries gave final approval ..., after Germany dropped its objections`: every shift word
            # of the stance's own sentence has another actor as its subject -- that actor's shift, none of this one's
            return False
        if not in_sentence and _weak_holder(f) and not any(
                g.actor == f.actor and g.issue == f.issue and g.stance == f.stance and not _weak_holder(g) for g in found):
            # (pass chgguard) a holder named only as `the government` / `his government`, or given another's stance (a
            # country by its leader, a party by its chair, who aligned or did the same): a change only on a shift word in
            # the stance's own sentence, not on one elsewhere in its paragraph or story (unless the article also gives
            # the holder that stance by a cue of its own)
            return False
        for at, sent in zip(shifts_at, shift_sents):
            if para is not None and para.start <= at < para.end:
                return True
            if sent is None:
                continue
            refs = [r for r in in_range(all_refs, sent.start, sent.end) if r.actor is not None]
            own = next((r for r in refs if r.actor.canonical == f.actor), None)
            if own is None:
                continue
            if own.start > at and any(r.end <= at for r in refs):
                # (pass chg48) `X said it would no longer back the tax, a reversal that leaves Y as its only defender`:
                # the actor named only after the shift word, another named before it -- the shift is the other's
                continue
            return True
        return False

    recall_only = recall_pairs - ruled_pairs
    for f in sorted(chosen.values(), key=lambda f: f.order):
        key = (f.actor, f.issue)
        if key in seen:
            continue
        seen.add(key)
        if f.ref is not None and f.ref.actor is not None and f.ref.actor.kind == "person" and "J" in text[max(0, f.ref.start - 16) : f.ref.start] and (
                _BENCH_TITLE.search(text, max(0, f.ref.start - 40), f.ref.start)) and not _OFFICE_WORD.match(f.ref.text):
            # (pass pos40a) `Presiding Judge Ana Ruiz said the ban was unconstitutional`: a judge reads out the court's
            # ruling; the stance is the court's (named as the ruling's author), never the judge's own
            continue
        evidence = Span.of(text, f.sentence.start, f.sentence.end)
        payload = PositionStated(
            actor=Entity(name=f.ref.text, canonical=f.actor, span=Span.of(text, f.ref.start, f.ref.end)),
            issue=f.issue,
            stance=f.stance,
            explicitly_unchanged=f.unchanged or (f.actor, f.issue, f.stance) in unchanged_somewhere or (
                f.ref is not None and (f.sentence.start, f.ref.start) in r52pos_unchanged),
            evidence=evidence,
            change_signalled=(f.sentence.start, f.issue) not in recall_only and shift_of_own(f),
        )
        events.append(
            article_event(
                article,
                event_type=POSITION_STATED,
                producer=PRODUCER,
                payload=payload,
                evidence=evidence,
                discriminators=(f.actor, f.issue),
            )
        )
    return events
