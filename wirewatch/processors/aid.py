"""aid-announced: who gives what aid to whom, for how much, and whether it is new.

Rule-based and deterministic. Per sentence: find money mentions (`money.py`), keep the ones
that describe aid (an aid noun is closer than a budget/price/damage noun), resolve donor and
recipient from gazetteer mentions, then classify kind (new vs a cumulative running total),
status (announced/planned/pledged/delivered), aid type and items. A package mentioned twice is
one event; `including $50 million in drawdown and $770 million under USAI` become its parts.
In-kind transfers (`Germany will send 14 Leopard 2 tanks`) yield an event with no amount.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace

from ..schemas import AID_ANNOUNCED, AidAnnounced, Amount, AmountPart, Article, Entity, Envelope, Producer, Span, article_event
from . import items as item_lib
from .context import ExtractionContext
from .analysis import analysis_of
from .attribution import WIRE_DATELINE
from .entities import DATELINE_PLACE, DEMONYMS, Ref, article_refs, dateline_country, in_range, refs as title_refs
from .gazetteer import Actor
from .money import Money, find_money, is_bare_dollar, local_dollar, resolve_crown
from .text import Segment
from .wordfilter import caseless_occurrences

PRODUCER = Producer(name="aid", version="1.42.0")

_AID_NOUN = re.compile(
    r"\b(?:aid|assistance|package|support|funding|funds|tranche|loans?|grants?|donations?|contributions?|"
    r"pledges?|help|bailouts?|weapons|arms|ammunition|munitions|drawdown|equipment|credits?|financing|"
    r"(?<=emergency )response|(?<=humanitarian )response|(?<=relief )response|"
    r"USAI|(?<!import )(?<!export )(?<!wage )(?<!fuel )(?<!energy )(?<!food )bill|facility|instalment|installment|disbursement|relief|supplies|military|security|lending)\b",
    re.IGNORECASE,
)
_NOT_AID_NOUN = re.compile(
    r"\b(?:budgets?(?! (?:support|assistance|aid|financing))|budgeted|econom(?:y|ies)|GDP|gross domestic product|revenues?|deficits?|damages?|losses|"
    r"profits?|sales|exports?|imports?|exported|imported|contracts?|investments?|prices?|costs?|cost|barrel|per day|"
    r"a day|salary|salaries|wealth|market|valuation|debts?|bonds? issue|oil|gas|(?:national security |defen[cs]e |military )?spending|"
    r"reserves|assets|worth of damage|fines?|bail|ransom|needs|need|shortfall|gap|estimated|needed|tariffs?|duties|(?<!relief )(?<!aid )(?<!humanitarian )goods|appeal(?:s|ed|ing)?|"
    r"requested|asked for|seeks|seeking|wants|demand(?:s|ed)?|earn(?:s|ed)?|lost|cost|(?:over|under)stat\w+|"
    r"accounting|miscalculat\w+|overvalu\w+|unspent|unused|leftover|undisbursed|"
    # revenue a levy or sale brings in (`the tax would raise 5 billion euros`), and a country's own forces
    r"rais(?:e|es|ed|ing)(?=\s*$|\s+(?:about|around|some|up to|more than|over|nearly|roughly|an estimated|at least)?\s*(?:$|[$\u20ac\u00a3\u00a5\d]))|"
    r"generat(?:e|es|ed|ing)|bring in|brings in|brought in|bringing in|collect(?:s|ed|ing)?|rake[sd]? in|"
    # an investor's money (`a commitment to invest $35 billion in a coastal resort`)
    r"invest(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
# A running total: never a new package.
_CUMULATIVE_RIGHT = re.compile(
    r"^[^;]{0,80}?\b(?:since (?:the )?(?:start|beginning|outbreak|onset|full-scale|invasion|war|conflict|"
    r"\w+ 20\d\d|20\d\d|russia|moscow|february|march|january|april|may|june|july|august|september|"
    r"october|november|december|then|last (?:year|month|spring|summer|autumn|fall|winter)(?!['\u2019]s))|so far|to date|in total|in all|altogether|all told|"
    r"over the (?:past|last) (?:\w+ )?(?:years?|months)|over the course of the war|during the war)",
    re.IGNORECASE,
)
_PART_CUE = re.compile(
    r"^(?:[^.;]|(?<=[A-Z])\.){0,60}?\b(?:including|of which|comprising|combin(?:es|ing)|consisting of|split (?:between|into)|divided into|"
    r"made up of|broken down into|with)\b|"
    # after a longer adjunct, set off by a comma (`A$1.3 billion in support for Ukraine since Russia's invasion in
    # February 2022, including A$1.1 billion in military assistance`)
    r"^(?:[^.;]|(?<=[A-Z])\.){0,90}?,\s*(?:including|of which)\b|^(?:[^.;]|(?<=[A-Z])\.){0,60}?:\s*(?:about|around|nearly|almost|some|roughly|over|more than)?\s*$",
    re.IGNORECASE,
)
_STATUS = [
    ("delivered", re.compile(r"\b(?:delivered|deliveries of|arrived|has sent|have sent|had sent|handed over|paid out|paid|"
                             r"released|releasing|disbursing|disbursements? of|shipped|transferred|received|disbursed|has given|have given|gave|sent|deposited|donated)\b", re.I)),
    ("pledged", re.compile(r"\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|commit(?:s|ted|ting)?|vow(?:s|ed)?|"
                           r"earmark(?:s|ed)?|allocat(?:e|es|ed|ing)|put(?:s|ting)? up)\b", re.I)),
    ("announced", re.compile(r"\b(?:announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|approv(?:e|es|ed|ing)|"
                             r"authori[sz](?:e|es|ed|ing)|sign(?:s|ed)? off|agree(?:s|d)?|"
                             r"provid(?:e|es|ed|ing)|send(?:s|ing)?|supply|supplies|supplied|give[sn]?|"
                             r"grant(?:s|ed)?|offer(?:s|ed)?|donat(?:e|es|ed)|deliver(?:s|ing)?|ship|"
                             r"transfer|hand over|set aside|adopt(?:s|ed)?|pass(?:es|ed)?)\b", re.I)),
]
_FUTURE = re.compile(
    r"\b(?:will|would|shall|'ll|intends? to|intending to|plans? to|plans (?=a |an |another )|planning to|planned|set to|expected to|"
    r"going to|is to|are to|preparing|prepares to|poised to|about to|to be|aims? to|seeks? to|"
    r"is due to|are due to|upcoming|forthcoming|next week|next month|soon|ready to|prepared to|willing to|"
    r"propos(?:e|es|ed|ing|al)|(?:is|are|was|were) (?:buying|purchasing|procuring)|(?:will|to) (?:buy|purchase|procure))\b",
    re.IGNORECASE,
)
_NEGATED_TRANSFER = re.compile(
    r"\b(?:not|n't|never|no plans|refus\w*|reject\w*|rul\w+ out|declin\w*|against|whether|if|unless|until|ask\w*|"
    r"request\w*|urg\w*|call\w* (?:on|for)|demand\w*|press\w*|consider\w*|debat\w*|discuss\w*|"
    r"oppos\w*|block\w*|veto\w*|hesitat\w*|reluctan\w*|(?-i:could|might|may)|on hold|shelv\w*|postpon\w*|"
    r"delay\w*|paus\w*|suspend\w*|halt\w*|froze|freez\w*|"
    # an idea put about, not a decision: `has floated a swap under which the UK would send ...`
    r"float(?:s|ed|ing)|moot(?:s|ed|ing)|hypothetical\w*)\b",
    re.IGNORECASE,
)
# `, which had pressed Berlin for weeks,`: an aside on the subject set off by commas
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\s[^,;:.]{0,80},")
_TRANSFER_VERB = re.compile(
    r"(?<![\w-])(?:send(?:s|ing)?|sent|deliver(?:s|ed|ing)?|supply|supplies|supplied|supplying|provid(?:e|es|ed|ing)|"
    r"give[sn]?|gave|giving|transfer(?:s|red|ring)?|hand(?:s|ed|ing)?(?=\s+(?:over\b|[A-Z]))(?:\s+over)?|donat(?:e|es|ed|ing)|ship(?:s|ped|ping)?|"
    r"dispatch(?:es|ed|ing)?|gift(?:s|ed|ing)?|"
    # relief teams and goods put to work in the country (`deployed a field hospital to`, `distributing rice to`): relief
    # items only (`_RELIEF_ONLY_VERB`: a deployment of troops or batteries is no gift)
    r"deploy(?:s|ed|ing)?|distribut(?:e|es|ed|ing)|set(?:s|ting)?\s+up|mobili[sz](?:e|es|ed|ing)|"
    # relief flown in: `India has flown 15 tonnes of relief material to Yangon`, `flew in tents`, `airlifted blankets`
    # (not aircraft flown by their own crews: `Ukraine's air force has flown Soviet-era MiG-29 and Su-27 fighters`)
    r"(?:flown(?:\s+in)?|flew(?:\s+in)?|flying(?:\s+in)?)(?!\s+(?:(?!(?:aboard|on|in|with|of|to|by|from)\b)[\w-]+\s+){0,5}?"
    r"(?:fighters|fighter jets|jets|warplanes|bombers|combat aircraft|missions|sorties|combat missions|patrols)\b)|airlift(?:s|ed|ing)?|"
    # relief dropped from the air (`airdropped food parcels over Gaza`)
    r"air-?drop(?:s|ped|ping)?|"
    # (pass aidg) relief dropped by aircraft named as the subject (`cargo planes dropped 30,000 meals into Gaza`): reached
    # only from `_VEHICLE_DROPPED`, never by the scan of verbs
    r"dropped(?=\s)|"
    # relief rushed in (`rushed 200 tonnes of food to Sudan`; not `rushed to the scene`), goods lent (`will loan Ukraine two
    # surveillance aircraft`), a force fitted out (`will equip Ukraine with 12 drones`: the recipient, then `with` the goods)
    r"rush(?:es|ed|ing)?(?!\s+(?:to|into|through|out|back|in|off|from|home|over)\b)|loan(?:s|ed|ing)?|lend(?:s|ing)?|lent|"
    # goods contributed (`will contribute two minehunters to`; not `contributed to`), goods made available (`will make three
    # tanks available to Ukraine`)
    r"contribut(?:e|es|ed|ing)(?!\s+to\b)|mak(?:e|es|ing)(?=\s[^.;:]{1,60}?\bavailable\s+(?:to|for)\b)|"
    r"made(?=\s[^.;:]{1,60}?\bavailable\s+(?:to|for)\b)|"
    r"equip(?:s|ped|ping)?(?=\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,3}(?:(?:armed\s+)?forces\s+|army\s+|military\s+)?with\s))\b",
    re.IGNORECASE,
)
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:(?:also|already|now|finally|quickly)\s+)?$", re.IGNORECASE)
_BY_AFTER_RECIPIENT = re.compile(
    r"\s+(?:to|into)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:(?:on|last|this)\s+\w+\s+)?by\s+(?:the\s+)?(?:neighbou?ring\s+|fellow\s+)?"
)
# verbs of a gift, never of trade (`Japan sent 40 tonnes of rice to Haiti`; `shipped`, `supplied`, `delivered` are also a trader's)
_GIFT_VERB = re.compile(r"(?:sen[dt]|donat|gave|give|gift|airlift|air-?drop|distribut|flown|flew|flying|offer|rush|provid)", re.IGNORECASE)
_RELIEF_ONLY_VERB = re.compile(r"deploy|distribut|set|mobili|dropped", re.IGNORECASE)  # (pass aidg: `planes dropped`, relief only)
# troops sent on a disaster-relief mission (not `relief` alone: `relief for Ukraine's front` is no mission)
_RELIEF_MISSION = re.compile(
    r"\b(?:disaster[- ]relief|(?:relief|rescue|humanitarian) (?:missions?|operations?|deployments?|efforts?|work))\b", re.IGNORECASE
)
_COUNTED_FORCES = re.compile(
    r"(?:(?:up to|about|around|some|nearly|more than)\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|military personnel|service members)\b",
    re.IGNORECASE,
)
_FORCE_OBJECT = re.compile(r"\b(?:troops|soldiers|forces|marines|sailors|police(?:men)?|officers|gendarmes|warships|battalions?|brigades?|battle ?groups?)\b", re.IGNORECASE)
_ON_X_BREAK = re.compile(r"\s(?:on|via)\sX\.\s+(?=[A-Z])")
_NOTHING_AFTER = re.compile(r"\s*(?:[.;,]|$)")
_GIVER_BEFORE_VERB = re.compile(r"\s+(?:has|have|had)\s+(?:(?:already|also|since|so far)\s+)?$")
_ITEM_GAP = re.compile(r"(?:\s*,\s*|\s+)(?:and\s+)?(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}")
_OBJECT_BEFORE_GIVER = re.compile(r"\s+(?:that|which)?\s*(?:the\s+)?$")


def _relief_before_giver(text: str, sent: Segment, sent_refs: list[Ref], clause: int, verb: int) -> list[str]:
    """Relief items that end right before the giver of `ITEMS the Emirates have already deployed` (none otherwise)."""
    giver = next((r for r in reversed(sent_refs) if r.end <= verb), None)
    if giver is None or not giver.country or giver.demonym or not _GIVER_BEFORE_VERB.search(text, giver.end, verb):
        return []
    # (from before the clause: `the field hospital and medical teams Pakistan has` breaks at `and`)
    found = list(item_lib.HUMANITARIAN_ITEM.finditer(text, max(sent.start, clause - 120), giver.start))
    if not found or not _OBJECT_BEFORE_GIVER.fullmatch(text, found[-1].end(), giver.start):
        return []
    chain = [found[-1]]
    for m in reversed(found[:-1]):
        if not _ITEM_GAP.fullmatch(text, m.end(), chain[-1].start()):
            break
        chain.append(m)
    return [m.group(0) for m in reversed(chain)]


# `Japan, whose emergency grants of $30 million were announced on Tuesday, said it would also send ...`: an aside on the giver
_GIVER_ASIDE = re.compile(r",\s*(?:which|who|whose)\s(?:[^,;:.]|\.\d)*,")


def _in_giver_aside(body: str, at: int, verb: int) -> bool:
    """Whether body[at] (a sum) lies in a relative aside on the giver that body[verb] (a transfer) lies outside of."""
    if ", wh" not in body:
        return False
    return any(m.start() < at < m.end() and not m.start() < verb < m.end() for m in _GIVER_ASIDE.finditer(body, 0, min(len(body), at + 120)))


def _aside_around(body: str, at: int) -> tuple[int, int] | None:
    """The `, which has also sent ...,` aside on the subject that holds body[at] (start, end), if any."""
    for m in _RELATIVE_ASIDE.finditer(body, 0, min(len(body), at + 200)):
        if m.start() < at < m.end():
            return m.start(), m.end()
    return None


_INVADER = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}(?:invasion|war|attack|aggression|offensive|strikes?)\b")
_FINITE_PAST = re.compile(
    r"sent|delivered|supplied|gave|shipped|handed over|handed|rushed|loaned|lent|equipped|contributed|made|"
    # the present of news copy (`Canada sends 40 generators to Ukraine`, `Japan donates 100 buses to Kyiv`)
    r"sends|donates|gives|hands over|delivers|dispatches|airlifts|transferred|donated|provided|dispatched|given|gifted|flew|flew in|airlifted|air-?dropped|dropped|deployed|distributed|sets?\s+up|mobili[sz]ed|"
    r"pledged|pledges|promised|promises|offered|offers|committed|commits|received|receives|accepted|accepts|welcomed|welcomes|"
    r"(?:took|takes) delivery of", re.I
)
_FINITE_BEFORE = re.compile(
    r"\b(?:will|would|shall|'ll|has|have|had|is|are|was|were|been|(?:is|are|was|were)\s+to|(?:plans?|intends?|agreed|agrees|decided|decides|"
    r"set|going|is due|are due|pledged|pledges|promised|promises|vowed|vows|committed|commits|undertook|undertakes|offered|offers|"
    r"prepared|ready|about)(?:\s+\w+){0,3}\s+to)\s+(?:\w+ly\s+|also\s+|already\s+|now\s+|soon\s+|each\s+|both\s+|together\s+)?$",
    re.I,
)
_PART_OF_IT = re.compile(r"\s+of\s+(?:it|that|this|them|the\s+(?:total|sum|money|amount|package))\b", re.I)
# `$330 million of it`, `$1.2bn of the nine-month facility`: a share of a package already named (an earlier sentence's)
_PART_OF_EARLIER = re.compile(
    r"\s+of\s+(?:it|them|(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?(?:facility|loan|programme|program|package|arrangement|"
    r"deal|sum|money|envelope|credit|grant|bailout|tranche|total|amount))\b",
    re.I,
)
# the verb of the sum holds it back or draws it from others: `paused or suspended some $450 million in funding`,
# `should unlock as much as $7 billion from other lenders`
_WITHHELD_LEFT = re.compile(
    r"\b(?:paused|pausing|suspended|suspending|froze|frozen|freezing|withheld|withholding|withdrew|withdrawn|halted|cancell?ed|"
    r"(?:will|would|to|could|may|might)\s+(?:also\s+)?(?:freeze|withhold|suspend|pause|halt|cancel))\s+"
    r"(?:(?:or|and)\s+\w+\s+)?(?:(?:about|around|some|roughly|nearly|almost|more than|over|as much as|up to|at least)\s+)?$",
    re.I,
)
# `100 billion liras ($5.3 billion) of government relief spending`: what a government spends at home
_OWN_SPENDING_AFTER = re.compile(
    r"(?:\s*\([^()]{0,40}\))?\s+(?:of|in)\s+(?:(?:new|extra|additional)\s+)?(?:government|state|public|federal|budget|domestic)\s+"
    r"(?:[\w-]+\s+)?(?:spending|expenditure|outlays?)\b",
    re.I,
)
# `£200 million more than in each of the past two years`: a difference between two sums, no sum given
_DIFFERENCE_AFTER = re.compile(r"(?:\s*\([^()]{0,40}\))?\s+(?:more|less|fewer|higher|lower|above|below)\s+than\b", re.I)
# `paid out in two tranches of 600 million euros each`: the tranches of the package named before in the sentence
_TRANCHES_OF_LEFT = re.compile(
    r"\b(?:in|as|via)\s+(?:two|three|four|five|six|\d+|several)\s+(?:equal\s+)?"
    r"(?:tranches|instal?lments|payments|disbursements)\s+of\s+(?:(?:about|around|some|roughly|nearly|up to)\s+)?$",
    re.I,
)
# `has appealed for $2.7 billion for Sudan this year and a further $1.4 billion for refugees`: more of what is asked for
_APPEAL_MORE = re.compile(
    r"[^.;$\u20ac\u00a3\u00a5]{0,60}?(?:,\s*|\s)(?:and|plus|as well as)\s+(?:(?:a\s+further|another|an\s+additional|an\s+extra)\s+)?"
    r"(?:(?:about|around|some|roughly|nearly|up to|more than|over)\s+)?",
    re.I,
)
# `$12 billion of the facility next week, with another $2 billion due by June`: the tranche after a tranche
_NEXT_TRANCHE = re.compile(
    r"[^.;$\u20ac\u00a3\u00a5]{0,60}?,?\s+(?:with|and|then|followed by)\s+(?:another|a further|an additional|a second|the next|a next)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|up to|more than|over|at least)\s+)?",
    re.I,
)
# `to be paid out at about 1.5 billion euros a month`: a pace of payment (with a per-period after the sum)
_AT_RATE_LEFT = re.compile(
    r"\b(?:at|in)\s+(?:a\s+(?:rate|pace)\s+of\s+)?(?:(?:about|around|some|roughly|nearly|almost|up to|more than|over|at least)\s+)?$", re.I
)
_UNLOCK_LEFT = re.compile(
    r"\b(?:unlock(?:s|ed|ing)?|catalys(?:e|es|ed|ing)|cataly[sz]e|crowd(?:s|ed|ing)? in)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|more than|over|as much as|up to|at least)\s+)?$",
    re.I,
)
_FROM_OTHERS = re.compile(r"\s+(?:[\w-]+\s+){0,3}?from\b", re.I)
_OWNER_OF = re.compile(r"['\u2019]s?\s+(?:[\w-]+\s+){0,2}")
_COMPARED = re.compile(r"\b(?:after|than|behind|ahead of|like|unlike|second only to|only to)\s+(?:the\s+)?$", re.I)
# (`secured`, not `security`: `De Croo signed a security agreement with Zelensky` receives nothing)
_RECEIVE_VERB = re.compile(r"\b(?:receiv\w+|obtain\w*|secur(?:e|es|ed|ing)|got|gets|won|will get|is getting)\b", re.I)
_BACKREF = re.compile(
    r"^\s*(?:The|This|That|It|Its)\b(?:\s+(?:new|latest|US|U\.S\.|German|British|French|EU|aid|military|"
    r"security|humanitarian|financial|\$?[\d.,]+ ?\w*))*\s*(?:package|aid|assistance|tranche|shipment|"
    r"delivery|deliveries|consignment|funding|support|would|will|includes?|contains?|is|consists)?",
)
_TITLE_WORDS = re.compile(r"\b(?:include[sd]?|including|consists? of|compris\w+|contain\w*|such as)\b", re.I)


@dataclass
class _Candidate:
    sentence: Segment
    donor: Ref
    recipient: Ref
    money: Money | None
    kind: str
    status: str
    aid_type: str
    items: list[str] = field(default_factory=list)
    parts: list[tuple[Money, str]] = field(default_factory=list)
    annual: str = ""  # `15 billion crowns a year` -> "per year": an instalment when the article gives the total
    shipment: bool = False  # relief a carrier brings (`_arrival`): goods on their way, not a sum restated

    def key(self) -> tuple:
        amount = self.money.key() if self.money else None
        return (self.donor.country, self.recipient.country, amount, self.kind)


def _nearest(pattern: re.Pattern[str], left: str, right: str) -> int | None:
    """Distance in chars from the money to the nearest match of `pattern` on either side."""
    best = None
    for m in pattern.finditer(right):
        best = m.start()
        break
    for m in pattern.finditer(left):
        d = len(left) - m.end()
        best = d if best is None else min(best, d)
    return best


_AID_VERB_LEFT = re.compile(
    r"\b(?:lend(?:s|ing)?|lent|approv\w+|donat\w+|giv(?:e|es|ing)|gave|given|provid\w+|grant(?:s|ed|ing)?|allocat\w+|"
    r"pledg\w+|promis(?:e|es|ed|ing)|send(?:s|ing)?|sent|disburs\w+|paid out|pays? out|transferr?\w*|contribut\w+|commit\w*|releas\w+|unlock\w*|put(?:s|ting)?\s+up)"
    # (a masked name is one word, however many it had: `give the U.N. refugee agency UNRWA an additional`)
    r"(?:\s+(?:(?:the\s+)?_+(?:\s+_+)*|[\w.'-]+)){0,3}(?:\s+(?:worth|totall?ing|valued at|amounting to))?\s*$",
    re.IGNORECASE,
)


# `and the African Development Bank added $50 million`: more money, not speech
_ADDED_LEFT = re.compile(r"\badd(?:s|ed|ing)?\s+(?:another\s+|a further\s+|an extra\s+|an additional\s+)?$", re.IGNORECASE)
_AVAILABLE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?available\s+(?:for|to)\b", re.IGNORECASE)
_GIVEN_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:has|have|had)\s+(?:already\s+|so far\s+|now\s+)?"
    r"(?:committed|pledged|provided|given|sent|donated|allocated|contributed|disbursed|delivered|promised|lent)\b|"
    # the giver's earlier package, named by a pronoun: `on top of the 20 million yuan it announced on Sunday`
    r"\s+(?:(?:that|which)\s+)?(?:it|they)\s+(?:(?:has|have|had)\s+)?(?:already\s+)?"
    r"(?:announced|committed|pledged|provided|gave|given|sent|donated|allocated|contributed|disbursed|delivered|promised|lent)\b"
)
# `$25 million was allocated by Qatar to ...`, `has been earmarked by the UAE for ...`: a sum given in the passive, its giver named
_PASSIVE_GIVEN_BY = re.compile(
    r"\s+(?:(?:has|have|had)\s+(?:already\s+)?been|was|were|is|are|will\s+be|would\s+be|is\s+being|was\s+being)\s+(?:already\s+)?"
    r"(?:committed|pledged|provided|given|sent|donated|allocated|contributed|disbursed|promised|lent|earmarked|released|"
    r"granted|extended|channell?ed|set aside)\s+by\s+(?:the\s+)?[A-Z_]"
)
_RECEIVE_LEFT = re.compile(r"\b(?:receiv(?:e|es|ed|ing)|gets?|got|getting|secur(?:e|es|ed|ing)|obtain(?:s|ed)?)(?:\s+[\w.']+){0,2}\s*$", re.IGNORECASE)
_FROM_SOMEONE = re.compile(r"[^.;,]{0,40}?\bfrom\s+(?:the\s+)?[A-Z_]")
# Money lent or paid to companies is trade finance, not aid to a state (`a loan to Turkish exporters`).
# domestic relief when no recipient is named: `to help households and businesses cope with energy bills`
_DOMESTIC_RELIEF = re.compile(
    r"[^.;$\u20ac\u00a3\u00a5]{0,40}?\bto\s+(?:help|support|compensate|shield|protect|assist)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:households|consumers|homeowners|motorists|taxpayers|bill-payers|businesses|companies|employers|industry|families|"
    r"pensioners|workers|citizens|residents|tenants)\b(?![^.;]{0,40}\b(?:in|of)\s+(?:the\s+)?[A-Z])",
    re.IGNORECASE,
)
_COMMERCIAL_RECIPIENT = re.compile(
    r"^[^.;$€£¥]{0,40}?\bto\s+(?:[\w-]+\s+){0,2}(?:exporters|importers|companies|firms|businesses|banks|investors|"
    r"manufacturers|producers|farmers|carmakers|airlines|developers|contractors|shipyards|startups|lenders)\b"
    # `a 1.8 billion euro programme from the EU budget to support European battery makers`: industrial policy
    r"|^[^.;$€£¥]{0,40}?\bto\s+(?:support|help|back|subsidi[sz]e)\s+(?:(?:European|American|domestic|national|local|its|their)\s+)"
    r"(?:[\w-]+\s+){0,2}(?:makers|manufacturers|producers|companies|firms|industry|industries|carmakers|automakers)\b"
    # political money: `gave $2.5 million to a super PAC backing ...`, `$50,000 to his campaign`
    r"|^[^.;$\u20ac\u00a3\u00a5]{0,40}?\bto\s+(?:(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:super PACs?|PACs?|political action committees?|"
    r"(?:presidential|election|re-?election|political|federal|Senate|congressional) campaigns?|candidates?|groups? (?:backing|supporting))|"
    r"(?:his|her|their)\s+(?:[\w-]+\s+)?campaigns?)\b",
    re.IGNORECASE,
)


# a country's own defence spending: `a 100 billion euro fund to modernise its armed forces`, `for its own army`
_OWN_FORCES = re.compile(
    r"[^.;$\u20ac\u00a3\u00a5]{0,40}?\b(?:to\s+(?:moderni[sz]e|re-?equip|rearm|upgrade|strengthen|expand|bolster|build up)|"
    r"for\s+(?:the\s+)?moderni[sz]ation\s+of|for)\s+(?:the|its|their)\s+(?:own\s+)?"
    # (pass aidgen) `to modernize its part of North American air defence`: its share of a joint defence is its own
    r"(?:(?:part|share|section|portion)\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?)?"
    r"(?:armed forces|army|military|navy|air force|Bundeswehr|defen[cs]e forces|air defen[cs]es?|troops|_{4,})(?!\s+of\b)"
    # (pass aidgen) `an allocation of RM600 million this year for domestic floods`: money kept for relief at home
    r"|[^.;$\u20ac\u00a3\u00a5]{0,40}?\bfor\s+domestic\s+(?:floods?|disasters?|relief|needs|use|emergencies|programmes|programs|spending)\b"
    # (pass aidgen) `a decree worth more than 2 billion euros, covering the suspension of tax payments`: relief a government
    # gives at home through its taxes
    r"|[^.;$\u20ac\u00a3\u00a5]{0,40}?\b(?:covering|including|for|with)\s+(?:the\s+)?(?:(?:suspension|deferral|postponement|waiver)s?\s+of\s+"
    r"(?:\w+\s+)?tax(?:es)?\b|tax\s+(?:breaks|cuts|relief|holidays?|deferrals?|credits)\b)",
    re.IGNORECASE,
)
_CHANNEL_VERB = re.compile(
    r"\b(?:channel|funnel|transfer|direct|route|hand|give|send|use|allocate|earmark|pour|plough|plow|pass)(?:s|ed|led|ing|ling)?\b"
    r"[^.;:$\u20ac\u00a3\u00a5]*$",
    re.IGNORECASE,
)
_DESTINATION = re.compile(
    r"(?:\s+(?:a|per|each|this|next|last)\s+(?:year|month))?,?\s+(?:in|into|to|towards?|for)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:fund|facility|account|mechanism|programme|program|pot)\s+(?:for|to)\s+(?:the\s+)?|"
    r"(?:arm|help|support|rebuild|fund|finance|equip|aid|assist)\s+)?",
    re.IGNORECASE,
)
_RUNNING_TOTAL_TO = re.compile(
    r"\b(?:brings?|bringing|brought|takes?|taking|took|raises?|raising|lifts?|lifting|push(?:es|ing)?)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:\w+\s+){0,2}?total\b[^.;$\u20ac\u00a3\u00a5]{0,110}\bto\s*$",
    re.IGNORECASE,
)
# `brings the security assistance Washington has provided ... to more than $21 billion`, `brings Japan's total
# commitment of ... support for Ukraine to about $7.1 billion`: what has been given, counted up to the sum
_BRINGS_TO = re.compile(
    r"\b(?:brings?|bringing|brought|takes?|taking|took|raises?|raising|lifts?|lifting|push(?:es|ing)?)\s+"
    r"(?:the|its|their|[A-Z][\w.-]*['\u2019]s)\s+(?P<what>[^.;$\u20ac\u00a3\u00a5]{0,150}?)\bto\s*$",
    re.IGNORECASE,
)


_COMMITMENTS = re.compile(r"(?:[\w-]+\s+)?commitments?\b", re.IGNORECASE)  # `takes Ireland's commitments to the agency to`


def _brings_aid_to(text: str, lo: int, start: int) -> bool:
    m = _BRINGS_TO.search(text, max(lo, start - 180), start)
    return m is not None and (_AID_NOUN.search(m.group("what")) is not None or _GIVEN.search(m.group("what")) is not None
                              or _COMMITMENTS.match(m.group("what")) is not None
                              or re.search(r"\btotal\b", m.group("what"), re.I) is not None)


# `brings the total the United States has provided for ... to more than $2.4 billion`, `takes the aid Berlin has committed
# since 2022 to`: the subject of the counted giving is the donor (whatever `for`/`in` names follow it)
_TOTAL_GIVER_VERB = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:so far|now|already|thus far|together|collectively|jointly)\s+)?(?:provided|given|pledged|committed|"
    r"sent|donated|contributed|delivered|allocated|disbursed|paid out|supplied|spent|lent|made available|extended|channell?ed)\b",
    re.IGNORECASE,
)


_OWNED_TOTAL_TO = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|lift(?:s|ing)?|rais(?:es|ing)|push(?:es|ing))\s+(?:the\s+)?(?P<who>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})['\u2019]s\s+"
    r"(?:[\w-]+\s+){0,3}?total\b[^.;$\u20ac\u00a3\u00a5]{0,60}?\bto\s*(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+|over\s+|almost\s+)?$"
)


def _total_giver(text: str, sent: Segment, sent_refs: list[Ref], lo: int, start: int) -> Ref | None:
    """The actor who has given what a running total counts (`brings the total the United States has provided ... to $X`)."""
    owned = _OWNED_TOTAL_TO.search(text, max(sent.start, start - 140), start) if "total" in text[max(sent.start, start - 140) : start] else None
    if owned is not None:
        # `..., while Kuwait pledged $20 million, bringing Kuwait's total to $100 million`: the total's possessor
        who = next((r for r in sent_refs if r.start == owned.start("who") and r.country and not r.demonym), None)
        if who is not None:
            return who
    m = _BRINGS_TO.search(text, max(lo, sent.start, start - 180), start)
    if m is None or not _brings_aid_to(text, max(lo, sent.start), start):
        return None
    what_start, what_end = m.start("what"), m.end("what")
    for r in sent_refs:
        if what_start <= r.start < what_end and r.country and not r.demonym and _TOTAL_GIVER_VERB.match(text, r.end, what_end):
            return r
    return None


# a donor's ranking compares running totals: `, second only to the United States`, `, more than any other country except ...`
_DONOR_RANK = re.compile(
    # (`Japan's contribution of $4.5 billion makes it one of Ukraine's largest donors`: a rank is of a running total)
    r"\s+(?:[\w-]+\s+){0,3}?mak(?:es|e)\s+(?:it|them|him|her|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:one\s+of\s+)?(?:the\s+)?"
    r"(?:[\w.'\u2019-]+['\u2019]s?\s+)?(?:\w+[- ])?(?:largest|biggest|top|leading|main|major)\s+(?:\w+\s+)?(?:donors?|backers?|contributors?|supporters?|providers?)\b|"
    r"[^.;$\u20ac\u00a3\u00a5]{0,80}?(?:,|\s[-\u2013\u2014])\s*(?:"
    r"second only to|behind only|more than any other (?:[\w-]+\s+)?(?:country|nation|donor|ally|member|state|government)|"
    r"(?:the\s+)?(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))[- ](?:largest|biggest) (?:donor|contributor|backer|provider|supporter)s?\b"
    r"(?!\s+(?:pledge|package|contribution|grant|gift|donation|commitment|tranche|announcement))|"
    r"(?:the\s+)?(?:largest|biggest) (?:donor|contributor|backer|provider|supporter)s? (?:after|behind|except)\b)",
    re.IGNORECASE,
)
# a sum announced as new stays new whatever ranking follows (`announced an extra $1 billion, ...`)
_NEW_MARK = re.compile(r"\b(?:announc\w*|unveil\w*|new|additional|extra|further|fresh|another)\b", re.IGNORECASE)
_GIVEN = re.compile(r"\b(?:pledged|committed|provided|given|sent|donated|allocated|disbursed|contributed|delivered|supplied)\b", re.IGNORECASE)
_ORIGIN = re.compile(r"-(?:made|built|designed|produced|manufactured|developed|origin)\b")
# the sum right after a buying verb is what the buyer pays
_BUY_LEFT = re.compile(r"\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing)|procur(?:e|es|ed|ing))\s+(?:another\s+|an?\s+extra\s+)?$", re.IGNORECASE)
_BUY_FOR_BEFORE = re.compile(r"\b(?:for|to)\s+(?:the\s+)?$", re.IGNORECASE)
_AT_COST = re.compile(r"\bat (?:a|the) (?:total )?(?:cost|price) of\s*$|\b(?:worth|valued at)\s*$", re.IGNORECASE)
_BOUGHT_FOR = re.compile(  # (a dot inside a word is no stop: `buy a U.S.-made air defence system for Ukraine`)
    r"\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing)|procur(?:e|es|ed|ing))\b(?:[^.;$\u20ac\u00a3]|\.(?=[\w-])){0,90}?\bfor\s+(?:the\s+)?", re.IGNORECASE)
# `announced 355 million euros for Sudan`: a sum for a country named right after it
# (`unveiled a 1.8 billion euro EU growth plan for Moldova`: through a scheme's name)
_POSSESSED = re.compile(r"[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*['\u2019]s\s+((?:[\w-]+\s+){0,2}[\w-]+)")
_FOR_COUNTRY = re.compile(
    r"\s+(?:(?:[\w-]+\s+){0,3}?(?:plan|programme|program|scheme|envelope|fund|facility|initiative|mechanism)\s+)?"
    r"(?:in\s+[\w-]+\s+)?(?:for|to)\s+(?:the\s+)?(?:people\s+of\s+|government\s+of\s+)?",
    re.IGNORECASE,
)


# `earmarked 20 million euros for flood victims in Pakistan`: a sum for the people of a country, as one for the country
_FOR_PEOPLE_IN = re.compile(
    r"\s+(?:for|to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:people|civilians|refugees|victims|survivors|families|children|communities|displaced)"
    # `for people affected by flooding in Nigeria`, `for families displaced by fighting in Sudan`
    r"(?:\s+(?:affected|hit|displaced|uprooted|made homeless)\s+by(?:\s+[\w-]+){1,3}?)?"
    r"\s+(?:in|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_FOR_ORG = re.compile(r"\s+for\s+(?:the\s+)?")
# the organisation is the noun phrase (not a modifier, `for the IMF review`)
_ORG_ENDS = re.compile(r"\s*(?:[,.;:)\u2013\u2014-]|$)|\s+(?:and|or|on|in|to|this|last|next|after|before|as|which|that|over|by|at|amid|since|until)\b")
_APPEAL_FOR = re.compile(
    r"\b(?:appeal(?:s|ed|ing)?|pleas?)"
    # `launched an appeal on Tuesday for $160 million`, `an appeal last week for`: a day or a time between
    r"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this|earlier\s+this)\s+(?:week|month|year)|earlier))?"
    r"\s+for\s+(?:an?\s+|the\s+)?(?:extra\s+|additional\s+|further\s+)?$"
    # `had called for a package of up to 100 billion crowns`: a sum others asked for
    r"|\bcall(?:s|ed|ing)?\s+for\s+(?:an?\s+|the\s+)?(?:(?:extra|additional|further|new|bigger|larger)\s+)?"
    r"(?:[\w-]+\s+)?(?:package|sum|fund|programme|program|envelope)\s+of\s+$"
    # `wants rare earths in return for past aid, citing a figure of $500 billion`: a repayment asked for
    r"|\bin\s+(?:return|exchange)\s+for\s+(?:[\w-]+\s+){0,3}?(?:aid|assistance|support|help)\b[^.;$\u20ac\u00a3\u00a5]{0,40}$",
    re.IGNORECASE,
)


# `has estimated the damage caused by the war at more than $600 billion`, `put the cost of rebuilding at`: an estimate
_ESTIMATED_AT = re.compile(
    r"\b(?:estimat(?:e|es|ed|ing)|put(?:s|ting)?|puts?|assess(?:es|ed|ing)?|calculat(?:e|es|ed|ing)|reckon(?:s|ed)?|pegg?(?:s|ed)?|"
    r"tall(?:y|ies|ied)|valu(?:e|es|ed|ing)|priced?)\s+(?:the\s+|its\s+|their\s+|[\w-]+['\u2019]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:damage|damages|losses|cost|costs|bill|needs|destruction|price tag|toll|shortfall|gap|deficit|reconstruction|recovery)\b"
    r"[^.;$\u20ac\u00a3\u00a5]{0,70}?\bat\s*$"
    # `the damage, estimated at`, `reconstruction needs assessed at`
    r"|\b(?:damage|damages|losses|cost|costs|bill|needs|destruction|toll|shortfall|gap|deficit)\b[^.;$\u20ac\u00a3\u00a5]{0,40}?"
    r"\b(?:estimated|put|assessed|calculated|valued|pegged|tallied|reckoned)\s+at\s*$",
    re.IGNORECASE,
)


_PAY_LEFT = re.compile(r"\bpa(?:y|ys|id|ying)\s+(?:(?:an?|another|a further|an additional|some|about|around|nearly|more than|up to)\s+)?$", re.I)
# what a payment to a country buys: not `for salaries`, `for the reconstruction`, `for refugees` (support it gets)
_PAID_FOR_AID = re.compile(
    r"\b(?:salar(?:y|ies)|pensions?|wages|budget|aid|relief|assistance|support|reconstruction|recovery|refugees|hosting|"
    r"humanitarian|victims|survivors|families|schools|hospitals|health|food|debt)\b",
    re.IGNORECASE,
)
_PAID_TO_FOR = re.compile(r"\s+to\s+(?:the\s+)?(_+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)\s+for\s")
# debt relief: `has cancelled more than $1.1 billion of Somalia's debt`, `wrote off 1 billion euros in debt owed by Congo`
_DEBT_RELIEF_LEFT = re.compile(
    r"\b(?:cancel(?:s|led|ed|ling|ing)?|writ(?:e|es|ing)\s+off|wrote\s+off|written\s+off|forg(?:ive|ives|ave|iven|iving))\s+"
    r"(?:(?:more than|over|about|around|some|nearly|almost|roughly|up to|another|a further)\s+)?$",
    re.IGNORECASE,
)
_DEBT_RELIEF_RIGHT = re.compile(
    r"\s+(?:of|in)\s+(?:(?:the\s+)?(?:_+|[A-Z][\w.-]*)(?:\s+(?:_+|[A-Z][\w.-]*))*['\u2019]s?\s+|its\s+|their\s+)?(?:(?:bilateral|external|foreign|sovereign|public)\s+)?debts?\b"
)
_OWES = re.compile(r"\b(?:owe[sd]?|owing)\b(?![^.;,]{0,30}\bto\s+(?:its|their)\s+(?:citizens|people|staff|workers|pensioners))", re.IGNORECASE)
_REPAID_LEFT = re.compile(r"\b(?:repa(?:y|ys|id|ying)|pa(?:y|ys|id|ying) back|owe[sd]?|owing|servic(?:e|es|ed|ing)|default(?:s|ed)? on)\s+(?:(?:a|an|the|its|their)\s+)?$", re.IGNORECASE)
# (pass aidp) `a package of up to $16.6 billion from the fund, the bank and other partners`: a sum many givers make up
# together, no one donor's aid
_JOINT_SOURCES_RIGHT = re.compile(
    r"\s+(?:in\s+(?:[\w-]+\s+){0,2}?)?from\s+(?:the\s+)?[^.;]{0,80}?(?:,|\band)\s+(?:the\s+)?(?:other|several|various|multiple)\s+"
    r"(?:[\w-]+\s+)?(?:partners|donors|lenders|creditors|institutions|countries|governments)\b",
    re.IGNORECASE,
)
_MIXED_SOURCES = re.compile(
    r"\s+in\s+(?:[\w-]+\s+)?(?:financing|funding|loans|aid)\s+and\s+(?:[\w-]+\s+)?investments?\b"
    r"|\s+in\s+(?:[\w-]+\s+)?investments?\s+and\s+(?:[\w-]+\s+)?(?:financing|funding|loans|aid)\b",
    re.IGNORECASE,
)


# A deposit with another country's central bank props up its reserves: `Qatar deposited $3 billion with the central bank
# of Egypt`, `a $1 billion deposit at the State Bank of Pakistan` (a sum kept in a bank by no one else is no aid)
_DEPOSIT_LEFT = re.compile(
    r"\bdeposit(?:s|ed|ing)?\s+(?:(?:a|an)\s+)?(?:further\s+|another\s+|additional\s+|extra\s+|fresh\s+|new\s+)?$", re.IGNORECASE
)
_DEPOSIT_RIGHT = re.compile(
    r"\s+(?:(?:in\s+)?deposits?\s+)?(?:with|in|at|into)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*['\u2019]s\s+)?"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,2}?(?:central bank|Central Bank|State Bank|National Bank|Reserve Bank|Monetary Authority|monetary authority)\b"
)

_CENTRAL_BANK = re.compile(r"\b(?:central bank|Central Bank|State Bank|National Bank|Reserve Bank|Monetary Authority|monetary authority)\b")


# `raise the programme to $8 billion from $3 billion`, `up from 2 billion euros`: the level a sum rose from
_OLD_LEVEL_LEFT = re.compile(
    r"(?:\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+)?(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5])?\d[\d.,]*\s*"
    r"(?:[a-z]+\s+){0,2}|\bup\s+|\bdown\s+)from\s+(?:(?:about|around|some|nearly|roughly)\s+)?$",
    re.IGNORECASE,
)
# a sum that modifies a head noun of no aid: `a 6.8 trillion yen defense budget`, `a $90 billion import bill`, `its
# $2 billion budget deficit` (not `$500 million budget support`)
_HEAD_NOT_AID = re.compile(
    r"(?:\s+|-)(?:(?:(?:record|annual|yearly|defen[cs]e|military|national|state|federal|government|budget)\s+){0,2}"
    r"(?:budgets?|deficits?|revenues?|surplus|turnover|valuation)|(?:import|export|wage|fuel|energy)\s+bills?)\b"
    r"(?!\s+(?:support|assistance|aid|financing))",
    re.IGNORECASE,
)


# money hoped for from someone else (`Pakistan is expecting the IMF to release a $1.1bn tranche`), one's own expected approval
# under a condition (`expected to approve a loan of up to $350 million later in the year, subject to progress`), and what a
# review could unlock (`a successful review could unlock a second tranche of about $330 million`): no aid given
_EXPECTED_OF_OTHER = re.compile(
    r"\bexpect(?:s|ed|ing)?\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*|_+)(?:\s+(?:[A-Z][\w.'\u2019-]*|_+|of)){0,5}\s+to\s+"
    r"(?:release|approve|disburse|unlock|extend|lend|provide|pay\s+out|sign\s+off\s+on)\b[^$\u20ac\u00a3\u00a5.;]{0,50}$"
)
_EXPECTED_OWN = re.compile(
    r"\bexpect(?:s|ed|ing)?\s+to\s+(?:approve|release|disburse|sign|provide|lend|extend)\b[^$\u20ac\u00a3\u00a5.;]{0,50}$", re.IGNORECASE
)
_ON_CONDITION_RIGHT = re.compile(r"[^.;]{0,80}?\b(?:subject to|conditional on|conditioned on|depending on|provided that|if)\b", re.IGNORECASE)
_MAY_UNLOCK_LEFT = re.compile(
    r"\b(?:could|might|may)\s+(?:(?:then|also|eventually|soon|in turn)\s+)?(?:unlock|trigger|free\s+up)\b[^$\u20ac\u00a3\u00a5.;]{0,50}$"
)
# a share of a debt named before (`owes $36 billion to foreign creditors, including $7 billion to China`)
_PART_OF_DEBT_LEFT = re.compile(r"\b(?:including|of which|among them)\s+(?:(?:about|around|some|roughly|nearly|more than|over)\s+)?$", re.IGNORECASE)
# a threshold of wealth or income (`a tax of 2 percent on fortunes above 100 million euros`), a sum someone needs or seeks
# (`the 2.7 billion dollars the United Nations says it needs`, `another $1.4 billion is sought for refugees`), private gifts
# (`companies pledged a combined 20 billion won in private donations`): no donor's aid
_THRESHOLD_LEFT = re.compile(
    r"\b(?:fortunes?|assets|wealth|incomes?|earnings|estates?|salaries|holdings|turnover)\s+(?:of\s+)?(?:above|over|exceeding|topping|"
    r"(?:of\s+)?more\s+than|worth\s+more\s+than|greater\s+than|in\s+excess\s+of|below|under)\s+$",
    re.IGNORECASE,
)
_QUALIFIER_HEAD = re.compile(r"[^\d$\u20ac\u00a3\u00a5]{0,30}")  # the qualifier a sum's span starts with (`above 100 million euros`)
_NEEDED_RIGHT = re.compile(
    r"(?:\s*\([^()]{0,40}\))?\s+(?:(?:that|which)\s+)?(?:(?:the\s+)?(?:[A-Z][\w.'\u2019-]*|_+)(?:\s+(?:[A-Z][\w.'\u2019-]*|_+)){0,4}\s+"
    r"(?:says?|said|estimates?|estimated|reckons?)\s+(?:it|they)\s+(?:needs?|needed|requires?|required)|"
    r"(?:is|are|was|were)\s+(?:also\s+|still\s+)?(?:being\s+)?(?:sought|needed|required|requested))\b"
)
_PRIVATE_GIFTS_RIGHT = re.compile(
    r"(?:\s*\([^()]{0,40}\))?\s+(?:in\s+|of\s+)(?:[\w-]+\s+){0,2}?private\s+(?:donations|gifts|contributions|funds|money)\b", re.IGNORECASE
)


# no government or agency gives a sum this small: below it a figure is a price, a fee or a private gift
_SMALLEST_AID = 1000
# gifts a charity or an appeal took in from no named giver (`received $10 million in online donations`)
_PUBLIC_DONATIONS = re.compile(r"\s+(?:in\s+)?(?:[\w-]+\s+){0,2}?(?:donations|gifts|contributions)\b", re.IGNORECASE)


# a sum asked of a lender or under negotiation, not given (`has asked the IMF for a new $6 billion loan`, `is in talks with the
# IMF over a loan of up to $5 billion`), and a sum owed for harm done (`must pay $50 billion in reparations`)
_REQUESTED_LEFT = re.compile(
    r"(?:\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|sought|seek(?:s|ing)?|lobb(?:y|ies|ied|ying))\s+(?:the\s+)?(?:(?:[A-Z][\w.'\u2019-]*|_+)\s+){0,4}for\s+|"
    r"\b(?:talks|negotiations|negotiating|discussions|discussing)\b[^.;$\u20ac\u00a3\u00a5]{0,60}?\b(?:over|on|for|about)\s+|"
    # pass r51aid: `Malawi is negotiating an 88-million-dollar loan with the IMF`: a loan still being negotiated
    r"\b(?:negotiat(?:es|ed|ing)|discuss(?:es|ed|ing)|seek(?:s|ing)|sought)\s+)"
    r"(?:an?\s+|the\s+)?(?:(?:new|fresh|further|additional|another|possible|potential|emergency)\s+)?"
    r"(?:(?:loan|package|bailout|programme|program|deal|facility)\s+(?:of\s+)?)?(?:up to\s+|about\s+|around\s+|some\s+|as much as\s+|more than\s+)?$",
    re.IGNORECASE,
)
_OWED_RIGHT = re.compile(r"\s+(?:in\s+|of\s+)?(?:war\s+)?(?:reparations|compensation)\b", re.IGNORECASE)


# the sum of a response plan or an appeal (asked of donors, never given by the agency that draws it up)
_PLAN_SUM_LEFT = re.compile(
    r"\b(?:response|appeal|humanitarian|relief|funding|flash)\s+(?:plans?|appeals?)\b[^.;$\u20ac\u00a3\u00a5]{0,60}?\b(?:is|was|of|at|totals?|totalled|totaled|"
    r"calls? for|called for|seeks?|sought|requires?|required|requests?|requested|amounts? to|stands? at|worth)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+|over\s+|almost\s+|roughly\s+|just\s+)?$",
    re.IGNORECASE,
)
_PLAN_SUM_RIGHT = re.compile(r"(?:[- ](?:euro|dollar|pound)s?)?\s+(?:(?:humanitarian|regional|refugee|emergency|flash)\s+)*(?:response\s+plan|appeal)\b", re.IGNORECASE)
_CUT_BY_LEFT = re.compile(
    r"(?:\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing))\b"
    r"[^.;$\u20ac\u00a3\u00a5]{0,60}\b(?:by|to)|\b(?:cuts?|reductions?)\s+of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+|almost\s+|over\s+)?$",
    re.IGNORECASE,
)
_CUT_OF_RIGHT = re.compile(r"(?:[- ](?:euro|dollar|pound|yen|franc|crown)s?)?\s+(?:cuts?|reductions?)\b", re.IGNORECASE)


# a sale, an order or a deal of trade named by the sum (`a possible $2.6 billion sale of F-16 jets`, `a $2bn order for K2
# tanks`, `a $1.5 billion weapons deal with Israel`, `approved the sale of $3 billion worth of missiles`), or the deal it
# comes under (`$2 billion of wheat from Russia under a barter deal`, `in a deal to develop the coast`); a loan deal and a
# purchase a donor funds (`$50 million for the purchase of generators`) stay aid
_SALE_RIGHT = re.compile(
    r"\s*(?:(?:possible|proposed|potential|planned|new|record|major|huge|big|first|second|landmark|historic|[\w-]+-year)\s+)?"
    r"(?:(?:arms|weapons|defen[cs]e|military|barter|trade|investment|commercial|export|import|business|fighter[- ]jet|jet|tank|helicopter|"
    r"submarine|warship|missile|drone)\s+)?(?:sales?|orders?|purchases?)\b|"
    r"\s*(?:(?:possible|proposed|potential|planned|new|record|major|huge|big|landmark|historic)\s+)?"
    r"(?:arms|weapons|defen[cs]e|barter|trade|investment|commercial|export|import|business|fighter[- ]jet|submarine|warship)\s+"
    r"(?:deals?|agreements?|contracts?|packages? (?=with\b))",
    re.IGNORECASE,
)
# (the noun looked ahead at first: the ten look backs, all at the noun's start, are tried only there, not at every place)
_SALE_LEFT = re.compile(r"\b(?=(?:sales?|purchases?|orders?)\s)(?<!\bfund the )(?<!\bfunds the )(?<!\bfunded the )(?<!\bfunding the )(?<!\bfinance the )(?<!\bfinanced the )"
                        r"(?<!\bfinances the )(?<!\bfinancing the )(?<!\bfor the )(?<!\bfor a )"
                        r"\b(?:sales?|purchases?|orders?)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+|up to\s+|over\s+)?$", re.IGNORECASE)
# `10.2 billion euros of cohesion funds for Hungary that had been frozen`, `a 50 billion euro package remains blocked by
# Hungary`: money held up, none given (not `stalled`: `a $60 billion package for Ukraine that has been stalled since
# October` in Congress is a package still to come, as test_aid23 has it)
_HELD_UP_RIGHT = re.compile(
    r"[^.;:$\u20ac\u00a3\u00a5]{0,90}?\b(?:(?:that|which)\s+(?:had|has|have)\s+been|remains?|remained|(?:is|are|was|were)\s+still)\s+"
    r"(?:(?:still|largely|partly|effectively)\s+)?(?:frozen|blocked|withheld|suspended)\b",
    re.IGNORECASE,
)
# `after losing more than $440 million of expected funding`, `has lost $2 billion in aid`: a sum that stopped coming
_LOST_LEFT = re.compile(
    r"\b(?:los(?:e|es|t|ing)|forfeit(?:s|ed|ing)?)\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over|up to|at least)\s+)?$",
    re.IGNORECASE,
)
# `to release $2.5 billion still pending under a bailout`, `$700 million that is yet to be disbursed`: money not given
# (a sum a lender holds back; the pending sum of an earlier programme is no new aid)
_PENDING_RIGHT = re.compile(
    r"(?:\s+(?:of|in)\s+[\w-]+(?:\s+[\w-]+)?)?,?\s+(?:(?:that|which)\s+(?:is|are|was|were|remains?|remained)\s+)?"
    r"(?:still\s+|as\s+yet\s+)?(?:pending|(?:yet|still)\s+to\s+be\s+(?:released|disbursed|paid(?:\s+out)?|unlocked))\b",
    re.IGNORECASE,
)
# `unblocked 10.2 billion euros of cohesion funds`, `unfroze $6 billion of Iranian funds`: money of the recipient's own
# (or its entitlement) freed, no new aid
_UNFROZEN_LEFT = re.compile(
    r"\b(?:unblock(?:s|ed|ing)?|unfroze|unfrozen|unfreez(?:e|es|ing))\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|up to)\s+)?$",
    re.IGNORECASE,
)
# `further assistance of up to 900 million euros could follow if Tunisia reaches a deal with the IMF`: an offer on a
# condition, no aid yet
_COULD_FOLLOW_RIGHT = re.compile(
    r"[^.;:$\u20ac\u00a3\u00a5]{0,40}?\b(?:could|might|may)\s+(?:also\s+|later\s+)?(?:follow|come\s+later|be\s+made\s+available|be\s+unlocked)\b",
    re.IGNORECASE,
)
_COULD_FOLLOW_IF_LEFT = re.compile(
    r"\b(?:could|might|may)\s+(?:also\s+|later\s+)?(?:follow|come\s+later|be\s+made\s+available|be\s+unlocked)\s+(?:only\s+)?(?:if|once|provided)\s"
    r"[^.;:$\u20ac\u00a3\u00a5]{0,110}$",
    re.IGNORECASE,
)
# `$19 billion in weapons it has bought from the US but not yet received`, `a backlog of $14 billion in arms ordered from
# Washington`: goods a country buys, named by the sum it pays (a gift bought for someone, `bought for Ukraine`, is aid)
_BOUGHT_FROM_RIGHT = re.compile(
    r"[^.;:$\u20ac\u00a3\u00a5]{0,70}?\b(?:bought|purchased|ordered|buying|purchasing|ordering|procured)\s+(?:[\w-]+\s+){0,2}?from\s", re.IGNORECASE
)
_BACKLOG_LEFT = re.compile(r"\bbacklog\s+of\s+(?:(?:about|around|roughly|some|nearly|more than|over|almost|an estimated)\s+)?$", re.IGNORECASE)
# `approved the sale of F-16 jets worth $1.4 billion`: the value of goods sold
_SALE_OF_GOODS_WORTH = re.compile(
    r"\b(?:sales?|sell(?:s|ing)?|sold|purchases?|purchas(?:ed|ing)|orders?|ordered|exports?|exported|imports?|imported)\s+(?:of\s+)?"
    r"(?:[\w-]+\s+){1,5}?(?:worth|valued\s+at)\s+(?:(?:an\s+estimated|about|around|some|nearly|roughly|more\s+than|over|up\s+to|at\s+least|almost)\s+)*$",
    re.IGNORECASE,
)
_UNDER_DEAL = re.compile(
    r"[^.;]{0,60}?\b(?:under|in|as part of|through)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:(?:barter|trade|commercial|investment|arms|weapons|export|import|swap)\s+"
    r"(?:deal|agreement|contract|arrangement)|deal\s+to\s+(?:develop|build|buy|acquire|sell|invest|purchase))\b",
    re.IGNORECASE,
)


# money a donor spends on another country's forces or people (its own budget, `spend X on its armed forces`, is no aid;
# `spend $10 billion on buying tanks from South Korea` names no country it is for)
_SPEND_LEFT = re.compile(
    r"\b(?:spend|spends|spent|spending)\s+(?:a further\s+|an additional\s+|another\s+|about\s+|around\s+|some\s+|more than\s+|up to\s+|nearly\s+|over\s+)?$",
    re.IGNORECASE,
)
_SPEND_ON_FOR = re.compile(
    r"\s+(?:(?:this|next)\s+year\s+)?on\s+(?:(?!(?:its|their|own|deployed|stationed|based|sent|posted)\s)[\w-]+\s+){0,6}?(?:(?:for|to)\s+(?:the\s+)?(?=[A-Z])|"
    r"(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['\u2019]s\s+(?:army|armed forces|forces|military|troops|soldiers|air force|navy|air defen[cs]es?|"
    r"defen[cs]es?|police|border guards|energy grid|power grid|reconstruction|recovery|refugees|people)\b))"
)


# the value of goods named before the sum (`worth an estimated`, `valued at about`)
_VALUED_LEFT = re.compile(
    r"\b(?:worth|valued\s+at)\s+(?:(?:an\s+estimated|an|about|around|some|nearly|roughly|more\s+than|over|up\s+to|at\s+least|almost)\s+)*$",
    re.IGNORECASE,
)


# agreements a donor signs with relief agencies to supply a place: relief it pays for (not `signed a contract worth $2bn
# with Rheinmetall to supply tanks`: a firm is no agency)
_SIGNED_WORTH_LEFT = re.compile(
    r"\bsign(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:agreements?|contracts?)\s+(?:worth|valued at|totall?ing)\s+$", re.IGNORECASE)
_WITH_AGENCIES_TO_GIVE = re.compile(
    r"\s+with\s+(?:the\s+)?(?:(?:[\w.-]+\s+){0,3}?(?:agenc(?:y|ies)|relief organi[sz]ations?|aid organi[sz]ations?|humanitarian "
    r"(?:organi[sz]ations?|partners)|aid groups|charities|NGOs)|_+(?:\s+_+)*)\b[^.;]{0,40}?\bto\s+(?:supply|provide|deliver|distribute|"
    r"fund|finance)\b",
    re.IGNORECASE,
)


# pass aid50: `paid for out of $500 million in military aid announced in the fall`: the sum is the envelope a purchase is
# drawn from, recalled, not a new gift (`out of` right before the sum, with at most a qualifier between)
_OUT_OF_LEFT = re.compile(r"\bout\s+of\s+(?:(?:the|its|their|an?|about|around|some|nearly|almost|roughly|more than|over|up to)\s+)*$", re.IGNORECASE)
# pass aid50: `pledges totalling about 1.2 billion euros from dozens of countries and institutions`: many givers' sum
_FROM_MANY_RIGHT = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+from\s+(?:(?:dozens|scores|hundreds|a\s+(?:number|host|range|group)|more\s+than\s+\d+|over\s+\d+|"
    r"some\s+\d+|about\s+\d+|around\s+\d+|nearly\s+\d+|\d+|several|many|various|numerous|multiple)\s+(?:of\s+)?"
    r"(?:other\s+)?(?:countries|donors|governments|nations|states|institutions|organi[sz]ations|partners))\b",
    re.IGNORECASE,
)


# pass r51aid: a sum the donor expects to take in (`the 1.7 billion euros expected this year`) after a tax, levy or profits
_EXPECTED_REVENUE_RIGHT = re.compile(r"\s+(?:(?:it|the government|they)\s+)?(?:expected|forecast|projected|budgeted)\s+(?:this|next|for)\b", re.IGNORECASE)
_REVENUE_BEFORE = re.compile(r"\b(?:tax(?:es)?|levy|levies|windfall|profits|revenues?|proceeds|income)\b", re.IGNORECASE)
# pass r51aid: an insurance payout (`a payout of about 44 million dollars from the ... Risk Insurance Facility, money from the
# policy the government pays for`, `a payout of $150 million from its catastrophe bond`): what the insured's premiums bought
_PAYOUT_LEFT = re.compile(r"\bpay-?outs?\s+(?:of\s+)?(?:(?:about|around|some|roughly|nearly|up to|more than|over|an estimated)\s+)?$", re.IGNORECASE)
_INSURED_RIGHT = re.compile(r"\b(?:[Ii]nsur(?:ance|er|ers|ed)|[Rr]einsur\w+|[Cc]atastrophe\s+(?:[Rr]isk|[Bb]ond)|cat\s+bond|premiums?|policy)\b")


# `the Ukraine Fund, which parliament set up last year with 60.5 billion crowns`: the capital a fund was created with
_R52AID_FOUNDED_WITH_LEFT = re.compile(
    r"\b(?:set\s+up|created|established|founded|launched|endowed|capitali[sz]ed)\b[^.;:$\u20ac\u00a3\u00a5]{0,40}?\bwith\s+"
    r"(?:(?:about|around|some|roughly|nearly|more than|over|an initial|initial)\s+)?$", re.IGNORECASE)
_R52AID_FUND_BEFORE = re.compile(r"\b(?:[Ff]und|[Ff]acility|[Rr]eserve|[Tt]rust)\b")
# `was preparing a 150 million dollar loan ..., which it expects to approve next year`: a loan still to be approved
_R52AID_PREPARING_LEFT = re.compile(r"\b(?:is|are|was|were)\s+(?:still\s+)?preparing\s+(?:a|an|its|the)\s+(?:new\s+|second\s+|further\s+)?$", re.IGNORECASE)
_R52AID_LOAN_RIGHT = re.compile(r"(?:[- ](?:euro|dollar|pound|yen|franc)s?)?\s+(?:[\w-]+\s+)?(?:loans?|credits?|credit\s+lines?|financing|facility)\b", re.IGNORECASE)


# `offered to send a search and rescue team, but Tokyo replied that it did not need foreign teams`: an offer turned down
_R52AID_OFFERED_BEFORE = re.compile(r"\boffer(?:s|ed)?\s+(?:to\s+)?$", re.IGNORECASE)
_R52AID_DECLINED_AFTER = re.compile(
    r",?\s+but\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*\s+(?:(?:had|has|have)\s+)?(?:politely\s+)?"
    r"(?:declined|turned\s+(?:it|them|the\s+offer)?\s*down|refused|rejected|replied|said|responded|answered)\b"
    r"[^.;]{0,60}?\b(?:declined|did\s+not\s+need|does\s+not\s+need|had\s+no\s+need|no\s+need|turned|refused|rejected|not\s+required|"
    r"was\s+not\s+needed|were\s+not\s+needed|did\s+not\s+require|not\s+(?:accept|requesting|seeking))\b"
    r"|,?\s+but\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*\s+(?:(?:had|has|have)\s+)?(?:politely\s+)?(?:declined|turned\s+(?:it|them|the\s+offer)\s+down|refused|rejected)\b")


def _r52aid_offer_declined(body: str, verb: int) -> bool:
    """(pass r52aid) A transfer only offered, then turned down by the country offered it (`had offered to send a rescue
    team, but Tokyo replied that it did not need foreign teams for now`): nothing was given or will be."""
    if body[verb : verb + 5].casefold() != "offer" and not _R52AID_OFFERED_BEFORE.search(body, max(0, verb - 14), verb):
        return False
    return _R52AID_DECLINED_AFTER.search(body, verb) is not None


def _r52aid_not_given(text: str, money: Money, lo: int, left: str, right: str) -> bool:
    """(pass r52aid) Money that is not given: the capital a fund was set up with (`the fund, which parliament set up last
    year with 60.5 billion crowns for military aid`: the giver's own envelope, drawn on for each package), and a lender's
    loan still in preparation (`was preparing a $150 million loan for flood protection`: not yet approved)."""
    if _R52AID_FOUNDED_WITH_LEFT.search(left) and _R52AID_FUND_BEFORE.search(text, max(lo, money.start - 120), money.start):
        return True
    return bool(_R52AID_PREPARING_LEFT.search(left) and _R52AID_LOAN_RIGHT.match(right))


# (pass aidtrap) money that is not aid, read in one clause around the sum (each test behind a cheap substring gate):
_AIDTRAP_Q = r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to|a\s+further|an\s+additional)\s+)?"
# `The junta refused a UN offer of $10 million in aid`, `declined an offer of 5 million euros`: an offer turned down (a
# package vetoed or blocked by another party stays the donor's event: tests of aid 1.x, `Hungary blocked a ... EU package`)
_AIDTRAP_STOPPED_LEFT = re.compile(
    r"\b(?:refus(?:ed|es|ing)|reject(?:ed|s|ing)|turned\s+down|declin(?:ed|es|ing))\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?:(?:[\w-]+|_+)\s+){0,2}?offers?\s+of\s+" + _AIDTRAP_Q + r"$", re.IGNORECASE
)
_AIDTRAP_STOPPED_GATE = ("refus", "reject", "turned down", "declin")
# `Aid worth $20 million has been held up at the border`, `The $10 million in aid was frozen after the coup`: held back
_AIDTRAP_HELD_RIGHT = re.compile(
    r"[^.;:$\u20ac\u00a3\u00a5]{0,60}?\b(?:has|have|had|was|were|is|are|remains?|remained)\s+(?:(?:been|still|now|largely)\s+){0,2}"
    r"(?:held\s+up|stuck|frozen|blocked|stranded|impounded|seized|confiscated|on\s+hold|put\s+on\s+hold)\b", re.IGNORECASE
)
_AIDTRAP_HELD_GATE = ("held up", "stuck", "frozen", "blocked", "stranded", "impounded", "seized", "confiscated", "on hold")
# `The ADB is considering a $200 million loan`, `hopes to secure a $2.9 billion IMF bailout`, `has requested a $5 billion loan`,
# `a $700 million loan ... was under discussion`: a loan not yet granted
_AIDTRAP_LOAN_PENDING_LEFT = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:still\s+)?(?:considering|weighing|studying|mulling|assessing|evaluating|eyeing)|"
    r"(?:hopes?|hoping|hoped|seeks?|seeking|aims?|aiming|wants?|wanted|expects?|expecting|plans?|planning|trying|tries|tried|bid)\s+"
    r"to\s+(?:secure|obtain|get|clinch|win|land|tap|draw\s+down)|request(?:s|ed|ing)?|appl(?:y|ies|ied|ying)\s+for)\s+"
    r"(?:(?:a|an|the|its)\s+)?(?:(?:new|fresh|further|possible|potential|proposed|second|third)\s+)?" + _AIDTRAP_Q + r"$", re.IGNORECASE
)
_AIDTRAP_LOAN_RIGHT = re.compile(
    r"(?:[- ](?:euro|dollar|pound|yen|franc)s?)?\s+(?:(?:[\w-]+|_+)\s+){0,2}(?:loans?|credits?|credit\s+lines?|financing|facility|bailout|"
    r"programme|program|rescue\s+package|package)\b", re.IGNORECASE
)
_AIDTRAP_UNDER_TALKS_RIGHT = re.compile(
    r"[^.;:$\u20ac\u00a3\u00a5]{0,80}?\b(?:was|is|were|are|remains?|remained)\s+(?:still\s+)?(?:under\s+(?:discussion|consideration|negotiation|review|study)|"
    r"being\s+(?:discussed|negotiated|considered|studied|prepared))\b", re.IGNORECASE
)
# `will give 10,000 lira to every quake survivor`, `3 million yen to each household`, `500 dollars per family`: a handout
# a government pays its own people (not `to each of the three countries`, not `for every dollar donated`)
_AIDTRAP_PER_HEAD_RIGHT = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:in\s+)?(?:[\w-]+\s+){0,2}?(?:to|for)\s+(?:each|every)\s+(?!of\b|dollar|euro|pound|yen|franc|rupee|peso|won\b|yuan)|"
    r"each\b(?!\s+(?:to|for)\s+(?:the\s+)?[A-Z_])|apiece\b|per\s+(?:person|family|household|head|victim|survivor|month|day|week|year|capita)\b|"
    r"a\s+(?:month|head|family|household|person|day|week)\b)", re.IGNORECASE
)
# `will provide 400 million euros to its flood-hit states`: money a government pays its own regions or people
_AIDTRAP_OWN_PEOPLE_RIGHT = re.compile(
    r"\s*(?:(?:in|of)\s+(?:[\w-]+\s+){0,3}?)?(?:to|for)\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:states|regions|provinces|prefectures|municipalities|districts|counties|citizens|nationals|people|population|farmers|residents|"
    r"households|families|businesses|companies|firms|workers|pensioners|towns|cities|communities)\b", re.IGNORECASE
)
# `Private donations from the public reached 30 billion won`: the public's gifts, no donor's aid
_AIDTRAP_PUBLIC_GIFTS_LEFT = re.compile(
    r"\b(?:private|public|individual|corporate|citizens['\u2019]?)\s+(?:donations|gifts|contributions)\b[^.;$\u20ac\u00a3\u00a5]{0,50}$|"
    r"\b(?:donations|gifts|contributions)\s+from\s+(?:the\s+)?(?:public|citizens|individuals|companies|businesses|people|residents|"
    r"the\s+diaspora|diaspora)\b[^.;$\u20ac\u00a3\u00a5]{0,50}$", re.IGNORECASE
)
# `It comes weeks after India agreed a separate $500 million facility`: what came before
# (weeks, months or years before: `came a day after the United States announced $2.5 billion` is the same news cycle's package)
_AIDTRAP_COMES_AFTER_LEFT = re.compile(
    r"\b(?:comes?|came)\s+(?:(?:a|an|one|two|three|four|five|six|several|few|just|only|less\s+than|more\s+than|about|\d+)\s+){0,3}"
    r"(?:weeks?|months?|years?)\s+(?:after|since)\b[^.;:$\u20ac\u00a3\u00a5]{0,60}$", re.IGNORECASE
)
_AIDTRAP_INSURERS_LEFT = re.compile(r"\b(?:insurers?|reinsurers?|insurance\s+(?:companies|firms|industry|sector|pool))\b[^.;$\u20ac\u00a3\u00a5]{0,40}$", re.IGNORECASE)
# `The Loss and Damage Fund now holds about $700 million`, `total lending to the region reached $20 billion`: a fund's or a
# lender's book, no package
_AIDTRAP_BOOK_LEFT = re.compile(
    r"\b(?:now\s+)?(?:holds|held|manages|managed|oversees)\s+" + _AIDTRAP_Q + r"$|"
    r"\btotal\s+(?:lending|loans|disbursements|commitments|portfolio|exposure)\b[^.;$\u20ac\u00a3\u00a5]{0,50}?\b(?:reached|stood\s+at|stands\s+at|"
    r"totall?ed|amounted\s+to|was|is|rose\s+to|grew\s+to|hit)\s+" + _AIDTRAP_Q + r"$", re.IGNORECASE
)
# `Sri Lanka's cabinet approved 10 billion rupees for the reconstruction of roads`: a cabinet's or a parliament's own spending
_AIDTRAP_CHAMBER_LEFT = re.compile(
    r"\b(?:cabinet|parliament|congress|legislature|lawmakers|assembly|council\s+of\s+ministers|government\s+council)\b[^.;,$\u20ac\u00a3\u00a5]{0,30}?\b"
    r"(?:approved|passed|cleared|allocated|released|sanctioned|okayed|voted)\s+" + _AIDTRAP_Q + r"$", re.IGNORECASE
)


def _aidtrap_not_aid(text: str, money: Money, lo: int, hi: int, left: str, right: str,
                     country_starts: frozenset[int] | set[int]) -> bool:
    """(pass aidtrap) A sum that is no aid: an offer refused, aid held up, a loan not yet granted, a handout
    per head or to a government's own people, the public's gifts, a fund's or lender's book, a chamber's own spending."""
    tail = left[-60:].casefold()
    head = right[:90].casefold()
    if any(g in tail for g in _AIDTRAP_STOPPED_GATE) and _AIDTRAP_STOPPED_LEFT.search(left):
        return True
    if ("come" in left or "came" in left) and _AIDTRAP_COMES_AFTER_LEFT.search(left):
        return True  # `It comes weeks after India agreed a separate $500 million facility`: the earlier package, background
    if "offer" in tail and (but := head.find(" but ")) >= 0 and _R52AID_DECLINED_AFTER.match(right, max(0, but - 1)) \
            and "," not in right[:max(0, but - 1)]:
        return True  # `Taiwan offered $1 million in aid, but Beijing rejected the offer`
    if any(g in head for g in _AIDTRAP_HELD_GATE) and _AIDTRAP_HELD_RIGHT.match(right):
        return True
    if ("consider" in tail or "weigh" in tail or " to " in tail or "request" in tail or "appl" in tail or "eyeing" in tail
            or "study" in tail or "mulling" in tail or "assessing" in tail or "evaluat" in tail) \
            and _AIDTRAP_LOAN_PENDING_LEFT.search(left) and _AIDTRAP_LOAN_RIGHT.match(right):
        return True
    if "under " in head or "being " in head:
        if _AIDTRAP_UNDER_TALKS_RIGHT.match(right):
            return True
    if ("each" in head[:50] or "every" in head[:50] or "per " in head[:20] or "apiece" in head[:10] or " a " in head[:4]) \
            and _AIDTRAP_PER_HEAD_RIGHT.match(right):
        return True
    if (" its " in head[:50] or " their " in head[:50]) and _AIDTRAP_OWN_PEOPLE_RIGHT.match(right):
        return True
    if ("donation" in tail or "gift" in tail or "contribution" in tail) and _AIDTRAP_PUBLIC_GIFTS_LEFT.search(left):
        return True
    if "insur" in tail and _AIDTRAP_INSURERS_LEFT.search(left):
        return True  # `Insurers will pay out about 1.2 billion euros for the hail damage`: claims paid, no aid
    if ("hold" in tail[-20:] or "held" in tail[-20:] or "manag" in tail[-20:] or "oversee" in tail[-20:] or "total" in tail) \
            and _AIDTRAP_BOOK_LEFT.search(left):
        return True
    if any(w in tail for w in ("cabinet", "parliament", "congress", "legislature", "lawmakers", "assembly", "council")) \
            and _AIDTRAP_CHAMBER_LEFT.search(left) and not any(money.end < c < hi for c in country_starts) \
            and _nearest(_AID_NOUN, "", right) is None:
        return True
    return False


# (pass aidtrap) a package recalled from years before, the sentence opening on its date (`In 2015, Japan gave ...`, `Back in
# 2004, ...`, `After the 2010 earthquake, ...`, `Last year, ...`, `Three years ago ...`) or the gift dated by the disaster
# of an earlier year right after it (`gave $5 million to Nepal after the 2015 quake`): background, no event of the article
_AIDTRAP_OPENERS = ("In ", "Back ", "After ", "Following ", "During ", "Last ", "Two ", "Three ", "Four ", "Five ", "Six ",
                    "Seven ", "Eight ", "Nine ", "Ten ", "Several ", "Many ", "Years ", "Some ")
_AIDTRAP_DATED_OPENING = re.compile(
    r"\s*(?:(?:In|Back\s+in|During)\s+(?:(?:early|late|mid-?)\s*|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+)?(?P<y1>(?:19|20)\d\d)|(?:After|Following|During)\s+the\s+(?:[\w-]+\s+){0,2}?(?P<y2>(?:19|20)\d\d)\s+"
    r"[^,.;$\u20ac\u00a3\u00a5]{0,40}|Last\s+year|(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|\d+)\s+years\s+ago)(?:\s*,|\s+(?=the\s|[A-Z]))"
)
_AIDTRAP_AFTER_DATED_DISASTER = re.compile(
    r"[^.;$\u20ac\u00a3\u00a5]{0,60}?\b(?:after|following|in\s+the\s+wake\s+of)\s+(?:the\s+)?(?P<y>(?:19|20)\d\d)\s+"
    r"(?:[\w-]+\s+)?(?:earthquake|quake|tsunami|floods?|cyclone|typhoon|hurricane|storm|drought|disaster|eruption|war|crisis)\b"
)


def _aidtrap_background(text: str, sent: Segment, money: Money, year: int | None) -> bool:
    """(pass aidtrap) A sum in a sentence that opens on a date before the article's year (or `Last year`, `N years ago`), or
    a gift dated by an earlier year's disaster right after it: a package recalled as background."""
    if year is None:
        return False
    if text.startswith(_AIDTRAP_OPENERS, sent.start) and (m := _AIDTRAP_DATED_OPENING.match(text, sent.start, money.start)):
        y = m.group("y1") or m.group("y2")
        if y is None or int(y) < year:
            return True
    if ("after" in text[money.end : money.end + 60] or "following" in text[money.end : money.end + 60]
            or "wake" in text[money.end : money.end + 60]):
        m = _AIDTRAP_AFTER_DATED_DISASTER.match(text, money.end, sent.end)
        if m and int(m.group("y")) < year:
            return True
    return False


def _is_aid(text: str, money: Money, lo: int, hi: int, country_starts: frozenset[int] | set[int] = frozenset(),
            org_starts: dict[int, int] | None = None, relief_starts: frozenset[int] | set[int] = frozenset()) -> bool:
    """`text` has organisation names masked (`mask_names`): `European Investment Bank` is no investment.
    `country_starts`: where the sentence's country mentions start; `org_starts`: its organisations' (a sum for an
    organisation, `20 million euros for UNRWA`, is for it as a sum for a country is), each to where it ends."""
    left = text[max(lo, money.start - 70) : money.start]
    right = text[money.end : min(hi, money.end + 70)]
    if money.value < _SMALLEST_AID:
        return False  # `text-message donations of $10 each`, `$15 a night`: a price or a private gift, never a donor's package
    if _REPAID_LEFT.search(left):
        return False  # `will repay a $3 billion IMF loan`: a debt paid back, no aid
    if "expect" in right[:14] and _EXPECTED_REVENUE_RIGHT.match(right) and _REVENUE_BEFORE.search(text, max(0, money.start - 260), money.start):
        return False  # pass r51aid: `collects corporate tax on the profits ... the 1.7 billion euros expected this year would go to`: a revenue forecast
    if "pay" in left[-30:] and _PAYOUT_LEFT.search(left) and _INSURED_RIGHT.search(text, money.end, min(hi, money.end + 160)):
        return False  # pass r51aid: `expects a payout of about $44 million from the Caribbean Catastrophe Risk Insurance Facility`
    if "out of" in left[-24:] and _OUT_OF_LEFT.search(left):
        return False  # pass aid50: `would be paid for out of $500 million in military aid announced in ...`: the envelope drawn on
    if " from " in right[:80] and _FROM_MANY_RIGHT.match(right):
        return False  # pass aid50: `drew pledges totalling 1.2 billion euros from dozens of countries`: a total, no single donor
    if _PUBLIC_DONATIONS.match(right) and _RECEIVE_LEFT.search(left) and not _FROM_SOMEONE.match(right):
        return False  # `the Red Cross said it had received $10 million in text-message donations`: the public's gifts, no donor's aid
    if country_starts and _PAY_LEFT.search(left) and (paid := _PAID_TO_FOR.match(right)) and money.end + paid.start(1) in country_starts \
            and not _PAID_FOR_AID.search(right, paid.end(), paid.end() + 40):
        return False  # `Kenya will pay $120 million to China for railway carriages`: a price paid to a country, no aid
    if "debt" in right[:60] and _DEBT_RELIEF_LEFT.search(left) and _DEBT_RELIEF_RIGHT.match(right):
        return True  # `cancelled more than $1.1 billion of Somalia's debt`: debt relief, aid to the debtor
    if ("owe" in left or "owe" in right[:50] or "owing" in left) and (_OWES.search(left[-45:]) or _OWES.search(right[:50])):
        return False  # `already owes the IMF about $41 billion from a 2018 bailout`: a debt, no aid
    if _OLD_LEVEL_LEFT.search(left):
        return False  # `to expand its loan to $8 billion from $3 billion`: the level before, no sum given
    if _REQUESTED_LEFT.search(left) or _OWED_RIGHT.match(right):
        return False  # `has asked the IMF for a new $6 billion loan`, `in talks with the IMF over a loan of up to $5 billion`, `$50 billion in reparations`
    if ("expect" in left and _EXPECTED_OF_OTHER.search(left)) or (
        "expect" in left and _EXPECTED_OWN.search(left) and _ON_CONDITION_RIGHT.match(right)
    ) or (("could" in left or "might" in left or "may " in left) and _MAY_UNLOCK_LEFT.search(left)):
        return False
    if _aid43_not_aid(text, money, left, right):
        return False  # pass aid43: `could lend up to $7 billion`, `lent ... on commercial terms`, `which had promised $10 million, raised its pledge`  # `is expecting the IMF to release a $1.1bn tranche`, `expected to approve up to $350 million ..., subject to`,
        # `a successful review could unlock a tranche of $330 million`: money hoped for, not given
    if ("owe" in text[max(lo, money.start - 130) : money.start]) and _PART_OF_DEBT_LEFT.search(left) \
            and _OWES.search(text, max(lo, money.start - 130), money.start):
        return False  # `owes about $36 billion to foreign creditors, including $7 billion to China`: a part of a debt
    if _THRESHOLD_LEFT.search(left + _QUALIFIER_HEAD.match(text, money.start, money.end).group(0)) or _NEEDED_RIGHT.match(right) or ("private" in right[:60] and _PRIVATE_GIFTS_RIGHT.match(right)):
        return False  # `a tax on fortunes above 100 million euros`, `the $2.7 billion the UN says it needs`, `20 billion won in private donations`
    if _PLAN_SUM_LEFT.search(left) or _PLAN_SUM_RIGHT.match(right):
        return False  # `the humanitarian response plan for Sudan is $2.7 billion`, `a $1.2 billion response plan`: a sum asked for
    if _CUT_BY_LEFT.search(left) or _CUT_OF_RIGHT.match(right):
        return False  # `would cut its aid to Zimbabwe by 100 million crowns`, `a 2 billion pound cut`: aid taken away, none given
    if _SALE_RIGHT.match(right) or _SALE_LEFT.search(left) or _UNDER_DEAL.match(right) or (
        ("worth" in left or "valued" in left) and _SALE_OF_GOODS_WORTH.search(left)
    ):
        return False  # `a $2bn arms deal with`, `a possible $2.6 billion sale of F-16 jets`, `under a barter deal`: trade, no aid
    if (("rozen" in right or "locked" in right or "withheld" in right or "suspended" in right)
            and _HELD_UP_RIGHT.match(right)) or (("nblock" in left or "nfr" in left) and _UNFROZEN_LEFT.search(left)):
        return False  # `cohesion funds for Hungary that had been frozen`, `unblocked 10.2 billion euros`: money held up or freed
    if ("los" in left[-40:] or "forfeit" in left[-40:]) and _LOST_LEFT.search(left):
        return False  # pass aid47: `after losing more than $440 million of expected funding`: money lost, none given
    if ("with" in left[-24:] or "prepar" in left[-30:]) and _r52aid_not_given(text, money, lo, left, right):
        return False  # pass r52aid: `the Ukraine Fund, which parliament set up with 60.5 billion crowns`, `was preparing a $150m loan`
    if _aidtrap_not_aid(text, money, lo, hi, left, right, country_starts):
        return False  # pass aidtrap: an offer refused, aid held up, a loan under consideration, a handout per head, the public's gifts
    if ("pending" in right or "yet to be" in right or "still to be" in right) and _PENDING_RIGHT.match(right):
        return False  # `to release $2.5 billion still pending under a programme`: money a lender still holds back
    if ("could" in right or "might" in right or "may " in right) and _COULD_FOLLOW_RIGHT.match(right):
        return False  # `up to 900 million euros could follow if ...`: a conditional offer
    if ("follow" in (window := text[max(lo, money.start - 160) : money.start]) or "available" in window or "unlocked" in window) \
            and _COULD_FOLLOW_IF_LEFT.search(text, max(lo, money.start - 160), money.start):
        return False  # `... could follow if Tunisia reaches an agreement with the IMF on a $1.9 billion loan`: the condition's sum
    if ("from" in right and _BOUGHT_FROM_RIGHT.match(right)) or ("acklog" in left and _BACKLOG_LEFT.search(left)):
        return False  # `$19 billion in weapons it has bought from the US`, `a backlog of $19 billion`: a purchase, no aid
    if _HEAD_NOT_AID.match(right):
        return False  # `approved a record 6.8 trillion yen defense budget`: the sum of a budget or a bill the country pays itself
    if _MIXED_SOURCES.match(right) or ("other" in right and _JOINT_SOURCES_RIGHT.match(right)):
        return False  # `lined up more than $50 billion in financing and investment`: loans and investors' money together, no one donor's aid
    if _COMMERCIAL_RECIPIENT.search(right) or _APPEAL_FOR.search(left):
        return False  # `launched a flash appeal for $71 million to help ...`: a sum asked for, not given
    if left.endswith(("at ", "at about ", "at around ", "at roughly ", "at some ", "at nearly ")) or left.endswith("at"):
        if _ESTIMATED_AT.search(text, max(lo, money.start - 150), money.start):
            return False  # `estimated the damage ... at more than $600 billion`: an estimate of a cost, no aid
    aid = _nearest(_AID_NOUN, left, right)
    if (country_starts or org_starts) and aid is None:
        # (an organisation right after `for` only: `paid $500 million to the IMF` is a repayment)
        to = _FOR_COUNTRY.match(text, money.end, hi)
        if to and to.end() not in country_starts and "for" in to.group(0):
            to = _FOR_PEOPLE_IN.match(text, money.end, hi) or to  # `for flood victims in Pakistan`
        if to and (to.end() in country_starts or (
            org_starts and to.end() in org_starts and _FOR_ORG.match(text, money.end, hi) and _ORG_ENDS.match(text, org_starts[to.end()], hi)
        ) or (
            # pass aid47: `would pay 50 million euros to the U.N. refugee agency UNHCR`: a relief agency is paid no debt, its
            # funding is aid (the agency's name, or its description with the acronym after it, then the phrase ends)
            to.end() in relief_starts and org_starts and to.end() in org_starts and "to" in to.group(0)
            and (_ORG_ENDS.match(text, org_starts[to.end()], hi) or _MASKED_NAME_THEN_END.match(text, org_starts[to.end()], hi))
        )) and not _NOT_AID_NOUN.search(left[-40:]) and not _NOT_AID_NOUN.search(to.group(0)) and not (
            (owned := _POSSESSED.match(text, to.end(), hi)) and _NOT_AID_NOUN.search(owned.group(1))  # not `to Russia's budget deficit`
        ):
            aid = 0
    if aid is None:
        # `The new aid brings the total Japan has pledged to Ukraine since the start of the war to about $7.1 billion`
        wide = text[max(lo, money.start - 160) : money.start]
        total = _RUNNING_TOTAL_TO.search(wide)
        if total and (_AID_NOUN.search(wide, 0, total.start() + 1) or _GIVEN.search(total.group(0))):
            aid = 0
        elif _brings_aid_to(text, lo, money.start):
            aid = 0
        elif _REACHING_TOTAL.search(left) and (reach := _REACHING_TOTAL.search(wide)) is not None and (
                _AID_NOUN.search(wide, 0, reach.start()) or _GIVEN.search(wide, 0, reach.start())
                or _PROMISED_OR_HANDED.search(wide, 0, reach.start())):
            aid = 0  # `everything Oslo has committed to Ukraine since the invasion rises to roughly 135 billion kroner`
    if country_starts:
        # `will channel the tax on these profits, about 1.7 billion euros, into a fund for Ukraine`: where the money goes
        dest = _DESTINATION.match(text, money.end, hi)
        if dest and dest.end() in country_starts and _CHANNEL_VERB.search(text, max(lo, money.start - 90), money.start):
            return True
    if _BUY_LEFT.search(left) and not any(
        money.end < c < money.end + 80 and _BUY_FOR_BEFORE.search(text, max(money.end, c - 12), c) for c in country_starts
    ):
        return False  # `Ukraine will buy $1 billion worth of weapons`: a purchase (not `buy ... for Ukraine`, `... to send to Ukraine`)
    if country_starts and _AT_COST.search(left):
        # `a NASAMS system that Canada is buying for Ukraine at a cost of $406 million`: the price of a gift
        bought = _BOUGHT_FOR.search(text, max(lo, money.start - 160), money.start)
        if bought and bought.end() in country_starts:
            return True
    if re.search(r"\bby\s*$", left) and _NOT_AID_NOUN.search(left):
        return False  # `overstated the value of weapons sent by $6.2 billion`: a difference
    if ("eposit" in left or "eposit" in right[:24]) and (  # (a substring test first: most sums are no deposits)
        (_DEPOSIT_RIGHT.match(right) and (_DEPOSIT_LEFT.search(left) or right.lstrip().startswith("deposit")))
        or (_DEPOSIT_LEFT.search(left) and _CENTRAL_BANK.search(text, lo, hi))  # `the central bank said X had deposited a further $1bn`
    ):
        return True  # `deposited $2 billion with the central bank of X`, `a $1 billion deposit in X's central bank`: support for its reserves
    if _AID_VERB_LEFT.search(left) and not _NOT_AID_NOUN.search(left[-60:]):
        aid = 0  # `will lend Ukraine about $3 billion`
    elif aid is None and (country_starts or org_starts) and _named_donor_announced_sum(text, money, left, right, country_starts, org_starts, lo):
        aid = 0  # (pass aidp) `The European Union announced 500 million euros, ...`, `Spain earmarked 7 million euros for ...`
    elif _GIVEN_AFTER.match(right) or _AVAILABLE_AFTER.match(right) or _PASSIVE_GIVEN_BY.match(right) or (
        _ADDED_LEFT.search(left) and not _NOT_AID_NOUN.search(right[:50])  # not `added $40 billion to its deficit`
    ):
        aid = 0  # `on top of the more than $1 billion Canada has committed to Ukraine`, `make N available for Ukraine`
    elif _RECEIVE_LEFT.search(left) and _FROM_SOMEONE.match(right) and not _NOT_AID_NOUN.search(left[-60:]):
        aid = 0  # `will receive 1.8 billion euros from the EU` (not `received a retainer of $35,000`)
    lead = re.match(r"\s*(?:in|of|worth of|for)\s+(?:new\s+|more\s+|additional\s+)?", right)
    if lead and item_lib.starts_with_item(right[lead.end() :]):
        aid = lead.end() if aid is None else min(aid, lead.end())  # `C$60 million in drones` (not `needs $4 billion for reconstruction`)
    if aid is None and ("worth" in left or "valued" in left) and _VALUED_LEFT.search(left) and _TRANSFER_VERB.search(left) \
            and item_lib.gazetteer_items(text, max(lo, money.start - 70), money.start) and not _SALE.search(text, lo, hi):
        aid = 0  # `delivered water pumps to Ukraine valued at 10 million francs`: the value of goods given
    if aid is None and country_starts and "spen" in left and _SPEND_LEFT.search(left):
        on = _SPEND_ON_FOR.match(text, money.end, hi)
        if on is not None and on.end() in country_starts:
            aid = 0  # `will spend 500 million pounds on training and equipping Ukraine's army`, `on buying shells for Ukraine`
    if aid is None and ("agreement" in left or "contract" in left) and _SIGNED_WORTH_LEFT.search(left) and _WITH_AGENCIES_TO_GIVE.match(right):
        aid = 0  # `has signed agreements worth 30 million riyals with UN agencies to supply food ... to Gaza`: relief paid for
    if aid is None and _aid43_coordinated_sum(text, money, lo, left):
        aid = 0  # pass aid43: `would contribute 20 million euros to ..., and a further 60 million euros in other projects`
    if aid is None:
        return False
    not_aid = _nearest(_NOT_AID_NOUN, left, right)
    return not_aid is None or aid < not_aid


# (pass aidp) `The European Union announced 500 million euros, the prime minister's office said`, `Spain has earmarked 7
# million euros for the refugee agency`: a named donor (a country or an organisation, the verb's subject) announcing a
# bare sum, with nothing after it but the clause's end or what it is for, gives that sum (not `for its armed forces`:
# its own spending; not a budget, a cost or anything else `_NOT_AID_NOUN` names)
_ANNOUNCED_BARE_LEFT = re.compile(
    r"(?P<subject>(?:(?<=\s)|^)(?:[A-Z][\w.'\u2019-]*|_+)(?:\s+(?:[A-Z][\w.'\u2019-]*|_+)){0,3})\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:announced|earmarked|mobili[sz]ed|set aside)\s+(?:(?:a further|an additional|another|an initial|a new|a fresh|up to)\s+)?$"
)
_ANNOUNCED_BARE_RIGHT = re.compile(
    r"\s*(?:[,.;]|$|(?:in|of)\s+(?:new\s+|fresh\s+)?(?:[\w-]+\s+)?(?:aid|assistance|support|funding|relief|help)\b|"
    r"for\s+(?!(?:its|their|his|her|our|the\s+(?:country|nation|government)['\u2019]s)\b))"
)


# (pass aidp) `1.5 billion kwacha, about 1.5 million dollars,`, `200 million vatu ($1.7 million)`: a figure in a currency the
# reader does not know, then a sum in one it does, in brackets or after a comma: the sum converts the figure (as a known
# currency's conversion in brackets is no event of its own); units that are no currency are not converted
_UNREAD_FIGURE_BEFORE = re.compile(
    r"\b\d[\d.,]*\s*(?:thousand|million|billion|trillion|bn|mn|m)\s+(?P<word>[a-z]+)\s*(?:\(\s*|,\s*)(?:or\s+)?"
    r"(?:(?:about|around|roughly|some|approximately|nearly|almost|equivalent to|worth)\s+)?$"
)
_NOT_CURRENCY_UNITS = frozenset({
    "people", "residents", "tonnes", "tons", "doses", "barrels", "litres", "liters", "gallons", "households", "families",
    "hectares", "acres", "children", "refugees", "meals", "units", "rounds", "shells", "kilometres", "kilometers", "miles",
    "votes", "jobs", "users", "visitors", "cubic", "square", "animals", "trees", "homes", "houses", "vaccines", "shots",
    "rations", "parcels", "tablets", "boxes", "bags", "kits", "pieces", "items", "cases", "deaths", "voters", "in", "of",
    "for", "to", "and", "or", "from", "a", "the", "each", "per", "more", "worth", "year", "years", "this", "last",
})
# (pass aidp) `the first tranche, worth $267 million,`, `the second tranche of about $330 million`: an ordinal tranche names a
# part of a package (the package is the event)
# (pass aidgen) the aid named again as a sentence's subject, its value set off by commas: `The aid, worth about 2.9 billion
# won, will be delivered through`, `The package, valued at some $3 million,` (the sum converts the one given before)
_SAME_AID_WORTH = re.compile(
    r"\s*(?:The|This|That|Its|Their)\s+(?:new\s+|additional\s+|extra\s+|emergency\s+|humanitarian\s+){0,2}"
    r"(?:aid|assistance|money|package|contribution|funding|funds|grant|donation|support|relief|sum|amount)\s*,\s*"
    r"(?:(?:worth|valued\s+at|equivalent\s+to)\s+)?(?:(?:about|around|roughly|some|approximately|nearly|almost|just\s+over|over|more\s+than)\s+)?"
)
# (pass aidgen) a sentence that opens on a sum the article gave before: `The additional 50 million euros will be channelled
# through`, `The $20 million will pay for` (the sum named again as the subject; its donor is the one named before)
_THE_SUM_AGAIN = re.compile(r"\s*The\s+(?:(?:additional|extra|new|further|fresh|promised|pledged)\s+)?")
_ORDINAL_TRANCHE_LEFT = re.compile(
    r"\b(?:first|second|third|fourth|initial|next|final|last|remaining)\s+(?:annual\s+|quarterly\s+)?tranche\s*,?\s*"
    r"(?:(?:worth|of|totall?ing|amounting to|valued at)\s+)?$", re.IGNORECASE
)


def _named_donor_announced_sum(text: str, money: Money, left: str, right: str, country_starts, org_starts, sent_start: int) -> bool:
    if not ("announced" in left or "earmarked" in left or "mobili" in left or "set aside" in left):
        return False
    m = _ANNOUNCED_BARE_LEFT.search(left)
    if m is None or not _ANNOUNCED_BARE_RIGHT.match(right) or _NOT_AID_NOUN.search(right[:60]) or _NOT_AID_NOUN.search(left[-40:]):
        return False
    base = money.start - len(left)
    lo, hi = base + m.start("subject"), base + m.end("subject")
    if text[sent_start:lo].strip() not in ("", "The", "the"):
        return False  # the subject opens the sentence (not `..., while Kenya announced $1 billion`: a second clause's)
    return any(lo <= s < hi for s in country_starts) or any(lo <= s < hi for s in (org_starts or {}))


def mask_names(text: str, all_refs: list[Ref]) -> str:
    """`text` with organisation and body names blanked (same length), for the aid/non-aid noun tests."""
    spans = [(r.start, r.end) for r in all_refs if r.actor is not None and r.actor.kind in ("organization", "body")]
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out.append(text[last:start])
        out.append("_" * (end - start))
        last = end
    out.append(text[last:])
    return "".join(out)


def _entity(text: str, ref: Ref) -> Entity:
    return Entity(name=ref.text, canonical=ref.country or (ref.actor.canonical if ref.actor else ref.text),
                  span=Span.of(text, ref.start, ref.end))


# `UN agencies`, `EU member states`: a generic group named after an organisation, not the organisation
_CHANNEL_AFTER = re.compile(r"\s+(?:agencies|bodies|partners|organi[sz]ations|member (?:states|countries)|countries)\b")
# `to the NATO fund for Ukraine`: an organisation's scheme for a country is a channel to that country
_SCHEME_FOR = re.compile(
    r"(?:['\u2019]s)?\s+(?:[\w-]+\s+)?(?:fund|trust fund|facility|mechanism|programme|program|initiative)\s+(?:for|to)\s+(?:the\s+)?"
)
# `through the UN and the Red Cross`, `via the World Food Programme`: the organisation money goes through;
# `from its emergency fund`: the source (a country is neither: `through the Ukraine Security Assistance Initiative`)
_CHANNEL_BEFORE = re.compile(
    r"\b(?:through|via)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,4}?(?:(?:and|or|,)\s+(?:the\s+)?)?$|\bfrom\s+(?:its\s+|their\s+|the\s+)?(?:own\s+)?$"
    # `96 million euros, split between the United Nations and aid groups`: the agencies that spend it
    r"|\b(?:split|divided|shared|channell?ed)\s+(?:between|among|to)\s+(?:the\s+)?$"
    # pass r51aid: `the money would be managed by the World Food Programme`: the agency that spends it
    r"|\b(?:managed|administered|implemented|handled|coordinated|run)\s+by\s+(?:the\s+)?$"
)
# pass r51aid: where a giver spoke from (`the bank said in a statement from Abidjan`), no giver of its own
_SPOKE_FROM = re.compile(r"\b(?:statement|statements|remarks|speaking|speech|news conference|press conference|briefing|interview)\s+from\s+(?:the\s+)?$", re.I)
# `allocated $10 million from the Central Emergency Response Fund`: the fund is where the money is drawn from; whoever
# allocates it gives (the fund itself only when no one else is named)
_SOURCE_FROM = re.compile(r"\b(?:allocat|releas|dr[ae]w|tap|channell?)\w*\s+(?:[^.;]{0,40}?\s)?from\s+(?:the\s+|its\s+|their\s+)?(?:own\s+)?$", re.I)
# `France's pledges of aid to ...`, `Ireland's commitments to the agency`: whose pledges they are gave them
_GIVER_OF = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:pledges?|contributions?|commitments?|donations?)\b(?!\s+(?:from|by)\b)", re.IGNORECASE
)
_TRIP_TO = re.compile(r"\b(?:visits?|trips?|tour|journey|stopover|flight)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# `since Russia invaded`, `after Moscow launched its full-scale invasion`: the attacker in a time clause
_ATTACKER = re.compile(
    r"(?:\s+(?:forces|troops|army|military))?\s+(?:first\s+|fully\s+)?(?:invaded|attacked|annexed|occupied|bombed|shelled|struck|(?:launched|began|started)\s+(?:its|their|the|a)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:invasion|war|offensive|attack|assault))\b"
)
# `the fighting between Israel and Hezbollah`, `a ceasefire between Armenia and Azerbaijan`: the parties to a conflict
_BELLIGERENTS_BEFORE = re.compile(
    r"\b(?:fighting|war|conflict|clashes|hostilities|ceasefire|truce|tensions|border|talks|negotiations)\s+between\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'\u2019-]*\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}and\s+(?:the\s+)?)?$"
)
_NOT_RECIPIENT_BEFORE = re.compile(r"\b(?:rather than|instead of|not)\s+(?:to\s+|for\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:in\s+)?$")
# the people a donation is for, named by where they are: `for people affected by Russia's war in Ukraine`
_PEOPLE_IN = re.compile(
    r"\b(?:to|for|(?:lend|give|send|provide|grant|offer|promise|pledge|hand)(?:s|n|ing)?|lent|gave|sent|provided|granted|offered|"
    r"promised|pledged|handed)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:people|civilians|refugees|victims|families|children|survivors|those|"
    r"communities|population|displaced|households|Palestinians)\b[^.;:,]{0,60}?\b(?:in|of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# `one billion euros for reconstruction in Turkey`, `$20 million for relief efforts in Sudan`: the work a sum pays for, in the
# place that receives it (a sum's own `for`, right after it)
_FOR_WORK_IN = re.compile(
    r"\bfor\s+(?:the\s+)?(?:[\w-]+\s+)?(?:reconstruction|rebuilding|recovery|relief|rescue|repairs?)(?:\s+(?:efforts?|work|operations?))?"
    r"\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# `will give Palestinians in Gaza $75 million`: the place of the people who receive, never the clause's subject
_PEOPLE_IN_BEFORE = re.compile(
    r"\b(?:people|civilians|refugees|victims|families|children|survivors|communities|population|displaced|households|Palestinians)\s+"
    r"(?:(?:sheltering|living|hosted|staying)\s+)?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# an actor right before an active verb is that clause's subject (a donor of its own, a speaker), no recipient
_ACTIVE_SUBJECT = re.compile(
    # (pass aid46: past the name's abbreviation in brackets, `the Central Emergency Response Fund (CERF) said`)
    r"(?:\)|\s+\([A-Z][\w.&-]{1,12}\))?\s+(?:also\s+|on\s+\w+day\s+|then\s+)?(?:(?:has|have|had|will|would)\s+(?!been\b|be\b)[a-z]+|said|says|told|announced|pledged|"
    # a subject of what it is about to do: `, and the UN is expected to launch an appeal`
    r"(?:is|are|was|were)\s+(?:expected|set|due|likely|scheduled|poised|preparing|planning|going)\s+to|"
    r"pledges|promised|promises|committed|commits|sent|sends|gave|gives|provided|provides|offered|offers|donated|donates|"
    r"delivered|supplied|unveiled|approved|agreed|plans|planned|intends|added|launched|spent|spends|contributed|contributes)\b"
)


# the same after a body the country owns: `China's government said`, `Japan's foreign ministry announced`
_OWNED_ACTIVE_SUBJECT = re.compile(
    r"(?:['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:government|ministry|cabinet|embassy|administration|authorities)|\s*\([A-Z][\w.&-]{1,12}\))?"
    + _ACTIVE_SUBJECT.pattern  # (`the Inter-American Development Bank (IDB) approved`: the name's short form between)
)


# a coordinated clause with a subject of its own (`, and Turkey has sent`, `, while Britain said`)
_OTHER_CLAUSE = re.compile(
    r"(?:,\s*|\s)(?:and|but|while|whereas)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[\w'\u2019.&-]+){0,4}?(?:\s*\([A-Z][\w.&-]{1,12}\))?"
    + _ACTIVE_SUBJECT.pattern
    + r"|;"
)


_SUM_AFTER = re.compile(r"\s+(?:about|around|some|nearly|roughly|up to|more than|over|another|a further|an additional|an extra|a fresh|a new)?\s*(?:[$\u20ac\u00a3\u00a5]|[A-Z]{1,2}\$|\d)")


# an organisation's scheme named after it: `the European Peace Facility's assistance measures for Ukraine`
_ORG_FOR = re.compile(r"(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,3}?(?:for|to)\s+(?:the\s+)?")


# `the European Peace Facility to finance weapons for Ukraine`: an organisation's purpose, then its beneficiary
_FUND_TO_FINANCE = re.compile(r"\s+to\s+(?:finance|fund|pay for|buy|supply|help|support)\s+(?:[\w-]+\s+){0,3}?for\s+(?:the\s+)?")


# `$199 million for Rohingya refugees in Bangladesh`, `for the Rohingya response in Bangladesh`: a people and the country
# hosting them (without a country named after them, the people stay the recipient)
_HOSTED_IN = re.compile(
    r"\s+(?:refugees|response|refugee response|crisis|refugee crisis|camps|communities|population)"
    r"(?:,?\s+(?:and|as well as)\s+(?:(?:the|their|local)\s+)?(?:host(?:ing)?\s+)?(?:communities|populations?|families))?"
    r"\s+(?:(?:sheltering|living|hosted|staying)\s+)?in\s+(?:the\s+)?"
)


# `Scholz pointed to Germany's role as ...`, `according to Japan`, `compared to France`: a `to` that gives nothing
_NOT_GIVING_TO = re.compile(
    r"\b(?:point(?:s|ed|ing)?|referr?(?:s|ed|ing)?|allud(?:e|es|ed|ing)|according|thanks|owing|due|compared|comparable|similar|"
    r"close|next|return(?:s|ed|ing)?|respond(?:s|ed|ing)?|react(?:s|ed|ing)?|object(?:s|ed|ing)?|spoke|speaking|talk(?:s|ed|ing)?|"
    r"travel(?:l?ed|l?ing|s)?|went|listen(?:s|ed|ing)?|turn(?:s|ed|ing)?|appeal(?:s|ed|ing)?|tribute|"
    r"ambassadors?|envoys?|representatives?|delegates?|delegations?|missions?|emissar(?:y|ies)|observers?)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a scheme named after the country it is for (`the Ukraine Security Assistance Initiative`, `the Ukraine Facility`)
_NAMED_SCHEME_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,3}(?:Initiative|Facility|Fund|Programme|Program)\b")


_DEMONYM_HOSTED_IN = re.compile(r"\s+refugees\s+(?:(?:sheltering|living|hosted|staying)\s+)?in\s+(?:the\s+)?")
# UN relief agencies paid directly: the gold takes the agency as recipient (`to UNRWA for its work in Gaza`)
_RELIEF_AGENCIES = frozenset({
    "World Food Programme", "UNICEF", "UNRWA", "UNHCR", "World Health Organization", "International Committee of the Red Cross",
    "International Organization for Migration", "UNFPA", "UNDP", "OCHA",
})
# (in the masked text) the agency's description, then its own name, masked too: `the U.N. agency for Palestinian refugees UNRWA`
_MASKED_NAME_THEN_END = re.compile(r"\s+_{3,}(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|on|in|to|this|last|next|after|before|by|at)\b)")
_AGENCY_FOR = re.compile(r"(?:,[^,.;]{1,60},)?\s+for\s+(?:the\s+)?")  # the agency, then directly what it is for

# a people named as a recipient in its own land (not refugees in a host country, which `_HOSTED_IN` gives the host)
_PEOPLE_OF_PLACE = frozenset({"Palestinians"})
_PLACE_OF_PEOPLE = re.compile(r"\s+(?:(?:living|sheltering|trapped|displaced)\s+)?in\s+(?:the\s+)?")
_FROM_PLACE_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# `from British stockpiles`, `from Japanese government stocks`: a nation's own stores, after its demonym
_OWN_STOCKS_AFTER = re.compile(
    r"\s+(?:(?:government|humanitarian|emergency|relief|aid|military|army|national|state|disaster)\s+){0,2}"
    r"(?:stocks|stockpiles?|reserves|warehouses?|depots?)\b",
    re.IGNORECASE,
)


_STATELESS = frozenset({"Rohingya"})  # a people without a state of its own, sheltered by a host country
_RESPONSE_AFTER = re.compile(r"\s+(?:refugee\s+)?(?:response|operation|crisis\s+response)\b")


def _recipient(
    text: str, sent_refs: list[Ref], money: Money | None, donor_hint: str | None, explicit_only: bool = False
) -> Ref | None:
    scored: list[tuple[int, int, Ref]] = []
    peoples = [x for x in sent_refs if x.country in _PEOPLE_OF_PLACE]
    for r in sent_refs:
        if r.country is None or r.country == donor_hint:
            continue
        if peoples and any(x.end < r.start and _PLACE_OF_PEOPLE.fullmatch(text, x.end, r.start) for x in peoples):
            continue  # `will give Palestinians in Gaza $10 million`: the people named receive, their own land is where
        if _INVADER.match(text, r.end):
            continue  # `since the start of Russia's invasion`
        before = text[max(0, r.start - 30) : r.start]
        if _COMPARED.search(before):
            continue  # `the second-largest amount after the United States`: a comparison, not a recipient
        if _TRIP_TO.search(before):
            continue  # `during a wartime visit to Israel`: where the donor went, not who gets the aid
        if "from" in before and _SPOKE_FROM.search(before):
            continue  # pass r51aid: `the bank said in a statement from Abidjan`: where the giver spoke
        if "host" in text[max(0, r.start - 60) : r.start] and _COHOST_BEFORE.search(text, max(0, r.start - 60), r.start):
            continue  # pass aid46: `Switzerland, which co-hosted the meeting with Sweden, pledged`: a co-host, no recipient
        if _ATTACKER.match(text, r.end) or (
            text.find("between", max(0, r.start - 80), r.start) >= 0 and _BELLIGERENTS_BEFORE.search(text, max(0, r.start - 80), r.start)
        ):
            continue  # `since Russia invaded`, `a halt to the fighting between Israel and Hezbollah`: a party to the war
        if r.actor is not None and r.actor.kind != "country" and _CHANNEL_BEFORE.search(before) and not _PEOPLE_IN.search(text, max(0, r.start - 80), r.start):
            continue  # `£1m in funding through the UN`, `$5 million from its emergency fund`: a channel or a source
        if not r.demonym and _GIVER_OF.match(text, r.end):
            continue  # `taking France's pledges of aid to the Palestinians to ...`: the donor
        # (a people's adjective only before `refugees`: `to help Ukrainian refugees in Moldova`)
        hosted = _HOSTED_IN.match(text, r.end) if not r.demonym else _DEMONYM_HOSTED_IN.match(text, r.end)
        if hosted and any(x.start == hosted.end() and x.country and x.actor is not None and x.actor.kind == "country" for x in sent_refs):
            continue  # `for Rohingya refugees in Bangladesh`: the aid goes to the country that hosts them
        if r.country in _STATELESS and _RESPONSE_AFTER.match(text, r.end):
            continue  # `support for the Rohingya response`: a relief operation's name; its host country receives
        if _CHANNEL_AFTER.match(text, r.end) or _NOT_RECIPIENT_BEFORE.search(before) or text.startswith("-based", r.end):
            continue  # `would go to UN agencies ... rather than to the government`: a channel, not the recipient
        scheme = (_SCHEME_FOR if r.actor is None or r.actor.kind == "country" else _ORG_FOR).match(text, r.end)
        if scheme and r.country in _RELIEF_AGENCIES and _AGENCY_FOR.match(text, r.end):
            scheme = None  # `$50 million to the World Food Programme for Yemen`: paid to the agency, which runs the work
        if scheme and any(x.start == scheme.end() and x.country and x.country != r.country for x in sent_refs):
            continue  # `to the NATO fund for Ukraine`, `to the European Peace Facility's measures for Ukraine`: a channel
        scheme = _FUND_TO_FINANCE.match(text, r.end) if r.actor is not None and r.actor.kind != "country" else None
        if scheme and any(x.start == scheme.end() and x.country and x.country != r.country for x in sent_refs):
            continue  # `for the European Peace Facility to finance weapons for Ukraine`: a channel
        if r.actor is not None and r.actor.kind == "country" and _NAMED_SCHEME_AFTER.match(text, r.end):
            score = 0  # `funded through the Ukraine Security Assistance Initiative`: the country the scheme is for
        elif re.search(r"\bthank(?:s|ed|ing)?\s+(?:the\s+)?$", before):
            score = 9  # `thanked France for`: the donor
        elif re.search(r"\b(?:to|for|into|towards|toward)\s+(?:the\s+)?(?:people of\s+|government of\s+)?$", before):
            if _NOT_GIVING_TO.search(before):
                continue  # `pointed to Germany's role`, `ambassador to the UN`: a `to` that gives nothing
            score = 0
        elif _GIVE_TO.search(text, max(0, r.start - 16), r.start) and (
            not re.search(r"\b(?:pledg|promis)\w*\s+(?:the\s+)?$", before) or _SUM_AFTER.match(text, r.end)
        ):
            score = 0  # `will lend Ukraine about $3 billion`, `promised Ukraine $50 million`
        elif _TO_HELP.search(before):
            score = 0  # `a grant of $21 million to help Niger grow more wheat`: the one helped receives
        elif _PEOPLE_IN.search(text, max(0, r.start - 80), r.start):
            score = 0  # `for people affected by the war in Ukraine`, `to refugees from Sudan`
        elif money is not None and r.start > money.end and " in" in before and _FOR_WORK_IN.search(before) \
                and r.start - money.end < 60:
            score = 0  # pass aid47: `one billion euros for reconstruction in Turkey`: the place of the work the sum pays for
        elif re.search(r"\bthank(?:s|ed|ing)?\b", text[r.end : r.end + 12]):
            score = 1  # `Zelensky thanked ...`: the recipient
        elif _TRANSFER_VERB.search(before) and re.search(r"\w+\s+(?:the\s+)?$", before) and re.search(
            _TRANSFER_VERB.pattern + r"\s+(?:the\s+)?$", before, re.I
        ):
            score = 0
        elif _RECEIVE_VERB.search(text[r.end : r.end + 40]):
            score = 1
        elif _ACTIVE_SUBJECT.match(text, r.end) or _SUM_AFTER.match(text, r.end):
            continue  # `..., and Turkey has sent planes`, `while Britain said it would provide`: another clause's subject
        elif "from" in before and _FROM_PLACE_BEFORE.search(before):
            continue  # `, while two aircraft from the United Arab Emirates landed`: where something comes from, no recipient
        elif r.demonym:
            score = 3
        else:
            score = 2
        distance = abs(r.start - money.start) if money else 0
        scored.append((score, distance, r))
    if not scored:
        return None
    scored.sort(key=lambda t: (t[0], t[1]))
    if explicit_only and scored[0][0] > 1:
        return None
    best = scored[0][2]
    if best.country in _RELIEF_AGENCIES and " Red Cr" in text[best.end : best.end + 60]:
        # pass aid46: `to the World Food Programme and the Mozambican Red Cross`: the agency and the stricken country's own
        # society share the money; the society's country is the one in need (a society's formal name stays an organisation)
        m = _AGENCY_AND_SOCIETY.match(text, best.end)
        if m:
            named = next((x for x in sent_refs if x.start == m.start(1) and x.country and not _is_society(x)), None)
            if named is not None:
                return named
            country = _PEOPLE_DEMONYMS.get(m.group(1)) or _RELIEF_DEMONYMS.get(m.group(1))
            if country is not None and country != donor_hint:
                return Ref(m.start(1), m.end(1), m.group(1), None, country, demonym=True)
    return best


_COHOST_BEFORE = re.compile(
    r"\bco-?host(?:s|ed|ing)?\s+(?:(?:the|a|an|this|that)\s+)?(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?$"
    r"|\b(?:co-?)?hosted\s+(?:jointly\s+)?by\s+(?:[\w-]+,?\s+){0,6}?(?:and\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_AGENCY_AND_SOCIETY = re.compile(r"\s+and\s+(?:to\s+)?(?:the\s+)?([A-Z][\w-]+)\s+Red\s+(?:Cross|Crescent)\b(?!\s+Society)")


# `provided by X`, `a pledge by X`: the agent of a giving participle or noun (not `a visit by X`)
_GIVEN_BY = re.compile(
    r"(?:\b[a-z]\w*(?:ed|en|wn|id|nt|ut|lt|de)|\b(?:contributions?|pledges?|donations?|grants?|loans?|aid|assistance|support|"
    r"funding|packages?|financing))\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HARM_BY = re.compile(
    r"\b(?:affected|caused|hit|triggered|damaged|destroyed|displaced|struck|devastated|ravaged|killed|wounded|launched|"
    r"started|waged|occupied|attacked|invaded|threatened|blocked|vetoed|opposed)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# `overcoming resistance from Hungary`, `despite objections from Slovakia`: whoever resists gives nothing
_OPPOSITION_FROM = re.compile(
    r"\b(?:resistance|opposition|objections?|criticism|pressure|protests?|vetoe?s?|threats?|pushback|scepticism|skepticism|"
    r"reservations|hold-?outs?|demands?|calls?|requests?)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PACKAGE_OF = re.compile(r"\b(?:package|tranche|programme|program|envelope|amount|sum)s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_SUPPORT_AFTER = re.compile(
    r"(?:['\u2019]s?)?\s+(?:[\w-]+\s+){0,2}?(?:support|aid|assistance|funding|loans?|grants?|money|financing|credits?)\b", re.IGNORECASE
)


_LOAN_AFTER_NAME = re.compile(r"\s+(?:loans?|credits?|credit lines?|bailouts?|grants?|rescue (?:package|loan)s?|programmes?|programs?|facility)\b", re.IGNORECASE)


def _lender_named_after(text: str, money: Money, sent_refs: list[Ref], recipient: Ref | None) -> Ref | None:
    """`a $8 billion IMF loan`, `a $500 million World Bank credit`: the name between the sum and the loan lends it."""
    for r in sent_refs:
        if r.start > money.end + 2:
            break
        if r.start in (money.end + 1, money.end + 2) and r.country and not r.demonym and (recipient is None or r.country != recipient.country) \
                and text[money.end : r.start].strip() in ("", "-") and _LOAN_AFTER_NAME.match(text, r.end):
            return r
    return None


# `$20 million from Kazakhstan`: the giver named right after its sum (in a sentence that lists several, each sum's own)
_SUM_FROM_GIVER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?")


def _giver_from_after(text: str, sent: Segment, money: Money, sent_refs: list[Ref], recipient: Ref | None, limit: int) -> Ref | None:
    """`Turkey received $30 million from Azerbaijan and $20 million from Kazakhstan`: the `from X` that follows the sum
    (not a fund it is drawn from, `allocated $10m from the Central Emergency Response Fund`, nor `from Russia's assets`)."""
    for r in sent_refs:
        if r.start <= money.end:
            continue
        if r.start >= limit or not r.country or r.demonym or (recipient is not None and r.country == recipient.country):
            return None
        if not _SUM_FROM_GIVER.fullmatch(text, money.end, r.start) or _OPPOSITION_FROM.search(text, money.end, r.start) \
                or re.match(r"['\u2019]s?\s", text[r.end : r.end + 3]) or (
                    r.actor is not None and r.actor.kind != "country" and _SOURCE_FROM.search(text, max(sent.start, r.start - 90), r.start)):
            return None
        return r
    return None


# a deal struck with a lender: `reached a staff-level agreement with the IMF`, `signed a loan deal with the World Bank`
_LENDER_DEAL = re.compile(r"\b(?:agreements?|deals?|accords?|arrangements?|compacts?)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_LENDER_NAME = re.compile(r"\b(?:Bank|Monetary Fund)\b")


def _is_lender(ref: Ref) -> bool:
    """An international lender (the IMF, the World Bank, a development bank), by its canonical name."""
    return ref.actor is not None and ref.actor.kind == "organization" and bool(_LENDER_NAME.search(ref.actor.canonical))


# `the International Monetary Fund's approval in March of a 2.9-billion-dollar bailout`: whose approval it is gives
_APPROVAL_OF = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:approval|decision|announcement|pledge|offer)(?:\s+(?:in|on|last|this)\s+\w+)?\s+of\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:new\s+|further\s+)?$",
    re.IGNORECASE,
)


def _approver_of(text: str, money: Money, sent_refs: list[Ref]) -> Ref | None:
    if "'s" not in text[max(0, money.start - 70) : money.start] and "\u2019s" not in text[max(0, money.start - 70) : money.start]:
        return None
    return next((r for r in reversed(sent_refs) if r.country and not r.demonym and money.start - 70 <= r.end < money.start
                 and _APPROVAL_OF.fullmatch(text, r.end, money.start)), None)


def _package_owner(text: str, sent: Segment, sent_refs: list[Ref], rec: str | None) -> Ref | None:
    """`a 50 billion euro package of EU financial support`: whose support it is gives (not who blocks it)."""
    for r in sent_refs:
        if r.country and r.country != rec and _PACKAGE_OF.search(text, max(sent.start, r.start - 30), r.start) and _SUPPORT_AFTER.match(text, r.end):
            return r
        # `Hungary blocked a 50 billion euro EU aid package for Ukraine`: the name between the sum and its aid noun
        if r.country and r.country != rec and _SUM_BEFORE_OWNER.search(text, max(sent.start, r.start - 24), r.start) \
                and _OWNED_AID_AFTER.match(text, r.end):
            return r
    return None


_SUM_BEFORE_OWNER = re.compile(r"(?:\d|\b(?:million|billion|trillion|bn|mn))(?:[- ](?:euro|dollar|pound|yen|franc|crown|krona|kroner)s?)?\s+(?:new\s+)?$", re.IGNORECASE)
_OWNED_AID_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:(?:military|humanitarian|financial|economic|security|emergency|development|defen[cs]e)\s+)?"
                              r"(?:aid|assistance|support|relief|package|loan|grant|funding)\b")


def _outside_dateline(text: str, sent: Segment, sent_refs: list[Ref]) -> list[Ref]:
    """`BORGO EGNAZIA, Italy (AP) — Group of Seven leaders agreed ...`: the place a story is filed from gives nothing."""
    if sent.start > 0 and text[sent.start - 1] != "\n":
        return sent_refs
    dateline = WIRE_DATELINE.match(text, sent.start, sent.end)
    if dateline is None:
        return sent_refs
    return [r for r in sent_refs if r.start >= dateline.end()]


def _donor(
    text: str, sent: Segment, sent_refs: list[Ref], anchor: int, recipient: Ref | None, subject_only: bool = False
) -> Ref | None:
    rec = recipient.country if recipient else None
    sent_refs = _outside_dateline(text, sent, sent_refs)
    if recipient is not None:
        # `for Romania and Poland`: a coordinated recipient is not the donor
        coordinated = set()
        last = recipient
        for r in sent_refs:
            if r.start >= last.end and re.fullmatch(r"\s*(?:,|and|or|as well as|,\s*and)\s*(?:the\s+)?", text[last.end : r.start]) \
                    and not _OWNED_ACTIVE_SUBJECT.match(text, r.end):  # not `for Libya, and Japan's government said`: a new clause
                coordinated.add(id(r))
                last = r
            elif recipient.country in _PEOPLE_OF_PLACE and r.start > recipient.end and _PLACE_OF_PEOPLE.fullmatch(text, recipient.end, r.start):
                coordinated.add(id(r))  # `Palestinians in Gaza will receive ...`: the people's land gives nothing
        sent_refs = [r for r in sent_refs if id(r) not in coordinated]
    if subject_only:
        sent_refs = [
            r for r in sent_refs
            if r.start < anchor and (not r.demonym or _DEMONYM_GIVER_AFTER.match(text, r.end, min(len(text), r.end + 48)))
        ]
    # `Zelensky thanked France for ...`: the one thanked gave
    for r in sent_refs:
        if r.country and r.country != rec and r.start < anchor and re.search(
            r"\bthank(?:s|ed|ing)?\s+(?:the\s+)?$", text[max(0, r.start - 16) : r.start]
        ):
            return r
    owner = _package_owner(text, sent, sent_refs, rec)
    if owner is not None:
        return owner
    # `The Board of Directors of the African Development Bank Group has approved a grant`: the board's institution gives
    for r in sent_refs:
        if r.start < anchor and r.country and r.country != rec and not r.demonym and _BOARD_OF.search(text, max(sent.start, r.start - 50), r.start):
            return r
    # `the G7's $50 billion package`: the possessor gives
    for r in sent_refs:
        if r.country and r.country != rec and not r.demonym and re.fullmatch(r"['\u2019]s\s+", text[r.end : anchor]):
            return r
    for r in sent_refs:
        if r.country and r.country != rec and not r.demonym and _GIVER_OF.match(text, r.end):
            return r  # `taking France's pledges of aid to ... to 100 million euros`
    # explicit `from X` / `provided by X` (not `guaranteed by X`: a guarantor does not give)
    source = None
    for r in sent_refs:
        if r.country and r.country != rec and not r.demonym:
            before = text[max(0, r.start - 40) : r.start]
            if source is None and r.actor is not None and r.actor.kind != "country" and before.rstrip().endswith(("from", "the", "its", "their")) \
                    and _SOURCE_FROM.search(text, max(sent.start, r.start - 90), r.start):
                source = r  # `allocated $5m from the Central Emergency Response Fund`
                continue
            if (re.search(r"\bfrom\s+(?:the\s+)?$", before) and not _OPPOSITION_FROM.search(before) and not _SPOKE_FROM.search(before)) or (
                _GIVEN_BY.search(before) and not re.search(r"\b(?:guarantee|insure|back|underwrit|secur|collateral|manag|administer|implement|handl|coordinat)\w*\s+by\s+(?:the\s+)?$", before, re.I)
                and not _HARM_BY.search(before) and not re.match(r"['\u2019]s?\s", text[r.end : r.end + 3])
            ):
                return r  # not `people affected by Russia's war`: the agent of a harm, or a possessor, gives nothing
    for r in sent_refs:
        if r.start >= anchor or not r.country or r.country == rec or r.demonym:
            continue
        if re.search(r"\b(?:to|for|into|with|against|on|of|in|since|after|before|during|amid|despite|over)\s+(?:the\s+)?$",
                     text[max(sent.start, r.start - 12) : r.start], re.I):
            continue
        if _INVADER.match(text, r.end):
            continue  # `Since Russia's full-scale invasion`
        if _GIVE_TO.search(text, max(sent.start, r.start - 16), r.start) and _SUM_AFTER.match(text, r.end):
            continue  # `The Japanese government promised Ukraine $50 million`: the indirect object receives
        if text.startswith(("'s ", "\u2019s "), r.end):
            # pass aid46: `The UN's Central Emergency Response Fund said it had released`: the body owned acts, not its owner
            owned = next((x for x in sent_refs if x.start == r.end + 3 and x.country and x.country != rec and not x.demonym
                          and x.actor is not None and x.actor.kind == "organization" and x.start < anchor), None)
            if owned is not None:
                return owned
        return r
    # a possessive demonym or an actor after the anchor (`a German package`, `approved by Congress`)
    for r in sent_refs:
        if r.country and r.country != rec and r.start < anchor and not _INVADER.match(text, r.end) and not (
            not r.demonym and re.search(r"\b(?:of|against|on|into|since|after|before|during|amid|despite|over|to|for)\s+(?:the\s+)?$",
                                        text[max(sent.start, r.start - 12) : r.start], re.I)
        ):
            return r  # not `after Russia's invasion of Ukraine`: the invader, or the object of a preposition
    # an actor after the anchor: `approved by Congress`, the speaker after a quote (`"We will provide ...,"
    # Austrian Chancellor X said`), not `for the reconstruction of Ukraine's energy grid`
    for r in sent_refs:
        if r.country and r.country != rec and r.start >= anchor and (
            not r.demonym or _TITLE_AFTER.match(text, r.end)
        ):
            before = text[max(sent.start, r.start - 12) : r.start]
            # (not `will be delivered through Egypt`: a channel gives nothing)
            if not re.search(r"\b(?:to|for|into|against|of|in|through|via)\s+(?:the\s+)?$", before) and not _OPPOSITION_FROM.search(
                text, max(sent.start, r.start - 30), r.start
            ) and r is not source:
                return r
    return source


# a demonym that names a giver as the subject of a transfer: its government or a national body (`the Japanese foreign
# ministry`), or (pass aiddem) the body's carriers and people (`Canadian planes`, `British troops`, `the Indian navy`, `a
# Japanese medical team`, `Turkish rescuers`); not a firm (`a Canadian firm sold`)
_DEMONYM_GIVER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:government|officials|authorities|army|military|forces|ministry|cabinet)\b"
    r"|\s+(?:[\w-]+\s+){0,3}?(?:navy|air\s+force|coast\s+guard|troops|soldiers|marines|aircraft|planes|airplanes|helicopters|"
    r"jets|ships|vessels|convoys?|trucks|(?:relief|rescue|medical|aid)\s+teams?|teams\b(?!\s+of\s+(?:lawyers|advisers|investigators))|"
    r"rescuers|medics|doctors"
    # (pass aidgen) the national body under its proper name (`the Indian Navy`, `a Royal Malaysian Air Force plane`), and
    # one carrier of it (`an Indian navy ship delivered`)
    r"|Navy|Air\s+Force|Coast\s+Guard|(?<=(?:navy|Navy|orce|uard)\s)(?:ship|vessel|plane|helicopter))\b"
)
_TO_HELP = re.compile(r"\bto\s+help\s+(?:the\s+)?$", re.IGNORECASE)
_BOARD_OF = re.compile(r"\b(?:board|Board)(?:\s+of\s+(?:Executive\s+)?(?:Directors|Governors|directors|governors))?\s+of\s+(?:the\s+)?$")


# (`the Italian defence ministry said`: a ministry named by its portfolio too)
_TITLE_AFTER = re.compile(r"\s+(?:President|Prime Minister|Chancellor|Premier|(?:[A-Z][a-z]+\s+)?Minister|government|"
                          r"(?:foreign|defen[cs]e|finance|development|interior|health|economy|economic|aid|emergencies)?\s*ministry)\b")


# `bringing Britain's commitment to Sudan this year to £226m`: a total of what was pledged (not `The new commitment takes
# Australia's total support to ...`, where the commitment is the new package)
_PLEDGES_BROUGHT_TO = re.compile(
    r"\b(?:brings?|bringing|brought|takes?|taking|took|raises?|raising|lifts?|lifting)\s+(?:the\s+|its\s+|their\s+|[\w.-]+['\u2019]s\s+)"
    r"(?:[\w'\u2019-]+\s+){0,2}?(?:commitments?|pledges?|contributions?)\b[^.;$\u20ac\u00a3\u00a5]{0,110}\bto\s*$",
    re.IGNORECASE,
)


# words of the status cues that are nouns as often as verbs, and what makes them nouns
_NOUN_OR_VERB = frozenset({"supply", "supplies", "transfer", "ship", "offers", "grants", "grant", "offer"})
_STATUS_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|of|medical|relief|food|military|humanitarian|emergency|winter|fuel|power|arms|weapons|"
    r"ammunition|energy|water|aid|other|essential|more|new|further|and|or)\s+$",
    re.IGNORECASE,
)


# `allocated $10 million from the Central Emergency Response Fund`: a decision to spend from a pooled fund, announced
# (not a pledge); `released ... from its fund` stays delivered, as round 19's gold has it (round 21's says announced)
_FROM_FUND = re.compile(r"\s+from\s+(?:the\s+|its\s+|their\s+)?(?:[\w.'\u2019-]+\s+){0,4}?(?:Fund|fund|reserves?|Reserves?|CERF)\b")


# `announced $X ..., bringing its total aid to $Y`: a total brought to a figure by the package just named, with no verb
# of its own (not `bringing the total it has provided to`)
_TOTAL_BROUGHT_TO = re.compile(
    r"^[^.;:$\u20ac\u00a3\u00a5]{0,120}?(?:,\s*|\s+and\s+)(?:bringing|taking|lifting|raising)\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,3}?total\b"
    r"(?P<gap>[^.;,$\u20ac\u00a3\u00a5]{0,60}?)\bto\s*(?:about|around|some|nearly|roughly|more than|over|almost|at least)?\s*$",
    re.IGNORECASE,
)


# pass aid46: a transfer named only as what something else replaces or outdoes (`a faster alternative to the EU's plan
# to supply`, `rather than send tanks`) is no transfer of its own
_NOT_THIS_TRANSFER = re.compile(
    r"\balternatives?\s+to\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:plans?|schemes?|proposals?|programmes?|programs?|"
    r"initiatives?|efforts?|offers?|promises?)\s+to\s+$|\b(?:instead of|rather than|unlike)\b[^,.;]*$",
    re.IGNORECASE,
)


def _status(left: str, right: str, kind: str) -> str:
    if kind == "new" and left.endswith((" a ", " an ")) and _AID43_ON_TOP_OF_A_LEFT.search(left) and _AID43_EARLIER_GIVEN_RIGHT.match(right):
        return "delivered"  # pass aid43: `on top of a $500 million credit line that India provided last month`
    if kind == "cumulative" and "already" in left and _AID43_ALREADY_DELIVERED_LEFT.search(left[-110:]):
        return "delivered"  # pass aid43: `had already mobilised 190 million euros ..., and would add more`
    if kind == "cumulative" and _PLEDGES_BROUGHT_TO.search(left[-200:]):
        return "pledged"
    if kind == "cumulative" and _REACHING_TOTAL.search(left[-60:]) and not re.search(
            r"\b(?:delivered|disbursed|spent|paid out|sent|shipped)\b", re.split(r"[;:]|,\s", left)[-1]):
        return "pledged"  # `Denmark's support to Kyiv is approaching 60 billion kroner`: a total reached, what was committed
    if kind == "new" and re.search(r"\ballocat(?:e|es|ed|ing)\s+$", left) and _FROM_FUND.match(right):
        return "announced"
    best: tuple[int, str] | None = None
    for status, pattern in _STATUS:
        for m in pattern.finditer(left):
            if status == "announced" and m.group(0).casefold() in _NOUN_OR_VERB and _STATUS_NOUN_BEFORE.search(left, max(0, m.start() - 16), m.start()):
                continue  # `will finance weapons and supplies for Ukraine`: a noun, no status verb
            if best is None or m.start() > best[0]:
                best = (m.start(), status)
    if best is None:
        for status, pattern in _STATUS:
            m = pattern.search(right[:80])
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), status)
        verb_zone = right[: best[0]] if best else right[:40]
        if _FUTURE.search(verb_zone) or _FUTURE.search(re.split(r"[;:]|,\s*(?:and|but)\s", left[-110:])[-1]):
            return "planned"
        status = best[1] if best else "announced"
        return "delivered" if kind == "cumulative" and status == "announced" else status
    pos, status = best
    if kind == "cumulative" and status == "announced":
        return "delivered"  # a running total counts what was given
    # `intends to announce`, `will provide`: a future or intention before the verb, in its clause
    window = re.split(r"[,;]|\band\b", left[max(0, pos - 40) : pos])[-1]
    if status == "announced" and re.match(r"[a-z]+ing\b", left[pos:]) and re.search(r",\s*$", left[max(0, pos - 4) : pos]):
        # `Qatar will help pay the salaries ..., providing $87 million`: a participle takes the tense of its clause
        main = re.split(r"[;:]|,\s*(?:and|but|while)\s", left[max(0, pos - 120) : pos])[-1]
        if _FUTURE.search(main):
            return "planned"
    if _FUTURE.search(window):
        return "planned" if status != "pledged" or re.search(r"\b(?:will|would) pledge", left[max(0, pos - 40):]) else "pledged"
    if status == "announced" and re.search(r"\b(?:has|have|had)\s+(?:(?:already|so far|now|thus far|also)\s+)?(?:provided|given|supplied|delivered)\b", left[max(0, pos - 25):]):
        return "delivered"
    return status


def _aid_type(scope: str, found_items: list[str]) -> str:
    kinds = set()
    if item_lib.MILITARY_CUES.search(scope) or any(item_lib.MILITARY_CUES.search(i) or item_lib.is_military_item(i) for i in found_items):
        kinds.add("military")
    if item_lib.HUMANITARIAN_CUES.search(scope):
        kinds.add("humanitarian")
    if item_lib.FINANCIAL_CUES.search(scope):
        kinds.add("financial")
    if kinds == {"humanitarian", "financial"} and _HOSTED_REFUGEES.search(scope) \
            and not item_lib.HUMANITARIAN_CUES.search(_HOSTED_REFUGEES.sub(" ", scope)):
        kinds.discard("humanitarian")  # `$50 million in grants to Syrian refugees in Jordan`: who gets it, not what it is
        # (a loan or a grant keeps its type; `military aid and support for refugees in X` stays mixed)
    if len(kinds) > 1:
        return "mixed"
    return kinds.pop() if kinds else "unspecified"


# the refugees a host country shelters, named as the recipient (`to Syrian refugees in Jordan`)
_HOSTED_REFUGEES = re.compile(r"\brefugees\s+(?:(?:sheltering|living|hosted|staying)\s+)?in\s+(?:the\s+)?[A-Z]")


_BY_TO = re.compile(
    r"\b(?:increas|rais|boost|expand|lift|top(?:s|ped|ping)? up|extend)\w*\b[^.;]{0,80}?\bby\s+[^.;\s]+(?:\s+[^.;\s]+){0,3}?\s+to\s+$",
    re.IGNORECASE,
)
# one gift, not a running total: `the country's largest contribution so far`, `its biggest single pledge to date`
_SINGLE_GIFT = r"(?:package|tranche|contribution|pledge|donation|commitment|gift|grant|loan|disbursement|payment|instalment|installment)"


# ---- pass aid43 (rounds 43/44): kept in one block to ease merges ----
# a sum only possible (`the ADB and the World Bank could lend up to $7 billion`, `might provide about $300 million`): no event
_AID43_COULD_GIVE_LEFT = re.compile(
    r"\b(?:could|might|may)\s+(?:(?:also|eventually|together|jointly|then|still)\s+)?(?:lend|provide|give|offer|mobili[sz]e|"
    r"disburse|extend|contribute|grant)\s+(?:(?:it|them|the\s+country|[A-Z][\w.'\u2019-]*)\s+)?$"
)
# a figure the giver raised later in the same clause (`Canada, which had promised $10 million, raised its pledge to $25
# million`): the first figure is superseded, only the new one is an event
_AID43_SUPERSEDED_LEFT = re.compile(r"\b(?:which|who)\s+had\s+(?:(?:already|initially|first|earlier)\s+)?(?:promised|pledged|offered|committed)\s+$")
_AID43_RAISED_RIGHT = re.compile(
    r"[^.;]{0,30}?,\s*(?:later\s+|then\s+|now\s+)?(?:raised|increased|lifted|doubled|tripled|topped\s+up|boosted)\s+"
    r"(?:its|their|his|her|the|that)\s+(?:pledge|offer|contribution|commitment|promise)\b"
)
# a second sum coordinated after the first under its giving verb (`would contribute 20 million euros to the Amazon Fund,
# which finances ..., and a further 60 million euros in other climate projects`): aid as the first one is
_AID43_AND_FURTHER_LEFT = re.compile(r"(?:,\s*|\s)and\s+(?:a\s+further|an\s+additional|another|a\s+fresh|an\s+extra)\s+$")
_AID43_GIVING_VERB = re.compile(
    r"\b(?:contribut|donat|provid|pledg|allocat|grant|giv|gave|lend|lent|offer|commit|disburs|releas)\w*\s+(?:[\w.'\u2019-]+\s+){0,3}?"
    r"(?:[$\u20ac\u00a3\u00a5]|(?:about|some|around|nearly|up\s+to|more\s+than|over\s+)?\d)"
)


def _aid43_not_aid(text: str, money: Money, left: str, right: str) -> bool:
    """Pass aid43's money traps: a possible sum, a superseded figure."""
    if ("could" in left or "might" in left or "may " in left) and _AID43_COULD_GIVE_LEFT.search(left):
        return True
    if "had" in left and _AID43_SUPERSEDED_LEFT.search(left) and _AID43_RAISED_RIGHT.match(right):
        return True
    return False


def _aid43_coordinated_sum(text: str, money: Money, lo: int, left: str) -> bool:
    """A sum coordinated after an earlier given sum of the sentence (`..., and a further 60 million euros in ...`)."""
    if "and" not in left or not _AID43_AND_FURTHER_LEFT.search(left):
        return False
    return _AID43_GIVING_VERB.search(text, max(lo, money.start - 220), money.start) is not None


# a running total told with more to come (`had already mobilised 190 million euros for Sudan in 2023, and would add more`)
def _already_gave(verbs: str, flags: int = 0) -> re.Pattern[str]:
    """`had already <verb> ...` ending where the sum starts: one frame for the readers of what was given before."""
    return re.compile(r"\b(?:has|have|had)\s+already\s+(?:" + verbs + r")\b[^$\u20ac\u00a3\u00a5.;]{0,60}$", flags)


_AID43_ALREADY_LEFT = _already_gave(
    r"mobili[sz]ed|given|provided|delivered|sent|disbursed|committed|pledged|allocated|contributed|donated|released|spent")
_AID43_ALREADY_DELIVERED_LEFT = _already_gave(r"mobili[sz]ed|given|provided|delivered|sent|disbursed|donated|released|spent")
_AID43_MORE_TO_COME_RIGHT = re.compile(
    r"[^.;]{0,80}?\b(?:and|but)\s+(?:said\s+(?:it|they)\s+)?(?:would|will|was\s+ready\s+to|is\s+ready\s+to|planned\s+to|plans\s+to|"
    r"intends\s+to|intended\s+to)\s+(?:add|give|provide|send|contribute|mobili[sz]e|do|offer)\s+(?:still\s+)?(?:more|further|extra)\b"
)
# an earlier single package the new one comes on top of (`comes on top of a 500 million dollar credit line that India
# provided last month`): one gift, new, not a running total (`on top of the $1 billion it has already committed` is one)
# pass r51aid: a running total counted over the donor's earlier packages (`in its 17 earlier packages`, `across previous tranches`)
_EARLIER_PACKAGES_RIGHT = re.compile(
    r"[^.;$\u20ac\u00a3\u00a5]{0,60}?\b(?:in|over|across|through|with)\s+(?:its|their|the|his|her)?\s*(?:[\w-]+\s+)?(?:earlier|previous|prior|past)\s+"
    r"(?:[\w-]+\s+)?(?:packages|tranches|rounds|pledges|deliveries|shipments)\b",
    re.IGNORECASE,
)
# pass r51aid: `The package, Sweden's 18th since the Russian invasion, includes ...`: a package's rank counted since an
# event is no running total of the sum that follows
_ORDINAL_SINCE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|\w+tieth)\s+"
                            r"(?:(?:aid|military|such|[\w-]+)\s+)?(?:package\s+|tranche\s+)?since\b[^$\u20ac\u00a3\u00a5]{0,60},", re.IGNORECASE)
_AID43_ON_TOP_OF_A_LEFT = re.compile(r"\b(?:on\s+top\s+of|in\s+addition\s+to|follows|follow(?:s|ed)\s+on\s+from)\s+an?\s+$", re.IGNORECASE)
_AID43_ONE_PACKAGE_RIGHT = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:" + _SINGLE_GIFT + r"|credit\s+line|line\s+of\s+credit)\s+(?:that|which)\s+"
)


_AID43_EARLIER_GIVEN_RIGHT = re.compile(
    _AID43_ONE_PACKAGE_RIGHT.pattern + r"(?:[\w.'\u2019-]+\s+){1,3}?(?:had\s+|has\s+)?(?:already\s+)?(?:provided|gave|given|disbursed|delivered|extended|sent|paid\s+out)\b"
)


def _aid43_kind(left: str, right: str) -> str | None:
    """Pass aid43's kinds: a running total with more to come, one earlier package named with its article."""
    if "already" in left and _AID43_ALREADY_LEFT.search(left) and _AID43_MORE_TO_COME_RIGHT.match(right):
        return "cumulative"
    if left.endswith((" a ", " an ")) and _AID43_ON_TOP_OF_A_LEFT.search(left) and _AID43_ONE_PACKAGE_RIGHT.match(right):
        return "new"
    return None


# money sent through an agency (`provided 1 million dollars through UNICEF for ...`) goes to the story's country, not to
# the agency the last event paid
_AID43_THROUGH_AGENCY_RIGHT = re.compile(r"[^.;]{0,40}?\b(?:through|via)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*|international\s+(?:organi[sz]ations|agencies)|UN\s+agencies)")


def _aid43_through_agency_recipient(text: str, money: Money, sent_end: int, all_refs: list[Ref], last: Ref | None, donor: Ref,
                                    givers: set[str]) -> Ref | None:
    """The story's country (never a giver of its other events) for a sum sent through an agency after one paid to an agency."""
    if last is None or last.actor is None or last.actor.kind == "country":
        return None
    if not _AID43_THROUGH_AGENCY_RIGHT.match(text, money.end, sent_end):
        return None
    countries = [r for r in all_refs if r.actor is not None and r.actor.kind == "country" and not r.demonym and r.country not in givers]
    return _fallback_recipient(countries, None, donor, text)


# What a donor did over a period before the article's news (`extended about $4 billion in credit lines last year`,
# `has given it $900 million in the past year`): a past sum, never a new package. A participle before the period names
# when some other thing was agreed (`$330 million of the loan agreed last year`), not when this sum was given.
_PAST_PERIOD = re.compile(
    r"\b(?:last year(?!['\u2019]s)|(?:in|over|during) the (?:past|last|previous|preceding) (?:(?:\w+|\d+) )?(?:years?|months)|"
    r"(?:in|over|during) (?:the )?(?:previous|preceding|prior|recent|earlier) years|(?:in|during) the previous year|"
    r"(?:a|one|two|three|four|five|several) years? (?:ago|earlier)|over the years)\b",
    re.IGNORECASE,
)
_PERIOD_OF_OTHER = re.compile(
    r"\b(?:agreed|approved|signed|struck|reached|sealed|announced|unveiled|launched|set up|created|adopted|promised|pledged|"
    r"since|until|than|before|after)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# `has provided about $4 billion in assistance`, `have given Ghana some $900 million`: a perfect-tense giving verb with the
# sum as its bare object is what a donor has done by now; a package (`has approved a $50 million grant`), an announcing
# verb (`has announced`, `has pledged`), a new mark or a dated day (`on Monday`, `today`) keep it new.
_APPROXIMATE_END = re.compile(r"\b(?:about|around|some|roughly|nearly|almost|than|over|to|of|least|approximately|estimated)\s*$")
_PERFECT_GIVEN = re.compile(
    r"\b(?:has|have)\s+(?:(?:also|together|collectively|jointly|altogether)\s+)?(?:provided|given|extended|disbursed|delivered|lent|loaned|"
    r"contributed|donated|supplied|channell?ed|spent|paid out)\s+(?:(?:to\s+)?(?:the\s+)?[A-Z][\w.'\u2019-]*\s+){0,3}"
    r"(?:about|around|some|roughly|nearly|almost|more than|over|close to|upwards of|at least|approximately|an estimated)?\s*$"
)
# `has pledged about 28 billion euros ..., including commitments for coming years`: what a donor has pledged so far, years
# ahead included, is its running total (a perfect tense; `pledged a new €5 billion ... for coming years` is one package)
_PERFECT_PLEDGED = re.compile(
    r"\b(?:has|have)\s+(?:(?:also|now|already|together|collectively|jointly)\s+)?(?:pledged|committed|promised|earmarked|"
    r"provided|given|allocated)\s+(?:(?:to\s+)?(?:the\s+)?[A-Z][\w.'\u2019-]*\s+){0,3}"
    r"(?:about|around|some|roughly|nearly|almost|more than|over|close to|upwards of|at least|approximately|an estimated)?\s*$"
)
_YEARS_AHEAD_INCLUDED = re.compile(
    r"^[^;:.]{0,90}?\b(?:including|includ(?:es|ing)|with)\s+(?:[\w-]+\s+){0,2}?(?:commitments?|pledges?|obligations?|funds?|money|"
    r"appropriations?|deliveries|aid)\s+(?:[\w-]+\s+){0,2}?(?:for|in|over|through|into)\s+(?:the\s+)?(?:coming|future|next|following|"
    r"later|subsequent|years\s+to\s+come)\b",
    re.IGNORECASE,
)
_DATED_DAY = re.compile(
    r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"today|tonight|yesterday|this week|this morning|on (?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December) \d)\b"
)


# A year named for the giving (`gave $50 million in 2022`, `during 2021`, `in March 2022`): before the article's own year,
# a sum of the past like `last year` (the article's date is its `published_at`; no clock is read)
_DATED_YEAR = re.compile(
    r"\b(?i:in|during|throughout)\s+(?:(?:early|late|mid-?|the\s+(?:first|second|spring|summer|autumn|fall|winter)\s+(?:half\s+)?of)\s*)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b(?![-\u2013/]\d)"
)


def _past_period(left: str, right: str, year: int | None = None) -> bool:
    """A sum given over a past period (`last year`, `in the past year`, `a year ago`) or in a year before the
    article's (`in 2022` in a 2024 article) in its own clause."""
    if _FUTURE.search(left) or _NEW_MARK.search(left[-40:]):
        return False
    clause_right = re.split(r"[,;:(\u2013\u2014]|\s(?:but|while|whereas|as|after|when|which|who)\s", right, maxsplit=1)[0]
    for part in (clause_right, left):
        for m in _PAST_PERIOD.finditer(part):
            if not _PERIOD_OF_OTHER.search(part[: m.start()]):
                return True
        if year is not None and ("20" in part or "19" in part):
            for m in _DATED_YEAR.finditer(part):
                if int(m.group("year")) < year and not _PERIOD_OF_OTHER.search(part[: m.start()]):
                    return True
    return False


# (pass aidp) `has also provided 200,000 dollars in emergency cash to the Kenya Red Cross Society`, `has donated $4 million to
# the World Food Programme to feed ...`: an exact sum (no `about`, `more than`) given to a recipient named right after it,
# with no span of time (`since`, `so far`, `this year`), is one gift, not a donor's running total
_ONE_GIFT_TO_RIGHT = re.compile(
    r"\s*(?:(?:in|of|worth)\s+(?:[\w-]+\s+){0,4}?)?(?:to|for)\s+(?:the\s+)?[A-Z]"
)
_SPAN_OF_TIME = re.compile(r"\b(?:since|so far|to date|this year|last year|in total|until|as of|over the (?:past|last)|in recent|altogether)\b", re.I)


def _perfect_given(money: Money, left: str, right: str) -> bool:
    if money.currency == "XXX" or not (given := _PERFECT_GIVEN.search(left)):
        return False
    clause_right = re.split(r"[;:(\u2013\u2014]|,\s(?:and|but)\s|\s(?:while|whereas)\s", right, maxsplit=1)[0]
    if money.qualifier == "exact" and not _APPROXIMATE_END.search(given.group(0)) and _ONE_GIFT_TO_RIGHT.match(clause_right) \
            and not _SPAN_OF_TIME.search(clause_right) and not _SPAN_OF_TIME.search(left):
        return False
    return not (_NEW_MARK.search(left) or _DATED_DAY.search(left) or _DATED_DAY.search(clause_right) or _NEW_MARK.search(clause_right[:40]))


def _pledged_years_ahead(money: Money, left: str, right: str) -> bool:
    """`has pledged about 28 billion euros in military aid, including commitments for coming years`: a running total."""
    return (money.currency != "XXX" and _PERFECT_PLEDGED.search(left) is not None and not _NEW_MARK.search(left)
            and _YEARS_AHEAD_INCLUDED.search(right) is not None)


# a giver's one earlier announcement, dated by its day: `the 20 million yuan it announced on Sunday`, `the $5 million Japan
# pledged on Monday` (a perfect `has already committed` is what it has given by now)
_DATED_EARLIER_PACKAGE = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:it|they|(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})\s+"
    r"(?:announced|pledged|promised|unveiled|approved|offered)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|last week|earlier this week|earlier in the week)\b"
)


# what a donor had given by a date (`had given Ukraine 28 billion euros ... by the end of 2023`, `has disbursed $4 billion
# as of March`): a running total, not a new package (`will provide $1 billion by the end of the year` is one)
_PERFECT_LEFT = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:already|so far|now|also|together|collectively)\s+)?(?:given|provided|delivered|sent|disbursed|committed|"
    r"pledged|allocated|spent|contributed|donated|supplied|paid|transferred|channell?ed|lent)\b[^$\u20ac\u00a3\u00a5.;]{0,60}$",
    re.IGNORECASE,
)
_BY_DATE_RIGHT = re.compile(
    r"[^.;]{0,80}?\b(?:by\s+the\s+end\s+of|as\s+of|by)\s+(?:(?:early|mid|late)[- ])?(?:20\d\d|last\s+(?:year|month)|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:\s+20\d\d)?)\b",
    re.IGNORECASE,
)
# `a $60 billion package for Ukraine that has been stalled since October`: how long a package has waited, no running total
_STALLED_SINCE = re.compile(
    r"[^.;]{0,80}?\b(?:stalled|held up|blocked|pending|delayed|stuck|languish(?:ed|ing)|waiting|awaiting|frozen|bogged down)\s+(?:in\s+[\w ]{1,20}?\s+)?since\b",
    re.IGNORECASE,
)


# what a donor had given before the news, counted from a start (`had already delivered $475 million ... since the waters
# began rising`); a sentence counting the new package in (`Including the new package, ...`); a total drawing near a
# figure (`its support to Kyiv is approaching 60 billion kroner`): running totals
_ALREADY_GIVEN_LEFT = _already_gave(
    r"given|provided|delivered|sent|disbursed|committed|pledged|allocated|spent|contributed|donated|supplied|paid|transferred|"
    r"channell?ed|lent|released", re.IGNORECASE)
_INCLUDING_NEW = re.compile(
    r"\s*(?:Including|Counting|With)\s+(?:the|this|today's|its|their)\s+(?:(?:new|latest|fresh|additional|\w+th|\w+st|\w+nd|\w+rd)\s+)*"
    r"(?:package|tranche|pledge|contribution|aid|money|funds|commitment|allocation)s?\s*,[^.;]{0,120}$"
)
_NEARING_LEFT = re.compile(
    r"\b(?:support|aid|assistance|contributions?|help|funding|spending)\b[^$\u20ac\u00a3\u00a5.;]{0,40}?\b(?:is\s+|are\s+|was\s+)?"
    r"(?:now\s+)?(?:approaching|nearing|closing in on)\s+(?:(?:about|around|roughly|nearly|some|almost)\s+)?$",
    re.IGNORECASE,
)


# a running total named by the verb that reaches its figure (`Denmark's support to Kyiv is approaching 60 billion kroner`,
# `what Stockholm has promised ... climbs past 7.5 billion crowns`, `Japan's support now adds up to $7.1 billion`): the
# figure a total has reached, never a package (`will increase its support this year to 85 billion`: a year's level)
_REACHING_TOTAL = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:now\s+|fast\s+|rapidly\s+|already\s+)?(?:approaching|nearing)|"
    r"(?:climb(?:s|ed)?|(?:has|have)\s+climbed|ris(?:es|en)|rose|(?:has|have)\s+risen|swell(?:s|ed)|(?:has|have)\s+swollen)\s+(?:past|beyond|to)|"
    r"(?:now\s+)?(?:adds?|added)\s+up\s+to|(?:now\s+)?(?:tops|topped|exceeds|exceeded))\s+"
    r"(?:(?:about|around|roughly|nearly|some|almost|more than|over|close to|an estimated)\s+)?$",
    re.IGNORECASE,
)
_PROMISED_OR_HANDED = re.compile(r"\b(?:promised|handed over|earmarked)\b", re.IGNORECASE)
_REACHED_QUALIFIER = re.compile(r"\b(?P<q>approaching|nearing|(?<=climbs )past|(?<=climbed )past|(?<=rises )past|(?<=rose )past|"
                                r"(?<=risen )past|(?<=pushed )past|(?<=pushes )past)\s+$", re.IGNORECASE)
# `Including the new package, Denmark's support ...`, `Counting this year's money, everything Oslo has committed ...`:
# a sentence that counts the new money in names a total
_COUNTING_IN_LEAD = re.compile(
    r"\s*(?:Including|Counting|Together with|Along with)\s+(?:the|this|these|its|their|today['\u2019]s|this year['\u2019]s|[A-Z][\w-]*['\u2019]s)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:package|packages|tranche|tranches|money|funds|funding|aid|pledge|pledges|contribution|sum|amount)\s*,"
)


def _reached_qualifier(text: str, money: Money) -> Money:
    """`is approaching 60 billion kroner` (about), `climbs past 7.5 billion crowns` (over): the verb's word is the qualifier."""
    if money.qualifier == "up_to" and re.search(r"\badd(?:s|ed|ing)?\s+$", text[max(0, money.start - 12) : money.start]):
        # `now adds up to $7.1 billion`: the verb's particle, no ceiling (`adds up to some $7.1 billion`: its own word)
        at = re.match(r"up\s+to\s+", text[money.start : money.end])
        if at is not None:
            q = re.match(r"(?:about|around|roughly|nearly|some|almost|more than|over|close to|an estimated)\s+", text[money.start + at.end() : money.end], re.I)
            return replace(money, qualifier="exact" if q is None else money.qualifier, start=money.start + at.end())
    if money.qualifier != "exact":
        return money
    q = _REACHED_QUALIFIER.search(text, max(0, money.start - 16), money.start)
    if q is None:
        return money
    return replace(money, qualifier="over" if q.group("q").casefold() == "past" else "about")


# a clause after a perfect giving verb that dates the giving from an event (`since the waters began rising`, `since the
# quake struck`): what has been given by now
_SINCE_EVENT_RIGHT = re.compile(r"[^.;:$\u20ac\u00a3\u00a5]{0,80}?\bsince\s+(?:the|it|they|its|their|[A-Z])", re.IGNORECASE)


# pass aid50: `X, the first Western head of government to visit Lula since his inauguration, also announced`: a `since` in
# an aside on a first (or only, or last) visit counts no running total
_FIRST_SINCE_ASIDE = re.compile(r",\s+(?:the|its|their|his|her)\s+(?:first|only|last)\s[^$\u20ac\u00a3\u00a5,;]{0,80}?\bsince\b[^$\u20ac\u00a3\u00a5,;]{0,50},", re.I)


def _kind(text: str, sent: Segment, money: Money, prev_end: int, next_start: int, year: int | None = None) -> str:
    if _aidtrap_background(text, sent, money, year):
        return "cumulative"  # pass aidtrap: `In 2015, Japan gave $14 million to Nepal`, `... after the 2015 quake`: a past sum
    if _REACHING_TOTAL.search(text, max(sent.start, money.start - 60), money.start) or (
        "," in text[sent.start : money.start] and _COUNTING_IN_LEAD.match(text, sent.start, money.start)
    ):
        return "cumulative"
    if _BY_TO.search(text, max(sent.start, money.start - 120), money.start):
        return "cumulative"  # `increase the programme by 15 billion crowns to 50 billion crowns`: the new total
    if _brings_aid_to(text, max(prev_end, sent.start), money.start):
        return "cumulative"  # `It brings the security assistance Washington has provided since 2021 to more than $21 billion`
    if _DONOR_RANK.match(text, money.end, min(next_start, sent.end)) and not _NEW_MARK.search(
        text, max(prev_end, sent.start, money.start - 90), money.start
    ):
        return "cumulative"  # `has committed 28 billion euros, more than any other country except ...`: a donor's ranking counts totals
    left = text[max(prev_end, sent.start, money.start - 90) : money.start]
    right = text[money.end : min(next_start, sent.end)]
    if (aid43 := _aid43_kind(left, right)) is not None:
        return aid43  # pass aid43
    # `brings total U.S. security assistance to more than $X`, `a total of $X`, `$X in total`
    if re.search(r"\b(?:total(?:s|ed|led|ing|ling)?|cumulative|altogether|overall|in all|all told|combined)\b[^$€£¥]{0,60}$", left, re.I):
        if not re.search(r"\b(?:package|tranche)\b[^$€£¥]{0,20}$", left, re.I) or "total" in left.casefold():
            return "cumulative"
    if re.search(r"\b(?:bring(?:s|ing)?|brought|raising|raises|lifting)\b[^$€£¥]{0,60}\bto\s+(?:\w+\s+){0,3}$", left, re.I):
        return "cumulative"
    # `has provided $12 billion since the war began, and will add $4.5 billion`: a running total's cue stays in its clause
    # `has committed 28 billion euros since 2022 and has earmarked 7 billion euros for this year`: a coordinated verb
    # phrase after the sum before is a clause of its own
    left = re.split(r",\s*(?:and|but)\s|;|\s(?:while|whereas)\s|\s(?:and|but)\s+(?=(?:has|have|will|would|is|are|plans|intends)\s)", left)[-1]
    if "since" in left and ("first" in text[max(prev_end, sent.start) : money.start] or "only" in text[max(prev_end, sent.start) : money.start]):
        # pass aid50: `Scholz, the first Western leader to visit Lula since his inauguration, announced`: read after the aside
        whole = text[max(prev_end, sent.start) : money.start]
        for aside in _FIRST_SINCE_ASIDE.finditer(whole):
            left = left[max(0, aside.end() - (len(whole) - len(left))) :]
    if re.search(r"\b(?:so far|to date|since)\b[^$€£¥]{0,80}$", left, re.I) and not re.search(r"\b(?:largest|biggest|first)\b[^$€£¥]{0,30}\b" + _SINGLE_GIFT + r"\b", left, re.I) \
            and not ("since" in left and _ORDINAL_SINCE.search(left) and not re.search(r"\b(?:so far|to date)\b", left, re.I)):
        return "cumulative"
    # `on top of the C$1 billion Ottawa has already committed`: an earlier sum
    if re.search(r"\b(?:on top of|in addition to|adds? to|added to)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?$", left, re.I):
        if _DATED_EARLIER_PACKAGE.match(right):
            return "new"  # `on top of the 20 million yuan it announced on Sunday`: one earlier package, no running total
        return "cumulative"
    # `has now provided more than A$1 billion`, `..., having provided some 28 billion euros`: what has been given by now
    if re.search(r"\b(?:(?:has|have)\s+now|having(?:\s+already)?)\s+(?:provided|given|sent|pledged|committed|delivered|donated|"
                 r"contributed|allocated|disbursed|supplied)\b[^$€£¥]{0,40}$", left, re.I):
        return "cumulative"
    if re.match(r"\s*(?:(?:that|which)\s+)?(?:[\w.'\u2019-]+\s+){0,3}(?:has|have|had)\s+already\b", right, re.I):
        return "cumulative"
    if re.search(r"\b(?:a further|an additional|another|a fresh|an extra)\s+$", left, re.I):
        return "new"  # `a further £2.5 billion ..., taking its total since the invasion to ...`
    if "already" in left and _ALREADY_GIVEN_LEFT.search(left) and re.match(r"[^.;]{0,80}?\bsince\b", right) and not _STALLED_SINCE.match(right):
        return "cumulative"  # `had already delivered $475 million in emergency funding since the waters began rising`
    if "already" in left and (money.qualifier in ("about", "over") or "earlier" in right or "previous" in right or "prior" in right
                              or "past" in right) and _ALREADY_GIVEN_LEFT.search(left) and (
            money.qualifier in ("about", "over") or _EARLIER_PACKAGES_RIGHT.match(right)):
        # pass r51aid: `has already given military aid worth about 50 billion crowns`, `had already sent more than $2 billion
        # in its nine earlier packages`: a round figure (or one counted over earlier packages) given before is a running
        # total; an exact sum given to a named recipient (`has already provided 2 million dollars to Vietnam`) stays one gift
        return "cumulative"
    if (_INCLUDING_NEW.match(text, sent.start, money.start) and not _NEW_MARK.search(left[-30:])) or (
        "ing" in left and _NEARING_LEFT.search(left)
    ):
        return "cumulative"  # `Including the new package, Denmark's support to Kyiv is approaching 60 billion kroner`
    if _past_period(left, right, year) or _perfect_given(money, left, right) or _pledged_years_ahead(money, left, right):
        return "cumulative"  # `extended about $4 billion in credit lines last year`, `has provided about $4 billion in assistance`
    if _PERFECT_LEFT.search(left) and _BY_DATE_RIGHT.match(right):
        return "cumulative"  # `had given Ukraine 28 billion euros in military aid by the end of 2023`: given by a date
    if "since" in right and _PERFECT_LEFT.search(left) and _SINCE_EVENT_RIGHT.match(right) and not _STALLED_SINCE.match(right):
        return "cumulative"  # `had already delivered $475 million ... since the waters began rising`: given since an event
    # `..., taking its total since the invasion to £7.1 billion`: that cue belongs to the next figure
    right = re.split(r"\b(?:taking|bringing|brings|takes|raising|lifting|pushing)\b", right, maxsplit=1)[0]
    if _CUMULATIVE_RIGHT.search(right) and not _STALLED_SINCE.match(right) and not re.search(
        r"^(?:[^.;]|\.\d){0,90}\b(?:(?:the|its|their|his|her|[\w-]+['\u2019]s) (?:\w+ )?(?:[\w]+-)?(?:largest|biggest|first|latest|\w+th|\w+st|\w+nd|\w+rd) "
        r"(?:(?:\w+ )?" + _SINGLE_GIFT + r"|(?:(?:for|to) [\w'\u2019]+ )?(?:since|so far|to date|yet)))",
        right, re.I,
    ):
        return "cumulative"
    return "new"


def _consume_parts(text: str, monies: list[Money], k: int, consumed: set[int]) -> None:
    """The parts told right after a sum that is no event of its own (`the second tranche of the $2.3 billion package
    Seoul pledged in 2023, consisting of $300 million in grants and $2 billion in loans`): parts of that scheme, no events."""
    money = monies[k]
    if k + 1 >= len(monies) or not _PART_CUE.search(text[money.end : monies[k + 1].start]):
        return
    total = 0.0
    for j in range(k + 1, len(monies)):
        part = monies[j]
        if part.currency != money.currency or total + part.value > money.value * 1.001 or part.value >= money.value * 0.999:
            break
        consumed.add(j)
        total += part.value


def _part_label(text: str, money: Money, limit: int) -> str:
    chunk = text[money.end : limit]
    chunk = re.split(r",|;|\band\b|\.\s|\.$|\)", chunk, maxsplit=1)[0]
    chunk = re.sub(r"^\s*(?:in|under|from|for|of|worth of|through|via|as|to)\s+(?:the\s+)?", "", chunk.strip(), flags=re.I)
    return chunk.strip() or "part"


_PACKAGE_BACKREF = re.compile(
    r"\s*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:package|aid|assistance|programme|program|facility|loan|funding|"
    r"support|money|plan|envelope|deal|sum|fund|grant|contribution)\b"
)
# `The package is made up of $1 billion in ... and $850 million in ...`: the parts of the sum before
_ATTRIBUTED_PARTS_LEAD = re.compile(
    r"\s*According to [^,.;]{1,60},\s*(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:package|aid|programme|program|plan|deal|"
    r"loan|funding|envelope|sum|money)\s+(?:(?:is|are|was|were|will be|would be)\s+)?(?:made up of|consists? of|compris(?:es|ed)|"
    r"split (?:between|into)|divided (?:between|into)|broken down into|includes|included|contains?)\s",
    re.IGNORECASE,
)
_PARTS_LEAD = re.compile(
    r"\s*(?:(?:The|This|That|Its|Their)\s+(?:[\w$.,'\u2019-]+\s+){0,3}?(?i:package|aid|assistance|programme|program|facility|"
    r"loan|funding|support|money|plan|envelope|deal|sum|bill|fund|commitment|pledge)\b|It\b|They\b)"
    # (`The package, signed by the Commission President and the Egyptian President, includes`: an aside between commas)
    r"(?:\s*,[^,.;$\u20ac\u00a3\u00a5]{0,140},)?[^.;$\u20ac\u00a3\u00a5]{0,80}?\b(?:(?:is|are|was|were|will be|would be)\s+)?(?:made up of|consists? of|consisting of|"
    r"compris(?:es|ing|ed)|combin(?:es|ed|ing)|split (?:between|into|in (?:two|three|four)(?: (?:parts|tranches|packages|ways))?:)|"
    # (pass r52aid: `The package is split in two: 1 million dollars for ... and 500,000 dollars through ...`)
    r"divided (?:between|into|in (?:two|three|four)(?: (?:parts|tranches|packages|ways))?:)|broken down into|include[sd]?|including|contains?)\s"
    # `The loan will be paid out in two tranches of $1.5 billion each.`
    r"|\s*(?:(?:The|This|That|Its|Their)\s+(?:[\w$.,'\u2019-]+\s+){0,3}?(?i:package|aid|assistance|programme|program|facility|loan|"
    r"funding|support|money|plan|sum|fund|grant)\b|It\b)[^.;$\u20ac\u00a3\u00a5]{0,60}?\bin\s+(?:\w+\s+)?(?:(?:equal|annual|monthly)\s+)?"
    r"(?:tranches|instal?lments|payments|disbursements)\s+of\s"
    # `The first tranche of 2 billion euros will be paid in March.`
    r"|\s*(?:The|Its|A)\s+(?:first|second|third|initial|next|final|last)\s+(?:tranche|instal?lment|disbursement|payment)\s+of\s"
    # `Of the new aid, $1 billion will go to ...`
    r"|\s*Of\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?i:aid|package|sum|money|amount|funding|support|assistance|total|loan)\b,?\s*",
)


_PARTS_LEAD_REPORTED = re.compile(_PARTS_LEAD.pattern.replace("(?:The|This|That|Its|Their)", "(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)"))
_SAID_PARTS = re.compile(r"\b(?:said|says|told reporters|added|explained)\s+(?:that\s+)?(?=(?:the|this|that|its|their)\s)", re.IGNORECASE)


# Unnamed groups of donors (`Donors`, `Western allies`, `Ukraine's partners`); `EU countries`, `G7 partners`
# (a capitalised name before the group) are that organisation, named as usual.
_DONOR_GROUP = (
    r"(?:(?:(?:the|other|its|their|[A-Z][\w-]*['\u2019]s)\s+)?(?:(?:international|western|foreign|global|other|major|key|allied|"
    r"european|gulf|arab|private)\s+)?(?:donors|allies|partners|backers|lenders|creditors|governments|countries|nations|"
    r"international community)|[Tt]he (?-i:West))"
)
_COLLECTIVE_BEFORE = re.compile(
    r"(?:(?<=[,;:(])\s*|(?<=\s)(?:and|while|as|after|when|said|says|that)\s+|(?<=\s-\s)|(?<=\s\u2014\s))" + _DONOR_GROUP
    + r"\s+(?:[\w'\u2019-]+\s+){1,5}$",
    re.IGNORECASE,
)
_GROUP_GAVE = re.compile(
    r"(?:[A-Z][^.\n]{0,50}?\s[-\u2013\u2014]+\s+)?\s*" + _DONOR_GROUP
    + r"\s+(?:(?:on\s+\w+day|also|together|collectively|have|had|has)\s+)*(?:pledged|promised|committed|gave|offered|raised)\b",
    re.IGNORECASE,
)
# every `_GROUP_GAVE` match ends in one of these: the sentences that hold none are not tried (most of them)
_GROUP_VERBS = ("pledged", "promised", "committed", "gave", "offered", "raised")
# (`Donors meeting in Berlin on Tuesday pledged a total of`: the group's own words, up to nine, without a comma)
# (an aside set off by commas may stand between: `Donors meeting in Paris on Monday, a year after the war began, pledged`)
_COLLECTIVE_START = re.compile(r"\s*" + _DONOR_GROUP + r"\s+(?:(?:[\w'\u2019-]+\s+){1,9}|(?:[\w'\u2019-]+\s+){0,8}[\w'\u2019-]+,[^,;:.$\u20ac\u00a3\u00a5]{1,80},\s+(?:[\w'\u2019-]+\s+){1,3})$",
                               re.IGNORECASE)
# (pass aidgen) the same group after a fronted phrase set off by a comma (`After the 2010 earthquake, donors at a conference
# in New York pledged nearly`, `In 2019, international donors meeting in Brussels pledged`)
_COLLECTIVE_FRONTED = re.compile(r"\s*[A-Z][^,;:.$\u20ac\u00a3\u00a5]{0,60},(?=\s*(?:the\s+|other\s+|international\s+|western\s+|foreign\s+|"
                                 r"global\s+|major\s+|key\s+|allied\s+|european\s+|gulf\s+|arab\s+|private\s+)*(?:donors|allies|partners|"
                                 r"backers|lenders|creditors|governments|countries|nations)\b)" + _COLLECTIVE_START.pattern, re.IGNORECASE)
_COLLECTIVE_AFTER = re.compile(
    r"[^.;$\u20ac\u00a3\u00a5]{0,40}?\b(?:that|which)\s+" + _DONOR_GROUP + r"\s+(?:had|have|has)?\s*(?:\w+\s+)?"
    r"(?:pledged|committed|lined up|promised|offered|provided|assembled|mobili[sz]ed|put together|raised)\b",
    re.IGNORECASE,
)


_RECIPIENTS_CUE = re.compile(r"\b(?P<also>also\s+)?(?:for|to|covers?|covering|includes?|including)\s+(?:the\s+)?$", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)(?:the\s+)?")


_OF_WHICH_SHARE = re.compile(
    r"\s*,\s*of\s+which\s+(?:some\s+|about\s+|around\s+|nearly\s+|roughly\s+|almost\s+|over\s+|more than\s+)?(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]\s*)?"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>million|billion|bn|m)?(?:\s+(?:euros|dollars|pounds|kroner|crowns|yen|francs|riyals|dirhams))?"
    r"\s+(?:(?:will|would|is to|is set to|is due to)\s+)?(?:go(?:es)?|be spent|is earmarked|are earmarked|is meant)\s+(?:to|for|in)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _several_recipients(text: str, sent_refs: list[Ref], start: int, end: int, donor: str | None, recipient: str | None) -> bool:
    """Whether the words after a sum give it several recipients (three or more, `for Ukraine, Israel and
    Taiwan`, or others besides its own, `that also covers Israel`): a multi-country envelope, no one country's aid."""
    refs = [r for r in sent_refs if start <= r.start and r.end <= end and r.country and not r.demonym]
    for i, r in enumerate(refs):
        cue = _RECIPIENTS_CUE.search(text, max(start, r.start - 24), r.start)
        if cue is None:
            continue
        countries = {r.country}
        last = r
        for nxt in refs[i + 1 :]:
            if not _LIST_JOIN.fullmatch(text, last.end, nxt.start):
                break
            countries.add(nxt.country)
            last = nxt
        countries.discard(donor)
        if cue.group("also"):
            countries.add(recipient)
            if len(countries) >= 2:
                return True
        elif len(countries) >= 3:
            return True  # two (`for Moldova and Ukraine`) stay the first one's aid
    return False


_GAP_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|\s+while\s+|;\s*)(?:the\s+)?", re.IGNORECASE)


_GAP_MORE = re.compile(r"\s+(?:an?\s+)?(?:extra|further|additional|another|fresh)\s+", re.IGNORECASE)  # `and the United States an extra $100 million`


# `..., while the Inter-American Development Bank announced up to $10 billion`: a second giver's clause joined to an aid
# sum, its verb one that names no aid by itself (`announced`, `offered`, `put up`)
_SECOND_GIVER_JOIN = re.compile(r"(?:,\s*(?:and\s+|while\s+|whereas\s+)|\s+(?:while|whereas)\s+)(?:the\s+)?$", re.IGNORECASE)
_SECOND_GIVER_VERB = re.compile(
    r"(?:\s*\([A-Z][\w.&-]{1,12}\))?"  # `the Inter-American Development Bank (IDB) approved`: the name's short form
    r"\s+(?:(?:also|separately|itself|has|have|had|will|would|said it would|said it will|said it had)\s+)*"
    r"(?:announc(?:ed|es|e)|offer(?:ed|s)?|put up|puts up|earmark(?:ed|s)?|set aside|sets aside|approv(?:ed|es|e)|add(?:ed|s)?|"
    r"chipp(?:ed|s) in|chip in)\s+(?:an?\s+|another\s+)?(?:further\s+|additional\s+|extra\s+)?"
    r"(?:up to|about|around|some|nearly|roughly|more than|over|as much as)?\s*$",
    re.IGNORECASE,
)


def _second_giver(text: str, sent_refs: list[Ref], prev_end: int, start: int, recipient_before: str | None) -> bool:
    """Whether the sum is a second giver's, in a clause joined to an aid sum (`$12 billion ..., while the IDB
    announced up to $10 billion`): the clause's subject is an actor other than the recipient, right after the join."""
    for r in sent_refs:
        if prev_end < r.start and r.end <= start and r.country and not r.demonym and r.country != recipient_before:
            join = _SECOND_GIVER_JOIN.search(text, prev_end, r.start)
            return join is not None and join.end() == r.start and _SECOND_GIVER_VERB.fullmatch(text, r.end, start) is not None
    return False


# `$87 million ..., in a grant that Washington has exempted from U.S. sanctions`: a relative clause after the sum whose
# subject is another actor doing something other than giving; its names neither give nor receive the sum
_RELATIVE_AFTER = re.compile(r"[^.;:$\u20ac\u00a3\u00a5]{0,60}?\b(?:that|which)\s+(?:the\s+)?$", re.IGNORECASE)
_RELATIVE_VERB = re.compile(r"\s+(?:(?:has|have|had|is|are|was|were|will|would)\s+)?(?:also\s+|already\s+|since\s+)?(?P<verb>[a-z]+)\b")
_GIVING_VERB = re.compile(
    r"(?:committ|pledg|provid|giv|gave|sen[dt]|donat|allocat|contribut|disburs|deliver|promis|len[dt]|offer|suppl|earmark|"
    r"pa(?:y|id)|fund|financ|grant|transferr?|releas|channel|receiv|get|got|obtain|secur)", re.IGNORECASE,
)


_RELATIVE_END = re.compile(r"[,;:]|$")


def _relative_aside(text: str, sent: Segment, sent_refs: list[Ref], money: Money, limit: int) -> tuple[int, int] | None:
    """The span of a relative clause after the sum (up to `limit`) whose subject is an actor that does not give it."""
    for r in sent_refs:
        if r.start <= money.end or r.start >= limit:
            continue
        rel = _RELATIVE_AFTER.search(text, money.end, r.start)
        if rel is None or rel.end() != r.start:
            continue
        verb = _RELATIVE_VERB.match(text, r.end, sent.end)
        if verb is None or _GIVING_VERB.match(verb.group("verb")):
            return None  # `the $20 million that France has pledged`: the clause names the giver
        end = _RELATIVE_END.search(text, verb.end(), sent.end)
        return (rel.start(), end.start() if end else sent.end)
    return None


def _gapped_actor(text: str, sent_refs: list[Ref], prev_end: int, start: int) -> bool:
    """Whether only a join and an actor stand between two sums (`110 million euros, Germany 244 million euros`)."""
    for r in sent_refs:
        if prev_end < r.start and r.end <= start and r.country and (text[r.end : start].isspace() or _GAP_MORE.fullmatch(text, r.end, start)):
            return _GAP_JOIN.fullmatch(text, prev_end, r.start) is not None
    return False


_REMAINDER_AFTER = re.compile(
    r"[^.;$\u20ac\u00a3\u00a5]{0,50}?(?:,\s*|\s)(?:with|and|while)\s+the\s+(?:remainder|rest|balance|remaining\s+(?:sum|amount|money|funds))\b",
    re.IGNORECASE,
)
_AT_ONCE_AFTER = re.compile(
    r"\s+(?:(?:to be|will be|would be|is to be|are to be|being)\s+)?(?:(?:disbursed|paid(?: out)?|released|made available|transferred|"
    r"provided)\s+)?(?:immediately|at once|upfront|up front|right away|straight away|initially)\b",
    re.IGNORECASE,
)  # `..., releasing $2.7 billion at once`, `with about $2.7 billion to be disbursed immediately`
# `unlocking a first tranche of about $333 million`, `immediately releasing about $820 million`: the first tranche of a
# package the article named
# `unlocking an immediate payout of about $600 million`, `clearing the way for the immediate release of $347 million`:
# the same in a noun (`allowing the immediate disbursement of about $2.7 billion` the gold of rounds 7 and 8 counts as a
# delivery of its own, so `disbursement` stays with `first`)
_TRANCHE_LEFT = re.compile(
    r"\b(?:(?:first|initial|opening)\s+(?:tranche|disbursement|instalment|installment|payment)\s+of|"
    r"(?:first|initial|immediate|upfront|up-front)\s+(?:payout|pay-out|release|drawdown|tranche)\s+of|"
    r"(?:immediately|initially)\s+(?:releas|disburs|unlock|provid|transferr)\w*)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|up to|more than|over|at least)\s+)?$",
    re.IGNORECASE,
)
_LAW_ENVELOPE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:bill|legislation|law|act|budget|appropriations|spending (?:bill|plan|package)|funding bill)\b",
    re.IGNORECASE,
)
# `signed into law a $95 billion war aid package that includes ...`: the sum a law enacts
# (`signed into law on Wednesday a $95 billion package`, `passed late on Saturday a ...`: with a time adverbial between)
_ENACTED_LEFT = re.compile(
    r"\b(?:into law|enact(?:s|ed)?|pass(?:es|ed)?)\s+(?:(?:late\s+|early\s+)?(?:on|last|this)\s+\w+\s+)?(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
_FOR_OTHER = re.compile(r"\s+(?:for|to)\s+(?:the\s+)?[A-Z][\w-]*(?:[-\s][A-Z][\w-]*)*\s*(?:[,.;]|and\b|$)")


def _for_other(text: str, start: int, end: int, sent_refs: list[Ref]) -> bool:
    """Whether a sum is for something the gazetteer does not name (`$8 billion for the Indo-Pacific`)."""
    m = _FOR_OTHER.match(text, start, end)
    return m is not None and not any(m.start() < r.start < m.end() for r in sent_refs)


def _for_country(text: str, start: int, end: int, sent_refs: list[Ref]) -> str | None:
    """The country named right after a sum (`$61 billion for Ukraine`), if any."""
    m = _FOR_COUNTRY.match(text, start, end)
    if m is None:
        return None
    return next((r.country for r in sent_refs if r.start == m.end() and r.country), None)


_SHARE_EACH = re.compile(r"\s+each\b")
_SPLIT_WORD = re.compile(r"\b(?:split|divided|shared|spread)\b", re.IGNORECASE)


def _split_share(text: str, sent: Segment, whole: Money, share: Money) -> bool:
    """pass r51aid: `split equally between A and B, 37.5 billion crowns each`: a share of the sum split just before (a whole
    multiple of it, two to ten shares), no sum of its own."""
    if whole.currency != share.currency or share.value <= 0 or not _SPLIT_WORD.search(text, whole.end, share.start):
        return False
    ratio = whole.value / share.value
    return 2 <= round(ratio) <= 10 and abs(ratio - round(ratio)) < 0.01


def _restated(text: str, sent: Segment, money: Money, out: list[_Candidate]) -> _Candidate | None:
    """The article's earlier new package that `the <same sum>` names again (`the £2.5 billion`), if any."""
    if not re.search(r"\b(?:the|this|that)\s+$", text[max(sent.start, money.start - 6) : money.start], re.I):
        return None
    for c in reversed(out):
        if c.money is not None and c.kind == "new":
            same = resolve_crown(money, c.donor.country)
            if same is not None and same.key() == c.money.key():
                return c
    return None


def _refined(text: str, sent: Segment, money: Money, out: list[_Candidate]) -> _Candidate | None:
    """The article's latest sum given as a round figure (`nearly $8 billion`) that `the <exact sum>` close to it names
    precisely (`The $7.9 billion total is made up of ...`), if any: one package (or one running total), its exact sum."""
    if money.qualifier != "exact" or not re.search(r"\b(?:the|this|that)\s+$", text[max(sent.start, money.start - 6) : money.start], re.I):
        return None
    for c in reversed(out):
        if c.money is not None and c.sentence is not sent:
            same = resolve_crown(money, c.donor.country)  # `about 1 billion crowns ... The 1.02 billion crown package`
            if c.money.qualifier == "about" and not c.parts and same is not None and c.money.currency == same.currency \
                    and same.value != c.money.value and abs(same.value - c.money.value) <= c.money.value * 0.05:
                return c
            return None  # only the latest package
    return None


_SHARE_OF_PART = re.compile(r"\s+(?:in|of|for)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s*(?:including|of which)\s+(?:about\s+|some\s+|nearly\s+)?")


_R52AID_LOCAL_DOLLARS = frozenset({"CAD", "AUD", "NZD"})


def _r52aid_arrived_shipment(out: list[_Candidate], sent: Segment, arrival: list[_Candidate]) -> None:
    """(pass r52aid) Relief in kind the sentence also names by a promise (`planes carrying tents landed in Rawalpindi, the
    first of several relief flights promised by Abu Dhabi`) has arrived: the giver's shipment of the sentence is
    delivered, as the arrival says, not pledged."""
    arrived = {a.donor.country: a.recipient.country for a in arrival if a.status == "delivered" and a.kind == "new"}
    for c in out:
        if c.sentence is sent and c.money is None and c.kind == "new" and c.status in ("pledged", "planned", "announced") \
                and arrived.get(c.donor.country) == c.recipient.country:
            c.status = "delivered"


def _r52aid_local_part(text: str, part: Money, package: Money) -> Money:
    """(pass r52aid) A part written with a bare dollar of a package read in the local dollar (RNZ's `a 1.5 million
    dollar package ... split in two: 1 million dollars for ... and 500,000 dollars through ...`) is in that dollar too."""
    if part.currency == "USD" and package.currency in _R52AID_LOCAL_DOLLARS and is_bare_dollar(text, part):
        return replace(part, currency=package.currency)
    return part


def _parts_of_previous(text: str, sent: Segment, monies: list[Money], consumed: set[int], out: list[_Candidate],
                       sents: list[Segment], index: int) -> None:
    """Sums in a sentence that describes the previous sentence's package by its parts become that
    package's parts (and are `consumed`): one package, not three."""
    lead = _PARTS_LEAD.match(text, sent.start, sent.end)
    differences = [k for k, m in enumerate(monies) if k not in consumed and _DIFFERENCE_AFTER.match(text, m.end)]
    if lead is None and differences:
        # `The funding, £200 million more than in each of the past two years, includes ...`: a difference in apposition
        # is no part (and hides none of the lead)
        blank = text
        for k in differences:
            blank = blank[: monies[k].start] + " " * (monies[k].end - monies[k].start) + blank[monies[k].end :]
        lead = _PARTS_LEAD.match(blank, sent.start, sent.end)
    if lead is not None and differences and all(lead.end() > monies[k].start for k in differences):
        consumed.update(differences)
    if lead is None and "ccording" in text[sent.start : sent.start + 12]:
        lead = _ATTRIBUTED_PARTS_LEAD.match(text, sent.start, sent.end)  # `According to a summary, the package is made up of ...`
    if lead is None:
        # `Speaking in Nairobi, the minister said the package would include ...`: the parts under a reporting verb
        said = _SAID_PARTS.search(text, sent.start, min(sent.end, sent.start + 240))
        if said is not None and not find_money(text, sent.start, said.end()):
            lead = _PARTS_LEAD_REPORTED.match(text, said.end(), sent.end)
    first = next((m for k, m in enumerate(monies) if k not in consumed), None)
    if lead is None or first is None or lead.end() > first.start:
        _parts_adding_up(text, sent, monies, consumed, out, sents, index)
        return
    # the package just named (a running total named after it, `bringing its total to $12 billion`, has no parts)
    prev = next((c for c in reversed(out) if c.money is not None and c.kind == "new"), None)
    if prev is None or prev.parts:
        return
    if prev.sentence.start < sents[max(0, index - 2)].start and not (
        # pass r51aid: `Sweden will give Ukraine 13.5 billion crowns ... "Ukraine's fight is our fight," Jonson said. "This
        # package will ..." The package, Sweden's 18th ..., includes about 1.8 billion crowns for ...`: quotes with no sum
        # between the package and the sentence naming its parts keep it the package just named
        prev.sentence.start >= sents[max(0, index - 4)].start and not find_money(text, prev.sentence.end, sent.start)
    ):
        return
    total, found = 0.0, []
    for k, money in enumerate(monies):
        if k in consumed:
            continue
        money = resolve_crown(money, prev.donor.country) or money  # `The package includes 2 billion crowns for ...`
        money = _r52aid_local_part(text, money, prev.money)
        if money.currency != prev.money.currency or total + money.value > prev.money.value * 1.001:
            break
        total += money.value
        found.append((k, money))
    if not found:
        return
    for j, (k, money) in enumerate(found):
        limit = monies[found[j + 1][0]].start if j + 1 < len(found) else sent.end
        prev.parts.append((money, _part_label(text, money, limit)))
        consumed.add(k)
    # `600 million euros in grants, including 200 million euros for managing migration`: a share of the last part
    last_k, last_part = found[-1]
    if last_k + 1 < len(monies) and last_k + 1 not in consumed:
        share = monies[last_k + 1]
        if share.currency == last_part.currency and share.value <= last_part.value and _SHARE_OF_PART.fullmatch(
                text, last_part.end, share.start):
            consumed.add(last_k + 1)
    if prev.aid_type == "unspecified":
        prev.aid_type = _aid_type(" ".join(label for _, label in prev.parts), [])
    prev.aid_type = _split_type(text, found[-1][1], sent, prev.aid_type)


# `96 million euros, ..., split between humanitarian aid and stabilisation projects`: a sum shared by two purposes
_SPLIT_BETWEEN = re.compile(
    r"^[^.;$\u20ac\u00a3\u00a5]{0,80}?\b(?:split|divided|shared|spread)\s+(?:equally\s+|evenly\s+)?between\s+(?P<a>[^.;,]{2,60}?)\s+and\s+(?P<b>[^.;,]{2,60})",
    re.IGNORECASE,
)
# a purpose that is neither relief nor arms (`stabilisation projects`, `reconstruction`, `budget support`)
_OTHER_PURPOSE = re.compile(r"\b(?:stabili[sz]ation|reconstruction|rebuilding|recovery|development|budget support|infrastructure|"
                            r"governance|reforms?)\b", re.IGNORECASE)


def _split_between_type(text: str, money: Money, sent: Segment, aid_type: str) -> str:
    """A sum `split between humanitarian aid and stabilisation projects` (or `between military and civilian needs`):
    two purposes of two kinds make it mixed; two relief purposes (`between food aid and medicine`) keep its type."""
    m = _SPLIT_BETWEEN.match(text[money.end : sent.end])
    if m is None:
        return aid_type
    kinds = []
    for side in (m.group("a"), m.group("b")):
        kind = _aid_type(side, [])
        if kind == "unspecified" and _OTHER_PURPOSE.search(side):
            kind = "other"
        kinds.append(kind)
    if "unspecified" not in kinds and kinds[0] != kinds[1]:
        return "mixed"
    return aid_type


def _split_type(text: str, part: Money, sent: Segment, aid_type: str) -> str:
    """`Of the total, 50 billion kroner will go to military purposes, with the rest for civilian needs`: a part and the
    remainder named after it with purposes of two kinds make the package mixed (one kind: the package's type if it had none)."""
    after = text[part.end : sent.end]
    if "rest" not in after and "remainder" not in after and "balance" not in after:
        return aid_type
    rest = _REMAINDER_FOR.search(text, part.end, sent.end)
    if rest is None:
        return aid_type
    label = text[part.end : rest.start()]
    split = _aid_type(label + " " + rest.group("purpose"), [])
    if split == "mixed" and _aid_type(label, []) != "unspecified" and _aid_type(rest.group("purpose"), []) != "unspecified":
        return "mixed"
    return split if aid_type == "unspecified" else aid_type


# the remainder of a package after its parts, with its purpose (`with the rest for civilian needs`, `and the remainder
# going to humanitarian projects`)
_REMAINDER_FOR = re.compile(
    r"\b(?:with|and|while)\s+the\s+(?:rest|remainder|balance)\s+(?:(?:of\s+it|of\s+the\s+\w+)\s+)?(?:(?:going|earmarked|set aside|"
    r"reserved|allocated|will go|would go|to go|goes)\s+)?(?:for|to)\s+(?P<purpose>[^.;,]{1,80})",
    re.IGNORECASE,
)


def _parts_adding_up(text: str, sent: Segment, monies: list[Money], consumed: set[int], out: list[_Candidate],
                     sents: list[Segment], index: int) -> None:
    """`The World Bank will give Turkey $1.78 billion ... The lender said $780 million would come from existing projects,
    with a further $1 billion in new financing`: two or more sums in the next sentence that add up exactly to the package
    just named are its parts, however the sentence introduces them."""
    free = [k for k in range(len(monies)) if k not in consumed]
    if len(free) < 2 or index == 0:
        return
    prev = next((c for c in reversed(out) if c.money is not None and c.kind == "new"), None)
    if prev is None or prev.parts or prev.sentence is not sents[index - 1]:
        return
    # (pass aid46: `3.1 billion kroner ... and 1.5 billion kroner` in the giver's crowns)
    monies = [resolve_crown(m, prev.donor.country) or m if k in free else m for k, m in enumerate(monies)]
    if any(monies[k].currency != prev.money.currency or monies[k].qualifier != "exact" for k in free):
        return
    if abs(sum(monies[k].value for k in free) - prev.money.value) > prev.money.value * 0.001:
        return
    for j, k in enumerate(free):
        limit = monies[free[j + 1]].start if j + 1 < len(free) else sent.end
        prev.parts.append((monies[k], _part_label(text, monies[k], limit)))
        consumed.add(k)


def _items_for(text: str, sents: list[Segment], index: int, money: Money | None, end: int | None = None) -> tuple[list[str], list[int]]:
    """List items in the sentence itself (up to `end`), then in following sentences that refer back to the package."""
    sent = sents[index]
    found = item_lib.list_items(text, money.end if money else sent.start, end or sent.end)
    used = []
    for j in range(index + 1, min(index + 3, len(sents))):
        following = text[sents[j].start : sents[j].end]
        if not _BACKREF.match(following) or not _TITLE_WORDS.search(following):
            break
        more = item_lib.list_items(text, sents[j].start, sents[j].end)
        if more:
            used.append(j)
            found.extend(i for i in more if i not in found)
    if not found and money is None:
        found = item_lib.gazetteer_items(text, sent.start, sent.end)
    return found, used


# `SEOUL, July 16 (Yonhap) -- President Yoon Suk Yeol pledged ...`: an office holder named with a bare title in copy
# datelined in a country's city is that country's (a foreign one is written `Polish President ...`)
_BARE_TITLE = re.compile(
    r"(?:President|Prime Minister|Premier|Chancellor)\s+"
    r"((?:[A-Z][\w'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+)"
)
_TITLE_GATE = ("President", "Prime Minister", "Premier", "Chancellor")


def _home_officials(text: str, all_refs: list[Ref], ctx: ExtractionContext) -> list[Ref]:
    """`all_refs` plus the mentions of office holders the gazetteer does not know, named with a bare title
    in copy datelined in their country (the full name, then its first or last word alone)."""
    if not any(t in text for t in _TITLE_GATE):
        return all_refs
    place = dateline_country(text, ctx.gazetteer)
    if place is None:
        return all_refs
    home = place.canonical
    added: list[Ref] = []
    names: set[str] = set()
    for m in _BARE_TITLE.finditer(text):
        if re.search(r"[A-Z][\w.'\u2019-]*\s+$|['\u2019]s\s+$|\bIn [A-Z][\w ]{0,20},\s+$", text[max(0, m.start() - 32) : m.start()]):
            continue  # `Polish President ...`, `Ukraine's President ...`, `In Lisbon, President ...`: a foreign office
        if any(r.start < m.end(1) and m.start(1) < r.end for r in all_refs):
            continue  # a known actor
        words = m.group(1).split()
        names.update(w for w in {m.group(1), words[0], words[-1]} if len(w) > 2 and ctx.gazetteer.lookup(w) is None)
    if not names:
        return all_refs
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
    for m in pattern.finditer(text):
        if not any(r.start < m.end() and m.start() < r.end for r in all_refs):
            added.append(Ref(m.start(), m.end(), m.group(0), None, home))
    return sorted(all_refs + added, key=lambda r: r.start) if added else all_refs


# `congressional leaders agreed on $13.6 billion`: the US Congress, by an adjective the gazetteer cannot hold as an
# alias (a lowercase alias would cost every article the fast mention scan)
# (the look back after the first letter, `\b` before it: a pattern that opens with `\b` gets no first-letter scan in C)
_CONGRESSIONAL = re.compile(r"[Cc](?<!\w[Cc])ongressional\s+(?:leaders|negotiators|appropriators)\b")


# A donor named by a ruler's title and name (`King Abdullah ordered`, `Sheikh Mohamed bin Zayed has directed`): the
# monarchies of the Gulf and the region announce relief in the ruler's name. Read here, not in the gazetteer: these names
# stand for the country in aid flows only (a ruler's statement is no country stance).
_RULERS = (
    (re.compile(r"\b(?:Jordan's\s+)?King Abdullah(?: II)?\b"), "Jordan"),
    (re.compile(r"\bKing Salman(?: bin Abdulaziz)?\b|\b(?:Crown Prince\s+)?Mohammed bin Salman\b"), "Saudi Arabia"),
    (re.compile(r"\b(?:Sheikh\s+)?Moh?amm?ed bin (?:Zayed|Rashid)(?: Al[ -](?:Nahyan|Maktoum))?\b"), "United Arab Emirates"),
    (re.compile(r"\b(?:Sheikh\s+)?Tamim bin Hamad(?: Al[ -]Thani)?\b|\b(?:Emir|Sheikh)\s+Tamim\b"), "Qatar"),
    (re.compile(r"\bSultan Haitham(?: bin Tariq)?\b"), "Oman"),
    (re.compile(r"\bKing Hamad(?: bin Isa(?: Al[ -]Khalifa)?)?\b"), "Bahrain"),
    (re.compile(r"\bKing Mohammed VI\b"), "Morocco"),
)
# what every match of the patterns above contains: a ruler's pattern runs only where its key is in the text
_RULER_KEYS = (("King Abdullah",), ("King Salman", "bin Salman"), ("bin Zayed", "bin Rashid"), ("Tamim",),
               ("Sultan Haitham",), ("King Hamad",), ("King Mohammed VI",))


def _rulers(text: str, all_refs: list[Ref], ctx: ExtractionContext) -> list[Ref]:
    if "King " not in text and "bin " not in text and "Tamim" not in text and "Sultan " not in text:
        return all_refs  # (every key of `_RULER_KEYS` holds one of these: most articles name no ruler)
    added: list[Ref] = []
    for (pattern, country), keys in zip(_RULERS, _RULER_KEYS):
        if not any(k in text for k in keys):
            continue
        actor = ctx.gazetteer.lookup(country)
        if actor is None:
            continue
        for m in pattern.finditer(text):
            if any(r.start < m.end() and m.start() < r.end for r in all_refs + added):
                continue  # a name the gazetteer knows
            if any(0 <= m.start() - r.end <= 2 for r in all_refs):
                continue  # `Saudi King Abdullah`: a country named before the title
            added.append(Ref(m.start(), m.end(), m.group(0), actor, country))
    return sorted(all_refs + added, key=lambda r: r.start) if added else all_refs


# Demonyms read only here, before relief carriers (`Egyptian and Turkish search and rescue teams arrived`): the shared
# demonym list stays short (each one there moves the stance extractors' readings of titled names).
_RELIEF_DEMONYMS = {
    "Egyptian": "Egypt", "Jordanian": "Jordan", "Algerian": "Algeria", "Tunisian": "Tunisia", "Moroccan": "Morocco",
    "Indian": "India", "Pakistani": "Pakistan", "Israeli": "Israel", "Mexican": "Mexico", "Kuwaiti": "Kuwait",
    "Omani": "Oman", "Bahraini": "Bahrain", "Iranian": "Iran", "Iraqi": "Iraq", "Azerbaijani": "Azerbaijan",
    "Indonesian": "Indonesia", "Malaysian": "Malaysia", "Singaporean": "Singapore", "Bangladeshi": "Bangladesh",
    "Brazilian": "Brazil", "Argentine": "Argentina", "Chilean": "Chile", "Colombian": "Colombia", "Peruvian": "Peru",
    "Cuban": "Cuba", "Taiwanese": "Taiwan", "Vietnamese": "Vietnam", "Filipino": "Philippines", "Kenyan": "Kenya",
    "Nigerian": "Nigeria", "Ethiopian": "Ethiopia", "Serbian": "Serbia", "Slovenian": "Slovenia", "Icelandic": "Iceland",
    # (pass aiddem) more givers' adjectives, each checked against the gazetteer's countries below
    "Thai": "Thailand", "South African": "South Africa", "Sri Lankan": "Sri Lanka", "Kazakh": "Kazakhstan",
    "Uzbek": "Uzbekistan", "Mongolian": "Mongolia", "Venezuelan": "Venezuela", "Ecuadorian": "Ecuador",
    "Bolivian": "Bolivia", "Uruguayan": "Uruguay", "Cypriot": "Cyprus", "Maltese": "Malta", "Luxembourgish": "Luxembourg",
    "Rwandan": "Rwanda", "Ghanaian": "Ghana", "Senegalese": "Senegal", "Ugandan": "Uganda", "Tanzanian": "Tanzania",
    # (pass aid50) southern Africa's neighbours, who bring relief across the border (`Two Zambian air force helicopters`)
    "Zambian": "Zambia", "Zimbabwean": "Zimbabwe", "Malawian": "Malawi", "Mozambican": "Mozambique", "Namibian": "Namibia",
    "Angolan": "Angola", "Botswanan": "Botswana",
}
# (no leading `\b`: the engine then skips to the names' first letters in C; `_relief_demonyms` checks the start)


def _grouped_by_first_letter(words: list[str]) -> str:
    """`(?:w1|w2|...)` written as `(?:A(?:fghan|...)|B(?:...)|...)`: each group led by its literal first letter, the words'
    order kept inside each. The same matches (at a place only the group of its character can match, and it holds the words
    that can, in their order), but the engine scans for the first letters in C and tries one group's words there instead
    of every word at every capital."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "(?:" + "|".join(re.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in groups.items()) + ")"


_RELIEF_DEMONYM_RE = re.compile(_grouped_by_first_letter(sorted(_RELIEF_DEMONYMS, key=len, reverse=True)) + r"\b")
_DEMONYM_LIST_NEXT = re.compile(r"(?:\s*,\s*|\s*,?\s+and\s+)([A-Z][\w-]+)")
_RELIEF_CARRIER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:aircraft|planes?|airplanes?|flights?|ships?|vessels?|convoys?|trucks?|helicopters?|"
    r"teams?|units?|rescuers|medics|doctors"
    # (pass aiddem) a national body that carries relief: `the Indian navy shipped`, `Pakistani troops delivered`
    r"|navy|air\s+force|coast\s+guard|army|military|troops|soldiers|marines"
    r"|Navy|Air\s+Force|Coast\s+Guard)\b"  # (pass aidgen) `the Indian Navy shipped`
)


# (pass aidp) A national Red Cross or Red Crescent society under its formal name (`the Red Cross Society of China`, `the
# Afghan Red Crescent Society`, `the Kenya Red Cross Society`) is an organisation that gives and receives, not the country
# its name carries; the bare `the Vanuatu Red Cross` stays a channel to the country, as before.
_NATIONAL_SOCIETY = re.compile(
    r"\bRed (?:Cross|Crescent) Society of (?:the )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2}"
    r"|(?<![\w-])(?!The\b)[A-Z][\w'\u2019-]*(?: (?!Red\b)[A-Z][\w'\u2019-]*)? Red (?:Cross|Crescent) Society\b"
)


def _national_societies(text: str, all_refs: list[Ref], ctx: ExtractionContext) -> list[Ref]:
    """`all_refs` with a national Red Cross or Red Crescent society's formal name as one organisation, in place of the
    country (or demonym) inside it."""
    if "Red Cross Society" not in text and "Red Crescent Society" not in text:
        return all_refs
    added: list[Ref] = []
    spans: list[tuple[int, int]] = []
    for m in _NATIONAL_SOCIETY.finditer(text):
        name = m.group(0)
        spans.append((m.start(), m.end()))
        added.append(Ref(m.start(), m.end(), name, Actor(canonical=name, kind="organization"), name))
    if not added:
        return all_refs
    kept = [r for r in all_refs if not any(s <= r.start and r.end <= e for s, e in spans)]
    return sorted(kept + added, key=lambda r: r.start)


def _is_society(r: Ref | None) -> bool:
    """Whether `r` is a national society read by `_national_societies`: it receives only where it is named, never as the
    article's carried or fallback recipient of another's sum."""
    return r is not None and r.actor is not None and r.actor.kind == "organization" and r.actor.canonical == r.text \
        and (r.text.endswith(" Society") or " Society of " in r.text) and " Red Cr" in f" {r.text}"


def _relief_demonyms(text: str, all_refs: list[Ref], ctx: ExtractionContext) -> list[Ref]:
    """`all_refs` plus demonyms of the list above in a list of demonyms before a relief carrier."""
    added: list[Ref] = []
    for m in _RELIEF_DEMONYM_RE.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue  # inside a word (what a leading `\b` would have refused)
        if any(r.start < m.end() and m.start() < r.end for r in all_refs):
            continue
        end = m.end()
        while (nxt := _DEMONYM_LIST_NEXT.match(text, end)) and (nxt.group(1) in _RELIEF_DEMONYMS or nxt.group(1) in DEMONYMS):
            end = nxt.end()
        if not _RELIEF_CARRIER_AFTER.match(text, end):
            continue
        country = _RELIEF_DEMONYMS[m.group(0)]
        actor = ctx.gazetteer.lookup(country)
        if actor is None or actor.kind != "country":
            continue
        added.append(Ref(m.start(), m.end(), m.group(0), None, actor.canonical, demonym=True))
    return sorted(all_refs + added, key=lambda r: r.start) if added else all_refs


# The people of a stricken country named as those the aid is for (`to help Afghans affected by the quake`, `for Sudanese
# refugees`): read only here, after a recipient cue, for the same reason as `_RELIEF_DEMONYMS`. A plural stands alone;
# an adjective needs a people noun after it.
_PEOPLE_DEMONYMS = {
    "Afghan": "Afghanistan", "Syrian": "Syria", "Sudanese": "Sudan", "Libyan": "Libya", "Yemeni": "Yemen", "Somali": "Somalia",
    "Haitian": "Haiti", "Lebanese": "Lebanon", "Moroccan": "Morocco", "Nepalese": "Nepal", "Nepali": "Nepal",
    "Pakistani": "Pakistan", "Iraqi": "Iraq", "Ethiopian": "Ethiopia", "Malawian": "Malawi", "Mozambican": "Mozambique",
    "Venezuelan": "Venezuela", "Bangladeshi": "Bangladesh", "Filipino": "Philippines", "Gazan": "Gaza", "Turkish": "Turkey",
    "Ukrainian": "Ukraine", "Palestinian": "Palestinians", "Chadian": "Chad", "Malian": "Mali", "Tongan": "Tonga",
}
_PEOPLE_DEMONYM_RE = re.compile(
    _grouped_by_first_letter(sorted(_PEOPLE_DEMONYMS, key=len, reverse=True)) + r"(?P<plural>s)?(?![\w-])"
)
_PEOPLE_CUE_BEFORE = re.compile(
    r"\b(?:to|for|help|helping|assist|assisting|support|supporting|feed|feeding|shelter|sheltering)\s+(?:the\s+|needy\s+|vulnerable\s+|"
    r"displaced\s+|stricken\s+|struggling\s+|millions\s+of\s+|thousands\s+of\s+|hungry\s+|homeless\s+)*$",
    re.IGNORECASE,
)
_PEOPLE_NOUN_AFTER = re.compile(
    r"\s+(?:refugees|people|families|victims|survivors|civilians|children|households|communities|population|"
    r"quake survivors|flood victims|earthquake victims)\b"
)
_HOSTED_ELSEWHERE = re.compile(r"[^.;:,]{0,40}?\b(?:in|to)\s+(?:the\s+)?(?:neighbou?ring\s+)?[A-Z]")


_COORD_PEOPLE = re.compile(r"\s+and\s+(" + "|".join(sorted(_PEOPLE_DEMONYMS, key=len, reverse=True)) + r")(?![\w-])")


def _coordinated_people(text: str, sent_refs: list[Ref], money: Money, recipient: Ref, ctx: ExtractionContext) -> Ref | None:
    """`France ... would release 5 million euros for French and Moroccan non-governmental organisations`: the giver's
    own nationals named beside the stricken people are its channel; the aid is for the other people's country."""
    co = _COORD_PEOPLE.match(text, recipient.end)
    if co is None:
        return None
    opener = next((r for r in sent_refs if r.start < money.start and r.country and not r.demonym), None)
    if opener is None or opener.country != recipient.country:
        return None
    actor = ctx.gazetteer.lookup(_PEOPLE_DEMONYMS[co.group(1)])
    if actor is None or actor.kind != "country" or actor.canonical == recipient.country:
        return None
    return Ref(co.start(1), co.end(1), co.group(1), None, actor.canonical, demonym=True)


def _people_demonyms(text: str, all_refs: list[Ref], ctx: ExtractionContext) -> list[Ref]:
    """`all_refs` plus the stricken people of `_PEOPLE_DEMONYMS` named right after a recipient cue (not those hosted in
    another land: `for Sudanese refugees in Chad` is aid to Chad, named after them)."""
    added: list[Ref] = []
    for m in _PEOPLE_DEMONYM_RE.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue
        if any(r.start < m.end() and m.start() < r.end for r in all_refs):
            continue
        if not _PEOPLE_CUE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        people = _PEOPLE_NOUN_AFTER.match(text, m.end())
        if people is None and not m.group("plural"):
            continue
        if _HOSTED_ELSEWHERE.match(text, people.end() if people else m.end()):
            continue
        actor = ctx.gazetteer.lookup(_PEOPLE_DEMONYMS[m.group(0).removesuffix("s") if m.group("plural") else m.group(0)])
        if actor is None or actor.kind != "country":
            continue
        added.append(Ref(m.start(), m.end(), m.group(0), None, actor.canonical, demonym=True))
    return sorted(all_refs + added, key=lambda r: r.start) if added else all_refs


def _legislators(text: str, all_refs: list[Ref], ctx: ExtractionContext) -> list[Ref]:
    if "ongressional" not in text:
        return all_refs
    congress = ctx.gazetteer.lookup("US Congress")
    if congress is None:
        return all_refs
    added = [Ref(m.start(), m.end(), m.group(0), congress, "United States") for m in _CONGRESSIONAL.finditer(text)
             if not any(r.start < m.end() and m.start() < r.end for r in all_refs)]
    return sorted(all_refs + added, key=lambda r: r.start) if added else all_refs


def _surnames(text: str, all_refs: list[Ref], ctx: ExtractionContext) -> list[Ref]:
    """`all_refs` plus a known person's name word alone after the full name (`President Yoon Suk Yeol pledged
    ... Yoon also promised`) where the gazetteer has no such alias; a word two people share names neither."""
    words: dict[str, Ref | None] = {}  # a name word -> the full-name mention it first came with (None: shared)
    for r in all_refs:
        if r.actor is None or r.actor.kind != "person" or " " not in r.text:
            continue
        parts = r.text.split()
        for w in {parts[0], parts[-1]}:
            if len(w) <= 2 or not w[0].isupper():
                continue
            if w not in words:
                words[w] = r
            elif words[w] is not None and words[w].actor is not r.actor:
                words[w] = None  # two people share it
    added: list[Ref] = []
    for w, first in words.items():
        if first is None or ctx.gazetteer.lookup(w) is not None:
            continue
        at = text.find(w, first.end)
        while at >= 0:
            end = at + len(w)
            if not (text[at - 1 : at].isalnum() or text[end : end + 1].isalnum()) and not any(
                r.start < end and at < r.end for r in all_refs
            ):
                added.append(Ref(at, end, w, first.actor, first.country))
            at = text.find(w, end)
    return sorted(all_refs + added, key=lambda r: r.start) if added else all_refs


# The article's stricken country, named in the headline, the dateline or the lead rather than in a sentence that gives
# (`Morocco quake: foreign teams join search`, `KATHMANDU (Reuters) -`, `A quake struck western Nepal ...`): the
# recipient of relief whose sentence names none (a third country named in passing is not).
_DISASTER_WORDS = r"(?:earth)?quakes?|floods?|flooding|cyclones?|typhoons?|hurricanes?|storms?|wildfires?|tsunami|landslides?"
_DISASTER = re.compile(r"\b(?:" + _DISASTER_WORDS + r"|mudslides?|drought|famine|eruption|disaster|blast|explosion)\b", re.IGNORECASE)
_TITLE_RECIPIENT_BEFORE = re.compile(r"\b(?:for|to|into)\s+(?:the\s+)?(?:[\w-]+-(?:hit|stricken|ravaged|struck)\s+|war-torn\s+)?$", re.IGNORECASE)
_STRUCK_BEFORE = re.compile(
    r"(?:\b(?:hit|hits|struck|strikes|rocked|rocks|jolted|jolts|battered|batters|lashed|lashes|ravaged|swept)|-hit|"
    r"-stricken|-struck|-ravaged)\s+(?:the\s+)?(?:(?:[a-z]+ern|central|remote|coastal)\s+)?$")
_DISASTER_AFTER = re.compile(r"(?:['\u2019]s\s+)?\s*(?:[\w-]+\s+)?(?:" + _DISASTER_WORDS + r"|disaster)\b", re.IGNORECASE)


def _stricken_in(text: str, found: list[Ref], disaster: bool) -> Ref | None:
    """The first country of `found` written as the one aid goes to or the disaster struck."""
    for r in found:
        if not r.country or (r.actor is not None and r.actor.kind != "country") or (r.demonym and not disaster):
            continue
        before = text[max(0, r.start - 40) : r.start]
        if not r.demonym and _TITLE_RECIPIENT_BEFORE.search(before):
            return r
        if disaster and ((not r.demonym and _STRUCK_BEFORE.search(before)) or _DISASTER_AFTER.match(text, r.end)):
            return r
    return None


def _home_country(article: Article, all_refs: list[Ref], ctx: ExtractionContext) -> Ref | None:
    """The stricken country of a story from its headline, else its dateline, else its lead (a mention in the text
    when there is one: its span)."""
    text = article.text
    title = article.title or ""
    lead_end = text.find(". ", 0, 600)
    lead_end = lead_end if lead_end > 0 else min(len(text), 600)
    disaster = _DISASTER.search(title) is not None or _DISASTER.search(text, 0, lead_end) is not None
    if not disaster:
        return None  # a headline's `to X` is as often a trip (`Scholz travels to China`), a dateline where the desk sits
    home: Ref | None = _stricken_in(title, title_refs(title, ctx.gazetteer), True) if title else None
    if home is None:
        dateline = DATELINE_PLACE.match(text)
        if dateline is not None:
            # `ANTAKYA, Turkey (AP) -`: the country after the town; `KATHMANDU (Reuters) -`: a capital the gazetteer knows
            after = next((r for r in all_refs if dateline.end() < r.start < dateline.end() + 4 and r.country and not r.demonym
                          and r.actor is not None and r.actor.kind == "country"), None)
            actor = ctx.gazetteer.lookup(dateline.group(1))
            if after is not None:
                home = after
            elif actor is not None and actor.kind == "country":
                home = Ref(dateline.start(1), dateline.end(1), dateline.group(1), actor, actor.canonical)
    if home is None:
        home = _stricken_in(text, in_range(all_refs, 0, lead_end), True)
    if home is None:
        return None
    if home.demonym or home.start >= len(text) or text[home.start : home.end] != home.text:
        # named in the headline (or by a demonym): its first mention by name in the text, else the headline's name alone
        first = next((r for r in all_refs if r.country == home.country and not r.demonym), None)
        if first is not None:
            return first
        actor = ctx.gazetteer.get(home.country)
        return Ref(0, 0, home.country if home.demonym else home.text, actor, home.country)
    return home


def _article_year(article: Article) -> int | None:
    """The year the article was published (`published_at`, ISO 8601), or None."""
    stamp = article.published_at or ""
    return int(stamp[:4]) if len(stamp) >= 4 and stamp[:4].isdigit() else None


# A sentence with more sums than this is a table or garbage, not an announcement: the sums after it are not read
# (each sum looks at its neighbours, so a sentence of 30,000 sums took seconds).
MAX_SUMS_PER_SENTENCE = 60


def _group_verb_sentences(text: str, sents: list[Segment]) -> set[int] | None:
    """The indices of the sentences holding one of `_GROUP_VERBS` (case ignored), or None when any may."""
    found = caseless_occurrences(text, _GROUP_VERBS)
    if found is None:
        return None
    starts = [s.start for s in sents]
    out = set()
    for start, end in found:
        index = bisect.bisect_right(starts, start) - 1
        if index >= 0 and end <= sents[index].end:
            out.add(index)
    return out


_OTHERS_GIVING = re.compile(
    r"\b(?:with|and)\s+([^.;:]{1,80}?)\s+(?:among|were among|are among)\s+(?:the\s+)?(?:other\s+|many\s+)?(?:countries|nations|states|donors|"
    r"governments|allies|partners)\s+(?:that\s+(?:are|were|have|had)\s+)?(?:offering|offered|sending|sent|pledging|pledged|providing|"
    r"helping|contributing|giving)\b"
)
# (only asked whether it matches: the literal first, the blank before it looked back at, so the engine finds `among` in C)
_AMONG_GIVERS = re.compile(r"among(?<=\samong)\s+(?:the\s+)?(?:other\s+|many\s+)?(?:countries|nations|states|donors|governments|allies|partners)\b")
_CONTINENTS = frozenset({"Africa"})
_PART_OF_CONTINENT = re.compile(r"\b(?:Horn\s+of|East|West|North|South|Southern|Central|sub-Saharan|Sub-Saharan|Saharan|Northeast|Northwest)\s+$")
_CONTINENT_AS_MODIFIER = re.compile(r"\s+(?:nation|country|state|region)\b")
_CURRENCY_NAME_AFTER = re.compile(r"(?:\s+|-)(?:dollars?|francs?|crowns?|kron(?:a|or|er|e)|yen|yuan)\b")


def _candidates(article: Article, ctx: ExtractionContext) -> list[_Candidate]:
    text = article.text
    year = _article_year(article)  # a sum given in an earlier year is a past one (`_past_period`)
    all_refs = _people_demonyms(text, _relief_demonyms(text, _rulers(text, _legislators(text, _surnames(text, _home_officials(text, _national_societies(text, article_refs(text, ctx), ctx), ctx), ctx), ctx), ctx), ctx), ctx)
    if "dollar" in text or "franc" in text or "yuan" in text or "yen" in text or "crown" in text or "kron" in text:
        # `(about 50.7 billion U.S. dollars)`, `New Taiwan dollars`, `Swiss francs`: a currency's name names no actor,
        # not even the article's fallback recipient (China's pledges to Africa went to `U.S.` from a conversion)
        all_refs = [r for r in all_refs if not _CURRENCY_NAME_AFTER.match(text, r.end)]
    if "$" in text:
        # `US$5 million`, `NZ$1m`: the code of a currency names no actor, not even the article's fallback recipient
        # (South Korea's aid `to Turkiye` went to the United States from `US$`)
        all_refs = [r for r in all_refs if not text.startswith("$", r.end)]
    if "-made" in text or "-built" in text or "-designed" in text or "-produced" in text or "-manufactured" in text:
        # `her country would transfer 19 of the US-made warplanes`: a maker's name is no actor of the transfer (not even
        # in a sentence without money, where the transfer verbs look for a recipient)
        all_refs = [r for r in all_refs if not _ORIGIN.match(text, r.end)]
    if "-based" in text:
        # `, the Washington-based lender said`, `a London-based charity`: where an organisation sits names no actor of the
        # aid (neither its giver nor its recipient)
        all_refs = [r for r in all_refs if not text.startswith("-based", r.end)]
    if " among " in text and _AMONG_GIVERS.search(text):
        # `..., with Germany, Romania and Finland among the countries offering tents`: other givers, never recipients (not
        # even the article's fallback one; the scan from every `with`/`and` runs only where its tail is in the text)
        givers = [m.span(1) for m in _OTHERS_GIVING.finditer(text)]
        if givers:
            all_refs = [r for r in all_refs if not any(a <= r.start < b for a, b in givers)]
    if "Africa" in text:
        # `the Horn of Africa nation`, `East Africa`: a part of the continent, or a country described by it, is no
        # recipient `Africa` (which stays for the continent as a whole: `to Africa over the next three years`)
        all_refs = [r for r in all_refs if r.country not in _CONTINENTS or not (
            _PART_OF_CONTINENT.search(text, max(0, r.start - 16), r.start) or _CONTINENT_AS_MODIFIER.match(text, r.end))]
    masked = ""  # `mask_names`, made once a sentence holds money (most articles hold none)
    # relief arriving (`_arrival`): looked for in sentences only when the article has such a verb at all
    arrivals = (
        _perf31_arrival_starts(text)
        if "arrived" in text or "docked" in text or "landed" in text or "flew" in text or "flown" in text or "touched down" in text or "airlift" in text
        or "reached" in text or "reaching" in text or "sail" in text or "arrive " in text or "arrives " in text else []
    )
    sents = analysis_of(text, ctx).sentences
    # `_units_from`: relief workers from named countries
    units_from = _unit_gate(text)
    out: list[_Candidate] = []
    last_donor: Ref | None = None
    last_recipient: Ref | None = _home_country(article, all_refs, ctx)
    stricken = last_recipient.country if last_recipient is not None else None  # the disaster's country, its own spending at home
    item_sentences: set[int] = set()
    prev_aid_sentence = -2  # the last sentence that gave a valued aid event
    collective_types: dict[str, str] = {}  # recipient -> the aid type of a sum many donors gave it together

    group_gave = _group_verb_sentences(text, sents)
    transfer_scan = _Perf31TransferStarts.of(text)  # (pass perf31) `_TRANSFER_STARTS` of every sentence, one pass

    for index, sent in enumerate(sents):
        monies = find_money(text, sent.start, sent.end)[:MAX_SUMS_PER_SENTENCE]
        if monies and ("approach" in text or "nearing" in text or " past " in text or " up to " in text):
            monies = [_reached_qualifier(text, m) for m in monies]
        if (group_gave is None or index in group_gave) and _GROUP_GAVE.match(text, sent.start, sent.end):
            # `International donors pledged more than two billion euros in humanitarian aid for Sudan`: the kind of what
            # many donors gave together (with or without a sum read) is the kind of each one's pledge named after it
            group_type = _aid_type(sent.text(text), [])
            if group_type != "unspecified":
                for r in in_range(all_refs, sent.start, sent.end):
                    if r.country and not r.demonym and re.search(r"\b(?:for|to)\s+(?:[\w-]+\s+){0,2}$", text[max(sent.start, r.start - 24) : r.start]):
                        collective_types.setdefault(r.country, group_type)
                        break
        # the sentence's mentions, looked up only where there is money or a transfer (most sentences hold neither)
        sent_refs = in_range(all_refs, sent.start, sent.end) if monies else None
        if monies and not masked:
            masked = mask_names(text, all_refs)
        if monies and sent_refs:
            # `6 billion Danish crowns`, `Canadian dollars`: a currency's adjective names no actor; nor does
            # a maker's name (`a U.S.-made NASAMS system`)
            sent_refs = [r for r in sent_refs if not any(m.start <= r.start < m.end for m in monies) and not _ORIGIN.match(text, r.end)]
        consumed: set[int] = set()
        produced = False
        aid_k = aid_k_prev = -2
        tranche_k = -2  # the last sum of the sentence taken as a tranche of a package named before
        for k in range(1, len(monies)):
            # `13.3 billion kronor ($1.2 billion)`, `100 million euros, or about $108 million,`: a conversion, not another amount
            gap = text[monies[k - 1].end : monies[k].start]
            if re.fullmatch(r"\s*[(\[]\s*(?:about|around|roughly|some|approx\.?|or|c\.)?\s*", gap, re.I) or (
                # `between $10 million and $25 million`: the range's upper bound
                re.fullmatch(r"\s+(?:and|to)\s+|\s*[-\u2013]\s*", gap) and _BETWEEN.search(text, max(sent.start, monies[k - 1].start - 12), monies[k - 1].start)
            ) or (
                monies[k].currency != monies[k - 1].currency and _CONVERSION_GAP.fullmatch(gap)
                and re.match(r"\s*(?:[,)\]]|$)", text[monies[k].end : monies[k].end + 2])
            ) or _COMPARISON_GAP.fullmatch(gap) or _COMPARISON_BEFORE.search(text, max(monies[k - 1].end, monies[k].start - 40), monies[k].start):
                consumed.add(k)  # `£2.5 billion, an increase of £200 million on last year,`: a comparison of the sum
        conversions = set(consumed)  # their text belongs to the amount they convert
        if monies:
            _parts_of_previous(text, sent, monies, consumed, out, sents, index)
            produced = any(k in consumed and k not in conversions for k in range(len(monies)))
        country_starts = {r.start for r in sent_refs if r.actor is not None and r.actor.kind == "country"} if monies else set()
        org_starts = {r.start: r.end for r in sent_refs if r.actor is not None and r.actor.kind == "organization"} if monies else {}
        relief_starts = {r.start for r in sent_refs if r.country in _RELIEF_AGENCIES} if monies else set()
        sent_refs_all = sent_refs
        for k, money in enumerate(monies):
            sent_refs = sent_refs_all
            if k in consumed:
                continue
            prev_end = monies[k - 1].end if k > 0 else sent.start
            # The next amount that is not a conversion; a generator, not a list per amount
            # (quadratic on a sentence of thousands of figures).
            following = next((j for j in range(k + 1, len(monies)) if j not in conversions), None)
            next_start = monies[following].start if following is not None else sent.end
            # `The IMF approved a $2.9 billion loan ... the $2.9 billion loan would unlock`: a new package of the article
            # named again, its donor and recipient (looked for before the aid test: the restatement may carry aid words)
            restated = _restated(text, sent, money, out)
            refined = _refined(text, sent, money, out) if k == 0 else None
            if k > 0 and "each" in text[money.end : money.end + 8] and _SHARE_EACH.match(text, money.end) \
                    and _split_share(text, sent, monies[k - 1], money):
                continue  # pass r51aid: `The 75 billion crowns will be split equally between ..., 37.5 billion crowns each`: the shares
            # `France promised 110 million euros, Germany 244 million euros and ...`: the verb gapped before an actor
            gapped = k > 0 and k - 1 == aid_k and _gapped_actor(text, sent_refs, monies[k - 1].end, money.start)
            # `..., while the Inter-American Development Bank announced up to $10 billion`: a second giver's own clause
            second_giver = not gapped and k > 0 and k - 1 == aid_k and _second_giver(
                text, sent_refs, monies[k - 1].end, money.start,
                out[-1].recipient.country if out and out[-1].sentence is sent and out[-1].recipient else None,
            ) and not _NOT_AID_NOUN.search(text, money.end, min(sent.end, money.end + 40))
            # `would pay 50 million euros to the agency`: the relief agency named before, by its head noun
            agency = _agency_named_before(text, money, all_refs, sent) if "the " in text[money.end : money.end + 40] else None
            if not gapped and not second_giver and not _is_aid(masked, money, sent.start, sent.end, country_starts, org_starts, relief_starts) and not (
                (agency is not None and (_AID_VERB_LEFT.search(text, max(sent.start, money.start - 70), money.start)
                                         or _PAID_LEFT.search(text, max(sent.start, money.start - 30), money.start)))
                or
                # `will give 2.5 billion crowns to ... and 500 million crowns to UNICEF`: a sum coordinated with an aid sum
                (k - 1 == aid_k and _COORDINATED_SUM.search(text, max(sent.start, money.start - 8), money.start)
                 and not _BETWEEN.search(text, max(sent.start, monies[k - 1].start - 12), monies[k - 1].start)
                 and not _for_other(text, money.end, sent.end, sent_refs))  # not `and $8 billion for the Indo-Pacific`
                # `Germany has provided 28 billion euros ... It plans a further 7 billion euros`: more of the aid just named
                or (prev_aid_sentence == index - 1 and k == 0 and _FURTHER_SUM.search(text, max(sent.start, money.start - 20), money.start)
                    and not _NOT_AID_NOUN.search(text, money.end, min(sent.end, money.end + 40)))
                # `The Prime Minister said the £2.5 billion ... would include`: a new package of the article named again
                or restated is not None
                or refined is not None
            ):
                continue
            if k - 1 == tranche_k and _NEXT_TRANCHE.fullmatch(text, monies[k - 1].end, money.start):
                tranche_k = k
                continue  # `$12 billion of the facility next week, with another $2 billion due by June`: the next tranche
            aid_k_prev, aid_k = aid_k, k
            if re.search(r"\b(?:part|share|portion|slice) of (?:the\s+|its\s+|their\s+)?(?:[\w-]+['\u2019]s?\s+)?$"
                         r"|\b(?:share|portion|slice) of an?\s+(?:[\w-]+['\u2019]s?\s+)?$"
                         r"|\b(?:part|share|portion|slice) of (?:the\s+|an?\s+|its\s+|their\s+)?(?:wider|broader|larger|bigger|overall|total|joint|combined)\s+(?:[\w-]+['\u2019]s?\s+)?$"
                         r"|\b(?:tranche|contribution|instalment|installment) of (?:the\s+|its\s+|their\s+|a\s+(?:wider|broader|larger|bigger)\s+|[\w-]+['\u2019]s?\s+)$"
                         r"|\breview of (?:the\s+|an?\s+|its\s+|their\s+|(?:[A-Z][\w-]*\s+){0,2}[\w-]+['\u2019]s\s+)(?:[\w-]+\s+)?$",
                         text[max(sent.start, money.start - 40) : money.start], re.I):
                _consume_parts(text, monies, k, consumed)  # (`..., consisting of $300 million in grants and $2 billion in loans`)
                continue  # `the EU's share of the G7's $50 billion package`, `its fourth review of a four-year $15.6 billion programme`: a scheme announced before
            if (text[max(sent.start, money.start - 30) : money.start].rstrip().endswith(("(", ",", "about", "around", "roughly", "some", "approximately"))
                    and (unread := _UNREAD_FIGURE_BEFORE.search(text, max(sent.start, money.start - 60), money.start)) is not None
                    and unread.group("word").casefold() not in _NOT_CURRENCY_UNITS):
                continue  # (pass aidp) `set aside 1.5 billion kwacha, about 1.5 million dollars, for relief`: a conversion of a figure in a currency unread
            if out and "tranche" in text[max(sent.start, money.start - 40) : money.start] and _ORDINAL_TRANCHE_LEFT.search(
                    text, max(sent.start, money.start - 40), money.start):
                continue  # (pass aidp) `the first tranche, worth $267 million, would be deposited`: a part of the package named before
            if (out and ("worth" in text[max(sent.start, money.start - 40) : money.start] or "valued" in text[max(sent.start, money.start - 40) : money.start]
                         or "," in text[max(sent.start, money.start - 16) : money.start])  # (pass aidtrap) `The aid, 300 million yen, will`
                    and _SAME_AID_WORTH.fullmatch(text, sent.start, money.start)
                    and any(c.money is not None and c.money.currency != money.currency and c.kind == "new" for c in out)):
                continue  # (pass aidgen) `The aid, worth about 2.9 billion won, will be delivered`: the sum given before, in another currency
            if (out and text.startswith("The", sent.start) and _THE_SUM_AGAIN.fullmatch(text, sent.start, money.start)
                    and any(c.money is not None and c.money.value == money.value and c.money.currency == money.currency for c in out)):
                continue  # (pass aidgen) `The additional 50 million euros will be channelled through UN agencies`: the sum given before
            if _FROM_BEFORE.search(text, max(sent.start, money.start - 40), money.start) and _FACILITY_AFTER.match(text, money.end, next_start):
                continue  # `The money comes from the Bank's $1.5 billion ... Facility`: the source of the aid, not new aid
            if k > 0 and _PART_OF_IT.match(text, money.end):
                continue  # `5 billion francs ..., with 1.5 billion francs of it earmarked for ...`: a part of the sum before
            if _PART_OF_EARLIER.match(text, money.end) and any(
                c.money is not None and c.kind == "new" and c.money.value > money.value for c in out
            ):
                tranche_k = k
                continue  # `About $1.2bn of the nine-month facility will be disbursed immediately`: a part of a package named before
            if _AT_RATE_LEFT.search(text, max(prev_end, sent.start, money.start - 40), money.start) and _PER_PERIOD.match(
                text, money.end, next_start
            ) and not any(r.start < money.start and r.country and not r.demonym for r in sent_refs) and any(
                c.money is not None and c.kind == "new" and c.money.currency == money.currency and c.money.value > money.value for c in out
            ):
                continue  # `The loans, to be paid out at about 1.5 billion euros a month`: the pace of a package named before
            if _OWN_SPENDING_AFTER.match(text, money.end) or _DIFFERENCE_AFTER.match(text, money.end):
                continue  # `100 billion liras ($5.3 billion) of government relief spending`, `£200 million more than in ...`
            if _TRANCHES_OF_LEFT.search(text, max(sent.start, money.start - 60), money.start) and any(
                c.sentence is sent and c.money is not None and c.money.currency == money.currency and c.money.value > money.value for c in out
            ):
                continue  # `a 1.2 billion euro loan ..., paid out in two tranches of 600 million euros each`: the package's tranches
            if k > 0 and _APPEAL_FOR.search(text, max(sent.start, monies[k - 1].start - 70), monies[k - 1].start) and _APPEAL_MORE.fullmatch(
                text, monies[k - 1].end, money.start
            ):
                continue  # `has appealed for $2.7 billion for Sudan and a further $1.4 billion for refugees`: asked for too
            if _WITHHELD_LEFT.search(text, max(prev_end, sent.start, money.start - 60), money.start) and not (
                "debt" in text[money.end : money.end + 60] and _DEBT_RELIEF_RIGHT.match(text, money.end)
            ):
                continue  # `Sixteen donors paused or suspended some $450 million in funding`: money held back, no aid
            if _UNLOCK_LEFT.search(text, max(prev_end, sent.start, money.start - 40), money.start) and _FROM_OTHERS.match(text, money.end, next_start):
                continue  # `should unlock as much as $7 billion from other lenders`: what others may lend, not unlocking `$880 million for Kyiv`
            host = out[-1] if out and out[-1].sentence is sent and out[-1].money is not None and out[-1].kind == "new" else None
            if host is not None and _INCLUDES_BEFORE.search(text, host.money.end, money.start) and not _OTHER_CLAUSE.search(
                text, host.money.end, money.start
            ):
                part = resolve_crown(money, host.donor.country)
                if part is not None and part.currency == host.money.currency and (
                    sum(m.value for m, _ in host.parts) + part.value <= host.money.value * 1.001
                ):
                    # `the £2.5 billion ... would include around £200 million for drones`: a part of the sum before
                    host.parts.append((part, _part_label(text, money, next_start)))
                    continue
            if k + 1 < len(monies) and (_PART_CUE.search(text[money.end : monies[k + 1].start])
                                        or _INCLUDES_BEFORE.search(text, money.end, monies[k + 1].start)):
                shares = {_for_country(text, m.end, sent.end, sent_refs) for m in monies[k + 1 :]}
                if len(shares - {None}) >= 2:
                    # `a $95 billion bill that includes $61 billion for Ukraine, $26 billion for Israel and ...`: an
                    # envelope for several countries; each share with its country is that country's aid
                    continue
                if shares - {None} and _for_country(text, money.end, sent.end, sent_refs) is None and (_LAW_ENVELOPE.match(
                    text, money.end, monies[k + 1].start
                ) or _ENACTED_LEFT.search(text, max(sent.start, money.start - 45), money.start)):
                    # `signed a $95 billion national security bill that includes $61 billion for Ukraine`: a law's total
                    # funds more than one country's aid; the share named for the country is the aid
                    continue
            # parts of a split package
            parts: list[tuple[Money, str]] = []
            last_part = k
            if k + 1 < len(monies) and _PART_CUE.search(text[money.end : monies[k + 1].start]):
                total = 0.0
                for j in range(k + 1, len(monies)):
                    part = monies[j]
                    if part.currency != money.currency or total + part.value > money.value * 1.001 or part.value >= money.value * 0.999:
                        break
                    if _FURTHER_SUM.search(text, max(sent.start, part.start - 20), part.start):
                        break  # `X deposited $2bn with the central bank, and Y had deposited a further $1bn`: more money, no part
                    limit = monies[j + 1].start if j + 1 < len(monies) else sent.end
                    parts.append((part, _part_label(text, part, limit)))
                    consumed.add(j)
                    last_part = j
                    total += part.value
            scope_end = next_start
            if parts:
                scope_end = monies[last_part + 1].start if last_part + 1 < len(monies) else sent.end
            other_clause = _OTHER_CLAUSE.search(text, money.end, scope_end)
            if other_clause is not None:
                scope_end = other_clause.start()  # `..., and Turkey has sent planes carrying tents`: another donor's clause
            kind = _kind(text, sent, money, prev_end, next_start, year)
            # a recipient named after this sum and before the next is this sum's (`2.5 billion crowns to Ukraine
            # and 500 million crowns to UNICEF`); else one named anywhere in the sentence
            recipient = None
            # `..., most of it for food, and the Gates Foundation said it would give UNICEF $5 million`: a name in
            # another donor's clause after the sum is that clause's recipient, not this sum's
            aside = _relative_aside(text, sent, sent_refs_all, money, scope_end)
            sent_refs = [r for r in sent_refs_all if not aside[0] <= r.start < aside[1]] if aside else sent_refs_all
            rec_refs = [r for r in sent_refs if r.start < other_clause.start() or r.end <= money.start] if other_clause else sent_refs
            if len(monies) > 1:
                recipient = _recipient(text, [r for r in rec_refs if money.end <= r.start < next_start], money, None, explicit_only=True)
            recipient = recipient or _recipient(text, rec_refs, money, None, explicit_only=True) or agency
            if recipient is not None and recipient.demonym and recipient.start > money.end and " and " in text[recipient.end : recipient.end + 6]:
                recipient = _coordinated_people(text, sent_refs, money, recipient, ctx) or recipient
            if recipient is None and restated is None and (
                ((home := _DOMESTIC_RELIEF.match(text, money.end, next_start)) and "humanitarian" not in home.group(0).lower())
                or _OWN_FORCES.match(text, money.end, next_start)
            ):  # (pass aid50: `2 million euros in emergency humanitarian aid to help families who lost their homes` is relief abroad)
                continue  # `allocated 2 billion euros to support families hit by energy bills`, `a fund to modernise its army`: at home
            # `X allocated $10 million ..., and the European Union said it would provide 5.2 million euros`: a later sum's
            # donor is looked for first in its own stretch, after the sum before it
            clause_refs = [r for r in sent_refs if prev_end <= r.start < money.start and r.country and not r.demonym
                           and _OWNED_ACTIVE_SUBJECT.match(text, r.end)] if k > 0 else None
            if clause_refs and not _OTHER_CLAUSE.search(text, prev_end, money.start):
                clause_refs = None
            lender = _lender_named_after(text, money, sent_refs, recipient)
            total_giver = _total_giver(text, sent, sent_refs, prev_end, money.start) if kind == "cumulative" else None
            if total_giver is not None and recipient is not None and recipient.country == total_giver.country:
                recipient = None  # the giver of a running total receives none of it
            approver = _approver_of(text, money, sent_refs)
            if approver is not None and recipient is not None and recipient.country == approver.country:
                recipient = None  # (the approver named before the sum is no recipient of it)
            donor = (
                total_giver
                or approver
                or lender
                or _package_owner(text, sent, sent_refs, recipient.country if recipient else None)
                or _giver_from_after(text, sent, money, sent_refs, recipient, next_start)
                or _subject(text, sent, sent_refs, money.start, recipient)
                or (clause_refs and _donor(text, sent, clause_refs, money.start, recipient))
                or _donor(text, sent, sent_refs, money.start, recipient)
            )
            if donor is None:
                donor = _pointed_back_giver(text, sents, index, all_refs)  # `Norway ... . The foreign ministry said it would give`
            named_members = None
            if donor is None:
                # `NATO leaders met ... . The allies pledged`: the organisation of the members named before
                donor = named_members = _collective_giver(text, sents, index, all_refs, money.start)
            if recipient is None:
                # (a sum an approver is named for takes its recipient only from a cue: `the IMF's approval of a $2.9
                # billion bailout for the island nation` is not for the lender named in the clause before)
                recipient = _recipient(text, rec_refs, money, donor.country if donor else None, explicit_only=donor is approver and donor is not None)
                if clause_refs and recipient is not None and out and out[-1].sentence is sent and out[-1].donor is not None \
                        and out[-1].donor.country == recipient.country and recipient.start < prev_end:
                    recipient = None  # `UN chief X allocated $10m ..., and the EU said it would provide ...`: the other clause's donor
                elif clause_refs and recipient is not None and recipient.start < prev_end and donor is not None \
                        and any(r is donor for r in clause_refs):
                    # `The United Nations' fund has released $5 million, and China's government said it would provide ...`:
                    # a name in the other clause, named for no one there, receives none of this sum
                    recipient = None
            if recipient is not None and donor is not None and recipient.country == donor.country:
                recipient = _recipient(text, sent_refs, money, donor.country)
            if recipient is not None and donor is not None and recipient.end <= donor.start and _OWNER_OF.fullmatch(
                text, recipient.end, donor.start
            ):
                # `the U.N.'s Central Emergency Response Fund released $25 million`: the fund's owner, not its recipient
                recipient = _recipient(text, [r for r in rec_refs if r is not recipient and r.country != recipient.country], money, donor.country)
            restated = restated or refined
            if restated is not None:
                donor, recipient = restated.donor, restated.recipient
            donor = donor or last_donor
            if recipient is None and donor is not None and any(
                c.recipient is not None and c.recipient.country == donor.country and c.sentence is not sent
                and c.sentence.start <= c.recipient.start < c.sentence.end for c in out
            ) and not any(r.country and r.country != donor.country for r in rec_refs):
                # `President Erdogan said the government had made 100 billion lira available for reconstruction`: a country
                # given aid in the story (named so in that sentence, not guessed), naming no one else, spends at home
                continue
            if recipient is None and donor is not None and ("through" in text[money.end : sent.end] or "via" in text[money.end : sent.end]):
                recipient = _aid43_through_agency_recipient(text, money, sent.end, all_refs, last_recipient, donor,
                                                            {c.donor.country for c in out if c.donor is not None})  # pass aid43
            if recipient is None:
                recipient = last_recipient if last_recipient and (not donor or last_recipient.country != donor.country) else None
            if recipient is None and donor is not None and donor.country != stricken:
                # (not for the stricken country's own money, nor to a giver of aid to the donor: `Lula unveiled a
                # package of 50.9 billion reais for the state` is spending at home, never aid to a neighbour that sent
                # helicopters)
                recipient = _fallback_recipient(all_refs, None, donor, text)
                if recipient is not None and any(c.recipient is not None and c.recipient.country == donor.country
                                                 and c.donor.country == recipient.country for c in out):
                    recipient = None  # aid back to a country that gave it aid in the article: the fallback's guess is wrong
            if (kind == "cumulative" and recipient is not None and recipient.start > money.end and donor is not None and out
                    and out[-1].sentence is sent and out[-1].kind == "new" and out[-1].money is not None
                    and out[-1].donor.country == donor.country and out[-1].recipient.country != recipient.country
                    and out[-1].recipient.start < money.start):
                # `adding €50 million for Gaza to bring its aid this year to €75 million, days after a review of its funding
                # for Palestinians`: the running total is of the sum just given; a name after it is another clause's
                recipient = out[-1].recipient
            if donor is not None and recipient is not None and recipient.start > donor.end and _LENDER_DEAL.search(
                text, max(sent.start, recipient.start - 40), recipient.start
            ) and _is_lender(recipient) and not _is_lender(donor):
                # `Sri Lanka reached a staff-level agreement with the IMF for a $330 million tranche`: the lender gives
                donor, recipient = recipient, donor
            majority = False
            if "which" in text[money.end : money.end + 16]:
                # `pledged 355 million euros, of which some 350 million will go to Sudan itself and the rest to Chad, ...`:
                # the country that gets most of the sum is its recipient (the rest's countries no envelope of equals)
                share = _OF_WHICH_SHARE.match(text, money.end, next_start)
                if share is not None:
                    scale = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}.get((share.group("scale") or "").casefold(), 1.0)
                    value = float(share.group("num").replace(",", "")) * scale
                    first = next((r for r in sent_refs if r.start == share.end() and r.country and not r.demonym
                                  and r.actor is not None and r.actor.kind == "country"), None)
                    if money.value * 0.5 < value < money.value and first is not None and (donor is None or first.country != donor.country):
                        recipient, majority = first, True
                        consumed.update(j for j in range(k + 1, len(monies)) if monies[j].start < share.end())
            if donor is None or recipient is None or donor.country == recipient.country:
                continue
            if not majority and _several_recipients(text, sent_refs, money.end, next_start, donor.country, recipient.country) and not (
                _EACH_TO.match(text, money.end, next_start) or _EACH_OF.match(text, money.end, next_start)
            ):
                continue  # `a $95 billion package that also covers Israel and Taiwan`: no one recipient's aid
            if (named_members is None or donor is not named_members) and (_COLLECTIVE_BEFORE.search(text, max(prev_end, sent.start), money.start)
                    or (k == 0 and (_COLLECTIVE_START.match(text, sent.start, money.start)
                                    or (", " in text[sent.start : money.start] and _COLLECTIVE_FRONTED.match(text, sent.start, money.start))))
                    or _COLLECTIVE_AFTER.match(text, money.end, next_start)):
                # `Donors pledged more than two billion euros in humanitarian aid for Sudan`: the pledges of each donor
                # named after it are of that kind, when they name none of their own
                collective_type = _aid_type(text[max(prev_end, sent.start) : next_start], [])
                if collective_type != "unspecified":
                    collective_types.setdefault(recipient.country, collective_type)
                continue  # `Donors pledged a total of 7 billion euros`, `a $115 billion envelope that partners lined up`: many donors
            resolved = resolve_crown(money, donor.country)
            if resolved is None:
                continue  # `crowns` paid by a country without a crown
            money = resolved
            parts = [(resolve_crown(m, donor.country) or m, label) for m, label in parts]  # `including 2 billion crowns for ...`
            if is_bare_dollar(text, money):
                local = local_dollar(text, donor.country, article.source, article.url)
                if local is not None:
                    money = replace(money, currency=local)  # `OTTAWA — ... Canada is buying ... at a cost of $406 million`
            if kind == "new" and (_REMAINDER_AFTER.match(text, money.end, sent.end) or _AT_ONCE_AFTER.match(text, money.end, sent.end)
                                  or _TRANCHE_LEFT.search(text, max(sent.start, money.start - 40), money.start)):
                # `will release about $2.7 billion immediately, with the remainder tied to reviews`, `..., releasing
                # $2.7 billion at once`: the first tranche of a package the article named, one of its parts
                whole = next((c for c in reversed(out) if c.money is not None and c.kind == "new" and c.donor.country == donor.country
                              and c.recipient.country == recipient.country and c.money.currency == money.currency
                              and c.money.value > money.value), None)
                if whole is not None:
                    whole.parts.append((money, _part_label(text, money, next_start)))
                    whole.aid_type = _split_type(text, money, sent, whole.aid_type)
                    tranche_k = k
                    continue
            left = text[max(prev_end, sent.start) : money.start]
            right = text[money.end : scope_end]
            status = _status(left, right, kind)
            if kind == "cumulative" and k > 0 and out and out[-1].sentence is sent and out[-1].money is not None \
                    and out[-1].money.start < money.start and out[-1].kind == "new" and "total" in left:
                brought = _TOTAL_BROUGHT_TO.match(left)
                if brought and not re.search(r"\b(?:has|have|had|since|so far|to date)\b|\b[a-z]+ed\b", brought.group("gap")):
                    # the total follows the package that brings it there: announced or delivered as it is, pledged
                    # when that package is still to come (`bringing its total support this year to`); a total over a
                    # past period (`taking its total military support since the invasion to`) counts what was given
                    status = "pledged" if out[-1].status == "planned" else out[-1].status
            coordinated = k - 1 == aid_k_prev and out and out[-1].sentence is sent and out[-1].money is not None \
                and (gapped or _COORDINATED_SUM.search(text, max(sent.start, money.start - 8), money.start))
            if coordinated and kind == out[-1].kind:
                status = out[-1].status  # `will give A to X and B to Y`: the one verb's status
            found_items, used = ([], []) if kind == "cumulative" else _items_for(text, sents, index, money, other_clause.start() if other_clause else None)
            item_sentences.update(used)
            scope = text[max(prev_end, sent.start) : scope_end] + " " + " ".join(found_items)
            aid_type = _aid_type(scope, found_items)
            if " between " in text[money.end : sent.end]:
                aid_type = _split_between_type(text, money, sent, aid_type)
                if aid_type == "mixed" and restated is not None and restated.money is not None and restated.money.key() == money.key() \
                        and (split := _SPLIT_BETWEEN.match(text[money.end : sent.end])) is not None \
                        and not any(ch.isupper() for ch in split.group("a") + split.group("b")):
                    # pass r51aid: `The 75 billion crowns will be split between military support and civilian aid`: two
                    # purposes (not `divided between the World Food Programme, UNICEF and the IOM`: the agencies that spend it)
                    restated.aid_type = "mixed"
            if aid_type in ("unspecified", "humanitarian") and re.search(r"Bank|Monetary Fund", donor.country or ""):
                aid_type = "financial"  # development banks and the IMF lend (`to help relief and recovery efforts` too)
            if aid_type == "unspecified" and index + 1 < len(sents) and kind == "new":
                # `... a 1.8 billion euro plan for Moldova. The package of grants and low-interest loans ...`
                following = sents[index + 1]
                if _PACKAGE_BACKREF.match(text, following.start, following.end) and not find_money(text, following.start, following.end):
                    aid_type = _aid_type(following.text(text), [])
            period = _PER_PERIOD.match(text, money.end, scope_end) or _PERIODIC_OF.search(text, max(prev_end, money.start - 40), money.start)
            annual = ("per month" if "month" in period.group(0).casefold() else "per year") if period else ""
            if aid_type == "unspecified" and kind == "cumulative" and "," in text[sent.start : money.start] \
                    and _COUNTING_IN_LEAD.match(text, sent.start, money.start):
                # `Including the new package, Denmark's support to Kyiv is approaching 60 billion kroner`: the total
                # the package is counted into takes that package's type (the donor's and recipient's last new sum)
                counted = next((c for c in reversed(out) if c.money is not None and c.kind == "new"
                                and c.donor.country == donor.country and c.recipient.country == recipient.country), None)
                if counted is not None:
                    aid_type = counted.aid_type
            if restated is not None and restated.money is not None and restated.money.key() != money.key() and restated in out:
                # `nearly $8 billion ... The $7.9 billion total`: the round figure's package, now with its exact sum
                out.remove(restated)
                kind, status = restated.kind, restated.status
                aid_type = restated.aid_type if aid_type == "unspecified" else aid_type
            out.append(_Candidate(sent, donor, recipient, money, kind, status, aid_type, found_items, parts, annual))
            # `has pledged $50 million each to Turkey and Syria`: one event per coordinated recipient
            each_to = _EACH_TO.match(text, money.end, next_start) or _EACH_OF.match(text, money.end, next_start)
            if each_to and recipient.start == each_to.end():
                last = recipient
                for r in (r for r in sent_refs if r.start > recipient.end and r.end <= next_start):
                    if not _COORDINATION.match(text[last.end : r.start]) or not r.country or r.demonym or r.country == donor.country:
                        break
                    out.append(_Candidate(sent, donor, r, money, kind, status, aid_type, found_items, [], annual))
                    last = r
            # `Saudi Arabia and the UAE each pledged $100 million`: one event per co-donor
            if _EACH.search(text, max(sent.start, money.start - 30), money.start) or _EACH.match(text, money.end):
                for other in _co_donors(text, sent_refs, donor, money.start):
                    if other.country not in (donor.country, recipient.country):
                        out.append(_Candidate(sent, other, recipient, money, kind, status, aid_type, found_items, [], annual))
            produced = True
            prev_aid_sentence = index
            last_donor, last_recipient = donor, (last_recipient if _is_society(recipient) else recipient)
        sent_refs = sent_refs_all
        if index in item_sentences:
            continue
        # in-kind transfer: `Germany will send 14 Leopard 2 tanks to Ukraine`
        body = text[sent.start : sent.end]
        if not monies and "ackage" in body:  # cheap guard: most sentences name no package
            sent_refs = in_range(all_refs, sent.start, sent.end)
            package = _unvalued_package(text, sent, sent_refs)
            if package is not None:
                out.append(package)
                last_donor, last_recipient = package.donor, package.recipient
                continue
        transfers = _transfers(body, transfer_scan, sent.start)  # a literal scan of the lowercased sentence: most have none
        if transfers and sent_refs is None:
            sent_refs = in_range(all_refs, sent.start, sent.end)
        for n, (v_start, v_end, verb_text, anchor_start) in enumerate(transfers):
            clause = _clause_start(body, anchor_start)
            # `Poland, which had pressed Berlin for days, said it would send`: the relative clause is the subject's past
            if _NEGATED_TRANSFER.search(_RELATIVE_ASIDE.sub(" ", body[clause:anchor_start]) + " " + body[v_end : v_end + 25]):
                continue  # `refused to send`, `whether to supply`: no transfer (in this clause only)
            if verb_text.casefold() == "provided" and _CONJUNCTION_PROVIDED.search(body, max(0, v_start - 3), v_start) and not _PROVIDED_VERB_AFTER.match(body, v_end):
                continue  # `nothing was excluded, provided certain conditions were met`: a condition, no transfer
            if verb_text[:2].casefold() in ("fl", "ai") and _FLIGHT_NO_LOAD.match(body, v_end) \
                    and not _PASSIVE_AUX.search(body, max(0, v_start - 30), v_start):
                continue  # `Zelensky flew to Washington to ask for tanks`: a trip, not a load flown in (`tents were flown in` is one)
            if _NOT_TRANSFER_OBJECT.match(body, v_end):
                continue  # `has given Ukraine the go-ahead to use ATACMS`: a permission, not a delivery
            # `thanked Norway for sending NASAMS systems`: a transfer the recipient thanks its giver for, made
            thanked = verb_text[-3:].casefold() == "ing" and "hank" in body and _THANKED_FOR.search(body, max(0, v_start - 70), v_start) is not None
            if anchor_start == v_start and not (
                _FINITE_PAST.fullmatch(verb_text) or _FINITE_BEFORE.search(body[:v_start])
                or (verb_text[-3:].casefold() == "ing" and _APPROVED_GERUND.search(body[:v_start])) or thanked
            ):
                continue  # `an effort to supply jets`: not a transfer by the subject
            after = sent.start + v_end
            limit = sent.start + transfers[n + 1][3] if n + 1 < len(transfers) else sent.end
            # `New Zealand, which has also sent an assessment team, announced NZ$1.5 million`: a transfer in a relative
            # aside on the giver is its own (its objects end with the aside), beside the sum of the main clause
            aside = _aside_around(body, anchor_start) if ", wh" in body else None
            if aside is not None:
                limit = min(limit, sent.start + aside[1])
            named = item_lib.gazetteer_items(text, after, limit)
            if named:
                # `will send two IRIS-T systems to Kyiv, ..., after Zelensky asked for more air defence`: the clause's items
                named = item_lib.gazetteer_items(text, after, _clause_end(text, after, limit)) or named
            agent = _BY_AGENT.match(body, v_end) if _FINITE_PAST.fullmatch(verb_text) else None
            passive = agent is not None or _PASSIVE_AUX.search(body, max(0, v_start - 30), v_start) is not None
            if agent is None and not named and _FINITE_PAST.fullmatch(verb_text) and _PASSIVE_AUX.search(body, max(0, v_start - 30), v_start):
                # `Ten Archer howitzers were delivered to Ukraine by Sweden`: the agent after the recipient
                agent = _BY_AFTER_RECIPIENT.match(body, v_end)
            agent_items = False
            from_giver = None
            pronoun_co: list[Ref] = []
            by_co: list[Ref] = []
            if agent is None and not named and _PASSIVE_AUX.search(body, max(0, v_start - 30), v_start):
                # `Blankets and tents from Kuwait were flown into Afghanistan`: the giver named with the load it sent
                # (`from British stockpiles`, `from Japanese government stocks`: a demonym before the giver's own stores)
                from_giver = next((r for r in sent_refs if sent.start + clause <= r.start < sent.start + v_start and r.country
                                   and ((not r.demonym and r.actor is not None and r.actor.kind == "country")
                                        or (r.demonym and _OWN_STOCKS_AFTER.match(text, r.end, sent.start + v_start)))
                                   and _FROM_PLACE_BEFORE.search(text, max(sent.start, r.start - 6), r.start)), None)
                named = item_lib.gazetteer_items(text, sent.start + clause, from_giver.start) if from_giver is not None else []
                if not named:
                    from_giver = None
            if agent is not None and not named and any(r.start == sent.start + agent.end() and _agent_gives(text, r, passive)
                                                        for r in sent_refs):
                # `trucks carrying tents and blankets sent by neighbouring Pakistan`: the load the participle follows
                named = item_lib.gazetteer_items(text, sent.start + clause, sent.start + v_start)
                agent_items = bool(named)
            if not named and _FINITE_PAST.fullmatch(verb_text) and _NOTHING_AFTER.match(body, v_end):
                # `on top of the search-and-rescue teams and field hospital the Emirates have already deployed`: the relief
                # named before its giver, the verb closing the clause
                named = _relief_before_giver(text, sent, sent_refs, sent.start + clause, sent.start + v_start)
                before_giver = bool(named)
            else:
                before_giver = False
            if not named and ("troops" in body or "soldiers" in body or "personnel" in body or "service members" in body) \
                    and _RELIEF_MISSION.search(text, sent.start, sent.end):
                # `would also send up to 1,000 troops ..., its largest disaster-relief deployment`: troops sent to a disaster
                # are relief in kind (troops sent anywhere else are no gift)
                relief_forces = _COUNTED_FORCES.search(text, after, _clause_end(text, after, limit))
                named = [relief_forces.group(0)] if relief_forces else []
            disaster_units = False
            if not named and ("engineers" in body or "bridges" in body) and _DISASTER.search(body):
                # pass r51aid: `will send a unit of military engineers and two mobile bridges to Slovenia to help reconnect
                # villages cut off by the floods`: engineers and bridges sent to a disaster are relief in kind
                named = [m.group(0) for m in _DISASTER_UNITS.finditer(text, after, _clause_end(text, after, limit))]
                disaster_units = bool(named)
            named = [x for x in named if x.casefold() not in {"weapons", "arms", "ammunition", "military equipment"} or len(named) == 1]
            if named and all(item_lib.is_commodity(x) for x in named) and not item_lib.relief_cue(text, sent.start, sent.end) \
                    and not _GIFT_VERB.match(verb_text):
                continue  # `Thailand shipped 50,000 tonnes of rice to the Philippines`: trade, not relief (`sent`, `donated`: a gift)
            if named and verb_text[:2].casefold() in ("de", "di", "se", "mo", "dr") and _RELIEF_ONLY_VERB.match(verb_text) and (
                    any(item_lib.is_military_item(x) for x in named) or _FORCE_OBJECT.search(text, after, _clause_end(text, after, limit))):
                continue  # `deployed Patriot batteries to Poland`, `deployed troops and field kitchens`: a force of its own, no gift
            pledge = _PLEDGE_VERB.fullmatch(verb_text) is not None
            gerund = verb_text[-3:].casefold() == "ing" and not _PROGRESSIVE.search(body, 0, v_start)  # not `is sending`
            # `committed the Netherlands to supplying F-16s`, `began sending Storm Shadow missiles`: a pledge of the
            # transfer itself, or the transfer under way, whatever the count
            undertaken = gerund and _UNDERTAKEN_GERUND.search(body, max(0, v_start - 60), v_start) is not None
            # `promised AMX-10 RC armoured vehicles`: a pledge whose object is a named model, counted or not
            model = pledge and anchor_start == v_start and _pledged_model(text, after, limit)
            # `the Leopard tanks pledged by Portugal`: the items the pledge's agent gives are named before it
            model = model or (pledge and agent_items)
            # `completed the delivery of Abrams tanks`: the transfer carried out, whatever the count
            carried_out = anchor_start != v_start and _CARRIED_OUT.match(verb_text) is not None
            if (anchor_start != v_start or gerund or pledge) and not undertaken and not model and not carried_out and not thanked \
                    and not any(item_lib.is_counted(x) for x in named):
                continue  # `approved the delivery of Leopard tanks`: a decision on a kind of weapon, not a quantity handed over
            if pledge and not model and not _PLEDGED_OBJECT.match(text, after, limit):
                continue  # `pledged support for efforts to acquire 30 F-16s`: the pledge is not the jets
            if not named:
                continue
            clause_end = _clause_end(text, after, sent.end)
            coordinated = _AND_BUT.search(text, after, clause_end)
            if _CONDITION.search(text, after, coordinated.start() if coordinated else clause_end):
                continue  # `would supply Taurus missiles if Russia did not stop`: an offer on a condition, no transfer
            if _SALE.search(text, sent.start + clause, clause_end):
                continue  # `will deliver 100 vehicles to Hungary under a contract`: a sale, not aid
            # `..., and Italy sent a navy ship carrying tents to Benghazi`: the verb's own clause, after a new subject
            own = _NEW_SUBJECT_BEFORE.search(body, clause, anchor_start)
            # `... would provide 30 million euros ..., and has sent medical supplies`: the same giver's shipment beside its
            # sum, an event of its own
            own_delivery = None if own else _OWN_DELIVERY_BEFORE.search(body, max(0, clause - 6), anchor_start)
            if own_delivery is not None and not (monies and _DELIVERED_VERB.fullmatch(verb_text)):
                own_delivery = None
            # (pass aiddem) `Italy pledged 10 million euros, while Italian military aircraft have already flown 17 tonnes of
            # food to Beirut`: the giver's carriers in a clause of their own, a shipment beside the sum
            carrier_clause = None if own or own_delivery or not monies or ", " not in body else \
                _CARRIER_CLAUSE_BEFORE.search(body, max(0, clause - 10), anchor_start)
            own = own or own_delivery or carrier_clause
            verb_clause = own.start() if own else clause
            # `..., the minister said on X. Britain said it would provide 1 million pounds`: the network's name, read as an
            # initial, joins two sentences; a sum after it is the next sentence's
            on_x = _ON_X_BREAK.search(text, after, sent.end) if "on X. " in body or "via X. " in body else None
            # (a sum in a second verb phrase after the shipment's items is that phrase's own)
            sum_phrase = _SUM_VERB_PHRASE_AFTER.search(text, after, clause_end) if (
                monies and produced and " and " in text[after:clause_end] and _DELIVERED_VERB.fullmatch(verb_text)) else None
            if sum_phrase is not None and not item_lib.gazetteer_items(text, after, sum_phrase.start()):
                sum_phrase = None
            sums_end = sum_phrase.start() if sum_phrase else clause_end
            if monies and any(
                (not produced or sent.start + verb_clause <= m.start < sums_end) and _is_aid(masked, m, sent.start, sent.end)
                and not (on_x and m.start >= on_x.end())
                and not (aside and not sent.start + aside[0] <= m.start < sent.start + aside[1])
                and not _in_giver_aside(body, m.start - sent.start, anchor_start) for m in monies
            ):
                continue  # a valued package's own verb (a transfer in another clause, `and Turkey has sent`, is its own)
            # `agreed to send M1 Abrams tanks, a decision Poland's prime minister had pushed for`: a comment on the
            # transfer after a comma names no recipient of it
            comment = _COMMENT_AFTER.search(text, after, clause_end) if ", a" in text[after:clause_end] else None
            after_verb = [r for r in sent_refs if r.start >= sent.start + anchor_start and r.end <= (comment.start() if comment else clause_end)
                          and not _permitted_sender(text, sent, r)]
            if _RECEIVED.fullmatch(verb_text):
                # `Ukraine has received 18 Leopard tanks from Germany`: the subject receives, `from` gives
                donor = next((r for r in after_verb if r.country and not r.demonym
                              and re.search(r"\bfrom\s+(?:the\s+)?$", text[max(sent.start, r.start - 12) : r.start])), None)
                if donor is None:
                    # `welcomed a Greek rescue team`, `accepted two Emirati relief planes`: the team's or the carrier's nation
                    donor = next((r for r in after_verb if r.demonym and r.start < sent.start + v_end + 40 and _NAME_BEFORE_CARRIER.match(text, r.end)), None)
                recipient = _subject(text, sent, sent_refs, sent.start + anchor_start, donor) if donor else None
                if donor is not None and recipient is None and _HIS_COUNTRY.search(body, clause, v_start):
                    recipient = _speaker_country(text, sent, sent_refs, sent.start + v_start)  # `Ukraine's president said his country had received`
                if donor is None or recipient is None or donor.country == recipient.country:
                    continue
                if all(x.casefold() in ("refugees", "refugee") for x in named):
                    continue  # `Turkey welcomed 3 million refugees from Syria`: people who fled, no aid
                if _BOUGHT.search(text, after, donor.start) or _SALE.search(text, after, donor.start):
                    continue  # `received 24 helicopters it bought from the United States`: a purchase, no gift
            else:
                recipient = _recipient(text, after_verb, None, None, explicit_only=True)
                # `tents sent by neighbouring Pakistan`, `supplies delivered by the UAE`: the agent of the participle gives
                # (a country: `supplies delivered by UN agencies` that a donor's money pays for are the channel's work)
                by = next((r for r in after_verb if r.start == sent.start + agent.end() and r.country and not r.demonym
                           and _agent_gives(text, r, passive)), None) if agent else from_giver
                donor = by or _subject(text, sent, sent_refs, sent.start + anchor_start, recipient) or _donor(
                    text, sent, sent_refs, sent.start + anchor_start, recipient, subject_only=True
                )
                if donor is None and _HIS_COUNTRY.search(body, clause, v_start):
                    # `the Dutch prime minister said his country would deliver 18 F-16 jets`: the speaker's country
                    donor = _speaker_country(text, sent, sent_refs, sent.start + v_start)
                    if donor is not None and recipient is not None and donor.country == recipient.country:
                        donor = None
                if donor is None and index > 0 and clause == 0:
                    # `Spain has given Ukraine six Leopard tanks. The defence ministry said it would deliver 10 more`
                    donor = _pointed_back_giver(text, sents, index, all_refs, sent.start + v_start)
                    if donor is not None and recipient is not None and donor.country == recipient.country:
                        donor = None
                if donor is None and index > 0 and _PRONOUN_SUBJECT.fullmatch(body, clause, v_start):
                    # `The Netherlands announced help for Bangladesh. It sent 20 tonnes of ...`: the actor that opened the
                    # sentence before
                    donor = _opening_actor(text, sents[index - 1], all_refs)
                    if donor is not None and recipient is not None and donor.country == recipient.country:
                        donor = None
                    if donor is not None and body[clause:v_start].lstrip().startswith("They"):
                        # `Sweden and Norway announced ... They will send`: each actor coordinated with the first
                        pronoun_co = _co_donors(text, in_range(all_refs, sents[index - 1].start, sents[index - 1].end), donor, sents[index - 1].end)
                if by is not None and recipient is by:
                    recipient = None
                if by is not None and " and " in text[by.end : by.end + 40]:
                    # pass r51aid: `Helicopters and rescue boats sent by Argentina and Uruguay joined ...`: each country
                    # coordinated with the agent gives too, none of them receives
                    last = by
                    for r in (r for r in after_verb if r.start >= by.end):
                        if not _COORDINATION.match(text[last.end : r.start]) or not r.country or r.demonym:
                            break
                        by_co.append(r)
                        last = r
                    if recipient is not None and any(r is recipient for r in by_co):
                        recipient = None
                    after_verb = [r for r in after_verb if not any(r is x for x in by_co)]
            if recipient is None:
                recipient = _recipient(text, after_verb, None, donor.country if donor else None)
                if recipient is not None and recipient.demonym and not _DEMONYM_RECIPIENT.match(text[recipient.end : recipient.end + 20]):
                    recipient = None  # `without German approval`
            if recipient is None and donor is not None and ("arrived" in body or "landed" in body):
                # `Qatar's emergency team arrived in Turkey on Monday, and Doha said it was sending 10,000 homes`: the
                # place the donor's relief arrived in, in the same sentence, before the last recipient of the story
                recipient = next((r for r in sent_refs if r.country and r.country != donor.country and not r.demonym
                                  and r.actor is not None and r.actor.kind == "country"
                                  and _ARRIVED_IN_BEFORE.search(text, max(sent.start, r.start - 24), r.start)), None)
            if recipient is None and donor is not None and any(
                c.recipient.country == donor.country and c.sentence is not sent and c.sentence.start <= c.recipient.start < c.sentence.end
                for c in out
            ):
                continue  # `King Mohammed VI ordered the creation of a special fund`: the stricken country's own relief
            if recipient is None and donor is not None:
                recipient = _fallback_recipient(all_refs, last_recipient, donor, text)
            if donor is None or recipient is None or donor.country == recipient.country:
                continue
            if ("alternative" in body or " than " in body or "nstead of" in body or "nlike " in body) and _NOT_THIS_TRANSFER.search(
                    body, clause, v_start):
                continue  # pass aid46: `as an alternative to the EU's plan to supply shells`, `rather than send tanks`: not done
            if "offer" in body and " but " in body and _r52aid_offer_declined(body, v_start):
                continue  # pass r52aid: `had also offered to send a rescue team, but Tokyo replied that it did not need foreign teams`
            if any(c.sentence is sent and c.donor.country == donor.country and (c.money is None or (
                    own_delivery is None and carrier_clause is None and aside is None and not (sum_phrase and c.money.start >= sum_phrase.start()) and not _in_giver_aside(body, c.money.start - sent.start, anchor_start)))
                   for c in out):
                continue  # one in-kind event per donor and sentence
            anchor = Money(0.0, "XXX", "exact", sent.start + anchor_start, sent.start + v_end)
            kind = _kind(text, sent, anchor, sent.start, sent.end, year)
            status = _status(text[sent.start + verb_clause : anchor.start], text[anchor.start : sent.end], kind)
            if anchor_start == v_start and _FUTURE.search(text[max(sent.start, anchor.start - 30) : anchor.start]):
                status = "planned"  # `France would provide Mirage jets`
            if re.match(r"sent|delivered|handed|shipped|transferred|gave|supplied|donated|dispatched|flown|flew|airlifted|(?:air-?)?dropped|deployed|distributed|set\s+up|mobili[sz]ed|rushed|loaned|lent|equipped", verb_text, re.I) and status == "announced":
                status = "delivered"
            elif status == "announced" and verb_text[-3:].casefold() == "ing" and _PERFECT_PROGRESSIVE.search(body, max(0, v_start - 30), v_start):
                status = "delivered"  # (pass aidg) `helicopters have been flying relief supplies to the quake zone`: under way
            if verb_text[:5].casefold() == "offer" and status == "announced":
                status = "pledged"  # `has offered Ukraine 14 Leopard tanks`: a promise of the transfer
            if undertaken and _BEGUN.search(body, max(0, v_start - 30), v_start):
                status = "delivered"  # `began sending`: under way
            if carried_out and re.match(r"(?:completed|finished|began|begun|started)\b", verb_text, re.I):
                status = "delivered"  # `completed the delivery of`
            if before_giver:
                status = "delivered"  # `the field hospital the Emirates have deployed`: already there
            list_found = item_lib.list_items(text, after, limit)
            found_items = list_found or named
            carrier = _CARRIER.search(text, after, clause_end)
            type_scope = text[carrier.end() : clause_end] if carrier else body  # `cargo planes carrying tents`: the load, not the plane
            if carrier is None and _VEHICLE.search(text, sent.start + verb_clause, sent.start + v_start):
                # (pass aidg) `U.S. military cargo planes dropped meals into`, `army helicopters have been flying tents to`: the
                # vehicle in the subject is not the load either
                type_scope = text[sent.start + v_start : clause_end]
            type_scope = _SOURCE_UNIT.sub(" ", type_scope)  # `rescuers from its military emergency unit`: where they come from
            if "board" in type_scope and (aboard := _ABOARD.search(type_scope)) is not None and found_items:
                type_scope = type_scope[: aboard.start()]  # pass r51aid: `will send drinking water aboard Air Self-Defense Force C-130 planes`: the carrier
            # the items are the load too (`has flown in 55 rescuers ..., and said two ships carrying building materials`)
            aid_type = _aid_type(type_scope + " " + " ".join(found_items), found_items)
            if disaster_units:
                aid_type = "humanitarian"
            elif aid_type in ("military", "mixed") and _RESCUE_CUE.search(body) and _RESCUE_CARRIERS.search(body) and _DISASTER.search(text):
                # pass r51aid: `Helicopters and rescue boats sent by Argentina ... in the search for people stranded by floods`:
                # carriers at rescue work after a disaster are relief, not arms
                carriers_out = _RESCUE_CARRIERS.sub(" ", text[sent.start + v_start : clause_end] + " " + " ".join(found_items))
                if _aid_type(carriers_out, [x for x in found_items if not _RESCUE_CARRIERS.fullmatch(x)]) in ("humanitarian", "unspecified"):
                    aid_type = "humanitarian"
            # `gave 10 million euros to Libya and sent two planes of medical supplies`: the shipment beside the giver's own sum
            # in the sentence is its own event (`_merge` keeps it apart from the sum)
            beside_sum = (own_delivery is not None or sum_phrase is not None) and any(
                c.sentence is sent and c.money is not None and c.donor.country == donor.country for c in out)
            out.append(_Candidate(sent, donor, recipient, None, kind, status, aid_type, found_items, shipment=beside_sum))
            # `Denmark and the Netherlands will send F-16s`: each co-donor in the subject sends them too
            co = _co_donors(text, sent_refs, donor, sent.start + anchor_start) + pronoun_co + by_co
            if _RECEIVED.fullmatch(verb_text):
                # `has received F-16 jets from the Netherlands and Denmark`: each giver after `from`
                last = donor
                for r in (r for r in after_verb if r.start >= donor.end):
                    if not _COORDINATION.match(text[last.end : r.start]) or not r.country or r.demonym:
                        break
                    co.append(r)
                    last = r
            for other in co:
                if other.country not in (donor.country, recipient.country) and all(c.donor.country != other.country or c.sentence is not sent for c in out):
                    out.append(_Candidate(sent, other, recipient, None, kind, status, aid_type, found_items))
            # `sent tents to Syria and Lebanon`: each country coordinated with the recipient gets the shipment too
            last = recipient
            for r in (r for r in after_verb if r.start >= recipient.end) if recipient in after_verb else ():
                if not _COORDINATION.match(text[last.end : r.start]) or not r.country or r.demonym or _ACTIVE_SUBJECT.match(text, r.end):
                    break
                if r.country not in (donor.country, recipient.country) and r.actor is not None and r.actor.kind == "country":
                    out.append(_Candidate(sent, donor, r, None, kind, status, aid_type, found_items))
                last = r
            last_donor, last_recipient = donor, (last_recipient if _is_society(recipient) else recipient)
        if arrivals and arrivals[-1] >= sent.start and _arrives_in(arrivals, sent):
            if sent_refs is None:
                sent_refs = in_range(all_refs, sent.start, sent.end)
            # `An Italian navy ship ... docked in Benghazi, Rome said, and Turkey sent three planes`: the arrival is its
            # own donor's, beside another donor's in-kind transfer or sum in the sentence (`Britain announced 15 million
            # pounds, while two aircraft from the UAE carrying tents landed`)
            given = {c.donor.country for c in out if c.sentence is sent}
            # `The first of several cargo planes carrying food ... landed in Damascus`: more of the relief the sentence
            # before sent (its giver's, when that sentence gave relief in kind)
            previous = next((c.donor for c in reversed(out) if c.money is None and c.aid_type == "humanitarian"
                             and index > 0 and c.sentence is sents[index - 1]), None)
            arrival = _arrival(text, sent, sent_refs, all_refs, last_recipient, previous)
            if given and arrival:
                _r52aid_arrived_shipment(out, sent, arrival)
            arrival = [a for a in arrival if a.donor.country not in given]
            if arrival:
                out.extend(arrival)
                last_donor, last_recipient = arrival[0].donor, arrival[0].recipient
        if " that a" in body and "team" in body and monies:
            # (pass aidg) `Britain said it would provide 1 million pounds ..., and that a team of humanitarian experts was on
            # its way`: the giver's relief team, reported in a second clause of its sum's sentence, an event of its own
            team = _team_under_way(text, sent, out)
            if team is not None:
                out.append(team)
        if "bridge" in body and not monies and not any(c.sentence is sent for c in out) and _AIR_BRIDGE.search(body):
            if sent_refs is None:
                sent_refs = in_range(all_refs, sent.start, sent.end)
            bridge = _air_bridge(text, sent, sent_refs, all_refs, last_recipient, last_donor)
            if bridge:
                out.extend(bridge)
                last_donor, last_recipient = bridge[0].donor, bridge[0].recipient
        # relief that came from somewhere, and relief workers at work there (`Search teams from Spain, Britain and Qatar
        # were digging through rubble`, `A Japanese medical team is treating survivors`): one reading a sentence, the first
        # that applies
        for finder in (
            _came_from if " from " in body and ("came" in body or "come" in body) and not monies else None,
            _units_from if units_from and " from " in body and _unit_gate(body) else None,
            _demonym_units_at_work if units_from and ("team" in body or "hospital" in body) else None,
            _rescue_carriers if ("helicopter" in body or "ship" in body or "boats" in body or "planes" in body or "aircraft" in body)
            and ("escu" in body or "evacuat" in body or "survivors" in body or "stranded" in body or "trapped" in body or "relief" in body
                 or "cut off" in body or "supply missions" in body or "flood victims" in body) else None,
            _paid_deliveries if "paid for" in body or "pay for" in body or "pays for" in body or "paying for" in body else None,
        ):
            if finder is None or any(c.sentence is sent for c in out):
                continue
            if finder is _units_from and not _UNITS_FROM.search(body):
                continue
            if sent_refs is None:
                sent_refs = in_range(all_refs, sent.start, sent.end)
            found = finder(text, sent, sent_refs, all_refs, last_recipient)
            if found:
                out.extend(found)
                last_donor, last_recipient = found[0].donor, found[0].recipient
    if "entral" in text:
        _drop_central_bank_at_home(out, text, all_refs)
    _co_donor_recipients(out, all_refs, text)
    if collective_types:
        for c in out:
            if c.money is not None and c.kind == "new" and c.aid_type == "unspecified" and c.recipient.country in collective_types:
                c.aid_type = collective_types[c.recipient.country]
    return out


# `to the agency`, `for the U.N. agency`, `to the organisation`: an organisation named before, by a head noun of its name
_AGENCY_AFTER = re.compile(
    r"\s+(?:(?:in|of)\s+(?:\w+\s+)?(?:funding|aid|support|assistance|contributions?)\s+)?(?:to|for)\s+the\s+"
    r"(?:U\.?N\.?\s+|UN\s+|aid\s+|relief\s+|refugee\s+|humanitarian\s+)?(?P<head>agency|organi[sz]ation|programme)\b(?!\s+(?:for|of|to)\b)"
)
_PAID_LEFT = re.compile(r"\bpa(?:y|ys|id|ying)\s+(?:(?:an?|another|a further|an additional)\s+)?$", re.IGNORECASE)


def _agency_named_before(text: str, money: Money, all_refs: list[Ref], sent: Segment) -> Ref | None:
    """The organisation `the agency` (`the organisation`, `the programme`) after a sum refers to: the latest one named
    before the sentence whose names hold that head noun (`UN Relief and Works Agency`, `World Food Programme`)."""
    m = _AGENCY_AFTER.match(text, money.end)
    if m is None:
        return None
    head = m.group("head").casefold()[:8]  # `organisation` and `organization` alike
    for r in reversed(all_refs):
        if r.start >= sent.start or r.actor is None or r.actor.kind != "organization":
            continue
        names = (r.actor.canonical,) + tuple(r.actor.aliases)
        if any(head in n.casefold().replace("organization", "organisation") for n in names):
            return r
    return None


_COMMENT_AFTER = re.compile(
    r",\s+an?\s+(?:[\w-]+\s+)?(?:decision|move|step|announcement|deal|shift|u-turn|reversal|compromise|breakthrough|gesture)\b"
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:[\w.-]+['\u2019]s\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_FACILITY_AFTER = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,6}?(?:Facility|facility|Fund|fund|Reserve|reserves?)\b")
_RECIPIENT_CUE_BEFORE = re.compile(r"\b(?:to|for|into|towards?|help|helping|thank\w*|lend|give|gave|send|sent|provide[sd]?|grant\w*|offer\w*)\s+(?:the\s+)?$", re.I)


_OWN_CENTRAL_BANK = re.compile(r"['\u2019]s\s+(?:central bank|Central Bank)\b")


def _drop_central_bank_at_home(out: list[_Candidate], text: str, all_refs: list[Ref]) -> None:
    """A sum a country's own central bank puts up with no recipient named in its sentence stays at home, no aid: `a
    special fund for the disaster, to which Morocco's central bank said it would contribute 1 billion dirhams` (its
    recipient, taken from elsewhere, would be some other country named). A deposit with another country's central
    bank names that country."""
    out[:] = [c for c in out if not (
        c.money is not None and not c.sentence.start <= c.recipient.start < c.sentence.end
        and any(r.country == c.donor.country and r.end < c.money.start and _OWN_CENTRAL_BANK.match(text, r.end)
                for r in in_range(all_refs, c.sentence.start, c.sentence.end))
    )]


def _co_donor_recipients(out: list[_Candidate], all_refs: list[Ref], text: str) -> None:
    """A recipient taken from outside the event's sentence (the last one, or the article's most named country) is never
    another donor of the article: `France will contribute 110 million euros, Macron said. Germany pledged ...` at a
    conference on Sudan gives to Sudan, not France to Germany. Such events take the article's country named most as
    a recipient once every donor is set aside (unchanged when no one is left)."""
    if len(out) < 2:
        return
    donors = {c.donor.country for c in out}
    if not any(c.recipient.country in donors for c in out):
        return
    others = [r for r in all_refs if r.country not in donors]
    for c in out:
        if c.recipient.country not in donors:
            continue
        r = c.recipient
        if c.sentence.start <= r.start < c.sentence.end and not (
            # `..., Rome said`: the speaker of a donor's news; `An Italian ship ... docked, Rome said, and Turkey sent
            # planes`: a co-donor of the same sentence, named with no word that makes it the recipient
            _SAID_AFTER.match(text, r.end)
            or (any(o is not c and o.sentence is c.sentence and o.donor.country == r.country for o in out)
                and not _RECIPIENT_CUE_BEFORE.search(text, max(c.sentence.start, r.start - 20), r.start))
        ):
            continue
        new = _fallback_recipient(others, None, c.donor, text)
        if new is not None:
            c.recipient = new


def _unit_gate(s: str) -> bool:
    """A cheap literal gate for `_UNITS_FROM` (plain `in` tests: no generator, no regex)."""
    return "escue" in s or "eam" in s or "irefighters" in s or "elief worker" in s or "hospital" in s


# relief workers from named countries (`Rescuers from Australia and France joined the search`, `Search teams from Spain,
# Britain and Qatar were digging`): each country sent them, in kind (not refugees or people from a country)
_UNITS_FROM = re.compile(
    r"\b(?:(?:search[- ]and[- ]rescue|urban search and rescue|rescue|search|medical|emergency medical|relief|disaster relief)\s+"
    r"(?:teams?|workers|experts|specialists|units?|personnel|crews?)|rescuers|firefighters|"
    # `Teams from Spain and Qatar joined the search`: bare teams, in a sentence about the search (`_SEARCH_WORK`)
    r"(?P<bare>[Tt]eams))\s+from\s+(?:the\s+)?",
    re.IGNORECASE,
)
_SEARCH_WORK = re.compile(r"\b(?:search(?:ing|ed)?|rescue|rubble|survivors|relief|debris)\b", re.IGNORECASE)


_TEAM_UNDER_WAY = re.compile(
    r",?\s+and\s+that\s+(?:an?\s+)(?P<team>[^.;,]{0,60}?\bteams?\b[^.;,]{0,60}?)\s+(?:had|has|have)?\s*(?:been\s+|was\s+|were\s+|is\s+|are\s+)"
    r"(?:(?P<done>deployed|dispatched|sent|flown in)|(?P<coming>on\s+(?:its|their)\s+way|en\s+route|being\s+(?:sent|deployed|dispatched)))\b"
)


def _team_under_way(text: str, sent: Segment, out: list[_Candidate]) -> _Candidate | None:
    """A relief team the giver of the sentence's sum reports in a second `that` clause (`..., and that a team of
    humanitarian experts had been deployed`): the giver's own in-kind event, to the sum's recipient."""
    m = _TEAM_UNDER_WAY.search(text, sent.start, sent.end)
    if m is None:
        return None
    giver = next((c for c in out if c.sentence is sent and c.money is not None and c.kind == "new"
                  and c.sentence.start <= c.money.start < m.start()), None)
    items = _items_in(text, m.start("team"), m.end("team"))
    if giver is None or not items or _aid_type(m.group("team"), items) != "humanitarian":
        return None
    if any(c.sentence is sent and c.money is None and c.donor.country == giver.donor.country for c in out):
        return None
    status = "delivered" if m.group("done") else "planned"
    return _Candidate(sent, giver.donor, giver.recipient, None, "new", status, "humanitarian", items, shipment=True)


def _units_from(text: str, sent: Segment, sent_refs: list[Ref], all_refs: list[Ref], last_recipient: Ref | None) -> list[_Candidate]:
    body = text[sent.start : sent.end]
    m = _UNITS_FROM.search(body)
    if m is None or _NEGATED_TRANSFER.search(body, _clause_start(body, m.start()), m.start()):
        return []
    if m.group("bare") and not _SEARCH_WORK.search(body):
        return []  # `teams from Brazil and Argentina played`: no rescuers
    at = sent.start + m.end()
    donors: list[Ref] = []
    for r in sent_refs:
        if r.start < at:
            continue
        if r.start != at or not r.country or r.demonym or (r.actor is not None and r.actor.kind != "country"):
            break
        donors.append(r)
        gap = re.match(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|\s+as well as\s+(?:the\s+)?", text[r.end : sent.end])
        if gap is None:
            break
        at = r.end + gap.end()
    if not donors or _NEGATED_TRANSFER.search(text, donors[-1].end, _clause_end(text, donors[-1].end, sent.end)):
        return []  # `Rescuers from Spain were not allowed in`
    recipient = next((r for r in sent_refs if r.start >= donors[-1].end and r.country and not r.demonym
                      and r.country not in {d.country for d in donors}), None)
    if recipient is None:
        recipient = _fallback_recipient(all_refs, last_recipient, donors[0], text)
    out = []
    for d in donors:
        if recipient is not None and d.country != recipient.country:
            out.append(_Candidate(sent, d, recipient, None, "new", "delivered", "humanitarian", [m.group(0).split(" from")[0]]))
    return out


# `Qatar said it had paid for fuel deliveries to Gaza's hospitals`, `Norway will pay for the shipment of tents to
# Sudan`: relief in kind the giver paid to carry there (not `paid for the transport of its own troops`)
_PAID_DELIVERIES = re.compile(
    r"\b(?P<verb>pa(?:id|ys|y|ying))\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:deliveries|delivery|shipments?|airlifts?|convoys?|"
    r"transport|transportation)\s+(?:of\s+(?P<load>[^.;,]{1,60}?)\s+)?(?:to|into)\s+",
    re.IGNORECASE,
)


_ASIDE_SAID_IT = re.compile(r",[^,;.]{1,80},\s+(?:also\s+)?(?:said|says|added)\s+(?:on\s+[A-Z]\w+\s+)?(?:that\s+)?(?:it|they)\s+"
                            r"(?:(?:had|has|have|would|will)\s+)?(?:also\s+|already\s+)?")


def _paid_deliveries(text: str, sent: Segment, sent_refs: list[Ref], all_refs: list[Ref], last_recipient: Ref | None) -> list[_Candidate]:
    body = text[sent.start : sent.end]
    m = _PAID_DELIVERIES.search(body)
    if m is None or _NEGATED_TRANSFER.search(body, _clause_start(body, m.start()), m.start()):
        return []
    verb, end = sent.start + m.start(), sent.start + m.end()
    items = _items_in(text, verb, end)
    if not items and re.search(r"\b(?:fuel|diesel)\s+(?:deliver|shipment)", body[m.start() : m.end()]):
        items = ["fuel"]  # a commodity paid to be carried to another country is relief (it is bought, not given, elsewhere)
    if not items or _aid_type(text[verb:end], items) not in ("humanitarian", "unspecified"):
        return []  # relief only: `paid for the transport of troops` is no aid
    recipient = next((r for r in sent_refs if end <= r.start < end + 4 and r.country and not r.demonym
                      and r.actor is not None and r.actor.kind == "country"), None)
    if recipient is None:
        return []
    donor = _subject(text, sent, sent_refs, verb, recipient) or _speaker_country(text, sent, sent_refs, verb)
    if donor is None and sent_refs and sent_refs[0].country and not sent_refs[0].demonym and _ASIDE_SAID_IT.fullmatch(text, sent_refs[0].end, verb):
        donor = sent_refs[0]  # `Qatar, a mediator in the talks, said it had paid for`: the subject before its aside
    if donor is None or donor.country is None or donor.country == recipient.country:
        return []
    status = "planned" if re.match(r"pay\b", m.group("verb"), re.I) and re.search(r"\b(?:will|would|to)\s+$", body[: m.start()]) else "delivered"
    return [_Candidate(sent, donor, recipient, None, "new", status, "humanitarian", items)]


# a relief unit named by its nation at work in the stricken country (`A Japanese medical team is treating survivors in
# Nepal`, `A Qatari field hospital opened in Benghazi`): the nation sent it (not `a Turkish team pulled a girl from the
# rubble in Hatay`: a unit at home gives nothing, its recipient being its own country)
_DEMONYM_UNIT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:teams?|field hospitals?|rescuers|medics)\s+(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+|also\s+|now\s+)?)?"
    r"(?:treating|working|searching|operating|opened|began|started|joined|helping|arrived|set up)\b")
_UNIT_DETERMINER = re.compile(r"(?:^|\b(?:A|An|a|an|The|the|Two|two|Three|three|Several|several|\d+))\s+$")


def _demonym_units_at_work(text: str, sent: Segment, sent_refs: list[Ref], all_refs: list[Ref], last_recipient: Ref | None) -> list[_Candidate]:
    body = text[sent.start : sent.end]
    for r in sent_refs:
        if not r.demonym or not r.country:
            continue
        unit = _DEMONYM_UNIT_AFTER.match(text, r.end, sent.end)
        if unit is None or not _UNIT_DETERMINER.search(text, max(sent.start, r.start - 12), r.start):
            continue
        if _NEGATED_TRANSFER.search(body, _clause_start(body, r.start - sent.start), unit.end() - sent.start):
            return []
        end = _clause_end(text, unit.end(), sent.end)
        recipient = next((x for x in sent_refs if unit.end() <= x.start < end and x.country and not x.demonym and x.country != r.country
                          and x.actor is not None and x.actor.kind == "country"), None)
        if recipient is None:
            recipient = _fallback_recipient(all_refs, last_recipient, r, text)
        if recipient is None or recipient.country == r.country:
            return []
        items = _items_in(text, r.end, unit.end())
        if not items:
            continue  # `A British team is working with prosecutors`: no relief unit
        return [_Candidate(sent, r, recipient, None, "new", "delivered", "humanitarian", items)]
    return []


# pass r51aid: a nation's military carriers at rescue work after a disaster (`Tanzanian military helicopters arrived in
# Blantyre to help rescue families trapped by floods`, `Austrian army helicopters have been flying rescue and supply missions
# in northern Slovenia`, `The Italian navy ship San Giorgio docked near Derna with two helicopters, tents and ...`): relief
# in kind from the demonym's country (not `Russian helicopters attacked`, nor carriers with no rescue or relief in the sentence)
_RESCUE_CARRIER_AFTER = re.compile(
    r"\s+(?:(?:army|navy|naval|air\s+force|military|coast\s+guard|civil\s+protection)\s+)?(?:[\w-]+\s+)?"
    r"(?:helicopters|aircraft|planes|transport\s+planes|ships?|vessels?|boats)\b"
    r"(?:\s+(?:[A-Z][\w-]*\s+){1,3}?)?")
_RESCUE_CARRIER_VERB = re.compile(
    r"\s*(?:(?:and\s+[^.;,]{0,60}?)?\s*)(?:(?:has|have|had)\s+been\s+(?:flying|operating|working|ferrying|searching|evacuating)|"
    r"(?:arrived|landed|docked|began\s+(?:flying|operating|ferrying)|(?:are|were|was|is)\s+operating|joined))\b")
_DISASTER_UNITS = re.compile(r"\b(?:(?:a\s+)?(?:unit|team|company|platoon|detachment)\s+of\s+)?(?:(?:military|army)\s+)?engineers\b|"
                             r"\b(?:[\w-]+\s+)?(?:mobile|pontoon|temporary|portable|modular|emergency|Bailey)\s+bridges\b", re.IGNORECASE)
_ABOARD = re.compile(r"\s(?:aboard|on\s+board|onboard)\s")
_RESCUE_CARRIERS = re.compile(r"\b(?:(?:army|navy|naval|air\s+force|military)\s+)?(?:helicopters?|aircraft|planes?|ships?|vessels?|boats?)\b", re.IGNORECASE)
_RESCUE_CARRIER_AT_WORK = re.compile(r"(?P<carrier>" + _RESCUE_CARRIER_AFTER.pattern + r")(?=" + _RESCUE_CARRIER_VERB.pattern + r")")
_RESCUE_CUE = re.compile(r"\b(?:rescu\w*|evacuat\w*|stranded|trapped|survivors|relief|flood\s+victims|cut\s+off|supply\s+missions)\b", re.IGNORECASE)
_CARRIER_LEAD = re.compile(r"(?:^|[-\u2013\u2014]\s+|\b(?:A|An|a|an|The|the|Two|two|Three|three|Four|four|Several|several|\d+)\s+)$")


def _rescue_carriers(text: str, sent: Segment, sent_refs: list[Ref], all_refs: list[Ref], last_recipient: Ref | None) -> list[_Candidate]:
    if not _RESCUE_CUE.search(text, sent.start, sent.end):
        return []
    body = text[sent.start : sent.end]
    for r in sent_refs:
        if not r.demonym or not r.country or not _CARRIER_LEAD.search(text[max(sent.start, r.start - 14) : r.start]):
            continue
        carrier = _RESCUE_CARRIER_AT_WORK.match(text, r.end, sent.end)
        if carrier is None:
            continue
        verb = _RESCUE_CARRIER_VERB.match(text, carrier.end("carrier"), sent.end)
        if verb is None or _NEGATED_TRANSFER.search(body, _clause_start(body, r.start - sent.start), verb.end() - sent.start):
            continue
        end = _clause_end(text, verb.end(), sent.end)
        recipient = next((x for x in sent_refs if verb.end() <= x.start < end and x.country and not x.demonym and x.country != r.country
                          and x.actor is not None and x.actor.kind == "country"), None)
        if recipient is None:
            recipient = _fallback_recipient(all_refs, last_recipient, r, text)
        if recipient is None or recipient.country == r.country:
            return []
        status = "planned" if _FUTURE.search(text, max(sent.start, r.start - 30), verb.end()) else "delivered"
        return [_Candidate(sent, r, recipient, None, "new", status, "humanitarian", [text[r.end : carrier.end("carrier")].strip()])]
    return []


# `The first batch of aircraft came from Denmark and the Netherlands`: a delivery named by where it came from
_CAME_FROM = re.compile(r"\b(?:came|comes|come|has come|have come)\s+(?:directly\s+|mainly\s+|largely\s+)?from\s+(?:the\s+)?")
_DELIVERY_CUE = re.compile(
    r"\b(?:first|batch|shipments?|consignments?|deliver(?:y|ies|ed)|donat(?:ed|ions?)|aid|relief|supplies|tranche)\b", re.IGNORECASE
)
_BATCH_OF = re.compile(
    r"\b(?:batch|shipment|consignment|delivery|squadron|group)\s+of\s+(?:[\w-]+\s+){0,2}?(aircraft|jets|planes|helicopters|vehicles|tanks)\b",
    re.IGNORECASE,
)
_NO_DELIVERY_SUBJECT = re.compile(r"\b(?:that|which|who|attacks?|strikes?|fire|shelling|threats?|refugees|migrants|money|funds?|cash)\b", re.IGNORECASE)


def _came_from(text: str, sent: Segment, sent_refs: list[Ref], all_refs: list[Ref], last_recipient: Ref | None) -> list[_Candidate]:
    body = text[sent.start : sent.end]
    m = _CAME_FROM.search(body)
    if m is None:
        return []
    zone_start = sent.start + _clause_start(body, m.start())
    zone = text[zone_start : sent.start + m.start()]
    if not _DELIVERY_CUE.search(zone) or _NO_DELIVERY_SUBJECT.search(zone) or _NEGATED_TRANSFER.search(zone):
        return []
    found_items = item_lib.gazetteer_items(text, zone_start, sent.start + m.start())
    if not found_items:
        batch = _BATCH_OF.search(zone)
        found_items = [batch.group(1)] if batch else []
    if not found_items:
        return []
    at = sent.start + m.end()
    donors: list[Ref] = []
    for r in sent_refs:
        if r.start < at:
            continue
        if not (r.start == at or (r.start == at + 4 and text[at : r.start].casefold() == "the ")) or not r.country or r.demonym or re.match(r"['\u2019]s?\s", text[r.end : r.end + 3]):
            break  # not `came from Germany's own stocks`
        donors.append(r)
        gap = re.match(r"\s*,\s*(?:and\s+)?|\s+and\s+", text[r.end : sent.end])
        if gap is None:
            break
        at = r.end + gap.end()
    if not donors:
        return []
    recipient = _fallback_recipient(all_refs, last_recipient, donors[0], text)
    if recipient is None:
        return []
    aid_type = _aid_type(zone, found_items)
    if aid_type == "unspecified" and _BATCH_OF.search(zone) and re.match(r"(?:aircraft|jets|tanks)$", found_items[0], re.I):
        aid_type = "military"
    return [_Candidate(sent, d, recipient, None, "new", "delivered", aid_type, found_items)
            for d in donors if d.country != recipient.country]


# `The Commission is also setting up a humanitarian air bridge to Egypt to move supplies ... to Gaza`: a relief airlift
# set up by the subject, an in-kind event for the place the supplies go to
_AIR_BRIDGE = re.compile(
    r"\b(?:set(?:ting|s)?\s+up|launch(?:ed|es|ing)?|open(?:ed|s|ing)?|establish(?:ed|es|ing)?|start(?:ed|s|ing)?|operat(?:e|es|ed|ing))\s+"
    r"(?:an?|its|the|another)\s+(?:new\s+|second\s+)?(?:humanitarian\s+|relief\s+)?air\s?-?bridge\b",
    re.IGNORECASE,
)
_BACKREF_SUBJECT = re.compile(r"\s*(?:The\s+(?:[A-Z][\w-]+|bloc|bank|government|agency)|It|They)\s+(?:[\w-]+\s+){0,3}?")
_TO_PLACE = re.compile(r"\b(?:to|into|for)\s+(?:the\s+)?$", re.IGNORECASE)
_PLANNED_BRIDGE = re.compile(r"\b(?:is|are)\s+(?:also\s+|now\s+)?(?:setting|launching|opening|establishing|starting)\s*$|"
                             + _FUTURE.pattern, re.IGNORECASE)


def _air_bridge(text: str, sent: Segment, sent_refs: list[Ref], all_refs: list[Ref], last_recipient: Ref | None,
                last_donor: Ref | None = None) -> list[_Candidate]:
    body = text[sent.start : sent.end]
    m = _AIR_BRIDGE.search(body)
    if m is None or _NEGATED_TRANSFER.search(body, _clause_start(body, m.start()), m.start()):
        return []
    verb = sent.start + m.start()
    donor = _subject(text, sent, sent_refs, verb, None) or _donor(text, sent, sent_refs, verb, None, subject_only=True)
    if donor is None and last_donor is not None and _BACKREF_SUBJECT.fullmatch(text, sent.start, verb):
        donor = last_donor  # `The Commission is also setting up ...`: the giver of the sentence before
    if donor is None:
        return []
    end = _clause_end(text, sent.start + m.end(), sent.end)
    places = [r for r in sent_refs if sent.start + m.end() <= r.start < end and r.country and not r.demonym
              and r.country != donor.country and _TO_PLACE.search(text, max(sent.start, r.start - 8), r.start)]
    # `to Egypt to move supplies ... to Gaza`: the last place named is where the supplies go
    recipient = places[-1] if places else _fallback_recipient(all_refs, last_recipient, donor, text)
    if recipient is None or recipient.country == donor.country:
        return []
    clause = sent.start + _clause_start(body, m.start())
    status = "planned" if _PLANNED_BRIDGE.search(text[clause:verb]) or re.match(r"\w+ing\b", m.group(0)) else "delivered"
    items = _items_in(text, sent.start + m.end(), end) or ["air bridge"]
    return [_Candidate(sent, donor, recipient, None, "new", status, "humanitarian", items)]


def _arrival_pattern(letters: str, verbs: str, reach: bool = False, sail: bool = False) -> re.Pattern[str]:
    """Relief that reaches the country: `A U.S. search-and-rescue team arrived in Haiti`, `an Emirati aircraft carrying
    tents landed in Rawalpindi`, `a navy ship ... docked near the city`, `doses donated by the United States arrived in Pakistan`; `India flew 15 tonnes of relief
    supplies ... into Yangon`, `airlifted tents to`: the subject carries the load there. (The first letter, then a look
    back over it: the engine scans for the letter in C, as `_TRANSFER_STARTS`.)"""
    return re.compile(
        rf"[{letters}](?<![\w-][{letters}])(?:(?:{verbs})\s+(?:\w+\s+)?(?:on\s+[A-Z]\w+\s+)?(?:from\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}\s+)?(?:in|at|to|near|off)\s"
        r"|(?P<carried>(?<=f)lew|(?<=a)irlift(?:s|ed))\s+(?!in\b|at\b|to\b|into\b|out\b|back\b|home\b|over\b)[^.;]{3,160}?\s(?:in|into|to)\s"
        # (pass aid50) `Egyptian rescue teams and medical supplies arrived by road earlier in the week`: the way it came, no place
        r"|(?<=a)rrive[sd]?\s+(?:by\s+(?:road|air|sea|land|truck|lorry|convoy)|overland)\b"
        # (pass r52aid) `A French military plane also arrived on Wednesday with rescuers and medical staff`: no place named,
        # the load after `with` (the verb ends before it: `_WITH_LOAD` reads it; `_arrival` wants a vehicle as subject)
        r"|(?:(?<=a)rrived|(?<=l)anded)(?:\s+on\s+[A-Z][a-z]+|\s+(?:early|late|later|earlier|overnight|safely))?(?=\s+with\s)"
        # `a search-and-rescue team and a field hospital reached southern Turkey`: the place right after the verb
        + (r"|(?P<reached>(?<=r)each(?:ed|ing))\s(?=(?:the\s+)?(?:(?:[a-z]+ern|quake-hit|flood-hit|storm-hit|stricken)\s+)?[A-Z])" if reach else "")
        # `set sail from Brindisi on Friday for eastern Libya`, `sailed from Toulon for Beirut`: the port left, then the
        # place it sails for
        + (r"|(?<=s)ail(?:s|ed)?\s+from\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:on\s+[A-Z]\w+\s+)?for\s"
           # pass r51aid: `had set sail from the port of Aksaz and were expected in Benghazi on Sunday`: on their way there
           r"|(?<=s)ail(?:s|ed)?\s+from\s+(?:the\s+)?(?:port\s+of\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:on\s+[A-Z]\w+\s+)?"
           r"and\s+(?:(?:were|was|are|is)\s+)?(?P<expected>expected)\s+(?:to\s+arrive\s+)?(?:in|at|off)\s" if sail else "")
        + ")"
    )


@functools.lru_cache(maxsize=None)
def _arrival_variant(docked: bool, reach: bool, sail: bool) -> re.Pattern[str]:
    """The arrival verbs, with `docked in` (`An Italian navy ship carrying tents ... docked in Benghazi`), `reached`
    (`a field hospital reached southern Turkey`) and `sail to` (`a destroyer carrying water purification equipment
    would sail to the Philippines`) only where the text has them: each extra letter slows the scan of every text."""
    letters = "altf" + ("d" if docked else "") + ("r" if reach else "") + ("s" if sail else "")
    # (pass aid46: `was due to arrive in Herat`, `will arrive in`)
    verbs = "rrived|rrives?|anded|lew|lown|ouched down" + ("|ocked" if docked else "") + ("|ail(?:s|ed)?" if sail else "")
    return _arrival_pattern(letters, verbs, reach=reach, sail=sail)


def _arrival_re(text: str) -> re.Pattern[str]:
    return _arrival_variant("docked" in text, "reach" in text, "sail" in text)


# (pass perf31) what follows the first letter of every `_arrival_pattern` match, in every variant
_PERF31_ARRIVAL_LITERALS = ("rrive", "anded", "lew", "lown", "ouched down", "ocked", "ail", "irlift", "each")


def _perf31_arrival_starts(text: str) -> list[int]:
    """(pass perf31) `[m.start() for m in _arrival_re(text).finditer(text)]`, the pattern tried only at the places
    before one of the literals its matches go on with (a `str.find` loop each): the class-led scan stopped at every
    `a`, `l`, `t` and `f` of the article. The places hold every start of a match; each is matched in order, one
    inside the match before it skipped, as the scan goes on after a match (`match` at a place sees the text before it,
    as the look backs of the scan do)."""
    pattern = _arrival_re(text)
    places: set[int] = set()
    for literal in _PERF31_ARRIVAL_LITERALS:
        at = text.find(literal, 1)
        while at >= 0:
            places.add(at - 1)
            at = text.find(literal, at + 1)
    out: list[int] = []
    pos = 0
    for at in sorted(places):
        if at < pos:
            continue
        m = pattern.match(text, at)
        if m is not None:
            out.append(at)
            pos = m.end()
    return out
# an arrival told as more of a delivery already named: `The first of several cargo planes`, `A second aircraft`
_MORE_OF_IT = re.compile(r"\s*(?:The\s+(?:first|second|third|next|latest|last)|A\s+(?:second|third|fourth|further)|Another|Two more|Three more)\b")
_DIGNITARY = re.compile(r"\b(?:president|prime minister|minister|chancellor|king|queen|prince|pope|delegation|envoy|secretary|leaders?)\b", re.IGNORECASE)
_BOUGHT = re.compile(r"\b(?:bought|purchased|purchases?|imports?|imported|importers?|traders?|buyers?)\b", re.IGNORECASE)
_SUBJECT_GAP_FLEW = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|already|quickly|swiftly)\s+)?")
_GIVER_BEFORE = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)
_SAID_AFTER = re.compile(r"\s+(?:also\s+)?(?:said|says|announced)\b")


# `Tents from Japanese companies were flown to Nepal`: a demonym before private givers names no donor country
_PRIVATE_GIVERS_AFTER = re.compile(r"\s+(?:private\s+)?(?:companies|firms|businesses|suppliers|manufacturers|exporters|donors|charities|citizens)\b")


def _arrives_in(arrivals: list[int], sent: Segment) -> bool:
    i = bisect.bisect_left(arrivals, sent.start)
    return i < len(arrivals) and arrivals[i] < sent.end


# `Two United Arab Emirates aircraft carrying food`: a country's name used as the carrier's modifier
_NAME_BEFORE_CARRIER = re.compile(r"(?:['\u2019]s)?\s+(?:(?:[\w-]+\s+){0,2}?(?:aircraft|planes?|airplanes?|jets?|flights?|ships?|vessels?|convoys?|trucks?|helicopters?|teams?|units?"
                                  # (pass r52aid: a national air force's or navy's transport by its type, `a Royal New Zealand Air
                                  # Force Hercules`, `the Japan Maritime Self-Defense Force C-130`)
                                  r"|Hercules|C-1[37]0[A-Z]?s?|C-17s?|Globemasters?|A400Ms?|KC-\d+[A-Z]?s?)"
                                  # (pass aid43: a unit's proper name, `the Korea Disaster Relief Team`, `the Chile Urban Search and Rescue Unit`)
                                  r"|(?:[A-Z][\w-]*\s+|and\s+){1,4}?(?:Teams?|Units?))\b")


_DEMONYM_PLACE_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:coastal\s+|port\s+)?(?:city|town|port|village|province|region|island)\s+of\s+[A-Z]")
_AID43_MADE_UP_OF = re.compile(r",\s+(?:made\s+up\s+of|composed\s+of|comprising|consisting\s+of)\s")


def _arrival(text: str, sent: Segment, sent_refs: list[Ref], all_refs: list[Ref], last_recipient: Ref | None,
             previous: Ref | None = None) -> list[_Candidate]:
    body = text[sent.start : sent.end]
    m = _arrival_re(body).search(body)
    if m is None or _NEGATED_TRANSFER.search(body, _clause_start(body, m.start()), m.start()):
        return []
    clause = sent.start + _arrival_clause_start(body, m.start())
    verb = sent.start + m.start()
    carried = m.group("carried") is not None
    if carried:
        load, load_end = sent.start + m.start("carried") + len(m.group("carried")), sent.start + m.end()
    else:
        carrier = _CARRIER.search(text, clause, verb)
        load, load_end = carrier.end() if carrier else clause, verb  # `planes carrying food`: the load, not the plane
    items = [x for x in _items_in(text, load, load_end) if x.casefold() not in ("refugees", "refugee")]  # people who fled bring nothing
    if not items and not carried and (" with " in body or " carrying " in body) and _VEHICLE.search(text, clause, verb):
        # `A plane chartered by Spain landed on Friday in San Pedro Sula with 20 tonnes of shelter kits`: the load named
        # after the place, with `with` (or `carrying`: `Planes from New Zealand landed in Tonga on Thursday carrying water`)
        with_load = _WITH_LOAD.search(text, sent.start + m.end(), _clause_end(text, sent.start + m.end(), sent.end))
        if with_load is not None:
            load, load_end = with_load.end(), _r52aid_before_attribution(text, with_load.end(), _clause_end(text, with_load.end(), sent.end))
            items = [x for x in _items_in(text, load, load_end) if x.casefold() not in ("refugees", "refugee")]
    if items and ("made up of" in body or "composed of" in body or "comprising" in body or "consisting of" in body):
        # pass aid43: `The Korea Disaster Relief Team, made up of rescuers, military personnel and medics, landed in ...`:
        # who a named unit is made of are its members, not a load of their own (the unit's kind gives the aid type)
        members = _AID43_MADE_UP_OF.search(text, load, load_end)
        head = [x for x in _items_in(text, load, members.start())] if members is not None else []
        if head:
            items, load_end = head, members.start()
    if items and all(item_lib.is_commodity(x) for x in items) and not item_lib.relief_cue(text, sent.start, sent.end):
        return []  # `a ship carrying rice from Thailand docked in Manila`: trade, not relief
    if not items or _aid_type(text[load:load_end], items) != "humanitarian" or _DIGNITARY.search(text, load, load_end):
        return []  # troops, diplomats, a minister's plane (with its doctors): no relief
    subject = [r for r in sent_refs if r.country and clause <= r.start < verb and not (r.demonym and _PRIVATE_GIVERS_AFTER.match(text, r.end))]
    donor = next((r for r in subject if _GIVER_BEFORE.search(text, max(sent.start, r.start - 10), r.start)), None)
    if donor is None and carried:
        # the one who flew it: the clause's subject, right before the verb (`India flew`, `The UAE has airlifted`)
        donor = next((r for r in reversed(subject) if not r.demonym and _SUBJECT_GAP_FLEW.fullmatch(text, r.end, verb)), None)
    if donor is None:
        donor = next((r for r in subject if r.demonym or re.match(r"[A-Z.]+\s", r.text + " ") or _NAME_BEFORE_CARRIER.match(text, r.end)
                      or _r52aid_named_unit(r)), None)
    if donor is None:
        # `Mexico said two air force planes carrying food ... had landed in Port-au-Prince`
        donor = next((r for r in sent_refs if r.country and r.start < clause + 1 and _SAID_AFTER.match(text, r.end)), None)
        if donor is None:
            donor = next((r for r in sent_refs if r.country and r.start < verb and _SAID_AFTER.match(text, r.end)), None)
    if donor is None:
        # `Saudi Arabia launched a campaign, and its aid agency said a first plane ... had landed`: the body of the
        # country that opens the sentence speaks for it
        own_body = _OWN_BODY_SAID.search(text, sent.start, verb)
        if own_body is not None:
            donor = next((r for r in sent_refs if r.start < own_body.start() and r.country and not r.demonym and r.actor is not None
                          and r.actor.kind == "country" and _OPENING_GAP.fullmatch(text, sent.start, r.start)), None)
    if donor is None and previous is not None and not subject and _MORE_OF_IT.match(text, clause):
        donor = previous
    if donor is None:
        # `A team of 60 rescuers arrived in Ecuador from Mexico`, `arrived from Turkey in Pakistan`: where it came from (after
        # the giver's spokesman: `Cameron said a destroyer ... would sail to the Philippines from Singapore` is Britain's)
        end = _clause_end(text, verb, sent.end)
        donor = next((r for r in sent_refs if verb < r.start < end and r.country and not r.demonym and r.actor is not None
                      and r.actor.kind == "country" and _FROM_PLACE_BEFORE.search(text, max(sent.start, r.start - 6), r.start)), None)
    if donor is None:
        return []
    end = _clause_end(text, sent.start + m.end(), sent.end)
    # `a ship carrying aid for Gaza arrived in El Arish`, `landed in Egypt, bound for Gaza`: the load's destination, not
    # the gateway it arrives through
    recipient = next((r for r in sent_refs if r.country and not r.demonym and load <= r.start < end and r.country != donor.country
                      and r.actor is not None and _DESTINED_FOR.search(text, max(sent.start, r.start - 24), r.start)), None) \
        if " for " in body else None
    recipient = recipient or next((r for r in sent_refs if r.country and not r.demonym and sent.start + m.end() <= r.start < end
                                   and r.country != donor.country and not _r52aid_agency_not_place(r)), None)
    if recipient is None and " of " in body:
        # (pass aidg) `arrived off the flood-stricken Libyan city of Derna`: a place the gazetteer does not know, named
        # with its country's demonym
        place = _DEMONYM_PLACE_OF.search(text, sent.start + m.end(), end)
        country = (_PEOPLE_DEMONYMS.get(place.group(1)) or _RELIEF_DEMONYMS.get(place.group(1)) or DEMONYMS.get(place.group(1))) \
            if place is not None else None
        if country is not None and country != donor.country and country not in _PEOPLE_OF_PLACE:
            recipient = Ref(place.start(1), place.end(1), place.group(1), None, country, demonym=True)
    if recipient is None:
        recipient = _fallback_recipient(all_refs, last_recipient, donor, text)
    if recipient is None or recipient.country == donor.country:
        return []
    if ("xercise" in body or "raining" in body or "drill" in body) and _R52AID_DRILL_AFTER.search(text, sent.start + m.end(), sent.end):
        return []  # pass r52aid: `A rescue team arrived in Manila for a joint training exercise`: a drill, no relief
    if m.re.groupindex.get("reached") and m.group("reached") is not None and (recipient.start > sent.start + m.end() + 30 or recipient.start < sent.start + m.end()):
        return []  # `reached an agreement with Turkey`: no place reached
    if _SALE.search(text, clause, end) or _BOUGHT.search(text, clause, end):
        return []  # `a cargo ship carrying rice ... docked in Manila under a commercial contract`: goods sold, no aid
    # `has airlifted 600 tonnes of aid to Gaza since the start of the war`: what has arrived by now, a running total
    # (in its own clause: not `flew to Morocco, one of four teams the government has so far accepted`)
    comma = re.compile(r"[,;]").search(text, sent.start + m.end(), sent.end)
    kind = _kind(text, sent, Money(0.0, "XXX", "exact", verb, sent.start + m.end()), clause, comma.start() if comma else sent.end)
    status = "planned" if _FUTURE.search(text, max(clause, verb - 30), verb) or _WAS_DUE.search(text, max(clause, verb - 30), verb) \
        or (m.re.groupindex.get("expected") and m.group("expected") is not None) else "delivered"  # `would sail to`: on its way; (pass aidg) `was due to arrive`: not there yet
    found = [_Candidate(sent, donor, recipient, None, kind, status, "humanitarian", items, shipment=True)]
    if _GIVER_BEFORE.search(text, max(sent.start, donor.start - 10), donor.start):
        # `Rescue teams from Spain, Britain and Qatar arrived in ...`: each giver coordinated after `from`
        last = donor
        for r in (r for r in subject if r.start >= donor.end):
            if not _COORDINATION.match(text[last.end : r.start]) or r.demonym or r.country in (donor.country, recipient.country):
                break
            found.append(_Candidate(sent, r, recipient, None, kind, status, "humanitarian", items, shipment=True))
            last = r
    elif donor.demonym:
        # `Egyptian and Turkish search and rescue teams arrived in ...`: each coordinated demonym sent its own
        last = donor
        for r in (r for r in subject if r.start >= donor.end):
            if not _COORDINATION.match(text[last.end : r.start]) or not r.demonym or r.country in (donor.country, recipient.country):
                break
            found.append(_Candidate(sent, r, recipient, None, kind, status, "humanitarian", items, shipment=True))
            last = r
    return found


# `..., Mexico's Foreign Minister Marcelo Ebrard said on Twitter.`: the sentence's closing attribution
_R52AID_ATTRIBUTION = re.compile(r",\s*(?:[\w.'\u2019-]+\s+){1,7}?(?:said|says|told|announced|added|wrote|tweeted)\b")


def _r52aid_before_attribution(text: str, start: int, end: int) -> int:
    """(pass r52aid) Where a load named after the arrival ends: before the sentence's closing attribution (`landed ...
    carrying 80 firefighters and foam, the Foreign Minister said`: the speaker is no dignitary on board)."""
    if "," not in text[start:end]:
        return end
    m = _R52AID_ATTRIBUTION.search(text, start, end)
    return m.start() if m is not None else end


# `arrived in Manila on Tuesday for a joint training exercise`: a team come to train, not to help
_R52AID_DRILL_AFTER = re.compile(r"\bfor\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:training|exercises?|drills?)\b", re.IGNORECASE)


def _r52aid_named_unit(ref: Ref) -> bool:
    """(pass r52aid) A country's relief unit known by its own name (`A 118-member Korea Disaster Relief Team ... arrived`):
    the unit, a body of its government, carries the relief of its country."""
    return ref.actor is not None and ref.actor.kind == "body" and bool(ref.country) and ref.actor.canonical.endswith(("Team", "Unit", "Force"))


def _r52aid_agency_not_place(ref: Ref) -> bool:
    """(pass r52aid) An international organisation named after an arrival verb is no place relief arrives in: `supplies
    arrived in Yen Bai province on Thursday, the UN children's agency said` (the speaker, not the recipient)."""
    return ref.actor is not None and ref.actor.kind == "organization"


_DESTINED_FOR = re.compile(r"(?:\b(?:aid|relief|supplies|food|goods|cargo|assistance|port|crossing|border|bound|destined|headed|intended|meant|earmarked)\s+|,\s*)for\s+(?:the\s+)?(?:people\s+of\s+)?$", re.IGNORECASE)
_OWN_BODY_SAID = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:agency|ministry|government|embassy|army|military|navy|air force)\s+(?:also\s+)?said\b")


# `landed in San Pedro Sula with 20 tonnes of shelter kits`: the load after the place of arrival
_WITH_LOAD = re.compile(r"\s(?:with|carrying)\s")
# (only what a vehicle brings: not `The football team flew to Qatar with its own doctors`)
# (pass aidg: military transports by their type, `an air force C-130 Hercules landed in ... with shelter kits`)
_VEHICLE = re.compile(r"\b(?:planes?|aircraft|airplanes?|flights?|airlifters?|ships?|vessels?|helicopters?|trucks?|lorries|convoys?|"
                      r"C-1[37]0[A-Z]?s?|C-17s?|Hercules|Globemasters?|A400Ms?)\b", re.IGNORECASE)


def _items_in(text: str, start: int, end: int) -> list[str]:
    """Relief items named in text[start:end] (`search-and-rescue team`, `tents, food and medical supplies`)."""
    return [m.group(0) for m in item_lib.HUMANITARIAN_ITEM.finditer(text, start, end)]


# `approved the delivery of 14 tanks`, `authorised the transfer of`: a transfer named by its noun
_NOMINAL_TRANSFER = re.compile(
    r"\b(?:approv(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|order(?:s|ed)?|clear(?:s|ed)?|confirm(?:s|ed)?|"
    r"announc(?:e|es|ed|ing)|green-?lit|sign(?:s|ed)? off on|"
    # a delivery carried out (`completed the delivery of 31 tanks`, `began the transfer of`)
    r"complet(?:e|es|ed|ing)|finish(?:es|ed|ing)?|began|begun|start(?:s|ed)?)\s+(?:on\s+\w+\s+)?(?:the\s+|an?\s+)?"
    r"(?:deliver(?:y|ies)|supply|transfer|shipment|dispatch|donation)\s+of\s",
    re.IGNORECASE,
)
_CARRIED_OUT = re.compile(r"complet|finish|began|begun|start", re.IGNORECASE)
# `approved sending 31 tanks`: the approving subject transfers
_APPROVED_GERUND = re.compile(
    r"\b(?:approv(?:e|es|ed)|authori[sz](?:e|es|ed)|order(?:s|ed)|green-?lit|clear(?:s|ed)|endorse[sd]?|"
    r"agreed to|decided on|began|begun|started|(?:will|would) (?:begin|start))\s+(?:on\s+\w+\s+)?$",
    re.IGNORECASE,
)
# Where a clause starts: an in-kind transfer's negation, like its subject, is looked for after it
# (`dropped its refusal to send weapons ... and said it would supply Ukraine with ...`).
_CLAUSE_BREAK = re.compile(
    r";|\s[-\u2013\u2014]\s|,?\s(?:and|but)\s(?=(?:[\w'\u2019-]+\s+){0,3}?(?:said|says|announced|added|will|would|has|have|had|is|are|was|were)\b)"
    r"|\s(?:while|whereas|although|though)\s",
)
# Where the transfer clause ends: a recipient named after it belongs to something else
# (`approved sending 31 tanks, saying the United States and Germany ...`).
_CLAUSE_END = re.compile(
    r"[;:]|\s[-\u2013\u2014]\s|,\s*(?:saying|adding|as(?!\s+well)|while|which|who|whose|where|when|after|before|but|"
    r"although|though|because|since|reversing|ending|despite|amid|"
    r"(?:a|one|two|three|four|five|several|\w+)\s+(?:hours?|days?|weeks?|months?)\s+(?:after|before))\b",
)


# The verbs' first letters, scanned for in the lowercased sentence (a literal alternation without a
# leading lookbehind runs in C); `_TRANSFER_VERB` then confirms each word start it finds.
# (the first letter, then a look back over it and the character before: the engine scans for the letter in C)
_TRANSFER_STARTS = re.compile(
    r"[sdptghorf](?<![\w-][sdptghorf])(?:end|ent|eliver|uppl|rovid|ive|ave|iving|ransfer|and|onat|hip|ispatch|ledg|romis|ffer|eceiv|ift|eploy|istribut|"
    r"et up|ets up|etting up|"
    r"lown|lew|lying)"
)
# a transfer gerund after a commitment to it or its start (`committed to providing the jets`, `began sending`)
_BEGUN = re.compile(r"\b(?:began|begun|started|starts|begins)\s+$", re.IGNORECASE)
_UNDERTAKEN_GERUND = re.compile(r"\bcommit(?:s|ted)?\s+(?:[\w.'\u2019-]+\s+){0,3}?to\s+$|" + _BEGUN.pattern, re.IGNORECASE)
# a transfer on a condition the clause names after it (`would supply ... if Russia did not stop`)
# (in the transfer's own predicate: not `... and will decide later if more are needed`; not `even if`, `as if`)
# `would transfer jets only "in full coordination" with allies`, `only with the consent of`, `only once`: a transfer
# restricted to a condition not yet met is an offer, no transfer
_CONDITION = re.compile(
    r"(?<!\beven )(?<!\bas )\b(?:if|unless|provided that|on condition that)\b"
    r"|\bonly\s+[\"\u201c]?(?:(?:in|after)\s+(?:\w+\s+)?(?:coordination|consultation|agreement|concert|step)[\"\u201d]?\s+with|"
    r"with\s+(?:the\s+)?(?:\w+\s+)?(?:consent|approval|agreement|blessing|backing|permission|support)\b|"
    r"(?:together|jointly)\s+with|as\s+part\s+of\s+(?:an?\s+)?(?:\w+\s+)?(?:joint|coalition|international|allied|multinational|NATO|EU)\b|once|when)",
    re.IGNORECASE,
)
_AND_BUT = re.compile(r",?\s(?:and|but)\s")
# `commit` (rare) is looked for after a substring test: a `c` in the scan above would stop at every word in c
_COMMIT_START = re.compile(r"c(?<![\w-]c)ommit")
_CONJUNCTION_PROVIDED = re.compile(r",\s*$")

_PROVIDED_VERB_AFTER = re.compile(r"\s+(?:by|to|for|in|with|under|through|via|from|so far|already|since)\b", re.IGNORECASE)
_PERFECT_PROGRESSIVE = re.compile(r"\b(?:has|have|had)\s+been\s+(?:\w+ly\s+|also\s+|now\s+)?$", re.IGNORECASE)
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?$", re.IGNORECASE)
# the recipient as the subject (`Turkey received tents from Iran`, `Morocco accepted rescue teams from Spain`, `Albania
# welcomed a Greek rescue team`, `took delivery of 20 tonnes of food from Qatar`): the giver is named after the verb
_RECEIVED = re.compile(r"receiv(?:e|es|ed)\b|accept(?:s|ed)\b|welcom(?:es|ed)\b|t(?:ook|aken|akes) delivery of\b", re.IGNORECASE)
# `pledged 30 F-16 jets to Ukraine`, `promised Ukraine six F-16s`: a pledge of counted items (right after
# the verb, an indirect object between at most) transfers them; a pledge of support or money does not
_PLEDGE_VERB = re.compile(r"(?:pledg(?:e|es|ed)|promis(?:e|es|ed)|offer(?:s|ed)?|commit(?:s|ted)?)\b", re.IGNORECASE)
_PLEDGED_OBJECT = re.compile(
    r"\s+(?:(?:to\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,2})?(?:(?:a|an|its|their|further|another|more|additional|up to|at least)\s+)*"
    # (`offered Ukraine a company of 14 Leopards`: a unit the counted items make up)
    r"(?:(?:company|battalion|batch|squadron|platoon|fleet|consignment|shipment)\s+of\s+(?:(?:up to|at least|about|some)\s+)?)?"
    r"(?:\d[\d,]*|(?i:" + item_lib.NUMBER_WORDS + r"))\s"
)
_MODEL_OBJECT = re.compile(r"\s+((?:[A-Z][\w-]*\s+){0,3})")
_GENERIC_ITEM = re.compile(r"(?:weapons|arms|ammunition|military equipment|munitions)\b", re.IGNORECASE)


def _pledged_model(text: str, after: int, limit: int) -> bool:
    """Whether a pledge verb's object is a named weapon model (`AMX-10 RC armoured vehicles`, `Leopard tanks`), not a
    generic one (`weapons`) nor something else (`support for`)."""
    m = _MODEL_OBJECT.match(text, after, limit)
    if m is None:
        return False
    rest = text[m.end() : limit]
    if not item_lib.starts_with_item(rest) or _GENERIC_ITEM.match(rest):
        return False
    return bool(m.group(1)) or rest[:1].isupper()


_NOUN_USE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|of|medical|relief|food|military|humanitarian|emergency|winter|fuel|power|arms|"
    r"weapons|ammunition|energy|water|aid|gas|oil|further|more|new|such|these|those)\s+$"
)
_PAST_WORD = re.compile(r"[a-z]+ed\b")
_THE_MILITARY = re.compile(r"\bthe\s+(?:[a-z]+\s+)?military\s+$")
_SHIP_NOUN = re.compile(r"\b(?:navy|naval|cargo|hospital|container|supply|passenger)\s+$")
_NOMINAL_GATE = re.compile(r"(?:delivery|deliveries|supply|transfer|shipment|dispatch|donation) of ")


# what carries a delivery is not the aid: `military cargo planes carrying tents`, `trucks loaded with food`
_CARRIER = re.compile(
    r"\b(?:planes?|aircraft|airplanes?|flights?|jets?|trucks?|lorries|convoys?|ships?|vessels?|trains?|helicopters?|"
    r"destroyers?|frigates?|warships?|corvettes?|C-1[37]0[A-Z]?s?|C-17s?|Hercules|Globemasters?|A400Ms?)\s+"
    r"(?:carrying|loaded with|laden with|packed with|full of|filled with|with)\s",
    re.IGNORECASE,
)


_SOURCE_UNIT = re.compile(
    r"\bfrom\s+(?:its|their|the|[\w-]+['\u2019]s)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:unit|units|stocks|reserves|inventory|inventories|arsenal|corps)\b",
    re.IGNORECASE,
)


# (the look back after the word's first letter: a pattern that opens with a look back is tried at every position)
_RARE_TRANSFER_START = re.compile(
    r"[amtwrlec](?<![\w-][amtwrlec])(?:(?<=a)(?:ir(?:lift|-?drop)|ccept)|(?<=m)(?:obili[sz]|a(?:ke|king|de)\s)|(?<=w)elcom|"
    r"(?<=t)(?:ook|aken|akes) delivery|(?<=r)ush|(?<=l)(?:oan|en[dt])|(?<=e)quip(?!ment)|(?<=c)ontribut)"
)


_VEHICLE_DROPPED = re.compile(
    r"\b(?:planes|airplanes|aircraft|helicopters|jets|c-130s?|hercules)\s+(?:(?:also|have|had|has)\s+)?(dropped)\s"
    r"(?![^.;]{0,12}\b(?:bombs?|munitions|missiles|leaflets|flares|out|off|by|to\s+\d)\b)"
)


# pass aid50: `sent prices soaring`, `sending the currency tumbling`: the causative `send`, its object moved, not given
# (pass aidgen) a surveillance or reconnaissance flight sent to look at the damage: `sent a P-8 Orion surveillance aircraft
# to assess damage in the northern islands` (lower-cased text)
_SENT_TO_ASSESS = re.compile(r"\s+(?:an?\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,3}?(?:surveillance|reconnaissance|patrol)\s+"
                             r"(?:aircraft|planes?|flights?|drones?|helicopters?)\s+to\s+(?:assess|survey|map|monitor|inspect)\b")
_SENT_SOARING = re.compile(
    r"\w*\s+(?:(?!(?:to|for|into|through|via)\s)[\w'\u2019-]+\s+){1,6}?(?:soaring|surging|rocketing|skyrocketing|spiral(?:l)?ing|"
    r"plunging|plummeting|tumbling|crashing|into\s+(?:a\s+)?(?:tailspin|turmoil|freefall|free\s+fall))\b"
)


# `_TRANSFER_STARTS` after its first letter: no one of them begins another, so at most one matches at a place
_TRANSFER_SUFFIXES = ("end", "ent", "eliver", "uppl", "rovid", "ive", "ave", "iving", "ransfer", "and", "onat", "hip", "ispatch",
                      "ledg", "romis", "ffer", "eceiv", "ift", "eploy", "istribut", "et up", "ets up", "etting up", "lown", "lew",
                      "lying")
_TRANSFER_FIRST = frozenset("sdptghorf")


class _Perf31TransferStarts:
    """(pass perf31) `_TRANSFER_STARTS`' matches of every sentence, read off one pass over the article: the scan
    stopped at every third character of every sentence (a class-led pattern, some 240 instructions a character).
    Here a `str.find` loop for each suffix over the lowercased article finds every place where the class letter and
    a suffix stand; a sentence's starts are those of its own range whose suffix ends inside it and whose letter opens
    a word there (nothing of `[\\w-]` before it, or the sentence's first character: the look back sees only the
    sentence). No match holds a place that could start another (a blank inside one is followed by `up`), so the
    scan's matches not overlapping drops none. Only where the article's lowercase slices are its sentences'
    lowercase: no character lowercases to two, and no capital sigma (its lowercase depends on what follows)."""

    __slots__ = ("low", "places", "ends", "inside")

    def __init__(self, low: str) -> None:
        found: dict[int, int] = {}
        first = _TRANSFER_FIRST
        for suffix in _TRANSFER_SUFFIXES:
            size = len(suffix)
            at = low.find(suffix, 1)
            while at >= 0:
                if low[at - 1] in first:
                    found[at - 1] = at + size
                at = low.find(suffix, at + 1)
        self.low = low
        self.places = sorted(found)
        self.ends = [found[p] for p in self.places]
        # whether a word character or a hyphen stands before the place (the look back fails there but at a sentence's
        # start; `\\w` is what `str.isalnum` accepts, and `_`)
        self.inside = [p > 0 and ((c := low[p - 1]).isalnum() or c == "_" or c == "-") for p in self.places]

    @classmethod
    def of(cls, text: str) -> "_Perf31TransferStarts | None":
        """The article's scan, or None where a slice of its lowercase may not be the slice's lowercase."""
        low = text.lower()
        if len(low) != len(text) or "\u03a3" in text:
            return None
        return cls(low)

    def sentence(self, start: int, end: int) -> list[int]:
        """`[m.start() for m in _TRANSFER_STARTS.finditer(text[start:end].lower())]`"""
        places = self.places
        i = bisect.bisect_left(places, start)
        j = bisect.bisect_left(places, end, i)
        if i == j:
            return []
        ends, inside = self.ends, self.inside
        return [places[k] - start for k in range(i, j) if ends[k] <= end and (not inside[k] or places[k] == start)]


def _transfers(body: str, scan: _Perf31TransferStarts | None = None, at: int = 0) -> list[tuple[int, int, str, int]]:
    """Transfer verbs and nouns of a sentence in order: (start, end, verb, anchor start); the anchor is
    the approving verb for `approved the delivery of`. (`scan`: the article's, `body` its text from `at`.)"""
    if scan is not None:
        low = scan.low[at : at + len(body)]
        starts = scan.sentence(at, at + len(body))
    else:
        low = body.lower()
        # (one scan: the first of them is what `search` finds, and a scan from it goes on as the scan from 0 does)
        starts = [m.start() for m in _TRANSFER_STARTS.finditer(low)]
    first = starts[0] if starts else None
    commit = low.find("commit")
    # (`airlifted blankets`, `airdropped food`, `mobilised rescuers`: substring tests, most sentences have none)
    rare = "airlift" in low or "airdrop" in low or "air-drop" in low or "mobili" in low or "accept" in low or "welcom" in low \
        or " delivery of" in low or "rush" in low or "loan" in low or "lend" in low or "lent " in low or "contribut" in low or "available" in low or "equip " in low or "equipped" in low or "equips" in low
    # (pass aidg) `military cargo planes dropped meals into Gaza`, `its own planes dropped food parcels over ...`: `dropped`
    # is a transfer only with an aircraft as its subject (not `dropped its demand`, `prices dropped`)
    dropped = [m.start(1) for m in _VEHICLE_DROPPED.finditer(low)] if "dropped" in low else []
    if first is None and commit < 0 and not rare and not dropped:
        return []  # most sentences
    if dropped:
        starts = sorted(starts + dropped)
    if rare:
        starts = sorted(starts + [m.start() for m in _RARE_TRANSFER_START.finditer(low)])
    if commit >= 0:
        starts = sorted(starts + [m.start() for m in _COMMIT_START.finditer(low, commit)])
    found = []
    for at in starts:
        m = _TRANSFER_VERB.match(body, at) or _PLEDGE_VERB.match(body, at) or _RECEIVED.match(body, at)
        if m is not None and _NOUN_USE.search(low, max(0, at - 16), at) and not (
                low.endswith("military ", 0, at) and _PAST_WORD.match(low, at) and _THE_MILITARY.search(low, max(0, at - 32), at)):
            continue  # `medical supplies`, `the transfer`, `arms deliveries`: a noun, not the verb (pass aiddem: `the British
            # military delivered tents`: a past after the military is its verb)
        if m is not None and low.startswith("ship", at) and not low.startswith("shipped", at) and _SHIP_NOUN.search(low, max(0, at - 16), at):
            continue  # `a navy ship with medical staff`: the vessel, not the verb (pass aiddem: `the navy shipped` is one)
        if m is not None and low.startswith("sen", at) and _SENT_SOARING.match(low, m.end()):
            continue  # pass aid50: `inflation that has sent prices of food and fuel soaring`: made them rise, nothing given
        if m is not None and low.startswith("sen", at) and _SENT_TO_ASSESS.match(low, m.end()):
            continue  # pass aidgen: `sent a P-8 Orion surveillance aircraft to assess damage`: a flight over the damage, nothing given
        if m is not None and (not found or found[-1][1] <= at):
            found.append((m.start(), m.end(), m.group(0), m.start()))
    if first is not None and _NOMINAL_GATE.search(low, first):
        for m in _NOMINAL_TRANSFER.finditer(body):
            found = [f for f in found if not m.start() <= f[0] < m.end()]
            found.append((m.end() - 1, m.end() - 1, m.group(0), m.start()))
        found.sort(key=lambda f: f[3])
    return found


_NEW_SUBJECT_BEFORE = re.compile(
    r",\s(?:and|but|while)\s(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}\s+(?:(?:also|later|then)\s+)?$"
)


# (pass aiddem) `, while Italian military aircraft have already`: a clause whose subject is a nation's carriers or troops
_CARRIER_CLAUSE_BEFORE = re.compile(
    r",\s(?:and|but|while|whereas)\s(?:the\s+|an?\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)?\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:aircraft|planes|airplanes|helicopters|jets|ships?|vessels?|convoys?|trucks|navy|air\s+force|troops|soldiers|teams?|rescuers)"
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:already|also)\s+)?$"
)


# (pass aidp) `... and said it had deployed a search and rescue team`: the giver's own report of its shipment, the same
_OWN_DELIVERY_BEFORE = re.compile(
    r"(?:,\s*|\s)and\s+(?:(?:said|added|announced)\s+(?:that\s+)?(?:it|they)\s+)?(?:(?:has|have|had)\s+)?(?:(?:also|already)\s+)?$"
)
# `sent tents to Morocco and pledged $3 million in emergency aid`: a second verb phrase of the same giver, its sum an event
# of its own beside the shipment made (a shipment planned beside a sum is the sum's, `_merge`)
_SUM_VERB_PHRASE_AFTER = re.compile(
    r"(?:,\s*|\s)and\s+(?:(?:will|would|has|have|had)\s+)?(?:also\s+)?(?:provid|giv|gave|donat|pledg|allocat|contribut|grant|len[dt]|"
    r"offer|earmark|commit|promis)\w*\s", re.IGNORECASE
)
_DELIVERED_VERB = re.compile(r"sent|delivered|shipped|flown|airlifted|dispatched|deployed|donated|handed over", re.IGNORECASE)


def _clause_start(body: str, at: int) -> int:
    start = 0
    for m in _CLAUSE_BREAK.finditer(body, 0, at):
        start = m.end()
    return start


_OWN_AUXILIARY = re.compile(r"(?:[\w'\u2019.-]+\s+){0,3}?(?:has|have|had)\s+(?:(?:also|already|now)\s+)?$")


_WAS_DUE = re.compile(r"\b(?:was|were)\s+(?:due|expected|scheduled)\s+to\s+$", re.IGNORECASE)
_LOAD_LIST_DUE = re.compile(r"(?!(?:a|an|the|its|their|his|her|it|they|he|she|we)\b)[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?(?:was|were|is|are)\s+"
                            r"(?:due|expected|set|scheduled)\s+to\s+$")


def _arrival_clause_start(body: str, at: int) -> int:
    """`_clause_start`, where an `and` before the arrival's own auxiliary joins the subject's names, not clauses
    (`teams from Virginia and Los Angeles County have arrived`, `Algerian, Tunisian and Turkish teams have arrived`)."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(body, 0, at):
        if re.match(r"\sand\s", m.group(0)) and _OWN_AUXILIARY.fullmatch(body, m.end(), at):
            continue
        if re.match(r"\sand\s", m.group(0)) and _LOAD_LIST_DUE.fullmatch(body, m.end(), at):
            continue  # (pass aidg) `A Swiss team of three specialists in water and shelter was due to arrive in`: a list in the load
        start = m.end()
    return start


def _clause_end(text: str, start: int, end: int) -> int:
    m = _CLAUSE_END.search(text, start, end)
    end = m.start() if m else end
    other = _OTHER_CLAUSE.search(text, start, end)  # `..., and Algeria said it would give`: another subject's clause
    return other.start() if other else end


# `... also covers Israel and Taiwan and includes $61 billion`: past a conjunction or relative the name ends another clause
_GAP_STOP = re.compile(
    r"\b(?:and|or|but|that|which|who|whose|where|when|if|as|than|because|while|block\w*|veto\w*|reject\w*|oppos\w*|"
    r"den(?:y|ies|ied)|refus\w*|criticis\w*|criticiz\w*|want\w*|need\w*|ask\w*|seek\w*|sought|request\w*|receiv\w*|got|gets)\b",
    re.IGNORECASE,
)
_FUNCTION_WORDS = frozenset(
    "with to for in on at from of by into onto under over after before about around during since until a an the its their "
    "his her this that these those some any".split()
)
_SUBJECT_GAP = re.compile(r"(?:\s+(?:[\w'\u2019-]+))*?\s+", re.IGNORECASE)
# an indirect object (`lend Ukraine`, `will give Kyiv`) is a recipient, never the subject
_GIVE_TO = re.compile(
    r"\b(?:lend(?:s|ing)?|lent|loan(?:s|ed)?|give[sn]?|giving|gave|send(?:s|ing)?|sent|provid(?:e|es|ed|ing)|grant(?:s|ed|ing)?|"
    r"offer(?:s|ed|ing)?|pa(?:y|ys|id)|award(?:s|ed)?|allocat(?:e|es|ed)|hand(?:s|ed)?|owe[sd]?|promis(?:e|es|ed)|pledg(?:e|es|ed))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:to|for|into|towards?|with|against|than|like|unlike)\s+(?:the\s+)?$", re.I)


_WITH_GERUND = re.compile(r"\s+(?:also\s+|already\s+)?(?:pledg|promis|provid|giv|send|donat|offer|allocat|commit|contribut|announc)ing\s+(?:[\w-]+\s+){0,2}")


_PRONOUN_SUBJECT = re.compile(r"\s*(?:It|They)\s+(?:(?:has|have|had|will|would|also|already|then|later)\s+){0,2}")
_OPENING_GAP = re.compile(r"\s*(?:[A-Z][A-Z .'/-]+(?:,\s*[A-Z][\w .]{1,30})?\s*(?:\([A-Za-z .]{1,30}\))?\s*[-\u2013\u2014]+\s+)?(?:The\s+|the\s+)?")


_THANKED_FOR = re.compile(r"\bthank(?:s|ed|ing)?\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,3}for\s+(?:also\s+|again\s+)?$")
# `his country would deliver`, `her government will send`: the speaker's own country
_HIS_COUNTRY = re.compile(r"\b(?:his|her)\s+(?:country|government|nation)\s+(?:(?:would|will|had|has|was|is|plans to|planned to|intends to|"
                          r"is going to|would also|will also|had already|has already)\s+)?$")
_SPEAKER_TITLE = re.compile(
    r"(?:['\u2019]s)?\s+(?:(?:new|former|acting|deputy)\s+)?(?:prime minister|president|chancellor|premier|(?:foreign|defen[cs]e|finance|development)\s+minister|"
    r"minister|leader|ambassador|envoy|king|emir|head of state)\b",
    re.IGNORECASE,
)


def _speaker_country(text: str, sent: Segment, sent_refs: list[Ref], verb: int) -> Ref | None:
    """The country whose leader speaks of `his country` before the verb (`the Dutch prime minister said`)."""
    for r in reversed(sent_refs):
        if r.end <= verb and r.country and (r.demonym or (r.actor is not None and r.actor.kind == "country")) and _SPEAKER_TITLE.match(text, r.end):
            return r
    return None


# a giver named again by a description (`The kingdom will also send`, `The Gulf state said it would send`, `The bloc said on
# Monday it would give`), or its own body speaking of it by a pronoun (`The foreign ministry said it would send tents`, `Its
# defence ministry said on Tuesday it would donate`), the giver named at the opening of the sentence before
_BODY_POINTS_BACK = re.compile(
    r"\s*(?:The|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>ministry|government|cabinet|office|department|presidency|kingdom|emirate|"
    r"country|nation|state|republic|bloc|union|alliance|bank|lender|fund|agency)(?=\s)"
    r"(?P<said>\s+(?:(?:also|later|then)\s+)?(?:said|says|announced|confirmed|added|stated)\b(?:\s+(?:late\s+|early\s+)?on\s+[A-Z]\w+)?,?\s+"
    r"(?:that\s+)?(?:it|they)\b)?\s*"
)
_BODY_NOUN_OF_ORG = frozenset({"bloc", "union", "alliance", "bank", "lender", "fund", "agency"})


def _pointed_back_giver(text: str, sents: list[Segment], index: int, all_refs: list[Ref], verb: int | None = None) -> Ref | None:
    """The country (or bloc, lender) that opened the sentence before, when this one opens with it named again by a
    description or with its own body speaking of it by a pronoun."""
    if index == 0 or not text.startswith(("The ", "Its ", "Their "), sents[index].start):
        return None
    m = _BODY_POINTS_BACK.match(text, sents[index].start, sents[index].end)
    if m is None or (verb is not None and (m.end() > verb or len(text[m.end() : verb].split()) > 4)):
        return None
    noun = m.group("noun")
    if m.group("said") is None and noun in ("ministry", "government", "cabinet", "office", "department", "presidency") \
            and not text.startswith(("Its", "Their"), sents[index].start):
        return None  # `The government will send`: the home government of a story, not one named before
    actor = _opening_actor(text, sents[index - 1], all_refs)
    if actor is None or actor.actor is None:
        return None
    if actor.actor.kind == "country" and noun not in _BODY_NOUN_OF_ORG:
        return actor
    if actor.actor.kind == "organization" and noun in _BODY_NOUN_OF_ORG:
        return actor
    return None


# a giver named by a collective noun at the opening of its sentence (`The allies also pledged`, `Leaders also endorsed a
# plan to give`), pointing back to an organisation named earlier with its members (`NATO leaders declared`, `European Union
# leaders on Thursday granted`)
_COLLECTIVE_OPENING = re.compile(
    r"\s*(?:The\s+)?(?:allies|leaders|member\s+states|members|heads\s+of\s+(?:state|government))\s+(?:(?:also|later|then|jointly|"
    r"collectively|together)\s+)?(?:(?:have|had|will|would)\s+)?(?-i:[a-z]+)\b",
    re.IGNORECASE,
)
_MEMBERS_AFTER_ORG = re.compile(
    r"\s+(?:(?:foreign|defen[cs]e|finance)\s+ministers|leaders|allies|member\s+states|members|heads\s+of\s+(?:state|government)|"
    r"governments)\b"
)


def _collective_giver(text: str, sents: list[Segment], index: int, all_refs: list[Ref], verb: int | None = None) -> Ref | None:
    """The organisation named earlier with its members (`NATO leaders met ...`) when this sentence opens with a
    collective noun for them (`The allies also pledged ...`)."""
    if index == 0:
        return None
    start = sents[index].start
    if not text.startswith(("The ", "Leaders", "Allies", "Member", "Heads"), start):
        return None
    m = _COLLECTIVE_OPENING.match(text, start, sents[index].end)
    if m is None or (verb is not None and (m.end() > verb or len(text[m.end() : verb].split()) > 6)):
        return None
    for r in reversed(all_refs):
        if r.end > start:
            continue
        if r.actor is not None and r.actor.kind == "organization" and r.country and not r.demonym and _MEMBERS_AFTER_ORG.match(text, r.end):
            return r
    return None


def _opening_actor(text: str, sent: Segment, all_refs: list[Ref]) -> Ref | None:
    """The country or organisation a sentence opens with, as its subject (`The Netherlands announced ...`)."""
    first = next(iter(in_range(all_refs, sent.start, sent.end)), None)
    if first is None or not first.country or first.demonym or first.actor is None or first.actor.kind not in ("country", "organization"):
        return None
    if not _OPENING_GAP.fullmatch(text, sent.start, first.start) or not re.match(r"\s+(?:[a-z]+ly\s+)?(?:has\s+|have\s+|had\s+|will\s+|would\s+)?[a-z]+", text[first.end : first.end + 30]):
        return None
    return first


def _subject(text: str, sent: Segment, sent_refs: list[Ref], anchor: int, recipient: Ref | None) -> Ref | None:
    """The actor right before the verb, with at most five words and no punctuation between
    (`..., hours after the Netherlands also pledged to supply F-16s`, `while the EU announced 355 million`)."""
    rec = recipient.country if recipient else None
    for r in reversed(sent_refs):
        if r.end > anchor:
            continue
        gap = text[r.end : anchor]
        if "," in gap and (aside := _GIVER_ASIDE.match(text, r.end, anchor)) is not None:
            gap = " " + text[aside.end() : anchor].lstrip()  # `France, whose offer had not been taken up, announced that it would`
        if len(gap) > 60 or not _SUBJECT_GAP.fullmatch(gap) or len(gap.split()) > 5 or _GAP_STOP.search(gap):
            return None
        words = gap.split()
        if words and all(w.casefold() in _FUNCTION_WORDS for w in words):
            return None  # `fled Cuba with $100`: no verb between, so no subject of one (`and Spain 30 million` is gapping)
        if not r.country or r.country == rec:
            return None
        if r.demonym or _NOT_SUBJECT_BEFORE.search(text[max(sent.start, r.start - 14) : r.start]) and not (
            # `..., with the UAE pledging $50 million`: the subject of an absolute clause
            re.search(r"\bwith\s+(?:the\s+)?$", text[max(sent.start, r.start - 14) : r.start]) and _WITH_GERUND.fullmatch(gap)
        ):
            return None
        if _GIVE_TO.search(text, max(sent.start, r.start - 16), r.start) or _PEOPLE_IN_BEFORE.search(text, max(sent.start, r.start - 40), r.start):
            return None
        if _INVADER.match(text, r.end):
            return None
        return r
    return None


_COORDINATION = re.compile(r"^(?:\s*,\s*|\s*,?\s+and\s+|\s*,?\s+as well as\s+)(?:the\s+)?$", re.IGNORECASE)


def _co_donors(text: str, sent_refs: list[Ref], donor: Ref, verb_start: int) -> list[Ref]:
    """The countries coordinated with the donor before the transfer verb (`Germany, the Netherlands and Denmark`)."""
    before = [r for r in sent_refs if r.end <= verb_start and r.actor is not None and r.actor.kind == "country"]
    same = [k for k, r in enumerate(before) if r is donor or r.country == donor.country]
    if not same:
        return []
    i = same[-1]  # the donor's mention nearest the verb (not one in a dateline)
    donor = before[i]
    chain = [donor]
    j = i
    while j > 0 and _COORDINATION.match(text[before[j - 1].end : before[j].start]):
        j -= 1
        chain.insert(0, before[j])
    j = i
    while j + 1 < len(before) and _COORDINATION.match(text[before[j].end : before[j + 1].start]):
        j += 1
        chain.append(before[j])
    return [r for r in chain if r is not donor]


# `approved its eighth military aid package for Ukraine` (contents secret): a package with no value or items
_UNVALUED_PACKAGE = re.compile(
    r"\b(?:(?:approv|announc|unveil|adopt|send|sent|deliver|provid|give|gave|ship)\w*|"
    # `signed the decree for Italy's tenth package of military aid`: the act that adopts it
    r"(?=[sa])(?:sign(?:s|ed|ing)?|approv\w*|adopt\w*)\s+(?:the|a)\s+(?:decree|order)\s+(?:for|on|approving|authori[sz]ing))"
    r"\s+(?:its|their|his|her|a|an|the|another|"
    # `approved Italy's ninth military aid package`: the giver named as the package's possessor
    r"(?P<owner>(?-i:[A-Z])[\w.-]*(?:\s(?-i:[A-Z])[\w.-]*){0,2})['\u2019]s)\s+"
    r"(?:(?:new|latest|further|additional|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th)|\w+(?:teenth|tieth|tieth))\s+)+"
    r"(?:(?:military|defen[cs]e|security|weapons|arms)\s+(?:aid\s+|assistance\s+|support\s+)?package\b|"
    # the noun first: `its 20th package of military aid`
    r"package\s+of\s+(?:military|defen[cs]e|security|weapons|arms)\s+(?:aid|assistance|support|equipment)\b)",
    re.IGNORECASE,
)
_SALE = re.compile(
    r"(?<![\w-])(?:contracts?|sales?|sold|commercial|exports?|exported|ordered|(?<!in )orders?|"
    r"(?:billion|million|bn)(?:-dollar|-euro)?\s+(?:arms\s+|defen[cs]e\s+|weapons\s+)?deal)\b",
    re.IGNORECASE,
)
# `and allow other countries, including Poland, to re-export theirs`, `approve requests by allies such as Finland to
# send their own`: a third party the donor lets send its own weapons, no recipient of the donor's transfer
_PERMITTED_LEFT = re.compile(
    r"\b(?:allow|let|permit|authori[sz]e|approve|enable|clear|green-light)\w*\s+(?:[^.;:]{0,50}?)$", re.IGNORECASE
)
_PERMITTED_RIGHT = re.compile(
    r"(?:\s*,)?\s+to\s+(?:also\s+)?(?:re-?export|send|deliver|transfer|supply|pass\s+on|hand\s+over|give|donate|ship)\b",
    re.IGNORECASE,
)


def _permitted_sender(text: str, sent: Segment, ref: Ref) -> bool:
    return _PERMITTED_RIGHT.match(text, ref.end) is not None and _PERMITTED_LEFT.search(
        text, max(sent.start, ref.start - 60), ref.start) is not None


# a flight with no load after the verb: `flew to Washington`, `flew back home`, `flew in from Kyiv`
_FLIGHT_NO_LOAD = re.compile(
    r"\s+(?:to|from|into|back|home|out|on|for|with|over|across|via|there|here|aboard|on board|by|at|in|directly|straight|overnight)\b",
    re.IGNORECASE,
)
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?(?:neighbou?ring\s+|fellow\s+|nearby\s+)?", re.IGNORECASE)
_NOT_TRANSFER_OBJECT = re.compile(
    r"\s+(?:[\w.'\u2019-]+\s+){0,2}?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:go-ahead|green light|permission|"
    r"approval|clearance|authori[sz]ation|right|assurances?|guarantees?|nod|impression|signal|ultimatum|deadline)\b",
    re.IGNORECASE,
)


def _unvalued_package(text: str, sent: Segment, sent_refs: list[Ref]) -> _Candidate | None:
    body = text[sent.start : sent.end]
    if "ackage" not in body:  # cheap guard: most sentences name no package
        return None
    package = _UNVALUED_PACKAGE.search(body)
    if package is None or _NEGATED_TRANSFER.search(body[: package.start()]):
        return None
    after = sent.start + package.end()
    recipient = _recipient(text, [r for r in sent_refs if r.start >= after], None, None, explicit_only=True)
    owner = package.start("owner")
    donor = next((r for r in sent_refs if r.start == sent.start + owner and r.country and not r.demonym), None) if owner >= 0 else None
    donor = donor or _donor(text, sent, sent_refs, sent.start + package.start(), recipient, subject_only=True)
    if donor is None or recipient is None or donor.country == recipient.country:
        return None
    anchor_start = sent.start + package.start()
    status = _status(text[sent.start : anchor_start], text[anchor_start : sent.end], "new")
    if _FUTURE.search(text[max(sent.start, anchor_start - 30) : anchor_start]):
        status = "planned"
    return _Candidate(sent, donor, recipient, None, "new", status, _aid_type(body, []), [])


def _agent_gives(text: str, ref: Ref, passive: bool) -> bool:
    """Whether the agent of a transfer participle gives the load: a country; an organisation too after a finite passive
    (`were delivered to Sudan by the European Union`), not after a bare participle (`supplies delivered by UN agencies`
    that donors' money pays for are the channel's work), nor a generic group named after it (`by UN agencies`)."""
    if ref.actor is None:
        return False
    if ref.actor.kind == "country":
        return True
    return passive and ref.actor.kind == "organization" and ref.country not in _RELIEF_AGENCIES and not _CHANNEL_AFTER.match(text, ref.end)


_DEMONYM_RECIPIENT = re.compile(r"\s+(?:forces|troops|army|military|soldiers|pilots|government|people|civilians|refugees|units|brigades)\b", re.I)


def _fallback_recipient(all_refs: list[Ref], last: Ref | None, donor: Ref, text: str = "") -> Ref | None:
    """The article's recipient when the sentence names none: the last one, else the most mentioned country."""
    if last is not None and last.country != donor.country:
        return last
    named = [r for r in all_refs if r.country and not r.demonym and r.country != donor.country and not _is_society(r)]
    if text and ("meet" in text or "met " in text or "onference" in text or "ummit" in text or "athered" in text):
        # `Donors meeting in Paris`, `a conference in Brussels`: where the donors met, not who gets the aid
        named = [r for r in named if not _VENUE_BEFORE.search(text, max(0, r.start - 30), r.start)]
    country_counts: dict[str, int] = {}
    for r in named:
        country_counts[r.country] = country_counts.get(r.country, 0) + 1
    first_seen: dict[str, int] = {}
    as_recipient: dict[str, int] = {}  # `to Ukraine`, `for Kyiv` anywhere in the article
    for order, r in enumerate(named):
        first_seen.setdefault(r.country, order)
        if (r.text_before_to or (text and (_TO_HELP.search(text, max(0, r.start - 16), r.start)
                                          or _TO_REGION_OF.search(text, max(0, r.start - 30), r.start)
                                          or _REACHED_BEFORE.search(text, max(0, r.start - 24), r.start)))) and not (text and (_SALE_TO.search(text, max(0, r.start - 90), r.start) or _NAME_AS_MODIFIER.match(text, r.end))):
            as_recipient[r.country] = as_recipient.get(r.country, 0) + 1  # not `the sale of 116 tanks to Poland`: a buyer
    # a country (or a person of one) before an organisation (`the earthquake in Afghanistan`, not `the United Nations said`)
    kinds = {r.country: r.actor is not None and r.actor.kind not in ("country", "person") and not r.demonym for r in named}
    ranked = sorted(first_seen, key=lambda c: (kinds[c] and not as_recipient.get(c), -as_recipient.get(c, 0), -country_counts.get(c, 0), first_seen[c]))
    if not ranked:
        return None
    return next(r for r in named if r.country == ranked[0])


# `set sail for eastern Libya`, `flew to quake-hit Nepal`: a place named by its part or its plight after `for`/`to`
_TO_REGION_OF = re.compile(r"\b(?:to|for)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern|central|"
                           r"[a-z]+-(?:hit|stricken|ravaged|struck)|war-torn)\s+$")
# pass aid46: `the first shells have arrived in Ukraine`, `have reached Ukraine`: where the aid arrives receives it
_REACHED_BEFORE = re.compile(r"\b(?:arrived|arrives|arriving|landed)\s+in\s+(?:the\s+)?$|\b(?:reached|reaches|reaching)\s+(?:the\s+)?$")
_ARRIVED_IN_BEFORE = re.compile(r"\b(?:arrived|landed)\s+in\s+(?:the\s+)?$")
_VENUE_BEFORE = re.compile(r"\b(?:met|meet|meets|meeting|gathered|gathering|conference|summit|talks)\s+in\s+$", re.IGNORECASE)
# `not ready for NATO membership`, `on the way to the EU summit`: the name qualifies a noun, no recipient
_NAME_AS_MODIFIER = re.compile(r"\s+(?:membership|accession|summit|talks|meeting|allies|members|states|countries|leaders|officials)\b")
_SALE_TO = re.compile(r"\b(?:sale|sell|sells|selling|sold|export|exports|exported)\b[^.;]{0,70}\bto\s+(?:the\s+)?$", re.IGNORECASE)
_ANOTHER_TRANSFER = re.compile(r"\b(?:already|also|separately|earlier|previously|in addition)\b", re.IGNORECASE)
_ITEM_BACKREF = re.compile(r"\s*(?:(?:The|These|Those|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+)\b|(?P<pronoun>They)\b)")


def _names_items_again(sentence: str, items: list[str]) -> bool:
    """Whether `sentence` opens with a definite reference to one of `items` (`The tanks will ...`)."""
    m = _ITEM_BACKREF.match(sentence)
    if m is None:
        return False
    if m.group("pronoun"):
        return True
    heads = {i.split()[-1].casefold() for i in items if i.split()}
    opening = sentence[m.start() : m.end()].casefold().split()
    return any(w in heads for w in opening[1:])


_SENDS_VALUED = re.compile(
    r"\b(?:send|deliver|provide|supply|give|donate)\s+(?:[\w-]+\s+){0,4}?(?P<head>[a-z]+s)\b,?\s+(?:to\s+be\s+)?"
    r"(?:paid\s+for\s+(?:with|by|from|under)|worth|valued\s+at|at\s+a\s+cost\s+of|funded\s+(?:with|by|from|under)|financed\s+(?:with|by|from))\s"
)


def _sends_items_again(sentence: str, items: list[str]) -> bool:
    """Whether `sentence` sends one of `items` again and values it (`would send 31 M1 Abrams tanks, to be paid for
    with $400 million`)."""
    m = _SENDS_VALUED.search(sentence)
    if m is None:
        return False
    heads = {i.split()[-1].casefold() for i in items if i.split()}
    return m.group("head").casefold() in heads


# a second sum that measures the first: `£2.5 billion, an increase of £200 million`, `, up from $1 billion`
_COMPARISON_GAP = re.compile(
    r"\s*[,(\u2013\u2014-]?\s*(?:(?:an?\s+|the\s+)?(?:increase|rise|jump|drop|decrease|cut|reduction|fall|gain)\s+of|"
    r"(?:up|down)\s+from|(?:compared|against)\s+(?:with|to)|(?:double|triple|twice|three times|half)|"
    r"(?:larger|smaller|bigger|higher|lower)\s+than)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# `£100 million in aid to Gaza this year, an increase of £30 million on last year`: a later sum that measures an earlier one
_COMPARISON_BEFORE = re.compile(
    r"[,(\u2013\u2014]\s*(?:(?:an?\s+)?(?:increase|rise|jump|drop|decrease|cut|reduction|fall|gain)\s+of|(?:up|down)\s+from|"
    r"(?:compared|against)\s+(?:with|to)|(?:less|more|lower|higher|smaller|larger|bigger|fewer)\s+than)\s+(?:the\s+)?"
    r"(?:(?:last|previous|prior)\s+year['\u2019]s\s+)?$",  # `, less than last year's 7.5 billion euros`: the earlier sum
    re.IGNORECASE,
)
# `..., which will include $200 million for drones`: a part named after its package
_INCLUDES_BEFORE = re.compile(
    r"\b(?:includ(?:e|es|ed|ing)|of which|compris(?:e|es|ing)|consist(?:s|ing)? of|made up of|contain(?:s|ing)?)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
_CONVERSION_GAP = re.compile(r"\s*[,\u2013\u2014-]\s*(?:or\s+|equivalent\s+to\s+|equal\s+to\s+|worth\s+)?", re.IGNORECASE)
_COORDINATED_SUM = re.compile(r"(?:\band|\bas well as|\bplus|,)\s+$", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)  # `between $10 million and $25 million`: one range
_FURTHER_SUM = re.compile(r"\b(?:a further|an additional|another|an extra)\s+$", re.IGNORECASE)
_EACH_TO = re.compile(r"\s+each\s+(?:to|for)\s+(?:the\s+)?", re.IGNORECASE)
# `$50 million in relief for each of Turkey and Syria`: the sum goes whole to every recipient listed
_EACH_OF = re.compile(r"\s+(?:(?:in|of)\s+(?:[\w-]+\s+){1,3}?)?(?:to|for)\s+each\s+of\s+(?:the\s+)?", re.IGNORECASE)
_EACH = re.compile(r"\beach\s+(?:[\w-]+\s+){0,2}$|\s+each\b", re.IGNORECASE)
# `to be paid in monthly instalments of about 1.5 billion euros`
_PERIODIC_OF = re.compile(r"\b(?:monthly|annual|yearly)\s+(?:instal?lments?|tranches?|payments?|disbursements?)\s+of\s+$", re.IGNORECASE)
_PER_PERIOD = re.compile(r"[^.;,]{0,40}?\b(?:(?:a|per|each|every)\s+(?:year|month)|annually|yearly|monthly)\b", re.IGNORECASE)


def _merge(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    """One package mentioned twice -> one event (the first mention; items and parts merged)."""
    merged: dict[tuple, _Candidate] = {}
    for cand in candidates:
        key = cand.key()
        if cand.annual and cand.kind == "new":
            # `75 billion crowns over five years ... worth 15 billion crowns a year`: an instalment of the total
            total = next((c for c in merged.values() if c.money is not None and c.kind == "new" and not c.annual
                          and c.donor.country == cand.donor.country and c.recipient.country == cand.recipient.country
                          and c.money.currency == cand.money.currency and c.money.value > cand.money.value), None)
            if total is not None:
                total.parts.append((cand.money, cand.annual))
                if total.aid_type == "unspecified":
                    total.aid_type = cand.aid_type  # `..., or 15 billion crowns a year split between military and civilian needs`
                continue
        if cand.money is None:
            # an in-kind transfer that restates a valued package of the same flow adds its items; one
            # marked as another transfer (`has already delivered tents`, `also`) or delivered while the
            # package is not stays its own event
            same_flow = [c for c in merged.values() if c.money is not None and c.kind == cand.kind == "new"
                         and c.donor.country == cand.donor.country and c.recipient.country == cand.recipient.country
                         and (c.status == "delivered") == (cand.status == "delivered")]
            if same_flow and not cand.shipment and not _ANOTHER_TRANSFER.search(cand.sentence.text(text)):
                for item in cand.items:
                    if item not in same_flow[0].items:
                        same_flow[0].items.append(item)
                continue
        elif cand.kind == "new":
            # `X will send 31 Abrams tanks ... The tanks will be bought under a $400 million package`: the
            # package that names the transfer's items again is that transfer, valued
            earlier = next((k for k, c in merged.items() if c.money is None and c.kind == "new" and c.items
                            and c.donor.country == cand.donor.country and c.recipient.country == cand.recipient.country
                            and (_names_items_again(cand.sentence.text(text), c.items)
                                 or _sends_items_again(cand.sentence.text(text), c.items))), None)
            if earlier is not None:
                inkind = merged.pop(earlier)
                cand.items = inkind.items + [i for i in cand.items if i not in inkind.items]
        if key in merged and cand.money is None and merged[key].money is None and cand.sentence is not merged[key].sentence \
                and "unspecified" not in (cand.aid_type, merged[key].aid_type) and cand.aid_type != merged[key].aid_type \
                and _ANOTHER_TRANSFER.search(cand.sentence.text(text)):
            # `signed the decree for Italy's tenth package of military aid ... Italy will also send power generators`:
            # a second transfer in kind of another sort, marked as another, is its own event
            key = key + (len(merged),)
        if key in merged:
            first = merged[key]
            first.items.extend(i for i in cand.items if i not in first.items)
            if not first.parts and cand.parts:
                first.parts = cand.parts
            continue
        merged[key] = cand
    return list(merged.values())


_DISASTER = re.compile(
    r"\b(?:earthquakes?|quakes?|typhoons?|cyclones?|hurricanes?|floods?|flooding|tsunamis?|droughts?|wildfires?|landslides?|"
    r"mudslides?|eruptions?|blast|explosions?)\b",
    re.IGNORECASE,
)


def _relief_context(cands: list[_Candidate], text: str) -> None:
    """`The UK has announced £120m in humanitarian aid for Sudan ... The European Union pledged €522m and Germany €125m
    at the meeting`: a sum of no stated kind for the recipient of humanitarian aid named before is more of that aid."""
    relief: set[str | None] = set()
    # a running total is relief too where the article tells of a disaster (`has so far provided $20 million` after a
    # typhoon), not where the recipient's aid is of every kind over years (`since the invasion`); the text is read
    # for a disaster only when such a total is there (a scan of every article costs)
    disaster: bool | None = None
    givers: set[str | None] = set()
    for c in cands:
        if c.aid_type == "humanitarian":
            relief.add(c.recipient.country)
            if c.money is not None and c.kind == "new":
                givers.add(c.donor.country)
        elif c.aid_type == "unspecified" and c.money is not None and c.recipient.country in relief:
            if c.kind != "new" and disaster is None:
                disaster = _DISASTER.search(text) is not None
            if c.kind == "new" or disaster:
                c.aid_type = "humanitarian"
        elif c.aid_type == "unspecified" and c.money is not None and c.kind == "new" and c.donor.country in givers:
            # pass r51aid: `Canada will provide up to C$1 million in humanitarian aid to Grenada ... Canada will also give
            # C$500,000 to help Jamaica, where Beryl tore roofs off homes`: the same donor's next sum after a disaster
            if disaster is None:
                disaster = _DISASTER.search(text) is not None
            if disaster:
                c.aid_type = "humanitarian"


# pass aid46: a country's own self-governing territory (Denmark's block grant to Greenland, its defence of the island) is
# its own realm: money for it is spending at home, never aid
_OWN_REALM = {"Greenland": "Denmark"}
_DEFENCE_PACKAGE = re.compile(r"\bdefen[cs]e\s+(?:package|plan|budget|spending)\b", re.IGNORECASE)


def _spending_at_home(c: _Candidate, text: str) -> bool:
    """A sum for the donor's own realm, or a `defence package` with no recipient named in its sentence (`Denmark has
    announced a second Arctic defence package of 14.6 billion kroner`): the donor's own defence, no aid."""
    if c.donor is not None and c.recipient is not None and _OWN_REALM.get(c.recipient.country or "") == c.donor.country:
        return True
    if c.money is None or c.recipient is None or "efen" not in text[c.sentence.start : c.sentence.end]:
        return False
    return (not c.sentence.start <= c.recipient.start < c.sentence.end) and _DEFENCE_PACKAGE.search(
        text, c.sentence.start, c.sentence.end) is not None and "aid" not in text[c.sentence.start : c.sentence.end]


def extract(article: Article, ctx: ExtractionContext) -> list[Envelope]:
    text = article.text
    events = []
    cands = [c for c in _merge(_candidates(article, ctx), text) if not _spending_at_home(c, text)]
    _relief_context(cands, text)
    in_kind_seen: dict[tuple, int] = {}
    for cand in cands:
        evidence = Span.of(text, cand.sentence.start, cand.sentence.end)
        amount = (
            Amount(value=cand.money.value, currency=cand.money.currency, qualifier=cand.money.qualifier)
            if cand.money
            else None
        )
        parts = [
            AmountPart(
                amount=Amount(value=m.value, currency=m.currency, qualifier=m.qualifier),
                label=label,
                evidence=Span.of(text, m.start, m.end),
            )
            for m, label in cand.parts
        ]
        payload = AidAnnounced(
            donor=_entity(text, cand.donor),
            recipient=_entity(text, cand.recipient),
            amount=amount,
            aid_type=cand.aid_type,
            kind=cand.kind,
            status=cand.status,
            items=cand.items,
            parts=parts,
            evidence=evidence,
        )
        amount_key = f"{cand.money.value:.2f} {cand.money.currency}" if cand.money else "in-kind"
        if cand.money is None:
            # a second transfer in kind of the same flow (`_merge`) has an id of its own; the first keeps the old one
            flow = (cand.donor.country, cand.recipient.country, cand.kind)
            in_kind_seen[flow] = in_kind_seen.get(flow, 0) + 1
            if in_kind_seen[flow] > 1:
                amount_key = f"in-kind {in_kind_seen[flow]}"
        events.append(
            article_event(
                article,
                event_type=AID_ANNOUNCED,
                producer=PRODUCER,
                payload=payload,
                evidence=evidence,
                discriminators=(amount_key, cand.donor.country or "", cand.recipient.country or "", cand.kind),
            )
        )
    return events
