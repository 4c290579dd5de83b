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
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..schemas import Issue, IssueSet
from .wordfilter import BoundedWords, WordMemo, first_char_dispatch, first_char_patterns, literal_forms, split_alternatives, text_words


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    factor: int  # +1 or -1
    kind: str  # stance | request | reverser | keeper | noun | negation | unchanged | align | action


def _rx(words: str) -> re.Pattern[str]:
    # (each alternative tried only at a letter it can start with: `wordfilter.first_char_dispatch`; not where that
    # writes the pattern out many times over, compiled at import)
    body = first_char_dispatch(split_alternatives("(?:" + words + ")"), re.IGNORECASE, max_growth=3.0) or words
    return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.IGNORECASE)


# The nouns of an act done to a measure (`the delay`, `the veto`, `the U-turn`, `the exemption`): named alone, they name
# the act on the issue told before, and a reaction to them is the opposite of the reaction to the issue when the act
# went against it (positions._referent_act).
ACT_NOUNS = (r"delay|postponement|pause|veto|U-turn|u-turn|climb-?down|reversal|roll-?back|exemptions?|extension|suspension|"
             r"watering[- ]down|shelving|scrapping|repeal|withdrawal|(?:extra|additional) (?:time|year|months)|reprieve|breathing (?:room|space)")

# a refusal of a course by the speaker's side (`Fracking is not a path we are willing to go down`, `we will not go down that
# road`, `has no place in our waters`): against its subject (on a halt issue, the halted activity: for the halt)
REFUSAL = _rx(
    r"not (?:a|the) (?:path|road|route|direction|course) (?:that )?(?:we|I|this government|the government|this country)"
    r"(?:['\u2019](?:re|m))?(?: (?:are|am|is|will be|would be))?(?: \w+)? (?:willing|prepared|ready|going|about|keen|eager|wanting|want|"
    r"intend(?:ing)?|plan(?:ning)?)(?: to)? (?:go down|take|follow|travel|walk|go|pursue|embark on)|"
    r"(?:will not|won['\u2019]t|would not|wouldn['\u2019]t|shall not|(?:are|am|is|['\u2019]re|['\u2019]m)(?: not|n['\u2019]t) going to|never) "
    r"go (?:down|along) (?:that|this|the|such an?) (?:road|path|route)|"
    r"(?:are|am|is|['\u2019]re|['\u2019]m)(?: not|n['\u2019]t) going down (?:that|this|the|such an?) (?:road|path|route)|"
    r"(?:has|have|had) no place in (?:our|the|their|its|this|his|her|a|any|modern)"
)

# (pass `pos26a`) how the holder's members voted (`voted largely against`, `voted overwhelmingly in favour`)
_VOTE_HOW = r"(?:overwhelmingly|unanimously|largely|narrowly|mostly|heavily|solidly|en masse|en bloc|as a bloc|as one)"

# (pass `posr`) what a concern is about when it is a stance: a measure named by its noun, or `it`/`them` (`concerned about
# the bill`, `about its impact`), not a harm the speaker wants tackled (`concerned about rising youth vaping`)
_CONCERN_OBJECT = (r"(?= (?:it|them|(?:the|this|that|these|those|its|their|such an?|such) (?:[\w'\u2019-]+ ){0,3}?(?:ban|tax|levy|charge|fee|cap|"
                   r"plan|proposal|policy|measure|scheme|reform|bill|law|legislation|rule|move|decision|restriction|curb|deal|agreement|"
                   r"treaty|directive|regulation|ordinance|impact|effects?|consequences|implications)s?\b))")

UNCHANGED = _rx(
    r"(?:has|have|had)(?: not|n't) made (?:a|any) (?:policy )?(?:change|decision)|no (?:policy )?change|"
    r"(?:still|remains?|is) in the same place|position (?:has not|hasn't|had not|hadn't) changed|"
    r"(?:policy|position) (?:remains|is) unchanged|unchanged|has not shifted|hasn't shifted|"
    r"(?:has|have|had)(?: not|n't) changed|maintain(?:s|ed|ing)? (?:its|his|her|their) (?:position|stance|view|line)(?: that)?|"
    r"(?:refusal|position|stance|opposition|decision|support) (?:[\w-]+ ){0,4}(?:still )?(?:stands|stood|holds|held firm)"
)
UNCHANGED_MARKER = _rx(
    r"remain(?:s|ed|ing)?|still|stands? by|stood by|reaffirm(?:s|ed|ing)?|"
    r"reiterat(?:e|es|ed|ing)|maintain(?:s|ed)? (?:its|his|her|their) (?:position|opposition|support|stance)|"
    r"no change|not changed|as before|again|stick(?:s|ing)? (?:to|with)|stuck (?:to|with)"
)
ALIGN = re.compile(
    r"(?<![\w-])(?:align(?:s|ed|ing)? (?:itself |himself |herself |themselves )?with|sid(?:e|es|ed|ing) with|"
    r"agree(?:s|d|ing)? with|echo(?:es|ed|ing)?|shar(?:e|es|ed|ing)|"
    # welcoming another's view is sharing it (`Moscow welcomed the new administration's view`)
    r"welcom(?:e|es|ed|ing)(?= (?:the |a )?(?:[\w-]+ ){0,2}[\w.-]+['\u2019]s (?:view|views|position|stance|assessment|line)\b))"
    r"\s+(?P<rest>[^,;.]{0,60})",
    re.IGNORECASE,
)
# (pass r52pos) a call that the measure not go on, in the subjunctive (`recommended the bill not proceed`, `recommends that
# the rules not be adopted`): a call against it, not for it
_R52POS_NOT_GO_ON = (r" (?:that )?(?:the|this|its|their|his|her) (?:[\w'\u2019-]+ ){0,4}?(?:not|never) (?:proceed|go ahead|pass|advance|"
                     r"move forward|go any further|become law|be (?:passed|adopted|enacted|approved|implemented))\b")
REQUEST = _rx(
    r"(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bsuch )(?<!\bany )(?<!\ba )request(?:s|ed|ing)?|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )ask(?:s|ed|ing)?(?: for)?(?!(?: (?:on|last|this|late|early) \w+| \w+ly)? (?:whether|if|about|why|how|what|when|where|who|by)\b)|"
    r"(?:renew\w*|repeat\w*|reiterat\w*|made|make|makes|issued) (?:his|her|its|their|a|an) (?:\w+ )?(?:plea|appeal|call|request|demand)s? (?:for|to)|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?(?! (?:on )?ahead\b)(?! (?:secretary|secretaries|conference|briefing|office|release|officer|service|freedom|reports?|agency)\b)(?: for)?|"
    r"lobb(?:y|ies|ied|ying)(?: for|(?! against\b))|"
    # (pass `pos21a`) campaigning for a measure presses for it (`has campaigned for a moratorium since 1990`; not `the
    # campaign for`, a noun)
    r"(?<!the )(?<!a )(?<!its )(?<!their )(?<!his )(?<!her )campaign(?:s|ed|ing)? for|(?:held|holds?|holding) out for|call(?:s|ed|ing)? (?:(?:last|this|next|on|earlier|late) \w+ )?(?:on|for|upon)|appeal(?:s|ed|ing)? (?:to|for)|"
    r"plead(?:s|ed|ing)?(?: for| with)?|pleaded|demand(?:s|ed|ing)?|push(?:es|ed|ing)? for|push(?:es|ed|ing)? (?:(?:the|its|their|his|her|fellow|other|western|european) )?(?:allies|partners|members|governments|countries|leaders|states|colleagues|counterparts|(?-i:[A-Z][\w-]+)) to(?= [a-z])|"
    r"implor(?:e|es|ed|ing)|beg(?:s|ged|ging)?|"
    # an advisory body's call (`recommended that the athletes be allowed back`, `recommends imposing ...`)
    r"recommend(?:s|ed|ing)?(?!" + _R52POS_NOT_GO_ON + r")(?= (?:on \w+ |\w+ly )?(?:that|to|the|a|an|[a-z]+ing|(?-i:[A-Z]))\b)"
)
# The nouns a measure is named by when a verb acts on it (`killed the bill`, `defended the levy`, `will fight the plan`):
# verbs with other everyday objects (`kill`, `defend`, `fight`) are stances only before one of these.
_MEASURE_OBJECT = (
    r"(?= (?:the|a|an|its|their|his|her|this|that|these|those) (?:[\w'\u2019-]+ ){0,3}?(?:bill|law|legislation|measure|proposal|plan|moratorium|toll|"
    r"policy|reform|motion|amendment|ban|tax|levy|fee|charge|cap|limit|mechanism|scheme|rule|regulation|decree|directive|"
    r"programme|program|initiative|decision|move)s?\b)"
)
# A measure judged sensible, realistic, needed or historic, and the benefits predicted of it (the mirror of the
# harms in _CONSEQUENCES); `did not think it made sense to give ...` negates them.
_BENEFITS = (
    r"makes? sense|made sense|(?:a |an )?(?:realistic|viable|feasible|sensible)|"
    r"(?:is|are|was|were|be|been) (?:urgently |badly |still |really |also )?needed|"
    r"(?:a |an )?historic (?:moment|day|decision|step|milestone|achievement|breakthrough|agreement|deal|vote)|"
    # (pass pos43c) a deal good for both sides (`This is a win-win agreement`)
    r"an? (?:real |true |genuine )?win-win\b|"
    # (pass pos43c) a deal predicted to open markets (`the accord would open markets for European cars`)
    r"(?:would|will|could) (?:\w+ )?open (?:up )?(?:new )?markets\b|"
    # a verdict predicated of the measure (`a ceasefire was "the right answer"`), not a subject (`the right answer was ...`)
    # (passes pos43c, pos44a: also after `not`, `was "not the appropriate answer"`, and `appropriate`, `correct`)
    r"(?:(?<=\bis )|(?<=\bwas )|(?<=\bare )|(?<=\bwere )|(?<=\bbe )|(?<=\bis [\"\u201c])|(?<=\bwas [\"\u201c])|(?<=\bbe [\"\u201c])|(?<=\bnot ))"
    r"the (?:right|appropriate|correct) (?:answer|response|approach|step|move|decision|course|thing to do|way (?:forward|to go))|"
    r"an? (?:\w+ )?(?:milestone|breakthrough)|an? (?:\w+ )?victory for|an? (?:\w+ )?signal of (?:hope|support|solidarity)|"
    # `there could be no peace without recognition`: what there is none without is needed
    r"(?:can|could|will|would) be no (?:[\w-]+ ){1,6}?without(?= )|"
    r"(?:an? |the )?irreversible (?:path|course|process)|(?:is|was|are|were|be|remains?) (?:\u201c|\")?irreversible|"
    r"(?:would|will|could) (?:(?!not |never )\w+ )?(?:save (?:[\w,-]+ ){0,3}lives|boost|strengthen|bolster|protect|safeguard|make a (?:real |big |huge )?difference|"
    r"bring (?:new |more |real )?(?:confidence|motivation|stability|security|peace|relief)|"
    # (pass `pos22s`: the good quoted, `would give tenants "much-needed stability"`)
    r"(?:bring|give|offer) (?:[\w'\u2019-]+ ){1,2}[\u201c\"]?(?:(?:much-)?needed |real |more |some |new )?(?:confidence|stability|certainty|security|relief|protection|breathing space)|"
    # (pass iss) a say given to those it concerns (`would give First Nations people a say over the policies`)
    r"give (?:[\w'\u2019-]+ ){1,3}an? (?:real |greater |bigger |proper |direct |stronger )?(?:say|voice)\b)|"
    # a help predicted of an act named by an anaphor (`said the move would help millions of families`; not `Germany will
    # help Ukraine produce ...`)
    r"(?:(?<=\bit )|(?<=\bthis )|(?<=\bthat )|(?<=\bmove )|(?<=\bstep )|(?<=\bvote )|(?<=\blaw )|(?<=\bbill )|(?<=\bplan )|"
    r"(?<=\bdecision )|(?<=\brule )|(?<=\bordinance ))(?:would|will|could) (?:\w+ )?help\b"
)
# A verdict passed on the measure named by `it` or an anaphor in a small clause (`called the decision on the jets
# "historic"`, `called it "a first step"`, `called the measure one of the most brutal in decades`): the words are
# verdicts only there (`a brutal war`, `historic lows` are none).
# (pass `stm24`: `subsidy`, `ordinance`, `decree`, `limit`: `called the night train subsidy "a lifeline"`)
_MEASURE_HEADS = r"tax|levy|freeze|mandate|treaty|accord|merger|takeover|pipeline|scheme|policy|charge|toll|cap|project|legislation|rules|regulations|subsidy|ordinance|decree|limit"
_CALLED_IT = (
    r"(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|term(?:s|ed|ing)?|label(?:s|led|ling|ed|ing)?|brand(?:s|ed|ing)?|hail(?:s|ed|ing)?) "
    # (pass `pos22s`: a measure named with up to two words before its noun, `called the rent freeze "a disaster"`)
    r"(?:it|this|that|the (?:[\w-]+ ){0,2}?(?:decision|move|plan|measure|reform|law|ban|bill|proposal|step|change|" + _MEASURE_HEADS +
    # (pass pos43c) a deal or an agreement called good (`called the deal "historic"`, `described the pact as "good"`)
    r"|deal|agreement|pact)"
    r"(?: (?:on|to|of) (?:the )?[\w-]+(?: [\w-]+)?)?)"
    r",? (?:as )?[\u201c\"]?"
)
_CALLED_SUPPORT = _CALLED_IT + (
    r"(?:historic|necessary|fair|courageous|long overdue|welcome|(?:simple |plain |good )?common sense|commonsense|sensible|a no-brainer|a lifeline|an? (?:\w+ )?step (?:forward|in the right direction)|"
    r"an? (?:(?:important|good|welcome|big|major|positive|significant) )?first step|an? (?:\w+ )?victory|"
    # (pass pos43c) `described the accord as "good at this stage"`, `called it balanced`, `a win-win`
    r"(?:good|positive|balanced)(?![\w-])(?! (?:riddance|luck|news for (?:no|nobody))\b)|an? (?:\w+ )?win-win|"
    # (`called it a good day for Europe`, `a proud day for workers`)
    r"an? (?:(?:very|truly|really) )?(?:good|great|historic|proud|happy|big) day)"
)
_CALLED_OPPOSE = _CALLED_IT + (
    r"(?:(?:one of the most |the most |deeply |profoundly |utterly )?(?:brutal|unjust|unfair|cruel)|"
    r"an? (?:\w+ )?(?:attack|assault) on|an? (?:\w+ )?betrayal|an? (?:\w+ )?power grab|an? (?:\w+ )?(?:gamble|sham|con|"
    r"white elephant|vanity project|tax on (?:jobs|growth|work|families|tourism|visitors))|"
    # (pass pos43c) a remedy called a mere patch (`described the safeguard as "a band-aid"`, `called the deal window dressing`)
    r"an? (?:mere |simple |cosmetic )?(?:band-aid|fig leaf|sticking plaster)|(?:mere |pure )?window dressing|an? (?:(?:very|truly|really) )?(?:dark|sad|black|shameful|bad) day|"
    # (pass poscue) the measure called the worst of its kind (`called the levy "the worst tax ever"`, `the worst law in decades`)
    r"the (?:single )?worst (?:[\w-]+ ){0,2}?(?:ever|in (?:history|decades|living memory|a generation)))"
)
# A verdict passed on a measure or act in a small clause or as a predicate (`called the decision "a great step towards
# stopping Russia"`, `hailed the move as an important step`, `said it was good news`, `called it a disaster`): the whole
# verdict, its complement included, is one cue, read before any other (`stopping` inside it reverses nothing).
CALLED_SUPPORT = _rx(_CALLED_SUPPORT)
CALLED_OPPOSE = _rx(_CALLED_OPPOSE)
_VERDICT_LEAD = (
    r"(?:(?:(?:call|describ|term|label|brand|hail|welcom|prais|greet)\w* (?:it|this|that|the (?:[\w-]+ ){0,2}?"
    r"(?:decisions?|moves?|plans?|measures?|reform|law|ban|bill|proposals?|steps?|change|vote|announcement|agreement|deal|result|"
    # (pass pos46) the passing of a text (`called the passing of the bill "a stain on ..."`)
    r"passing|passage|adoption|" + _MEASURE_HEADS + r")"
    r"(?: (?:on|to|of|by) (?:the )?[\w-]+(?: [\w-]+)?)?)(?:,? as)?"
    # (pass `pos24e`: `Today marks a crucial step`)
    r"|(?<![\w-])(?:was|is|were|are|be|been|\u2019s|'s|marks|marked))[,:]? [\u201c\"]?)"
)
_GOOD = (r"(?:great|important|big|major|historic|good|welcome|positive|significant|crucial|decisive|necessary|bold|courageous|"
         r"brave|long[- ]overdue|overdue|long-awaited|first|right|key|vital|landmark|huge|excellent|wise|sensible|correct|"
         r"strong|clear|timely|real|concrete|tremendous|fantastic|encouraging|promising|powerful|essential|inspiring|momentous)")
_DAY_GOOD = r"(?:good|great|historic|landmark|proud|happy|momentous|wonderful|fantastic|joyful|excellent)"
_VERDICT_SUPPORT = _VERDICT_LEAD + (
    r"(?:(?:an?|this|that) )?(?:(?:very|truly|really|hugely|extremely|most|an?other) )?" + _GOOD + r"(?:,? (?:and )?" + _GOOD + r"){0,2} "
    r"(?:[\w-]+ )?(?:steps?|moves?|decisions?|signals?|milestones?|achievement|breakthrough|message|gesture|sign|contribution|development)"
    r"(?: (?:forward|towards?|toward|in|for|to|on the (?:way|road|path) to|against|by)\b[^.;:,\u201c\u201d\"]{0,80})?|"
    + _VERDICT_LEAD + r"(?:(?:great|good|welcome|excellent|wonderful|fantastic) news|an? (?:[\w-]+ )?(?:victory|win|success|triumph))"
    r"(?: (?:for|of|against|over)\b[^.;:,\u201c\u201d\"]{0,60})?|"
    # (pass `pos24e`) a day, a moment or news called good (`This is a landmark day for ...`, `the law was a good day for
    # climate protection`, `This is historic, inspiring news for us`)
    + _VERDICT_LEAD + r"(?:an? )?(?:(?:very|truly|really|hugely) )?" + _DAY_GOOD + r"(?:,? (?:and )?[\w-]+){0,2} (?:day|moment|news)\b"
    # (pass pos46) `a landmark moment in our plan to ...`: the moment's frame is part of the verdict
    r"(?: (?:for|of|in)\b[^.;:,\u201c\u201d\"]{0,60})?"
)
_VERDICT_OPPOSE = _VERDICT_LEAD + (
    r"(?:(?:an?|the) )?(?:(?:[\w-]+|total|complete|utter) )?(?:disaster|catastrophe|failure|scandal|farce|disgrace|fiasco|insult|"
    # (pass pos46) a measure called a stain, a gimmick, a fantasy, a stunt, a travesty (`the plan was "an extortionate gimmick"`)
    r"stain|gimmick|fantasy|stunt|travesty|"
    # (pass pos42d) `the vote was "a defeat for fiscal justice"`: a defeat for a good the speaker stands for
    r"defeat(?= for (?:[\w-]+ ){0,2}?(?:justice|fairness|democracy|equality|workers|(?:the )?(?:people|planet|climate|poor)\b))|"
    r"step back(?:wards?)?|slap in the face)(?: (?:for|to|of|against)\b[^.;:,\u201c\u201d\"]{0,60})?"
)
VERDICT_SUPPORT = _rx(_VERDICT_SUPPORT)
# a substring every match of each holds
_VERDICT_SUPPORT_HEADS = ("step", "move", "decision", "sign", "milestone", "achievement", "breakthrough", "message", "gesture",
                          "contribution", "development", "news", "victor", "win", "success", "triumph", "day", "moment")
_VERDICT_OPPOSE_HEADS = ("defeat", "disaster", "catastroph", "failure", "scandal", "farce", "disgrace", "fiasco", "insult", "step", "slap",
                         "stain", "gimmick", "fantasy", "stunt", "travesty")
VERDICT_OPPOSE = _rx(_VERDICT_OPPOSE)
# Reactions to a decision on the issue (a ruling, an approval, a ban) told by a legal remedy or a verdict on its grounds,
# as wire copy reports them (`would seek a judicial review`, `said the decision was not based on science`, `was
# delighted`): a stance on the decision, the issue's way when the decision went its way (positions flips it after an
# act against the issue). A feeling of regret (`said it was disappointed`) is left out: its first, general form broke
# two blind rounds' floors, and a narrowed form was shaped with those pass/fail results in view.
_REACTION_OPPOSE = (
    r"(?:seek|seeks|sought|seeking|apply for|applied for|applying for|pursue|pursuing|launch|launched|launching|file|filed|filing|"
    r"lodge|lodged|lodging|bring|brought|bringing) (?:an? |its |their )?(?:urgent )?(?:judicial review|legal challenge|court challenge|appeal)|"
    r"(?:will|would|to|plans? to|planned to|intends? to|intended to|vowed to|vows to) (?:\w+ly )?appeal\b|"
    r"(?:will|would|to) (?:\w+ly )?(?:challenge|contest|fight) (?:it|them|this|the (?:[\w-]+ ){0,2}?(?:decision|ruling|verdict|judge?ment|approval|ban|plan|measure)) in (?:the )?courts?|"
    r"(?:take|takes|took|taking) legal action|"
    r"not (?:\w+ )?based on (?:sound |the |any )?(?:science|evidence|facts|data)|(?:ignor\w+|flie?s in the face of) (?:the )?(?:science|evidence)"
)
_REACTION_SUPPORT = (
    r"(?:is|was|were|are|am|be|been|felt|feel|feels) (?:\w+ly )?(?:very |so |really |extremely |absolutely )?"
    r"(?:pleased|delighted|relieved|thrilled|gratified)(?! (?:to|that) (?:\w+ ){0,2}?(?:meet|see|talk|speak|host|welcome|announce))"
)
REACTION = _rx(_REACTION_OPPOSE + "|" + _REACTION_SUPPORT)
REACTION_GATE = ("judicial review", "appeal", "court", "legal",
                 "based on", "science", "evidence", "pleased", "delighted", "relieved", "thrilled", "gratified")
# (pass pos42d) a measure called indispensable (`said the levy remained "indispensable"`, `is essential`)
_INDISPENSABLE = (r"(?:is|are|was|were|be|been|remains?|remained) [\u201c\"]?(?:(?:absolutely|really|truly|simply|still) )?"
                  r"(?:indispensable|essential|vital)(?![\w-])")
# (pass pos42c) good verdicts predicated of a measure or an act on it, read as support and as a speaker's evaluation:
_MEASURE_GOOD = (
    # a measure said to be needed as it is (`capping output was essential`, `the ban is vital`), not an infinitive or
    # clause after it (`it is essential to avoid escalation`)
    r"(?<!\bit )(?:is|was|are|were|be|been|remains?) (?:\w+ )?(?:essential|vital|indispensable|necessary)(?! (?:to|that)\b)|"
    # an act on the measure going as it should (`the discharge was proceeding according to plan`)
    r"(?:is|was|are|were|be|been) (?:proceeding|going|progressing|running) (?:according to plan|as planned|smoothly|safely|"
    r"without (?:any )?(?:problems?|incidents?|a hitch))|"
    # a review finding the measure safe by the standards (`met international safety standards`, `consistent with relevant
    # international safety standards`, `will be within the standards`)
    # one that keeps those it protects safe (`will not keep kids safe`: negated, against it)
    r"(?:(?<=will )|(?<=would )|(?<=could )|(?<=not ))(?:keep|make) (?:[\w-]+ ){1,2}?(?:safe|safer)\b|"
    r"(?:meets?|met|meeting|(?:is|was|are|were|be) (?:fully )?(?:consistent|in line|compliant) with|(?:is|was|are|were|be) (?:well )?within) "
    r"(?:the |all )?(?:relevant |applicable )?(?:international |global |national |safety |regulatory |\w+ )?(?:safety )?standards\b"
)
# (pass pos42c) bad verdicts predicated of a measure, read as opposition and as a speaker's evaluation: rushed through,
# leaving those it protects less safe, pushing them somewhere worse
_MEASURE_BAD = (
    r"(?:is|was|are|were|be|been|being) (?:\w+ )?[\u201c\"]?rushed\b|rushed through\b|"
    r"(?:would|will|could|might) (?:\w+ )?leave (?:[\w-]+ ){1,3}?(?:less (?:protected|safe|secure)|more (?:exposed|vulnerable))\b|"
    r"(?:would|will|could|might) (?:\w+ )?push (?:[\w-]+ ){1,3}?(?:towards?|into|onto) (?:the )?[\u201c\"]?(?:darker|less safe|riskier|more dangerous|unregulated)\b|"
    # (pass pos43c) a measure that only hurts the vulnerable (`"unilateral sanctions" only hurt the poorest`); not one
    # that hurts its target (`sanctions would hurt Russia`)
    r"(?:only|would|will|mostly|merely|just) (?:\w+ )?hurts? (?:the )?(?:poorest|poor|most vulnerable|weakest|ordinary (?:people|citizens|families))\b"
)
SUPPORT = _rx(
    _CALLED_SUPPORT + "|" + _REACTION_SUPPORT + "|" +
    # (`put cannabis back on the list of narcotics`, `bring them back into`: the adverb, not the verb; nor the `back` of
    # `roll back the tax`, which undoes it: REVERSER)
    # (pass `pos21a`) what a holder is called: `a longtime supporter of the ban`, `one of the main backers of the tax`
    r"(?:an?|the|one of the) (?:[\w-]+ ){0,2}?(?:supporters?|backers?|proponents?|advocates?|champions?|(?:co-?)?sponsors?|architects?) of(?= )|"
    r"support(?:s|ed|ing)?|(?<!\broll )(?<!\brolls )(?<!\brolled )(?<!\brolling )(?<!\bpush )(?<!\bpushes )(?<!\bpushed )(?<!\bpushing )(?<!\bbring )(?<!\bbrings )(?<!\bbrought )(?<!\bbringing )back(?! on\b| onto\b| into\b)(?:s|ed|ing)?(?! (?:in|to|from|then|home|down|up|off|away|when)\b)|endors(?:e|es|ed|ing)|favou?r(?:s|ed|ing)?|in favou?r of|"
    r"approv(?:e|es|ed|ing)|accept(?:s|ed|ing)?(?! (?:responsibility|blame|the (?:invitation|offer|resignation))\b)|authori[sz](?:e|es|ed|ing)|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|"
    r"green[- ]?light(?:s|ed)?|(?:gave|give|gives|giving|given) the green light|go-ahead|"
    r"(?:gave|give|gives|giving|given|granted|grant|grants|granting) (?:\w+ ){0,2}(?:permission|approval|clearance)|"
    r"cleared the way|agree(?:s|d)?(?: (?:on \w+|late on \w+|early on \w+|\w+ly))? to|decided to|decides to|propos(?:e|es|ed|ing)(?: on \w+)? to|"
    # `proposed a windfall tax`, `proposed that companies hand over ...`, `recommended the move`, `counting on help`,
    # `will take part in the price cap`, `will not join Western sanctions`
    r"propos(?:e|es|ed|ing)(?= (?:that|a|an|the|new|its|their)\b)|"
    # (pass pos39c) proposing an act in the gerund (`proposed banning menthol cigarettes`, `proposed delaying the law`)
    r"propos(?:e|es|ed)(?= (?:on \w+ )?[a-z]{3,}ing\b)|recommend(?:s|ed|ing)?(?!" + _R52POS_NOT_GO_ON + r")|count(?:s|ed|ing)? on|"
    r"t(?:ake|akes|aking|aken|ook) part in|participat(?:e|es|ed|ing) in|join(?:s|ed|ing)?(?= (?!forces\b|hands\b|us\b|me\b|him\b|her\b|them\b)[\w-]+)|confirm(?:s|ed|ing)?(?= (?:the|their|its|his|her|our) )|welcom(?:e|es|ed|ing)|advocat(?:e|es|ed|ing)|"
    r"champion(?:s|ed|ing)?|argu(?:e|es|ed|ing) for|"
    # (pass `posr`) standing by a measure (`said it stood by the proposal`, `stands by the ban`; not `stood by for news`)
    r"(?:stood|stands|stand|standing) (?:firmly |fully |still )?by(?= (?:the|its|their|his|her|this|that|these|those|it|them)\b)|"
    # winning a carve-out from a measure (`won an exemption from the ban`: for the carve-out, against the measure)
    r"(?:w[oi]n(?:s|ning)?|secur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|gain(?:s|ed|ing)?)(?= (?:an?|the|its|their|his|her) (?:[\w-]+ ){0,2}?(?:exemptions?|carve-outs?|opt-outs?) from\b)|defend(?:s|ed|ing)?" + _MEASURE_OBJECT + "|"
    r"want(?:s|ed)?|sought|seek(?:s|ing)?|" +
    # (pass pos42d) a measure called indispensable (`said the levy remained "indispensable"`, `is essential`), and a
    # measure made a condition of one's own course (`has made the tax a condition for not toppling the government`)
    _INDISPENSABLE + "|"
    r"ma(?:de|ke|kes|king) (?:the |its |their |his |her |this |that )?(?:[\w'\u2019%-]+ ){1,4}?(?:an? |its |their |his |her |the )(?:\w+ )?"
    r"(?:pre)?condition (?:for|of)(?: not\b)?|"
    # (`open to a debate on the drinking age` is open to discussing it, not for it)
    r"is for|are for|open to(?! (?:a |an |the |further |more |any )?(?:[\w-]+ )?(?:debate|discussion|dialogue|conversation|review|consultation)s?\b)|ready (?:to|for)|willing to|prepared to|"
    # (`has not committed to an EU-wide age limit` is no commitment either way: undecided, not opposed)
    r"(?<!not )(?<!n't )(?<!not yet )(?<!not publicly )(?<!not formally )committed to|vow(?:s|ed)? to|"
    r"promis(?:e|es|ed) to|pledg(?:e|es|ed) to|is right|was right|long overdue|the right (?:decision|move|thing)|"
    r"vot(?:e|es|ed|ing) (?:" + _VOTE_HOW + r" )?(?:for|in favou?r of)|vot(?:e|es|ed|ing) yes(?= on\b| to\b|\s*[.,;])|grant(?:s|ed|ing)?|hail(?:s|ed|ing)?|prais(?:e|es|ed|ing)|"
    r"applaud(?:s|ed|ing)?|sign(?:s|ed)? off on|thank(?:s|ed|ing)? (?:[\w.'\u2019-]+ ){1,4}?for(?= )|"
    # thanks without `for`, the thanked named (`thanked both leaders but said ...`, `thanking Denmark, the Netherlands and ...`)
    # (not thanks for help in general: `thanked Congress and said the package would ...`)
    r"thank(?:ed|ing)(?![^.;\u201c\"]*\b(?:package|aid|assistance|help|support|funding|loans?|money|hospitality)\b)(?= (?:[\w.'\u2019-]+,? ){1,6}?(?:but|and) | (?:[\w.'\u2019-]+,? ){0,5}[\w.'\u2019-]+(?:[.;]|$|, (?:saying|adding)\b))|"
    # a legislature passing or enacting a text (`the Senate passed the bill`, `voted to pass the law`)
    r"(?:pass(?:es|ed|ing)?|approv(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying)|enact(?:s|ed|ing)?)(?= (?:the|a|an|its|their|his|her|this|that) (?:[\w'\u2019-]+ ){0,3}?(?:law|bill|legislation|amendment|ban|act|measure|reform)s?\b)|(?:tak(?:e|es|en|ing)|took) (?:such a|this|that|the) (?:step|measure)|signal(?:l?ed|l?ing|s)? (?:its |his |her |their )?(?:support|openness|backing)|"
    # conferring a status (`made Ukraine a candidate for EU membership`, `make Kosovo a full member`)
    r"ma(?:de|ke|kes|king) (?-i:[A-Z])[\w'\u2019-]*(?: (?-i:[A-Z])[\w'\u2019-]*){0,2} (?:an? )?(?:official |formal |full )?(?:candidate|member)\b|"
    r"open(?:s|ed|ing)? (?:\w+ )?(?:talks|negotiations)|open(?:s|ed|ing)? the door|"
    r"help(?:s|ed|ing)? (?:\w+ ){0,2}(?:get|obtain|acquire|receive)|"
    # (pass `pos21a`) forming or joining a coalition for a course (`set up a coalition to train pilots on F-16s`, `joined an
    # alliance of countries calling for a pause`)
    r"(?:form(?:s|ed|ing)?|set(?:s|ting)? up|launch(?:es|ed|ing)?|buil(?:d|ds|t|ding)|l(?:ead|eads|ed|eading)|join(?:s|ed|ing)?|"
    r"head(?:s|ed|ing)?|creat(?:e|es|ed|ing)|spearhead(?:s|ed|ing)?) (?:an? |the )?(?:[\w'\u2019-]+ ){0,2}?"
    r"(?:coalition|alliance|group of (?:countries|nations|states))(?= (?:to|for|of|on|that|which|calling|pushing|seeking|backing)\b)|"
    # (pass `pos21a`) carrying a measure through (`pushed through decriminalisation`, `pushed the reform through`);
    # not one's own amendments to it, whose direction the verb does not tell (`to push through its amendments`)
    r"push(?:es|ed|ing)? (?:[\w'\u2019-]+ ){0,3}?through(?= (?:the|a|an|its|their|his|her|this|that|[a-z]+(?:ion|ment|ban|tax|law|bill))\b|\s*[.,;])"
    r"(?! (?:its|their|his|her|the) amendments\b)|"
    r"(?:threw|throws?|throwing) (?:his|her|its|their|the) (?:full |whole )?weight behind|(?:stands?|stood|standing) (?:firmly |squarely |fully )?behind|"
    r"(?:gets?|got|getting|swings?|swung|swinging|rall(?:y|ies|ied|ying)) (?:firmly |squarely |fully )?behind|(?:came|comes?|coming) out (?:in favou?r of|for|in support of)|sign(?:s|ed|ing)? up(?: to| for)?|sign(?:s|ed|ing)? on to|(?<!not )(?<!n't )(?<!not yet )(?<!never )sign(?:s|ed|ing)? on(?=\s*(?:[.;]|$))|"
    r"agree(?:s|d)? (?:in|on|at|during|after|late|early|with|by)\b(?: [\w'\u2019-]+){1,9}? to(?= \w)|"
    r"(?:(?<=\s)(?:lies|lie|lay|belongs?|belonged)|(?:(?<=future )|(?<=place )|(?<=future \u201c)|(?<=place \u201c)|(?<=future \")|(?<=place \"))(?:is|was|remains|will be)) (?:firmly |squarely |clearly )?[\u201c\"]?(?:in|within)(?= (?:the )?(?:NATO|EU|European Union|[Aa]lliance|bloc|Europe(?:an)?)\b)|"
    r"(?<!it )(?<!they )need(?:s|ed)?(?= (?!to\b)[a-z])|encourag(?:e|es|ed|ing)|enabl(?:e|es|ed|ing)|"
    # (pass pos44b: not an order that undoes or suspends, `signed an executive order instructing the ministry not to
    # enforce ...`, `signed an order pausing ...`: the verb it carries is the cue)
    r"sign(?:s|ed|ing)?(?= (?:the|a|an|its|their|his|her|this|that|into|onto)\b)"
    r"(?! (?:an?|the) (?:executive )?(?:order|decree)s? (?:\w+ ){0,3}?(?:instructing|directing|telling|ordering|pausing|delaying|suspending|halting|postponing|exempting)\b)|" + _BENEFITS + "|"
    r"(?:is|are|was|were|be|been) (?:\u201c|\")?(?:(?:very|really|so|truly|absolutely|entirely|fully) )?(?:tremendous|great|good|excellent|justified|fair)\b|"
    # (pass pos43c) positive about a measure (`he was "rather positive" about the trade agreement`)
    r"(?:is|are|was|were|am|be|been|remains?|remained|felt|feels?) [\u201c\"]?(?:(?:rather|very|quite|broadly|cautiously|largely|generally|now) )?"
    r"positive[\u201d\"]? (?:about|on|towards?)(?= )|"
    r"the (?:\w+ )?(?:best|fairest|only|most effective|surest|quickest) (?:way|option|solution|answer|path)|"
    r"an? (?:\w+ )?(?:effective|efficient|important|useful|powerful) (?:way|tool|means|instrument|lever)|"
    # answering a move with a measure enacts the measure (`would respond to the new tariffs with retaliatory measures`)
    r"(?:respond|react|reply|replie|answer|hit back)(?:s|ed|d|ing)? (?:to (?:[\w.'\u2019%-]+ ){1,6})?with|"
    # a hope with its own clause is a wish for what the clause says (`she hoped the bloc would hold its nerve on ...`);
    # `hoped to` stays a hedge
    r"hop(?:e|es|ed)(?= (?:that )?(?:the|its|his|her|their|it|they|he|she|we|(?-i:[A-Z][\w-]*))\b)|"
    # (pass pos42c) fighting for a measure (`would keep fighting for a treaty that ...`, `fought for binding limits`;
    # not `fighting for their lives`)
    r"(?:fight(?:s|ing)?|fought) for(?= (?:an?|the|binding|global|legally|strong|stronger|ambitious|tough|tougher)\b)|"
    + _MEASURE_GOOD + "|"
    # a measure that is to be passed (`called for it not to be passed`, `should be adopted`)
    r"be (?:passed|adopted|enacted|approved|ratified)\b|"
    # doing as a forerunner did (`following Australia's lead`, `will follow France's example`, `copy Spain's ban`)
    r"(?:follow(?:s|ed|ing)?|emulat(?:e|es|ed|ing)) (?:(?-i:[A-Z])[\w'\u2019-]*['\u2019]s?|the|its|their) (?:lead|example)\b|"
    r"cop(?:y|ies|ied|ying)(?= (?-i:[A-Z])[\w-]*['\u2019]s? )"
)
# Verdicts an opponent passes on a measure (`the tanks would burn`, `the confiscation would be theft`).
_VERDICTS = (
    r"(?:will|would) (?:\w+ )?(?:\u201c|\")?burn|(?:will|would) be (?:destroyed|legitimate targets?)|legitimate targets?|"
    r"theft|robbery|piracy|an? (?:[\w-]+,? (?:and )?){0,3}(?:bad|wrong|senseless|terrible|grave|incorrect|irrational|misguided|foolish|unwise|harmful|short-sighted) (?:decision|idea|move|step)|(?:will|would) (?:only )?(?:hurt|harm|backfire)|backfire|"
    # a harm predicted of the measure (`cutting hours would deepen a shortage of skilled workers`, `would raise costs`)
    r"(?:will|would) (?:only |further )?(?:deepen|worsen|aggravate|exacerbate)\b|(?:will|would) (?:only |further )?(?:raise|increase|push up|drive up) (?:\w+ ){0,2}(?:costs|prices|bills)\b|"
    # (`said the plan would put thousands of jobs at risk`)
    r"(?:will|would|could) (?:\w+ )?put (?:[\w,-]+ ){1,4}?(?:at risk|in jeopardy)|"
    r"an? (?:\w+ )?escalation|not (?:\w+ )?on the (?:table|agenda)|out of the question|not (?:a |an )?(?:\w+ )?realistic|unrealistic|"
    r"absurd|disastrous|catastroph\w*|madness|insane|an? (?:\w+ ){0,2}threat(?! of)\b|"
    r"(?:not|far from|nowhere near) (?:yet )?ready|disgrace(?:ful)?|shameful|a shame|outrageous|scandalous|betrayal|"
    # (pass poscue) a measure called a humiliation (`called the amnesty a humiliation`, `a humiliating capitulation`)
    r"an? (?:\w+ )?humiliation|humiliating|"
    r"an? (?:\w+ )?gift to|reward(?:s|ed|ing)? (?:\w+ ){0,3}?(?:terror\w*|aggression|Hamas|violence|extremis\w*|attacks?|massacres?)\b|"
    # (pass pos42d) a measure called a prize for what it is said to reward (`called the move "a prize for terrorism"`,
    # `a reward for aggression`), a measure said to be an attack (`would be a "lethal attack" on businesses`), the wrong
    # instrument (`was "not the right tool"`, `the wrong instrument`), and a step put off until a process ends (`should
    # come at the end of a negotiated process`, `the conditions have not been met`)
    # (accused of rewarding it: the accusation is the verdict, not a negation of it: `accused Spain of rewarding Hamas`)
    r"accus(?:e|es|ed|ing) (?:[\w.'\u2019-]+ ){1,5}?of rewarding (?:\w+ ){0,3}?(?:terror\w*|aggression|Hamas|violence|extremis\w*|attacks?)\b|"
    # recalling an envoy in protest (`Israel recalled its ambassador to Madrid in protest`)
    r"recall(?:s|ed|ing)? (?:its|their|his|her) (?:\w+ )?(?:ambassadors?|envoys?) (?:[\w'\u2019-]+ ){0,6}?in protest\b|"
    r"an? [\u201c\"]?(?:[\w-]+ )?(?:prize|reward|bonus) for [\u201c\"]?(?:terror\w*|aggression|Hamas|violence|extremis\w*)|"
    r"(?:will|would|could) (?:\w+ )?be an? [\u201c\"]?(?:[\w-]+ )?(?:attack|assault)[\u201d\"]? on|"
    r"not (?:\w+ )?the right (?:tool|instrument|answer|approach|remedy|solution|response|lever|vehicle)\b|"
    r"(?:the )?conditions (?:for (?:[\w-]+ ){1,3})?(?:have|had|were|are) not (?:yet )?been met|"
    # (pass pos42a) `said recognition would reward the October 7 attack`, `rewards the invasion`
    r"reward(?:s|ed|ing)? (?:the |an? |such |these )?(?:[\w-]+ ){0,2}?(?:attacks?|violence|massacres?|invasion|aggressors?|extremis\w*|war crimes)\b|"
    r"(?:does|do|did)(?: not|n't) (?:even )?arise|(?:doesn't|don't|didn't) (?:even )?arise|"
    # a predicate verdict on the measure named before it (`switching off the plants in a crisis was wrong`)
    r"(?:(?<=\bis )|(?<=\bwas )|(?<=\bare )|(?<=\bwere )|(?<=\bwould be ))(?:simply |plainly |clearly |just )?(?:wrong|a mistake|an? (?:\w+ )?error)(?![\w-])|"
    # (`A hard end date is the wrong answer for our industry`, `called the decision a sad day for public health`)
    r"(?:(?<=\bis )|(?<=\bwas )|(?<=\bare )|(?<=\bwere )|(?<=\bbe ))the wrong (?:answer|approach|step|move|decision|course|way|path|policy|tool|instrument|remedy)|"
    r"an? (?:sad|dark|black) day for|(?:profoundly |deeply |utterly )?illiberal|"
    # (`called the demand out of touch with reality`, `called the plan unworkable`)
    r"out of touch(?! with (?:the )?(?:times|voters|people|members|workers|families))\b|unworkable|impracticable|impractical|counter-?productive|"
    # a cost predicted of the measure (`said the move would cost jobs`)
    r"(?:will|would|could) (?:\w+ )?cost (?:[\w,-]+ ){0,3}?(?:jobs|lives|livelihoods|growth)\b|"
    # verdicts of unfairness or needlessness (`called the levy discriminatory`, `a disguised form of protectionism`, `said
    # the legislation was "unnecessary and damaging"`, `called the decree unconstitutional`, `was "not acceptable"`)
    r"discriminatory|protectionis(?:t|m)|(?:an? )?(?:[\w-]+ )?(?:trade|non-tariff) barriers?|unconstitutional|unnecessary|"
    # (pass `pos24e`: `said the measures were disproportionate`, `said the rule "creates more confusion"`)
    r"disproportionate|(?:creates?|created|creating|(?:will|would) create) (?:more |further |new |added |extra )?(?:confusion|uncertainty|chaos|red tape)\b|"
    # (pass `pos26b`: `said the rules would create a patchwork across 20 states`, `would create distortions`)
    r"(?:creates?|created|creating|(?:will|would|could) create) (?:an? )?(?:new |legal |regulatory |market )?(?:patchwork|distortions?|bureaucracy)\b|"
    # (pass `pos27a`: `detrimental` the same, `said the decision was "very detrimental"`; `$` lets the verdict read as
    # a whole cue, where the cue's own span ends the text a check sees)
    r"(?:deeply |very |hugely |extremely )?(?:damaging|detrimental)(?= *[\u201d\"]| *[.;]| (?:for|to)\b|$)|not (?:\w+ )?acceptable|"
    # (`called the idea "bonkers"`, `said it was "not a serious plan"`, `said the rise would price young workers out of jobs`)
    r"(?:absolutely |completely |utterly )?bonkers|not an? (?:\w+ )?serious (?:plan|proposal|idea|policy|option)|"
    r"(?:will|would|could) (?:\w+ )?price (?:[\w-]+ ){1,4}?out of|"
    # (pass `pos22s`) a measure called a grab for money (`"It is a cash grab," the hoteliers said`)
    r"an? (?:\w+ )?(?:cash|tax|money) grab|an? (?:\w+ )?stealth tax|"
    # (pass `stm24`) money thrown away on the measure (`called the subsidy "a waste of money"`)
    r"an? (?:complete |total |huge |colossal )?waste of (?:public |taxpayers['\u2019] )?money"
)
_FACE_CONSEQUENCES = r"(?:face|bear|suffer|be aware of|be ready for|be prepared for) (?:the )?(?:\u201c|\")?(?:[\w-]+,? (?:and )?){0,3}consequences"
# Consequences a speaker predicts of a measure: a verdict on it (`allowing Kyiv to strike ... would mean
# war`, `plans to supply F-16s carry colossal risks`), composed with the measure however long it is.
_CONSEQUENCES = (
    r"(?:would|will|could|might) (?:\w+ )?(?:mean|mark|represent|signal|amount to|constitute|be|lead to|trigger|provoke|spark|cause) "
    r"(?:[\w.\u201c\u201d\"-]+ ){0,5}(?:\u201c|\")?(?:war|escalation|catastrophe|disaster|world war|conflict|involvement|tensions?)\b|"
    r"(?:\u201c|\")?at war|cross(?:es|ed|ing)? (?:\w+ ){0,2}red lines?|(?:would|will|could) (?:only )?prolong (?:the )?(?:war|conflict|fighting|suffering)|"
    r"risk(?:s|ed|ing)? (?:dragging|drawing|pulling|escalating|a (?:wider|direct|nuclear) war)|(?:would|will|could) (?:drag|draw|pull|suck) (?:\w+ ){0,3}into (?:the |a )?(?:war|conflict)|"
    r"carr(?:y|ies|ied) [\u201c\"]?(?:\w+ )?risks|pose[sd]? [\u201c\"]?(?:\w+ )?risks?|"  # (pass stm24: a quoted `"enormous risks"`)
    r"(?:would|will|could|might) (?:\w+ )?(?:lead to|have|bring|entail|mean) (?:\u201c|\")?(?:[\w-]+,? (?:and )?){0,3}consequences|"
    # a warning addressed to whoever takes the measure (`countries allowing it should be aware of "serious consequences"`,
    # `would face grave consequences`)
    r"(?:would|will|could|might|should|must) (?:\w+ )?" + _FACE_CONSEQUENCES + "|"
    r"(?:pour|pours|poured|pouring|add|adds|added|adding) (?:\w+ )?fuel (?:on|to) the (?:fire|flames)|"
    r"(?:would|will|could) (?:only )?prolong (?:the )?(?:killing|bloodshed|dying|suffering)|(?:economic |political )?suicide|"
    r"(?:would|will|could) (?:\w+ )?leave (?:[\w-]+ ){0,3}(?:exposed|vulnerable|unprotected|defen[cs]eless)|"
    r"(?:would|will|could|might) (?:\w+ )?(?:threaten|undermine|endanger|jeopardi[sz]e|destabili[sz]e)|"
    # (pass pos46) a measure predicted to split a people (`would "permanently divide us by race"`, `will divide the nation`),
    # quoted or not (not a sum divided among recipients)
    r"(?:would|will|could|might) [\u201c\"]?(?:\w+ )?divide (?:us|them|the (?:nation|country|community|communities|society|people|public)|"
    r"society|people|communities|families|[A-Z][a-z]+(?:ns|ers|s))\b"
)
CONSEQUENCE = _rx(_CONSEQUENCES)
# (pass pos42d) a step put off until a process ends (`recognition should come at the end of a negotiated process`, `only
# at the end of talks`, `one of the final steps towards a settlement`): not now, read before `should` is taken for an
# entitlement of the step
AT_THE_END = _rx(
    r"(?:(?:should|must|would|can|could|will|has to|have to) (?:only )?(?:come|happen|take place|be taken) )?(?:only )?at the (?:very )?end of "
    r"(?:an? |the )?(?:[\w-]+ ){0,2}?(?:process|negotiations|talks|settlement|peace process)\b|"
    r"(?:one of )?the (?:final|last) steps? (?:of|in|towards?|toward) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:process|negotiations|talks|settlement|solution)\b"
)
# (the obligation form, read before `should`/`must` can be taken for an entitlement of the measure's taker)
FACE_CONSEQUENCES = _rx(r"(?:should|must) (?:\w+ )?" + _FACE_CONSEQUENCES)
# (pass chg50) a measure said to serve someone (`the laws are in the interest of farmers`, `is not in Europe's interest`,
# `are in the best interests of tenants`): a verdict for it, after a copula (not an adjunct of a course: `withdrew them
# in the larger interest of the country`); `not` before it is the negation cue
IN_INTEREST = _rx(
    r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbe )|(?<=\bremains )|(?<=\bremain )|(?<=\bnot ))"
    r"in (?:the )?(?:[\w-]+['\u2019]s? |[\w-]+s['\u2019] )?(?:best |real |long-term |true |own )?interests?(?: of)?(?![\w-])"
)
# A negated measure judged by a negative verdict: `called the absence of a timeline "absurd"` -> support.
ABSENCE = _rx(r"absence of|lack of|failure to|delays? in|dithering over|foot-dragging on|(?:a|any|the) (?:delay|pause|postponement)")
# Declining to confirm or comment is reticence about the news, not a stance on the issue.
_RETICENT = (r"(?! to (?:confirm|comment|say|discuss|elaborate|specify|disclose|reveal|detail|identify|name|answer|speculate|be drawn|"
             # (pass r52pos) declining to add to what another said or to give a view of one's own (`declined to add to the
             # minister's comments`, `declined to give his own view`, `declined to take sides`)
             r"add(?: to)?|weigh in|(?:give|state|share|offer|express) (?:his|her|its|their|a|any) (?:own |personal )?(?:view|opinion|position|stance)s?|"
             r"take (?:a |any )?(?:position|stance|side|sides)|"
             r"(?:give|provide|offer|go into|share) (?:any |further |more )?(?:details|specifics|particulars)|put a (?:date|timeline|figure) on)\b)")
# freezing someone's holdings is a punitive measure (`froze the assets of six prison officials`), not putting a plan on hold
# an act's unlawfulness judged (`the ban is illegal`), not the wrong a measure is to fight (`would help tackle illegal
# working`, `a crackdown on unlawful entry`): the verb or preposition before says so
_ILLEGAL = ("".join(f"(?<!{w} )" for w in ("tackle", "tackling", "combat", "combating", "fight", "fighting", "curb", "curbing",
                                            "prevent", "preventing", "stop", "stopping", "reduce", "reducing", "on", "against"))
            + r"(?:illegitimate|illegal|unlawful)")
_FROZEN_HOLDINGS = r" (?:the |their |his |her |its )?(?:[\w'\u2019-]+ ){0,3}?(?:assets|accounts|funds|property|properties|holdings|reserves)\b"
OPPOSE = _rx(
    r"(?:recommend|advis|urg)(?:e|es|ed|s|ing)?(?=" + _R52POS_NOT_GO_ON + r")|" +
    _CALLED_OPPOSE + "|" + _MEASURE_BAD + "|" +
    _REACTION_OPPOSE + "|" +
    # (pass `pos21a`) `a vocal critic of the tolls`, `one of the fiercest opponents of the ban`
    r"(?:an?|the|one of the) (?:[\w-]+ ){0,2}?(?:opponents?|critics?|foes?|detractors?) of(?= )|"
    # a vote cast as a word (`voted no on the treaty`; not `voted no confidence`)
    r"vot(?:e|es|ed|ing) no(?= on\b| to\b|\s*[.,;])|"
    r"oppos(?:e|es|ed|ing)|opposition to|refus(?:e|es|ed|ing)" + _RETICENT + r"|refusal" + _RETICENT + r"|reject(?:s|ed|ing)?|rul(?:e|es|ed|ing) out|"
    r"warn(?:s|ed|ing)? (?:[\w-]+ ){0,2}against|caution(?:s|ed|ing)? (?:[\w-]+ ){0,2}against|"
    # (pass `pos26b`) not a call to resist the lobbying that goes on with the act called for (`urged the regulator to resist
    # industry pressure and adopt the ban`): the coordinated verb carries the stance; resisting pressure on its own
    # (`continued to resist mounting pressure from Kyiv, which pleaded for tanks`) still resists what it presses for
    r"resist(?:s|ed|ing)?(?! (?:[\w'\u2019-]+ ){0,2}?(?:pressure|lobbying)(?: from (?:[\w'\u2019-]+ ){0,2}?[\w'\u2019-]+)? and )|block(?:s|ed|ing)?|"
    r"rebuff(?:s|ed|ing)?|brush(?:es|ed|ing)? (?:aside|off)|shrug(?:s|ged|ging)? off|fend(?:s|ed|ing)? off|turn(?:s|ed|ing)? down|"
    r"spurn(?:s|ed|ing)?|decid(?:e|es|ed|ing) against|c(?:a|o)me down against|argu(?:e|es|ed|ing) against|"
    r"(?:is|was|are|were|am)(?: not|n't) (?:even |currently )?(?:thinking about|considering|contemplating)|"
    r"(?:fight(?:s|ing)?|fought)" + _MEASURE_OBJECT + "|"
    # (pass pos42c) fighting an act or a deal (`vowed to fight the release "to the end"`, `will fight the treaty`)
    r"(?:fight(?:s|ing)?|fought)(?= (?:the|a|an|its|their|this|that|any) (?:[\w'\u2019-]+ ){0,3}?(?:release|discharge|dumping|"
    r"treaty|deal|pact|project|pipeline|expansion|"
    # (pass poscue) an amnesty or a rise fought (`vowed to fight the amnesty`, `would keep fighting the quota hike`)
    r"amnest(?:y|ie)|hike)s?\b)|"
    # giving up on a measure (`would "not give up" on a reduction target`: negated, for it)
    r"g(?:ive|ives|ave|iving|iven) up[\u201d\"]? on|"
    r"t(?:ake|akes|ook|aking) aim at|dither(?:s|ed|ing)?|stall(?:s|ed|ing)?|delay(?:ed|ing)|(?:to|will|would|could|should|must|not) delay|"
    # (pass pos39c) a measure's maker wanting more time for it (`said it needs more time to consider feedback`, `that will
    # take significantly more time`): a delay in other words
    # (`has pushed back its target date for the ban`, `pushed back the start of the rules`; `pushed back against` is below)
    r"push(?:es|ed|ing)? back(?= (?:its|the|a|an|their|his|her)\b)|"
    r"(?:needs?|needed|needing|takes?|took|taking|requires?|required|seek(?:s|ing)?|sought) (?:\w+ ){0,2}?more time(?! (?:with|for (?:his|her|their|the) (?:family|families|children))\b)|"
    r"drag(?:s|ged|ging) (?:its|his|her|their) feet|"
    r"(?:held|holds?|holding) out against|no need (?:for|to)|(?:hold|holds|holding|held) off(?: on)?|"
    r"there (?:is|was|are|were|has been|had been|will be|would be) no(?! (?:doubt|question|need|change|decision|sign|evidence|word|news|update|comment|announcement|date|timeline|majority|consensus|agreement|unanimity)\b)(?= \w)|"
    r"veto(?:es|ed|ing)?|balk(?:s|ed|ing)?(?: at)?|declin(?:e|es|ed|ing)" + _RETICENT + r"(?: (?:again|once more|on \w+|late on \w+|\w+ly))? to|object(?:s|ed|ing)? to|"
    r"(?:(?:is|are|was|were|remains?)(?: also| still| firmly| strongly| now)?|firmly|strongly|still) against|reluctan(?:t|ce)|hesitan(?:t|ce)|"
    r"skeptical|sceptical|unwilling|no plans to|(?:a |an )?(?:\w+ )?(?:mistake|blunder|error)|reckless|"
    r"(?:voic\w+ |rais\w+ |express\w+ )?(?:\w+ )?(?:concerns?|doubts?|reservations|misgivings|worries)[\u201d\"]? (?:about|over|regarding)|(?:would|could) escalate|dangerous|provocative|"
    # (pass `posr`) the feeling itself (`said it was "deeply concerned" about the bill`, `is concerned over the plan`) and
    # objections put on record (`raised objections to the scheme`, `lodged an objection against the plan`)
    r"(?:(?:deeply|very|gravely|seriously|extremely|particularly|increasingly|greatly) )?concerned[\u201d\"]? (?:about|over|regarding)" + _CONCERN_OBJECT + "|"
    r"(?:rais\w+|voic\w+|lodg\w+|fil\w+|register\w+|submit\w+) (?:an? |its |their |formal |strong )*objections? (?:to|against)(?= )|"
    r"irresponsible|provocation|unacceptable|vot(?:e|es|ed|ing) (?:" + _VOTE_HOW + r" )?against|vot(?:e|es|ed|ing) (?:\w+ ){0,3}?down|not a priority|no priority|premature|"
    r"" + _ILLEGAL + r"|counterproductive|futile|(?:would|will) fail|"
    # (`nothing is off the table` keeps every option open: a hedge, not a refusal)
    r"(?<!nothing is )(?<!nothing was )(?<!nothing's )(?<!nothing\u2019s )(?<!nothing would be )off the table|"
    r"critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|slam(?:s|med|ming)?|"
    # (pass pos42d) an attack in words on the measure (`lashed out at the levy`, `hit out at the plan`, `attacked the tax`;
    # `attack` only before a measure noun, not `attacked the convoy`)
    r"(?:lash(?:es|ed|ing)?|hit(?:s|ting)?) out at|attack(?:s|ed|ing)?" + _MEASURE_OBJECT + "|"
    r"denounc(?:e|es|ed|ing)|lambast(?:s|ed|ing)?|blast(?:s|ed|ing)?|decr(?:y|ies|ied|ying)|"
    r"dismiss(?:es|ed|ing)?|(?:stood|stands|stand) firm against|(?:has|have) (?:so far )?held out|"
    r"put (?:[\w'\u2019-]+ ){0,4}?on hold|hold(?:s|ing)? back|"
    # (pass pos39a) moving a measure's date later delays it (`pushed back its target date for a final ban`, `pushed back the
    # deadline`), not `back` as a verb of support
    r"push(?:es|ed|ing)? back (?:the |its |their |his |her |a )?(?:[\w-]+ ){0,2}?(?:target dates?|dates?|deadlines?|timelines?|timetables?|"
    r"start|launch|implementation|roll-?out|entry into force)|"
    # (pass pos39a) letting a measure run out undoes it (`letting the sanctions lapse`, `allow the levy to expire`): here,
    # before `allowing` is read as support
    r"(?:let|lets|letting|allow|allows|allowed|allowing) (?:[\w'\u2019-]+ ){1,4}?(?:to )?(?:lapse|expire)|"
    # (pass pos39a) obstruction in wire idiom (`holding the sanctions hostage`, `took the budget hostage`)
    r"(?:hold|holds|holding|held|take|takes|taking|took|taken) (?:[\w'\u2019-]+ ){1,4}?hostage|"
    # shelving a measure in wire idiom (`kicked the ban into the long grass`)
    r"kick(?:s|ed|ing)? (?:[\w'\u2019-]+ ){0,5}?into the long grass|"
    # dismay at an act named as its object (`was disappointed by the veto`; a bare `said it was disappointed` is left out)
    r"(?:disappointed|dismayed|appalled|outraged|angered|saddened) (?:by|with|at) (?:the|this|that|its|their) (?:[\w-]+ ){0,2}?"
    r"(?:decision|move|ruling|verdict|judge?ment|vote|" + ACT_NOUNS + r")\b|held back|shelv(?:e|ed|ing)|(?<!the )(?<!their )(?<!its )(?<!our )(?<!from )(?<!on )(?<!off )(?<!store )(?<!shop )(?<!supermarket )shelves|postpon(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)(?= (?:the|its|their|his|her|this|that|all|any|work|implementation|enforcement)\b)|"
    r"(?:freez(?:e|es|ing)|froze)(?!" + _FROZEN_HOLDINGS + ")|" + _VERDICTS + r"|disagree(?:s|d|ing)?(?: \w+)? with|there (?:will|would|must|can) be no|"
    r"(?:there is|there was|there's|there would be) no question of|(?:sees?|saw|seeing) no (?:\w+ )?(?:reason|need|grounds?) to|"
    r"no intention (?:of|to)|(?:you )?can forget (?:about )?(?:it|that|this)|"
    r"(?:dug|digs?|digging) in (?:\w+ )?against|push(?:es|ed|ing)? back (?:against|on)|"
    r"challeng(?:ed|ing)(?= (?:the|a|an|its|their|his|her|this|that|[A-Z][\w-]*['\u2019]s)\b)|(?:to|will|would) challenge|"
    # (pass `pos21a`) a suit against a measure (`sued the city over its ban`, `filed its own challenge to the rule`)
    r"su(?:e|es|ed|ing) (?:[\w'\u2019-]+ ){0,5}?over(?= (?:the|its|their|his|her|a|an|this|that)\b)|"
    # (pass pos44b) a suit to undo a measure (`sued to block the law`, `has sued to overturn the ban`)
    r"su(?:e|es|ed|ing) to (?:block|overturn|stop|halt|strike down|quash|invalidate|annul)(?= (?:the|its|their|his|her|a|an|this|that)\b)|"
    r"(?:fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|launch(?:es|ed|ing)?) (?:a|an|its|their|his|her) (?:own |legal |court |fresh |new )?"
    r"(?:challenge|lawsuit|suit|complaint|legal action) (?:to|against)(?= (?:the|a|an|its|their|his|her|this|that|(?-i:[A-Z]))\b)|(?<!the )(?<!a )(?<!its )(?<!their )(?<!his )(?<!her )(?:campaign|fight|fought|lobby|lobbied|spoke|speak|speaks|came out|comes? out|turn|rail)(?:s|ed|ing)? against|regret(?:s|ted|ting)?"
)
# (pass pos42a) diluting a liquid is no weakening (`will dilute the treated water`, `diluted the effluent with seawater`)
_PHYSICAL_DILUTION = r"(?! (?:the |its |their |this |all |any )?(?:[\w-]+ ){0,2}?(?:water|wastewater|waste|effluent|solution|tritium|liquids?|mixture|sample|acid|seawater|concentrations?)\b)"
REVERSER = _rx(
    # (pass posflip) a measure withdrawn by its author, asked for as such (`called on the government to withdraw the quota
    # increase`, `will not stop until it is withdrawn`); not troops, an ambassador or support
    r"withdr(?:aw|aws|awing|ew)(?= (?:the|its|their|this|that|his|her) (?:[\w'\u2019,-]+ ){0,3}?(?:law|laws|bill|bills|plan|plans|reform|reforms|"
    r"increase|hike|decree|measure|measures|proposal|policy|quota|amnesty|tax|taxes|levy|ordinance|regulation|rules?)\b)|"
    r"(?<=until it is )withdrawn|(?<=until they are )withdrawn|(?<=until it was )withdrawn|(?<=until they were )withdrawn|"
    # (pass r51pos) not a rise in a quantity (`expects the complexes to lift tourism revenue`, `will lift growth`)
    r"lift(?:s|ed|ing)?(?! (?:[\w-]+ ){0,2}?(?:revenues?|growth|output|exports|prices|incomes?|sales|earnings|profits|spending|"
    r"investment|tourism|demand|productivity|wages|employment|morale|the economy)\b)|remov(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|loosen(?:s|ed|ing)?|repeal(?:s|ed|ing)?|"
    # (pass r51pos) putting a legalised item back on a banned list (`relisting cannabis as a narcotic`)
    r"relist(?:s|ed|ing)?|abolish(?:es|ed|ing)?|rescind(?:s|ed|ing)?|annul(?:s|led|ling)?|dismantl(?:e|es|ed|ing)|"
    # stopping a measure undoes it (`urged parliament to stop it`); on an issue that is itself a halt, a halt (_cessation_cues)
    # (pass posp) not a call to stop evading (`should deliver the missiles and stop hiding behind ambiguity`, `stop
    # playing games`, `stop making excuses`): the stopped thing is the delay, not the measure
    # (pass posflip) not the noun of a visit (`defended the tax at a stop in Whitby`, `a campaign stop`)
    r"(?<!at a )(?<!campaign )(?<!whistle-)(?<!whistle )(?<!brief )stop(?:s|ped|ping)?(?! short\b)(?! until\b)(?! (?:hiding|pretending|playing|prevaricating|procrastinating|hesitating|equivocating|"
    r"waffling|wasting|making excuses|passing the buck|sitting on the fence|shirking|ducking|dodging)\b)|(?:strike|strikes|struck|striking) (?:[\w'\u2019-]+ ){0,3}?down|"
    r"relax(?:es|ed|ing)?|(?:put an )?end to|abandon(?:s|ed|ing)?|waiv(?:e|es|ed|ing)|drop(?:s|ped|ping)?|"
    # getting rid of a measure in plain words (`axe the tax`, `ditched the levy`, `tear up the rules`)
    r"ax(?:e|es|ed|ing)(?! (?:to grind|murder(?:er)?s?)\b)|ditch(?:es|ed|ing)?|(?:get|gets|getting|got) rid of|"
    r"(?:tear|tears|tearing|tore|torn) up|(?:kill|kills|killed|killing) off|"
    r"overturn(?:s|ed|ing)?|revers(?:e|es|ed|ing)|"
    # (pass polar) a measure asked to be taken back, in the passive (`called for the law to be withdrawn`, `should be revoked`)
    r"(?<=\bbe )(?:withdrawn|revoked)|do away with|roll(?:s|ed)? back|reconsider(?:s|ed|ing)?|"
    # (pass stm24) a court asked to review a measure is asked to undo it (`asked the Court of Appeals ... to review the rule`)
    r"(?:(?<=ourt to )|(?<=ourts to )|(?<=ircuit to )|(?<=ribunal to )|(?<=udge to )|(?<=udges to )|(?<=ppeal to )|(?<=ppeals to ))review|"
    r"rethink(?:s|ing)?|rethought|revisit(?:s|ed|ing)?|no longer any|terminat(?:e|es|ed|ing)|quit(?:s|ting)?|"
    r"pull(?:s|ed|ing)? out of|withdr(?:aw|aws|awing|ew|awn) from|walk(?:s|ed|ing)? away from|turn(?:s|ed|ing)? back (?:from|on)|"
    # (pass pos39c) taking back a measure put forward (`withdrew its proposed ban`, `has withdrawn the draft rules`; not
    # `withdrew its support`, `withdrew troops`)
    r"(?:withdr(?:aw|aws|awing|ew|awn)|pull(?:s|ed|ing)?)(?= (?:its|the|a|their|his|her) (?:[\w-]+ ){0,2}?(?:ban|rule|regulation|law|bill|proposal|plan|"
    r"measure|standard|decree|legislation|reform|tax|levy)s?\b)|"
    # (pass chg50) taking back a measure named before by a pronoun (`had decided to withdraw them`, `would not sign the bill
    # and would withdraw it`); not troops or envoys pulled from a place (`withdrew them from the border`)
    r"withdr(?:aw|aws|awing|ew|awn)(?= (?:it|them)\b(?! (?:from|out|back|into)\b))|"
    # (`will not back away from lowering speed limits`, `refused to back down on the levy`: a retreat, negated a keeping)
    r"back(?:s|ed|ing)? (?:away|down) (?:from|on)|"
    r"retreat(?:s|ed|ing)? (?:from|on)|"
    r"withh(?:old|olds|olding|eld)|den(?:y|ies|ied|ying)(?! (?:that|it|the (?:report|claim|allegation)s?)\b)|"
    # diminishing a measure is undoing it in part (`water down the 2035 ban`, `any weakening of the target`)
    # (pass posname) not a participle before its noun after a possessive or an article (`Ishiba's weakened government`)
    r"weaken(?:s|ing)?|(?<!['\u2019]s )(?<!\bthe )(?<!\ba )weakened|water(?:s|ed|ing)? down|soften(?:s|ed|ing)?|dilut(?:e|es|ed|ing)" + _PHYSICAL_DILUTION + r"|scal(?:e|es|ed|ing) back|"
    r"chip(?:s|ped|ping)? away at|hollow(?:s|ed|ing)? out|"
    # (pass pos42c) escaping a measure altogether (`welcomed that countries had avoided what it called "an unworkable
    # cap"`, `managed to avoid binding limits`)
    r"avoid(?:s|ed|ing)?(?: what (?:it|they|he|she) (?:called|calls|described as) [\u201c\"]?(?:an?|the) [\w-]+(?= [\w-]+ (?:caps?|limits?|curbs?|bans?|tax|levy|law|rules?|treaty|targets?)\b)"
    r"|(?= [\u201c\"]?(?:an?|the|any) (?!(?:[\w-]+ )?(?:sanctions|penalt))))|"
    # (pass pos40b) gutting a measure (`accused the EPP of gutting the law`; not `the fire gutted the building`)
    r"gut(?:s|ted|ting)" + _MEASURE_OBJECT + "|"
    # a chamber or party defeating a text (`killed a bill that would have ...`, `sank the reform`, `voted 14-10 to table the measure`)
    r"(?:kill(?:s|ed|ing)?|sink(?:s|ing)?|sank|sunk|scuttl(?:e|es|ed|ing)|torpedo(?:es|ed|ing)?)" + _MEASURE_OBJECT + "|"
    r"vot(?:e|es|ed|ing) (?:\d+[-\u2013]\d+ )?to table|"
    # the noun of an undoing (`criticised the suspension of the reform`, `the removal of the cap would hurt tenants`)
    r"(?:the |its |a |any |their |his |her )(?:planned |proposed |partial |temporary )?(?:suspension|removal|abolition|reversal|rollback|roll-back|scrapping|lifting)(?! (?:orders?|notices?|periods?|bridges?|systems?)\b)|"
    # (pass r51pos) a measure's withdrawal by its author (`welcomed the withdrawal`); not troops, envoys or support
    # withdrawn, nor a withdrawal from a pact or a place
    r"(?:the |its |their )withdrawal(?! (?:of (?:[\w'\u2019-]+ ){0,2}?(?:troops|forces|soldiers|units|ambassadors?|envoys?|diplomats|staff|"
    r"personnel|support|backing|funding|candidates?|candidacy)\b|from\b))|"
    # (pass pos41) a measure taken back or given up (`denounced the withdrawal of the levy`, `the abandonment of the
    # target`); not troops or a party leaving (`the withdrawal of troops`, `its withdrawal from the treaty`)
    r"(?:the |its |a |any |their |his |her )(?:planned |proposed |sudden |abrupt )?(?:withdrawal|abandonment)(?= of (?:the|its|their|this|that|his|her) )(?! of (?:the |its |their |this |that |his |her )(?:[\w-]+ )?(?:troops|forces|soldiers|army|armed|military|personnel|staff|ambassadors?|envoys?|diplomats|candidates?|candidacy)\b)|"
    # (pass `pol22`) the delay of a measure named after it (`criticised the delay to the sugar tax`, `the postponement of the ban`)
    r"(?:the |its |a |any |their |his |her )(?:latest |further |planned |proposed |repeated |[\w-]+-(?:year|month|week) )?(?:delay|postponement)(?= (?:to|of|in)(?! (?:\w+ )?(?:payments?|talks|negotiations|the (?:vote|talks|debate|decision|announcement|publication|report)s?)\b) )"
)
# letting back in what was excluded undoes the exclusion (`should not be allowed back into competition`, `any attempt to
# bring Russian athletes back into sport`, `readmitted`, `reinstated`)
READMIT = _rx(
    r"(?:allow|allows|allowed|allowing|let|lets|letting|bring|brings|bringing|brought|welcom(?:e|es|ed|ing)) (?:[\w-]+ ){0,4}?back(?= (?:in|into|to|onto)\b)|"
    r"readmi(?:t|ts|tted|tting|ssion)|reinstat(?:e|es|ed|ing|ement)|"
    # (`must not be allowed to compete`, `let them take part`)
    r"(?:allow|allows|allowed|allowing|let|lets|letting) (?:[\w-]+ ){0,3}?(?:to )?(?:compete|take part|participate|return)\b|"
    # letting what a ban halts go on being sold (`let plug-in hybrids be sold after 2035`, `allowing some cars to stay on sale`)
    r"(?:allow|allows|allowed|allowing|let|lets|letting) (?:[\w,-]+ ){0,10}?(?:be (?:sold|bought|registered)|(?:to )?(?:stay|remain) (?:on sale|on the market))\b"
)
# (pass pos39a) keeping on watching or studying something is no course on it (`would continue to closely watch the
# cases`, `will keep monitoring public opinion`, `continues to carefully examine the issue`)
_WATCHING = (r"(?! (?:to )?(?:[a-z]+ly )?(?:watch|monitor|examin|study|studi|review|consider|assess|follow|observ|track|look (?:at|into)|"
             r"evaluat|weigh|analy[sz]|scrutini[sz]|deliberat|discuss|debat|reflect|think|"
             # (pass pos42a) keeping on talking with others is no course either (`would continue to coordinate closely with
             # Washington`, `will keep consulting allies`)
             r"coordinat|co-ordinat|consult|cooperat|co-operat|liais|talk|engag|confer|negotiat)\w*\b)")
# (pass pos42a) keeping away, quiet or out of it is no keeping of the measure (`kept a careful distance from the decision`,
# `kept quiet about the plan`, `keeps out of the row`)
_ALOOF = (r"(?! (?:(?:a|its|their|his|her|the)\s+)?(?:[a-z]+ )?(?:distance|quiet|silent|silence|mum|counsel|low profile|"
          r"out of|away from|aloof|clear of|(?:its|their|his|her) (?:head|options) ))")
KEEPER = _rx(
    r"keep(?:s|ing)?" + _WATCHING + _ALOOF + r"|kept" + _ALOOF + r"|"
    # (pass pos39a) putting a measure into effect (`asked the EU not to apply its law`, `will implement the rules`)
    # (not a noun's complement: `actions to implement the law would fall to the next administration`)
    r"(?<!actions to )(?<!steps to )(?<!measures to )(?<!efforts to )(?<!plans to )(?<!time to )(?<!deadline to )(?<!guidance to )"
    r"(?:appl(?:y|ies|ied|ying)(?= (?:the|its|their|this|that|these|those|his|her|it|them)\b)|implement(?:s|ed|ing)?)|continu(?:e|es|ed|ing)" + _WATCHING + r"(?: to(?= \w)|(?= [a-z]+ing\b))|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?|uphold(?:s|ing)?|upheld|"
    r"stick(?:s|ing)? (?:to|with)|stuck (?:to|with)|impos(?:e|es|ed|ing)|tighten(?:s|ed|ing)?|"
    # (pass `actors`) charging a levy is imposing it (`became the first city to charge day-trippers an entry fee`)
    r"charg(?:e|es|ed|ing)(?= (?:[\w-]+ ){0,4}?(?:tax|taxes|fee|fees|levy|levies|toll|tolls)\b)|"
    # (pass r51pos) reviving a measure in plain words (`would not bring back the bill`)
    r"(?:bring|brings|bringing|brought) back(?= (?:the|its|their|this|that|a|an|it|them)\b)|"
    r"extend(?:s|ed|ing)?|renew(?:s|ed|ing)?(?! (?:calls?|demands?|pressure|appeals?|requests?|pleas?|push|efforts?|criticism|warnings?|threats?)\b)|"
    r"leav(?:e|es|ing) in place|left in place|enshrin(?:e|es|ed|ing)|enact(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|"
    r"plac(?:e|es|ed|ing)(?= (?:[\w-]+ ){0,3}(?:restrictions|limits|curbs|caps?|bans?|embargo|sanctions|caveats|conditions)\b)|"
    r"observ(?:e|es|ed|ing)|enforc(?:e|es|ed|ing)|honou?r(?:s|ed|ing)?|abid(?:e|es|ing) by|abided by|compl(?:y|ies|ied|ying) with|adher(?:e|es|ed|ing) to|"
    # going on with a measure despite resistance (`would press ahead with the ban`, `forged ahead with the charge`)
    r"(?:press|push|forge|go|goes|went|going|plough|plow)(?:es|ed|ing)? (?:on )?ahead with|"
    r"reviv(?:e|es|ed|ing)|reopen(?:s|ed|ing)?|restor(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|rejoin(?:s|ed|ing)?"
)
# (pass pos42a) a proposition whose measure is a cap or a limit on something (`should cap or cut the production of ...`)
_CAP_PROPOSITION = re.compile(r"\bshould\s+(?:be\s+)?(?:cap|capped|limit|limited|curb|curbed|restrict|restricted)\b", re.I)
NEGATOR_NOUN = _rx(
    # `opposition` the political camp is no negation (`a motion by the conservative opposition`, `opposition leader`)
    r"objections?|(?<!conservative )(?<!parliamentary )(?<!main )(?<!political )(?<!centre-right )(?<!center-right )"
    # (pass `actors`) nor the camp as the owner of a backing or votes (`with the backing of the opposition`)
    r"(?<!of the )opposition(?! (?:leaders?|part(?:y|ies)|lawmakers|MPs|bloc|politicians|members|conservatives|camp|benches|calls?|demands?|motions?|figures|groups?)\b)(?! (?-i:[A-Z]))|resistance|reservations|restrictions?|limits?|limitations?|bans?|curbs?|constraints?|caveats?|prohibitions?|red lines?|debt brakes?|"
    # a hurdle set before the issue (`dropped the requirement for a Membership Action Plan`, `removed the last obstacles`)
    # (not a rule stated as a content clause: `scrap the requirement that new heating systems run on renewables`)
    r"requirements?(?! that\b)|preconditions?|hurdles?|obstacles?|"
    r"veto|embargo on (?:weapons|arms)|"
    # a carve-out from a measure (`won an exemption from the ban`), not one that is the price of a deal (`dropped its
    # opposition in return for an exemption for pipeline crude`)
    r"(?<!return for an )(?<!exchange for an )(?:exemptions?|carve-outs?|opt-outs?)(?= from\b)"
)
# (pass `pol22`) giving up one's own objection is a stance for the measure (`ended its opposition to the embargo`, `gave up
# their resistance to the bill`, `set aside its reservations about`); taking back one's own support is one against it
# (`withdrew its support for the bill`, `pulled their backing`); `was not against a charge`, `had no objection to`, `would not
# stand in the way of` are no objection. Own possessives only (`dropped the opposition's amendment` is no such act).
RENOUNCED_OBJECTION = _rx(
    r"(?:end(?:s|ed|ing)?|g(?:ive|ives|ave|iving|iven) up|set(?:s|ting)? aside|drop(?:s|ped|ping)?|abandon(?:s|ed|ing)?|"
    r"withdr(?:aw|aws|awing|ew|awn)|shelv(?:e|es|ed|ing)) "
    r"(?:its|their|his|her|(?:[A-Z][\w-]*['\u2019]s)) (?:[\w-]+ )?(?:opposition|objections?|resistance|reservations|blockade)(?= (?:to|over|about|against|on)\b)"
)
WITHDRAWN_SUPPORT = _rx(
    r"(?:withdr(?:aw|aws|awing|ew|awn)|pull(?:s|ed|ing)?|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?) (?:its|their|his|her) "
    r"(?:[\w-]+ )?(?:support|backing|endorsement)(?= (?:for|of|from)\b"
    # (pass r52pos) with the measure named before it in the sentence (`the bill stalled after Senator X withdrew his
    # support`, `... withdrew their backing and the vote failed`)
    r"|[.;,]| and\b| after\b| on\b| in\b| over\b)"
)
# (a position named by its direction: `his position against supplying the missiles had not changed`, `its line against new
# taxes`)
POSITION_AGAINST = _rx(r"(?:position|stance|line|policy|view) (?:firmly |strictly )?against(?= (?:[a-z]+ing|the|a|an|any|new|further)\b)")
NOT_AGAINST = _rx(
    r"(?:is|was|are|were|am|be|['\u2019]s|['\u2019]re)(?: not|n['\u2019]t) (?:\w+ )?against(?! (?:the law|the rules|the constitution)\b)|"
    # (`said it had no objection to a charge`, `would not stand in the way of the package`)
    r"(?:has|have|had|having|raised|raises|sees?|saw) no (?:\w+ )?objections? to|"
    r"(?:(?:will|would|did|does|do|shall)(?: not|n['\u2019]t)|won['\u2019]t|wouldn['\u2019]t|never) (?:\w+ )?stand in (?:the|its|their) way of"
)
# (pass `pol22`) a harm predicted of undoing a measure (`scrapping the ban would set back public health`, `the rollback
# would cost lives`) is a verdict against the undoing, so for the measure: read only where the clause names an undoing as a
# gerund or a noun (a harm predicted of the measure itself is left to the speakers' verdicts)
NOMINAL_UNDOING = re.compile(
    r"\b(?:scrapping|abolishing|reversing|repealing|lifting|removing|axing|ditching|dropping|weakening|watering down|"
    r"rolling back|diluting" + _PHYSICAL_DILUTION + r"|dismantling|suspending|(?:the|a|any|its|this|that) (?:[\w-]+ )?(?:rollback|roll-back|reversal|"
    r"scrapping|abolition|repeal|removal|lifting|suspension|watering-down|weakening))\b", re.IGNORECASE)
# (pass posflip) halting or delaying a measure, on an issue that is no halt itself, is its undoing too (`halting the plan
# could harm the public interest`)
_POSFLIP_HALTING = re.compile(r"\b(?:halting|delaying|freezing)\b", re.IGNORECASE)
UNDOING_HARM = _rx(
    r"(?:would|will|could|might)(?: \w+)? (?:cost (?:[\w-]+ ){0,2}(?:lives|jobs)|set back|hurt|harm|damage|undo|undermine|"
    r"endanger|choke|worsen|wreck|jeopardi[sz]e|threaten|put (?:[\w'\u2019-]+ ){1,3}at risk|be a (?:backward|retrograde) step|"
    r"be a step back(?:wards?)?)"
)
# (pass `pol22`) fighting or resisting an attempt to do something is against doing it (`would fight any attempt to abolish
# the charge`, `vowed to resist every effort to weaken the ban`)
FIGHT_ATTEMPT = _rx(
    r"(?:fight(?:s|ing)?|fought|resist(?:s|ed|ing)?) (?:any|every|all|the|an|each|such) (?:[\w-]+ )?(?:attempts?|efforts?|bids?|moves?|plans?|push|proposals?) to"
)
# (pass `pol22`) a petition against something is against it (`signed a petition against the repeal`); a U-turn on a measure
# is a retreat from it (`welcomed the government's U-turn on the tax`)
# (pass pos43c) blaming a measure for a harm is against it (`blamed what he called "illegitimate" sanctions for the
# shortages`, `blames the tariffs for job losses`); not blaming a person or a country (`blamed Russia for the war`)
BLAMED_MEASURE = _rx(
    r"blam(?:e|es|ed|ing)(?= (?:what (?:he|she|it|they) (?:called|termed|described as) )?(?:the |its |their |his |her )?"
    r"[\u201c\"]?(?:[\w-]+[\u201d\"]? ){0,3}?(?:sanctions|tariffs|embargo|ban|tax|levy|cap|curbs|restrictions|rules|policy|law|deal|agreement)\b"
    r"[^.;]{0,60}?\bfor\b)"
)
PETITION_AGAINST = _rx(r"petition(?:s|ed|ing)? against")
UTURN_ON = _rx(r"(?:U-turn|u-turn|climb-?down|backtrack(?:s|ed|ing)?|retreat) (?:on|over)(?= (?:the|its|a|an|their|his|her|plans?)\b)")
# (pass `pol22`) raising a cap or a ceiling loosens it (`urged the G7 to raise the price cap`, `raised the rent cap to 5%`): an
# undoing in part, like `ease`; lowering it tightens (the cap itself, read as before)
RAISED_CAP = _rx(r"(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing))(?= (?:the |its |their |this |that )?(?:[\w-]+ ){0,3}?(?:caps?|ceilings?)\b)")
NEGATION = _rx(r"not|n't|never|no longer|no way|no(?= (?:[\w-]+ ){0,2}(?:restrictions|limits|curbs|caveats|constraints|limitations)\b)|neither|nor|none|without(?= [a-z]+ing\b)|cannot|won't|wouldn't|didn't|doesn't|don't|than")
# Accusing someone of doing something judges the deed (`accused the coalition of holding back exports`).
ACCUSATION = _rx(r"accus(?:e|es|ed|ing) (?:[\w.'\u2019-]+ ){1,5}?of(?= [a-z]+ing\b)")
# A denial of what follows, reaching further than a negation (`did not think it made sense to give ...`, `did not see
# membership as a realistic outcome`, `no rational argument for withholding ...`).
DENIAL = _rx(
    r"(?:do|does|did)(?: not|n't) (?:really )?(?:think|believe|see|consider|expect|feel)|(?:don't|doesn't|didn't) (?:really )?(?:think|believe|see|consider|expect|feel)|"
    r"(?:no|not a single|not one|not any) (?:[\w-]+ ){0,2}(?:argument|reason|justification|excuse|grounds?) (?:for|to)"
)
# Evaluations a speaker passes on an issue (`the Kremlin said the decision was dangerous`).
EVALUATIVE = _rx(
    r"dangerous|an? (?:\w+ )?(?:mistake|blunder|error)|reckless|provocation|provocative|unacceptable|irresponsible|(?:would|could) escalate|"
    r"is right|was right|long overdue|the right (?:decision|move|thing)|a (?:\w+ )?step forward|historic|" +
    _INDISPENSABLE + "|necessary|essential|vital|crucial|welcome|" + _ILLEGAL + r"|counterproductive|futile|"
    r"(?:very |extremely |highly )dangerous|tremendous|justified|"
    r"(?:is|are|was|were|be|been) (?:\u201c|\")?(?:(?:very|really|so|truly|absolutely|entirely|fully) )?(?:tremendous|great|good|excellent|justified|fair)|the (?:\w+ )?(?:best|fairest|only|most effective|surest|quickest) (?:way|option|solution|answer|path)|"
    + _VERDICTS + "|" + _REACTION_OPPOSE + "|" + _REACTION_SUPPORT + "|" + _CONSEQUENCES + "|" + _BENEFITS + "|" + _VERDICT_SUPPORT + "|" + _VERDICT_OPPOSE
    + "|" + _MEASURE_GOOD + "|" + _MEASURE_BAD
)
# A verdict on the readiness or place of the actor an issue is about (`Ukraine was not ready to join`, `Ukraine
# belonged in the European family`): said of it by another, the stance is the other's.
PATIENT_VERDICT = _rx(
    r"(?:not|far from|nowhere near) (?:yet )?ready|ready (?:to|for)|(?:lies|lie|lay|belongs?|belonged) (?:\w+ )?(?:in|within)|needs?|needed|"
    r"deserv(?:e|es|ed|ing)|(?:has|have|had) (?:every |the |a )?right to|(?:is|are) entitled to|"
    r"(?:an? |the )?irreversible (?:path|course|process)|(?:is|was|are|were|be|remains?) (?:\u201c|\")?irreversible"
)
# Entitlement: the stance is the speaker's (`X said Ukraine has the right to strike ...`).
SHOULD_NOT = _rx(r"should not|shouldn't|must not|mustn't|ought not to|need not|cannot be allowed to|must never|should never|can never")
SHOULD = _rx(r"should|must|ought to|needs to|need to")
ENTITLEMENT = _rx(
    # (`had the right under international law to use ...`: a prepositional adjunct before the infinitive)
    r"(?:has|have|had) (?:every |the |a )?(?:full )?right (?:(?:under|in|within|by) (?:[\w-]+ ){1,3})?to|(?:is|are) entitled (?:(?:under|in|within|by) (?:[\w-]+ ){1,3})?to|deserv(?:e|es|ed|ing)|"
    r"(?:should|must) be (?:allowed|able|free|permitted) to|(?:should|must) have the right|"
    r"(?<!\bnot )can (?:now |also |already )?use|(?:is|are) (?:now )?(?:free|allowed|permitted) to use|"
    r"(?<!\bnot )may (?:now |also |henceforth )?use"  # only as a permission granted (cues: _PERMISSION_BEFORE)
)
# Cues inside these frames describe a hypothesis or an open question, not a stance.
HYPOTHETICAL = _rx(
    r"whether|if|unless|yet to (?:decide|make)|(?:has|have|had|is|are|was|were) yet to(?= )|weigh(?:s|ed|ing)?|(?<!not )(?<!n't )consider(?:s|ed|ing)?|debat(?:e|es|ed|ing)|"
    r"discuss(?:es|ed|ing)?|would have|could(?! not\b| never\b| no longer\b)|might|may|expected to|anticipated|hoped|hopes|"
    r"undecided|mull(?:s|ed|ing)?|review(?:s|ed|ing)?|studying|asked whether|question of|"
    r"(?:when )?asked about|examin(?:e|es|ed|ing)|assess(?:es|ed|ing)?|evaluat(?:e|es|ed|ing)|look(?:s|ed|ing)? into|stop(?:s|ped|ping)? short of|"
    # an open decision (`ended talks without announcing a decision on letting Kyiv ...`, `has made no decision on`)
    r"without (?:\w+ ){0,2}(?:a |any )?(?:final )?decision (?:yet )?(?:on|about|over|regarding)|no (?:final )?decision (?:yet )?(?:on|about|over|regarding)"
)
MODAL_HEDGE = _rx(r"could|might|may|would have")
HISTORICAL = _rx(
    # a reported statement in the past perfect still reports it (`had accused ... and urged`, `had called last month for`)
    r"had (?:long |previously |initially |earlier |once |repeatedly |firmly )?(?!(?:said|told|accused|urged|called|asked|pressed|warned|argued|"
    r"insisted|demanded|appealed|pleaded|stated|declared|announced|signall?ed|stressed|pushed|lobbied|campaigned)\b)(?:\w+ed|opposed|refused|resisted|rejected|ruled|kept|been)|"
    r"previously|initially|at first|once(?! more| again)|in the past|(?<!has )(?<!have )long (?:opposed|resisted|refused)|used to|last year"
)
# `weapons could only be used inside Ukraine`: use restricted to the recipient's own ground, against an issue that is
# about using something somewhere else (`... against targets inside Russia`)
_ONLY_USED = r"only (?:be )?used (?:inside|within|in|on) (?:its own |their own |Ukrainian |the country's own )?(?:Ukraine|territory|soil)\b"
# the same restriction put the other way round: `could not be used outside Ukraine`, `must never be used beyond its borders`
_NOT_USED_OUTSIDE = (r"(?:not|n't|never) (?:be )?used (?:outside|beyond) (?:of )?(?:its own |their own |Ukrainian |the country's own |"
                     r"Ukraine's )?(?:Ukraine|territory|soil|borders)\b")
ONLY_USED = _rx(_ONLY_USED + "|" + _NOT_USED_OUTSIDE)
RESTRICTED_USE = _rx(r"(?:can|could|may|must|should|would|are|is|were|be) only(?= (?:be )?used (?:inside|within|in|on) "
                     r"(?:its own |their own |Ukrainian |the country's own )?(?:Ukraine|territory|soil)\b)|"
                     r"(?:can|could|may|must|should|would|are|is|were)(?= " + _NOT_USED_OUTSIDE + ")")
# (pass `pos27b`) a time or manner adjunct after a pronoun object (`to approve it next week`, `to adopt it in full`,
# `to reject it without delay`): the pronoun is still the whole object
_PRONOUN_ADJUNCT = (
    r" (?:(?:quickly|swiftly|promptly|urgently|immediately|now|soon|at once|in full|unchanged|without (?:delay|changes?|amendment)|"
    r"as soon as possible|(?:next|this) (?:week|month|year|spring|summer|autumn|fall|winter|session)|"
    r"before (?:the |its |their )?(?:summer|Christmas|recess|election|deadline|end)|by the end of|"
    # (pass pos40b) the year of a past act (`which banned them in 2020`, `outlawed them last year`)
    r"in (?:19|20)\d\d|last (?:week|month|year))\b)"
)
# (pass `pos27b`: kept apart so that `positions` can ask whether a sentence's only link to the issue is such a pronoun)
# (pass posrec) the holder's own coming to power as the condition (`promised to repeal it if elected`, `to scrap it if his
# party wins the election`): a pledge of what the holder will do in office
_POWER_IF = (
    r" (?:if|once|when) (?:(?:re-?)?elected|(?:it|he|she|they|we|(?:his|her|its|their|our|the) (?:party|bloc|coalition|alliance|opposition)|"
    r"(?:the )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3}) (?:(?:wins?|won) (?:[\w'\u2019-]+ ){0,4}?(?:elections?|votes?|polls?|majority|power|office)|"
    r"(?:returns?|returned|comes?|came|gets?|got) (?:back )?(?:to|into) (?:power|office|government)|(?:takes?|took) (?:power|office)|"
    r"(?:is|was|gets?|got) (?:re-?)?elected))\b"
)
_PRONOUN_END = r"(?= *[,.;]| (?:and|but|because|as|unless|until|calling|saying)\b|" + _PRONOUN_ADJUNCT + r"|" + _POWER_IF + r")"
_PRONOUN_ACT_WORDS = (
    # a stance verb whose object is a bare pronoun takes the topic of the sentence before (`would never accept it`)
    r"(?:(?:accept|reject|oppose|support|back|implement|endorse|approve|ratify|apply|respect|block|veto)(?:s|es|ed|d|ing)?|vot(?:e|es|ed|ing) (?:for|against)|"
    r"repeal(?:s|ed|ing)?|scrap(?:s|ped|ping)?|overturn(?:s|ed|ing)?|abolish(?:es|ed|ing)?|"
    # (pass pos40b) a place's own ban of the item (`Canada, which banned them in 2017,`)
    r"ban(?:s|ned)|outlaw(?:s|ed)|prohibit(?:s|ed)|"
    # (pass pos42d) coming out, arguing or attacking in words (`the employers' federation also came out against it`,
    # `campaigned for it`, `lashed out at it`, `criticised it`)
    r"(?:came|comes|come|coming) out (?:against|for|in favou?r of)|(?:spoke|speaks|argued|argues|campaigned|campaigns|lobbied|railed|rails) (?:against|for)|"
    r"(?:lash|hit)(?:es|ed|s)? out at|(?:criticis|criticiz|condemn|denounc|attack|defend)(?:es|ed|s|e)?)"
    r" (?:it|them)" + _PRONOUN_END + r"|"
    # (pass `pos27b`) the acts a request asks for (`urged the Senate to pass it`, `to adopt it in full`, `to bring it in`),
    # going on with it or dropping it (`to press ahead with it`, `to push it through`, `to drop it`)
    r"to (?:pass|adopt|enact|introduce|bring|push|press ahead with|push ahead with|get on with|stick with|drop|abandon|ditch) "
    r"(?:it|them)(?: in| through)?" + _PRONOUN_END + r"|"
    # (pass `pos27b`) pledges to keep pushing for it (`would keep campaigning for it`)
    r"(?:keep|keeps|kept|keeping|continue|continues|continued|continuing) (?:to )?(?:push|press|campaign|fight|lobby|"
    r"pushing|pressing|campaigning|fighting|lobbying) for (?:it|them)" + _PRONOUN_END
)
ANAPHOR = _rx(
    r"the issue|the matter|(?:a|the|any) policy change|the request|the proposal|the idea|the move|"
    r"such a (?:step|move)|the step|the decision|this issue|that issue|the question|the plan|"
    r"the restrictions|those restrictions|these restrictions|the limits|the ban|the demand|the appeal|"
    r"the policy|the permission|the weapons?|(?:these|those) weapons|the remarks|the comments|the statement|the announcement|the recommendations?|"
    r"the proposals?|the measures?|the reform|the package|"
    # keeping a measure on course (`urged ministers to stick to the timetable`): the measure's own timetable
    r"(?:stick|sticks|sticking|stuck|keep|keeps|keeping|kept) to the (?:original |agreed |planned )?(?:timetable|deadline|schedule|timeline)|"
    # an act on a measure named by what it did to it (`welcomed the delay`, `criticised the veto`): see ACT_NOUNS
    r"the (?:" + ACT_NOUNS + r")(?! (?:of|in|to|on|for|from)\b)|"
    # a court's or a regulator's decision named by what it is (`welcomed the ruling`, `will appeal the verdict`; not `the
    # ruling party`)
    r"the (?:court['\u2019]s |court |judges['\u2019] )?(?:ruling|verdict|judge?ment)(?= *[,.;:!?\u201d\"]| (?:as|and|but|by|on|in|that|which|was|is|would|will|could|of|saying|calling|adding|, ))|"
    # a measure named by what it is or does (`called for the charge to be scrapped`, `said the change would slow deliveries`,
    # `backed the experiment`, `welcomed the order`)
    r"the (?:charge|change|scheme|experiment|trial|pilot|mechanism|increase|rise|hike|directive|decree|rules|initiative|"
    # a regulator's or a council's measure (`said the rule would help drivers`, `said the ordinance would raise costs`)
    r"rule|ordinance|regulations?)(?! (?:of|in|to)\b)|"
    # (pass `pos27a`) the plurals of `the change` and `the plan` (`said the changes would push up prices`, `said the plans
    # would hurt small firms`), like `the rules` and `the measures`; not the changes or plans of something named after them,
    # nor ones a noun before holds (`supported a review of the changes`: the review is what is backed)
    r"(?<!\bof )the (?:changes|plans)(?! (?:of|in|to|for|on|at|by|from|about|under)\b)|"
    # signing on with no object signs on to the measure under discussion (`Spain and Chile have signed on.`)
    r"(?<!not )(?<!n't )(?<!not yet )(?<!never )sign(?:s|ed)? (?:on|up)(?=\s*(?:[.;]|$))|(?:his|her|its|their) position|(?:his|her|its|their) stance|"
    r"such (?:talk|remarks|comments|statements|ideas|plans|proposals|deployments?|steps|moves|deliveries|weapons|permission|a measure)|"
    r"(?:called|calls|calling|described|describes|describing|termed|labell?ed|branded) (?:it|this|that) (?:as )?[\u201c\"]?an?(?= )|"
    # a judgement of `it` as a decision or step (`said that it was a senseless, irrational and wrong decision`)
    r"(?:it|this) (?:was|is|would be|will be) (?:an? |the )(?:[\w-]+,? (?:and )?){0,3}(?:decision|step|move|mistake|error)|"
    # (`refused to take part in what he called a bad decision`)
    # (pass posrec: and the verdict quoted, `welcomed what he called a "historic decision"`)
    r"what (?:he|she|it|they) (?:called|calls|termed|terms|described as|describes as|branded|brands|dubbed) (?:an? |the )[\u201c\"]?(?:[\w-]+,? (?:and )?){0,3}(?:decision|step|move|mistake|error)|"
    # legislative anaphors: the motion or text that carried the issue
    r"the (?:motion|resolution|bill|text|legislation|compromise|agreement|deal|accord)|(?:that|this|the) call|"
    # a motion named by its sponsor (`the CDU/CSU motion`, `the Labour amendment`)
    r"the (?-i:[A-Z][\w/'\u2019-]*) (?:[A-Z][\w/'\u2019-]* )?(?:motion|resolution|bill|amendment)|(?:the|these|those|such) calls|"
    # the statute that carried the issue (`the Bundestag passed the law`, `asked the court to strike the law down`)
    r"the (?:new )?law(?! (?:of|and order|enforcement|firm|school|student|professor)\b)|"
    # doing what was just named (`France said it was not ready to follow`, `others would follow suit`)
    r"follow suit|do the same|do likewise|" + _ONLY_USED + "|"
    r"(?:to|would|will|could|might) follow(?= *[,.;]| (?:at|later|soon|in|their|its|his|her)\b)|"
    + _PRONOUN_ACT_WORDS + r"|"
    # (pass `pos27b`) the measure's own rules with an adjective (`urged ministers to publish the final regulations`)
    r"the (?:final|detailed|implementing|secondary|draft) (?:rules|regulations)(?! (?:of|in|to|on)\b)"
)
# a stance or act verb whose object is a bare `it`/`them` (part of ANAPHOR)
PRONOUN_ACT = _rx(_PRONOUN_ACT_WORDS)

# a vote cast with no object (`Starmer voted in favour.`, `Streeting voted against, as did ...`): a vote on the measure
# the article is about, which keeps that measure in discussion
# (pass `pos26a`: an adverb of how the holder's members voted, `voted largely against`, `voted overwhelmingly in favour`)
BARE_VOTE = _rx(
    r"vot(?:e|es|ed|ing) (?:(?:again|too|also|" + _VOTE_HOW + r") )?(?:in favou?r|against|for it|against it)(?= *[,.;:]| (?:and|but|as|too|again|on|at|in the)\b)"
)

# words of a halt for a cessation issue's terms (`arms embargo`, `energy truce`, `a boycott of arms deliveries`)
HALT_WORDS = _rx(
    r"halt(?:s|ed|ing)?|stop(?:s|ped|ping)?(?! short)|end(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|suspen\w+|moratorium|paus(?:e|es|ed|ing)|"
    r"freez\w+|froze|frozen|ban(?:s|ned|ning)?|embargo(?:es|ed|ing)?|boycott(?:s|ed|ing)?|ceasefire|cease-fire|truce|armistice|"
    r"phas(?:e|es|ed|ing)[- ]out|phase-outs?|cut(?:s|ting)? off|hold(?:s|ing)? (?:back|up)|held (?:back|up)|"
    # exclusion from an activity (`athletes should be barred from ...`, `kept out of the Games`)
    r"bar(?:s|red|ring)|exclu(?:de|des|ded|ding|sion)|prohibit(?:s|ed|ing|ion)?|(?:kept|keep|keeps|keeping) (?:out|off|away)|"
    # a ban in other words (`Britain outlawed paraquat in 2007`)
    r"outlaw(?:s|ed|ing)?"
)
# a halt coordinated with the one found first (`A moratorium or ban on ...`, `A pause or moratorium on ...`, `a ban and
# phase-out of ...`): the same halt, its object the activity (not an alternative remedy: `banned or its owner forced ...`)
_COORDINATED_HALT = re.compile(
    r"^\s*(?:,\s*)?(?:or|and|and/or)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:bans?|moratori(?:um|a)|pauses?|halts?|freezes?|phase-?outs?|prohibitions?|suspensions?)\b(?=\s+(?:on|of|to)\b)", re.I)
_HALT_PLACE = re.compile(
    r"\s(?:in|within|inside|off|across|around|near)\s+(?=(?:the\s+|its\s+|their\s+|all\s+)?(?:(?-i:[A-Z])|(?:[\w-]+\s+){0,2}"
    r"(?:parks?|areas?|zones?|waters|reserves?|seas?|oceans?|regions?|sanctuar(?:y|ies)|schools?|cities|towns?|countryside|coasts?|"
    r"seabed|Arctic|national\s+parks?)\b))", re.I)
_NOT_ACTIVITY = frozenset("each other new all any using use".split())
CESSATION = _rx(r"halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|end(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|suspen\w+|moratorium|paus(?:e|es|ed|ing)|freez\w+|froze|ban(?:s|ned|ning)?")

# An issue that is itself a halt: enabling the halted activity (`grant new trawling licences`, `auction drilling blocks`,
# `opened the reserve to fracking`, `push ahead with the mine`) enacts the activity; a stance on the activity is the
# opposite stance on the halt (positions._names_the_activity), so `shelved plans to issue licences for fracking` supports it.
_ENABLED_OBJECT = (r"(?:licen[cs]es?|licen[cs]ing|permits?|permissions?|concessions?|leases?|tenders?|contracts?|blocks?|"
                   r"(?:exploration|drilling|mining|fishing) rights|approvals?|consents?)")
ENABLING = _rx(
    r"(?:grant(?:s|ed|ing)?|award(?:s|ed|ing)?|issu(?:e|es|ed|ing)|auction(?:s|ed|ing)?(?: off)?|offer(?:s|ed|ing)?|"
    r"sell(?:s|ing)?|sold|hand(?:s|ed|ing)? out|give(?:s|n)?|gave|giving|approv(?:e|es|ed|ing)|sign(?:s|ed|ing)? off on|"
    r"green[- ]?light(?:s|ed|ing)?|rubber[- ]?stamp(?:s|ed|ing)?)(?= (?:[\w-]+ ){0,4}?" + _ENABLED_OBJECT + r"\b)|"
    r"(?:re)?open(?:s|ed|ing)?(?= (?:up )?(?:[\w-]+ ){0,4}?(?:to|for) [\w-])|"
    r"(?:push|pushes|pushed|pushing|press|presses|pressed|pressing|forge|forges|forged|forging|go|goes|went|going|gone) (?:ahead|on) with"
)
# refraining from enabling the halted activity (`press the Commission to hold off on any licences`): not enabling it,
# so against the activity and for its halt (positions._names_the_activity); before `hold off` as a stance of its own
HOLD_OFF_ENABLING = _rx(
    r"(?:hold|holds|holding|held) off (?:on|from) (?:(?:issuing|granting|awarding|approving|handing out|selling|auctioning) )?"
    r"(?:(?:any|new|more|further|fresh|the|all) )*(?:[\w-]+ ){0,2}?" + _ENABLED_OBJECT
)
# defending a halt keeps it (`Rome would defend the moratorium at the International Seabed Authority`); not `defend it`,
# whose referent may be another halt
DEFEND_HALT = _rx(
    r"(?:defend(?:s|ed|ing)?|protect(?:s|ed|ing)?|safeguard(?:s|ed|ing)?)(?= (?:the|its|their|this|that|our|a|an) (?:[\w-]+ ){0,2}?"
    r"(?:bans?|moratori(?:um|a)|prohibitions?|pauses?|freezes?|phase-?outs?)\b)"
)
# a halt's object refused to commerce (`the ocean is not for sale`): for the halt
NOT_FOR_SALE = _rx(r"(?:is|are|was|were|be|remains?|remained)(?: still)? not for sale|(?:is|are|was|were) never (?:going to be )?for sale")
# Verdicts predicated of a halt or of the activity it halts (`a moratorium was "an urgent necessity"`, `a ban would be
# unworkable`, `fracking is vital for our energy security`); the stance is on the subject, placed by positions.
_PREDICATE = (r"(?:(?<=\bis )|(?<=\bwas )|(?<=\bare )|(?<=\bwere )|(?<=\bbe )|(?<=\bbeen )|(?<=\bremains )|(?<=\bremained )|(?<=\bnot )|"
              r"(?<=\bis [\u201c\"])|(?<=\bwas [\u201c\"])|(?<=\bbe [\u201c\"])|(?<=\bare [\u201c\"])|(?<=\bwere [\u201c\"])|"
              r"(?<=\bstill )|(?<=\bnow )|(?<=\bsimply )|(?<=\bclearly ))")
HALT_VERDICT_SUPPORT = _rx(
    _PREDICATE + r"(?:(?:an? )?(?:(?:urgent|absolute|pressing|real|moral|economic|environmental|ecological|clear|vital|national) )?"
    r"(?:necessity|imperative)|(?:(?:absolutely|really|so|truly|more than|urgently|economically|environmentally) )?"
    r"(?:essential|vital|indispensable|imperative|crucial|urgent|necessary|long[- ]overdue|overdue|non-negotiable)|"
    r"the only (?:[\w-]+ )?(?:course|option|way|choice|answer|path|solution|response)|"
    r"the (?:right|responsible|sensible|prudent) (?:thing|course|choice|call))"
)
HALT_VERDICT_OPPOSE = _rx(
    _PREDICATE + r"(?:an? (?:(?:big|huge|grave|serious|terrible|costly|historic|tragic|catastrophic) )?(?:mistake|error|blunder|disaster|catastrophe|overreach)|"
    r"(?:(?:utterly|completely|totally|simply|deeply|wildly) )?(?:reckless|unworkable|unenforceable|disastrous|catastrophic|"
    r"counterproductive|counter-productive|irresponsible|excessive|unnecessary|unjustified|premature|misguided|madness)|"
    r"(?:economic )?suicide|a step too far)"
)
EVALUATIVE = re.compile(f"{EVALUATIVE.pattern}|{HALT_VERDICT_SUPPORT.pattern}|{HALT_VERDICT_OPPOSE.pattern}", re.IGNORECASE)

# ---- (pass posword) verdicts the lexicon lacked, each gated by a literal its pattern cannot match without
# A measure the speaker says has failed or backfired (`said sanctions had failed to weaken Russia`, `the ban has
# backfired`, `the levy had been a fiasco`): against it, but only with one of the issue's terms (a measure noun) for the
# verb's subject, so that an event that failed (`the ceasefire has failed`, `the bill had failed in the Senate`) or an
# actor that failed (`the government had failed to explain`) is no verdict.
_POSWORD_FAILED = re.compile(
    r"(?<![\w-])(?:has|have|had)\s+(?:(?:clearly|largely|already|simply|so\s+far|completely|totally|utterly|demonstrably|"
    r"plainly|obviously|only|also|entirely)\s+)?(?:failed|backfired)(?![\w-])"
    r"(?!\s+(?:to\s+(?:pass|clear|win|get|secure|garner|attract|gain|reach|advance|make\s+it|take\s+effect)|in\s+(?:the\s+)?"
    r"(?:Senate|House|parliament|Parliament|chamber|vote|Congress|Assembly|court)|at\s+(?:the\s+)?(?:ballot|polls)|by\s+\d))|"
    r"(?<![\w-])(?:has|have|had)\s+been\s+(?:an?\s+)?[\u201c\"]?(?:(?:complete|total|utter|costly|expensive|abject|dismal|"
    r"spectacular|huge|big|massive)\s+)?(?:failure|disaster|fiasco|flop)s?(?![\w-])", re.I)
# what may stand between the measure term and that verb: the measure's own head noun, an aside
_POSWORD_FAILED_GAP = re.compile(
    r"(?:\s+(?:policy|policies|regime|package|packages|measures?|programme|program|scheme|system))?"
    r"(?:\s*,[^,;\u201c\u201d\"]{1,80},)?\s*", re.I)
# the term's last word: a measure, not an event, a vote or a text that can fail to pass
_POSWORD_MEASURE_WORD = re.compile(
    r"(?:sanctions?|ban|bans|prohibition|embargo|moratorium|tax|taxes|levy|levies|tariffs?|duty|duties|cap|caps|limits?|"
    r"curbs?|restrictions?|controls?|mandate|quotas?|subsid(?:y|ies)|policy|policies|scheme|law|rules?|reform|legalisation|"
    r"legalization|freeze|charge|fee|regulations?|requirements?|price\s+cap)$", re.I)
# the term inside another noun's phrase (`the talks on sanctions had failed`, `a bid for a ban has failed`): not the subject
_POSWORD_OBJECT_BEFORE = re.compile(r"\b(?:on|of|over|about|for|against|to|with|into|in)\s+(?:(?:the|a|an|new|its|their|further|"
                                    r"western|Western|more|tougher|any)\s+){0,2}$")
_POSWORD_IF_BEFORE = re.compile(r"\b(?:if|whether|unless|claims?\s+that|critics)\b[^,;.]{0,40}$", re.I)
# A measure called divisive, or said to divide the country (`said the Voice was "risky, divisive and permanent"`, `the
# referendum "will divide the nation"`, `"not another divisive referendum"`): against it. Only as a predicate, inside the
# speaker's quote; a bare attributive (`the divisive debate over ...`, `dropping another divisive referendum`) is the
# writer's description or too loose to read.
# `not (on|for) another divisive X` is one cue with its `not` (the refusal is the stance; the negation does not flip it).
_POSWORD_DIVISIVE = re.compile(
    r"(?<![\w-])(?:not\s+(?:on\s+|for\s+)?(?:yet\s+)?another\s+[\u201c\"]?divisive|(?:is|was|are|were|be|been|being|remains?)\s+"
    r"(?:\w+ly\s+)?[\u201c\"]?(?:[\w-]+,?\s+(?:and\s+)?){0,3}?divisive|[\u201c\"](?:another\s+|an?\s+|this\s+|such\s+an?\s+)?divisive|"
    r"(?:will|would|could)\s+(?:\w+ly\s+)?[\u201c\"]?(?:\w+ly\s+)?divide\s+(?:us|the\s+(?:nation|country|"
    r"people|public|community|communities|society)|people|society|communities|families|(?-i:[A-Z])[a-z]+(?:ns|ers|s))"
    r")(?![\w-])", re.I)
# A measure said to be constitutional or lawful (`said the amnesty was fully constitutional`, `the main provisions were in
# line with the constitution`): for it (`unconstitutional` is in _VERDICTS). A predicate only: not `constitutional
# court`, `legal action`.
_POSWORD_LAWFUL = re.compile(
    r"(?<![\w-])(?:is|was|are|were|be|been|remains?|remained)\s+(?:(?:fully|entirely|perfectly|wholly|completely|clearly|"
    r"indeed)\s+)?(?:constitutional|lawful|in\s+line\s+with\s+the\s+constitution|(?:compatible|consistent|in\s+keeping)\s+with\s+"
    r"the\s+constitution)(?![\w-])", re.I)
# A measure said only to help a third party (`a ceasefire would benefit only Hamas`, `restrictions had only helped
# Moscow`, `sanctions would only help Beijing.`): against it. The party is a capitalised name that ends the clause; `would
# only help Ukraine defend itself` (a purpose after it) is no verdict.
_POSWORD_ONLY_HELPS = re.compile(
    r"(?<![\w-])(?:(?:would|will|could|can|has|have|had|did|does|do)\s+only\s+(?:ever\s+)?(?:help(?:ed)?|benefit(?:t?ed)?|reward(?:ed)?|"
    r"embolden(?:ed)?|strengthen(?:ed)?|play(?:ed)?\s+into\s+the\s+hands\s+of)|only\s+(?:helps|benefits|rewards|emboldens|strengthens|"
    r"plays\s+into\s+the\s+hands\s+of)|(?:would|will|could|can)\s+(?:help|benefit|reward|embolden|strengthen)\s+only)"
    r"\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?(?=\s*(?:[.,;:\u201d\"]|$)|\s+and\s)", re.I)
# (pass posword) verdicts on a measure, as the others: a stance cue after the measure is read only when it is one
EVALUATIVE = re.compile(f"{EVALUATIVE.pattern}|{_POSWORD_FAILED.pattern}|{_POSWORD_DIVISIVE.pattern}|{_POSWORD_LAWFUL.pattern}|"
                        f"{_POSWORD_ONLY_HELPS.pattern}", re.IGNORECASE)

# Proposition verb -> the family of verbs that enact it.
_ACTION_FAMILIES = [
    ("send supply provide deliver give transfer donate ship", r"pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|commit(?:s|ted|ting)|(?<!move )(?<!decision )(?<!step )(?:send(?:s|ing)?|sent)|suppl(?:y|ies|ied|ying)(?! (?:lines?|chains?|routes?|depots?|convoys?|hubs?|shortages?)\b)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|giv(?:e|es|ing)|gave|given|transfer(?:s|red|ring)?|donat(?:e|es|ed|ing)|ship(?:s|ped|ping)?|hand(?:s|ed|ing)?(?: over)?"),
    ("allow permit authorize authorise let", r"allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|authori[sz](?:e|es|ed|ing)|let(?:s|ting)?"),
    ("impose tighten adopt extend expand", r"impos(?:e|es|ed|ing)|tighten(?:s|ed|ing)?|adopt(?:s|ed|ing)?|agree(?:s|d)?(?! (?:with|that|on whether)\b)|extend(?:s|ed|ing)?|expand(?:s|ed|ing)?|approv(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|slap(?:s|ped)? |"
     # intensifying what is in place (`step up sanctions`, `toughen the measures`)
     r"step(?:s|ped|ping)? up|ramp(?:s|ed|ing)? up|intensif(?:y|ies|ied|ying)|toughen(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|"
     r"(?:freez(?:e|es|ing)|froze)(?=" + _FROZEN_HOLDINGS + ")"),
    # (pass pos39c) a number or a quota raised (`will increase the quota by 2,000`, `raised admissions to 5,058`; not `raised
    # concerns`)
    ("increase raise boost", r"increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)(?! (?:the )?(?:concerns?|doubts?|questions?|objections?|fears?|alarm|eyebrows|the issue|the matter|hopes?)\b)|boost(?:s|ed|ing)?"),
    ("admit invite accept", r"admit(?:s|ted|ting)?|invit(?:e|es|ed|ing)|accept(?:s|ed|ing)?|welcom(?:e|es|ed|ing)"),
    ("implement apply enforce", r"implement(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|enforc(?:e|es|ed|ing)|put (?:\w+ )?into (?:effect|practice|force)"),
    ("seize confiscate use", r"seiz(?:e|es|ed|ing)|confiscat(?:e|es|ed|ing)|us(?:e|es|ed|ing)"),
]
_STOP = frozenset(
    """a an the of to in on at by for from with and or should be been being is are was were that this
    its their his her into more new other any all out down off up
    after before each so such than""".split()
)
# words that open a noun phrase, never a verb (`the Voice`, `our plan`)
_DETERMINERS = frozenset("the this that these those its their our your his her any every each some".split())
# Proposition words too common in war copy to identify an issue on their own.
_GENERIC = frozenset(
    """allow allowed use used using send supply provide western countries country weapon weapons
    against target targets inside military support""".split()
)


# (pass pos39a) a curb on a country's economy is a sanction, not a curb on where weapons may be used (`keeps in place
# restrictions on trade, finance and energy`, `export restrictions on technology`): no term of an issue on a place
_ECONOMIC_CURB = re.compile(
    r"\s+on\s+(?:(?:the|its|their|Russian|Russia's|Iranian|Chinese)\s+)?(?:[a-z-]+\s+)?(?:trade|finance|financial|energy|imports?|exports?|travel|"
    r"banks?|banking|investments?|oil|gas|goods|technolog\w+|visas?|shipping|transactions|payments|capital|media|broadcasters?|"
    r"airlines?|flights|economy|companies|firms|entities|individuals|oligarchs)\b")


@dataclass(frozen=True)
class IssueMatcher:
    issue: Issue
    terms: re.Pattern[str] | None
    words: tuple[str, ...]
    actions: re.Pattern[str] | None
    heads: re.Pattern[str] | None = None
    cessation: bool = False  # the proposition is itself a halt (`should stop attacking ...`, `should ban ...`)
    # negator nouns the proposition itself names (`The EU ban on ... should stay in place`): the issue, not its negation
    own_nouns: frozenset[str] = frozenset()
    # a cessation issue: the words of the activity it halts (`arms`, `export`, `israel` for `... halt arms exports to Israel`)
    activity: re.Pattern[str] | None = None
    # bare head nouns of its terms and the words they derive from (`jets`, `member`, `invite`)
    bare: re.Pattern[str] | None = field(default=None, compare=False)
    # a punitive issue on a target (`Sanctions on Russia should be ...`): a ban or curb on that target is a measure of
    # the issue's own kind (`export bans on Russian entities`), not a negation of it
    measure_target: re.Pattern[str] | None = field(default=None, compare=False)
    # the verbs opening its terms (`join` NATO, `recognise` a Palestinian state): actions only as a clause's verb
    lead_actions: re.Pattern[str] | None = field(default=None, compare=False)
    # the proposition's own verbs and their families (`raise` for `... should be raised`): the clause's verb even where a
    # term also opens with it (`raise the minimum wage`) and a noun comes before (`announced plans to raise ...`)
    own_actions: re.Pattern[str] | None = field(default=None, compare=False)
    # the proposition says where (`... against targets inside Russia`): use restricted to elsewhere opposes it
    located: bool = field(default=False, compare=False)
    # the issue's capitalised item names among its terms (`Taurus`), when it also has a lowercase class term
    # (`cruise missiles`): the class term headed by another name (`Storm Shadow cruise missiles`) is another item
    named_item: re.Pattern[str] | None = field(default=None, compare=False)
    # the alternative the proposition rejects (`... shut down rather than kept running or expanded`): enacting it
    # (`will keep the reactors running`, `backed the extension`) opposes the issue
    alternative: re.Pattern[str] | None = field(default=None, compare=False)
    # the issue's terms that are only its own verb or its alternative's (`phase-out`, `shut down`, `extend`): a sentence
    # naming no other term is not about the issue (`a plan to phase out gas imports`)
    weak_term: re.Pattern[str] | None = field(default=None, compare=False)
    # (pass posanaph) the measure head nouns of its `N on X` terms (`levy` of `levy on the rich`) in `heads`, and that
    # noun heading another measure (`a ban on Russian oil`): after which `the ban` is that other one
    of_heads: re.Pattern[str] | None = field(default=None, compare=False)
    other_measure: re.Pattern[str] | None = field(default=None, compare=False)

    def goes_on(self, text: str) -> bool:
        """Whether the sentence right after one naming the issue goes on with it (`Sunak supported giving Kyiv jets`)."""
        return bool(self.bare is not None and self.bare.search(text))

    def refers_back(self, text: str) -> bool:
        """`the jets`, `those tanks`: the head noun of a multiword term, with a definite determiner."""
        return bool(self.heads is not None and self.heads.search(text))

    words_re: re.Pattern[str] | None = None
    # fast, same-answer stand-ins: a word every term match starts with; `words_re`'s stems from words
    term_gate: BoundedWords | None = field(default=None, compare=False)
    proposition_words: "PropositionWords | None" = field(default=None, compare=False)

    def _stems(self, text: str) -> set[str]:
        """`{_stem(m.group(0).casefold()) for m in self.words_re.finditer(text)}`"""
        if self.proposition_words is None:
            return {_stem(m.group(0).casefold()) for m in self.words_re.finditer(text)}
        return self.proposition_words.stems(text)

    def secondary(self, text: str) -> int:
        """Tie-break between issues with equal term scores: proposition words, specific ones double."""
        if self.words_re is None:
            return 0
        hits = self._stems(text)
        return len(hits) + len(hits - _GENERIC)

    def score(self, text: str) -> int:
        score = 0
        if self.terms is not None and (self.term_gate is None or self.term_gate.search(text)):
            hits = {m.group(0).casefold() for m in self.terms.finditer(text)
                    if not (self.located and _ECONOMIC_CURB.match(text, m.end()) and NEGATOR_NOUN.fullmatch(m.group(0)))}
            if hits and self.weak_term is not None and all(self.weak_term.fullmatch(h) for h in hits):
                hits = set()  # `a plan to phase out Russian gas imports`: the issue's verb alone names no issue
            score += 2 * len(hits)
        if self.words_re is None:
            return score
        hits = self._stems(text)
        specific = hits - _GENERIC
        if len(hits) >= 4 or (len(hits) >= 3 and len(specific) >= 1) or len(specific) >= 2:
            score += len(hits)
        return score


# Word-level variants every issue's terms accept (`accession talks` ~ `accession negotiations`,
# `fighter aircraft` ~ `combat aircraft`, `join NATO` ~ `join the alliance`): regex alternatives.
_WORD_SYNONYMS = {
    "membership": (r"accession", r"entry", r"admission", r"invitation"),
    "accession": (r"membership", r"entry", r"admission"),
    "talks": (r"negotiations",),
    "negotiations": (r"talks",),
    "jets": (r"aircraft", r"planes", r"warplanes"),
    "aircraft": (r"jets", r"planes", r"warplanes"),
    "fighter": (r"combat", r"fighter-bomber"),
    "territory": (r"soil",),
    "inside": (r"within", r"into", r"in"),
    "within": (r"inside", r"into", r"in"),
    "strikes": (r"attacks?", r"attack(?:ed|ing)", r"striking", r"hit(?:s|ting)?", r"fir(?:e|es|ed|ing)", r"missiles", r"targets", r"sites", r"positions"),
    "infrastructure": (r"facilit(?:y|ies)", r"installations?", r"grids?", r"plants?"),
    "deal": (r"agreements?", r"accords?", r"pacts?", r"initiatives?", r"arrangements?"),
    "agreement": (r"deals?", r"accords?", r"pacts?", r"initiatives?", r"arrangements?"),
    "join": (r"enter(?:s|ed|ing)?", r"accede to"),
    "restrictions": (r"limits", r"limitations", r"curbs", r"constraints", r"caveats"),
    "ceasefire": (r"cease-fire", r"truce", r"armistice"),
    "truce": (r"ceasefire", r"cease-fire", r"armistice"),
    "cap": (r"ceiling",),
    "frozen": (r"immobili[sz]ed",),
    "skies": (r"sky", r"airspace"),
    "gdp": (r"gross\s+domestic\s+product", r"(?:economic|national)\s+output"),
}
_NAME_SYNONYMS = {
    "NATO": (r"the\s+[Aa]lliance",),
    "EU": (r"the\s+bloc", r"(?:the\s+)?European\s+Union"),
}
# A state's seat of power and its leader stand for it as a party (`negotiations with the Kremlin`), only
# after `with` in a term: elsewhere (`strikes inside Russia`) they would not, and they are frequent words.
_PARTY_SYNONYMS = {
    "Russia": (r"Moscow", r"the\s+Kremlin", r"(?:Vladimir\s+)?Putin", r"the\s+Russian\s+(?:leader|president|side)"),
}
# Concepts whose usual names an issue's terms imply: weapon systems for a weapon class, the
# other names of a measure. Added when a trigger occurs in the issue's terms or proposition.
_CONCEPT_TERMS = (
    (r"\btanks?\b", ("Leopard", "Abrams", "Challenger", "Leclerc", "battle tanks")),
    (r"\b(?:jets?|warplanes?|fighter aircraft)\b", ("F-16", "MiG-29", "Gripen", "Mirage", "combat aircraft", "warplanes")),
    (r"\blong-range\b", ("ATACMS", "Storm Shadow", "SCALP", "range limits", "range restrictions")),
    (r"\bno-fly zone\b", ("close the skies", "no fly zone")),
    (r"\bsanctions\b", ("punitive measures", "restrictive measures", "price ceiling", "sanctions package", "SWIFT",
                         "oil ban", "Russian oil imports", "import ban", "export controls", "asset freeze")),
    (r"(?:^|\|)(?:ceasefire|cease-fire|truce)(?:$|\|)|\b(?:a|the) (?:ceasefire|truce)\b", ("ceasefire", "cease-fire", "truce", "armistice", "freeze the front", "freeze the conflict")),
    # where a country's future lies, its membership (`Ukraine's future lies in the alliance`)
    (r"\bjoin NATO\b", ("future in NATO", "place in NATO", "path to NATO", "become a member of NATO", "become a NATO member")),
    (r"\bjoin the (?:EU|European Union)\b", ("future in the EU", "place in the EU", "path to the EU", "negotiating clusters",
                                             "become a member of the EU", "become an EU member")),
    # the status named by its holder (`made Ukraine a candidate for membership`, `a candidate to join the bloc`)
    (r"\bcandidate status\b", ("candidate for membership", "candidate to join")),
)


_AGAINST_LINKS = ("against", "on", "to curb", "to stop", "to fight", "to tackle", "to prevent", "to keep", "to end")


def all_terms(issue: Issue) -> tuple[str, ...]:
    """The issue's terms plus the variants implied by them and by its proposition: concept names
    (`tanks` -> `Leopard`), and the proposition's own `<noun> inside <Place>` phrase."""
    out = list(issue.terms)
    # the bare terms between bars: a concept a term qualifies (`energy ceasefire`) implies no general names
    source = "|" + "|".join(issue.terms) + "| " + issue.proposition
    for trigger, extra in _CONCEPT_TERMS:
        if re.search(trigger, source, re.I):
            out.extend(extra)
    out.extend(re.findall(r"\b[a-z][\w-]+ (?:inside|into|within) [A-Z][\w-]+", issue.proposition))
    # (pass pos39c) a law named after the harm it targets, said the other way round (`deforestation law` -> `a law against
    # deforestation`, `a law to keep deforestation out of ...`, `rules to curb deforestation`)
    for t in issue.terms:
        against = re.fullmatch(r"(?:anti-)?([a-z]{5,}) (law|regulation|rules)", t)
        if against:
            out.extend(f"{against.group(2)} {link} {against.group(1)}" for link in _AGAINST_LINKS)
    main_part = _proposition_parts(issue.proposition)[0]
    out.extend(t for t, _ in _patient_terms(issue.proposition))
    if _CLOSING_VERB.search(main_part):
        # a closure issue's own nouns after the first word of what it closes (`Nuclear power plants should be shut
        # down`: `the nuclear shutdown`, `Spain's nuclear closure plan`; `Coal mines ...`: `the coal exit`)
        first = re.match(r"\s*([A-Za-z]{3,})\b", main_part)
        if first and first.group(1).casefold() not in _STOP and first.group(1)[1:].islower():
            out.extend(f"{first.group(1).casefold()} {noun}" for noun in _CLOSING_NOUNS)
    seen: set[str] = set()
    return tuple(t for t in out if not (t.casefold() in seen or seen.add(t.casefold())))


# a named party the proposition would have something done to, and where (`Ukraine should be admitted to NATO`)
_NAMED_PATIENT = re.compile(r"(?P<party>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}) should (?:\w+ly )?be (?:\w+ly )?(?P<verb>[a-z]+ed) "
                            r"(?P<prep>to|into|as) (?P<place>(?:the |an? )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,3})\s*$")
_SHORT_NAMES = {"the European Union": "the EU", "the United Nations": "the UN", "the World Trade Organization": "the WTO"}


@lru_cache(maxsize=256)
def _patient_terms(proposition: str) -> tuple[tuple[str, str], ...]:
    """`Ukraine should be admitted to NATO`: what is done to a named party, where, as an agent would write it
    (`admit Ukraine to NATO`, `admitting Ukraine into the European Union`), each with its place (`NATO`, `European
    Union`): every match holds the place, and the gates and the prefilter key on it (the verb, `admitted`, and the
    party are in many texts about other things)."""
    named = _NAMED_PATIENT.match(_proposition_parts(proposition)[0])
    if not named or named.group("verb") in _IRREGULAR_PARTICIPLES or len(named.group("verb")) < 6:
        return ()
    verb = _participle_lemma(named.group("verb"))
    out = []
    for prep in dict.fromkeys([named.group("prep"), *(["into"] if named.group("prep") == "to" else [])]):
        for place in dict.fromkeys([named.group("place"), _SHORT_NAMES.get(named.group("place"), named.group("place"))]):
            out.append((f"{verb} {named.group('party')} {prep} {place}", re.sub(r"^(?:the|an?) ", "", place)))
    return tuple(out)


# compounds that name something else (`a liberal think tank`, `fuel tanks`): not the term word
_NOT_IN_COMPOUNDS = {
    "tanks": r"(?<!think )(?<!think-)(?<!fuel )(?<!septic )(?<!water )(?<!oil )(?<!storage )",
    "tank": r"(?<!think )(?<!think-)(?<!fuel )(?<!septic )(?<!water )(?<!oil )(?<!storage )",
}


def _word_alt(word: str, first: bool = False, party: bool = False, exact: bool = False) -> str:
    """A term word as a regex: plural optional, synonyms, and a leading verb inflected
    (`freeze the conflict` ~ `freezing the conflict`, `join NATO` ~ `joining NATO`). `exact`: the term's own
    pattern, which also leaves out compounds naming something else (the gates and prefilters may match more)."""
    base = _plural_optional(word)
    if exact and word.casefold() in _NOT_IN_COMPOUNDS:
        base = _NOT_IN_COMPOUNDS[word.casefold()] + base
    alts = [base]
    if first and word.isalpha() and word.islower() and len(word) >= 4:
        stem = _stem(word)
        stem = stem[:-1] if stem.endswith("e") else stem
        alts.append(re.escape(stem) + "(?:e|es|ed|ing|s)")
        if len(word) <= 5 and re.search(r"[^aeiou][aeiou][bdgklmnprt]$", word):
            alts.append(re.escape(stem + stem[-1]) + "(?:ed|ing)")  # `admit` ~ `admitted`, `admitting`
    if word.isalpha() and word.islower() and len(word) >= 8 and word.endswith("ation"):
        # a nominalisation stands for its verb and adjective (`retaliation` ~ `retaliate`, `retaliatory measures`)
        alts.append(re.escape(word[:-3]) + "(?:e|es|ed|ing|ory|ions)")
    alts.extend(_WORD_SYNONYMS.get(word.casefold(), ()))
    alts.extend(_NAME_SYNONYMS.get(word, ()))
    if party:
        alts.extend(_PARTY_SYNONYMS.get(word, ()))
    return base if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _cased(word: str, alt: str) -> str:
    """A name keeps its capital (`Challenger` tanks, not primary `challengers`; `Taurus`, not the star sign)."""
    if not word[:1].isupper():
        return alt
    base = _plural_optional(word)
    head = re.escape(word[0])
    return alt.replace(base, "(?-i:" + head + ")" + base[len(head):], 1)


def _plural_optional(word: str) -> str:
    """`strikes` also matches `strike`, `tank` also `tanks`."""
    if not word[-1:].isalpha():
        return re.escape(word)
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3 and word[:-1].islower():
        word = word[:-1]
    return re.escape(word) + "(?:s|es)?"


# a proposition whose active predicate curbs something (`should cap or cut the production of plastic`, `must also limit`),
# or a passive cap that bans nothing (`Rents should be limited`); not a passive halt (`Plastic microbeads should be
# restricted or banned`, pos26c: `wants the curbs taken out` there undoes the measure, as before)
_CURBING_PROPOSITION = re.compile(r"\b(?:should|must|ought to)\s+(?:\w+ly\s+|also\s+|still\s+)?(?:cap|limit|curb|restrict)\b", re.I)
_HALT_WORDS = re.compile(r"\b(?:ban|bans|banned|prohibit\w*|phased?\s+out)\b", re.I)
_CURB_NOUNS = ("limit", "limits", "limitation", "limitations", "curb", "curbs", "restriction", "restrictions", "constraint",
               "constraints", "cap", "caps", "ban", "bans", "prohibition", "prohibitions")


# (pass pos46) words that open a term without being its verb: a determiner or preposition before a name (`the Voice`,
# `the Wage Act`), never an action of the issue (else every `the` of the article would enact it)
# words that open a term without being its verb (`the Voice`, `with Mercosur`)
_NOT_LEAD_VERBS = _STOP | _DETERMINERS | frozenset({"onto"})


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


class PropositionWords:
    """The stems `words_re` finds in a text, read off the text's words.

    `words_re` = `(?:(?<![\w-])(?:w1|w2|...)|^(?:W1|W2|...))SUFFIX(?![\w-])` over lowercase words:
    every match is a whole word (a maximal run of [\w-]), the capitalised forms only as a text's
    first word. A word's answer is remembered."""

    _SUFFIX = "(?:s|es|ed|ing|e|ted)?"

    def __init__(self, ordered: list[str]) -> None:
        assert all(re.fullmatch(r"[a-z][a-z-]*", w) for w in ordered), ordered
        self._lower = re.compile("(?:" + "|".join(re.escape(w) for w in ordered) + ")" + self._SUFFIX)
        self._upper = re.compile("(?:" + "|".join(re.escape(w[:1].upper() + w[1:]) for w in ordered) + ")" + self._SUFFIX)
        # a word's first character -> the words that start with it (`wordfilter.first_char_patterns`)
        self._by_first = first_char_patterns([re.escape(w) for w in ordered], self._SUFFIX, 0)
        # every word `_lower` matches in full (`wordfilter.literal_forms`): a word asked by a set look-up
        self._forms = literal_forms([re.escape(w) for w in ordered], self._SUFFIX, 0)
        self._stem_of: dict[str, str] = {}  # the words of `self._memo.seen` that match, and their stems
        self._hits: set[str] = set()  # (the keys of `_stem_of`, as a set: a cheap disjointness test)
        self._first: dict[str, str | None] = {}  # a text's first word -> its stem when `_upper` matches it in full
        self._memo: WordMemo | None = None
        WordMemo().join(self)

    def _forget(self) -> None:
        self._stem_of.clear()
        self._hits.clear()
        self._first.clear()

    _fold = False  # (its forms are asked by the word itself: `wordfilter.WordMemo`)

    def _add_hit(self, word: str) -> None:
        self._stem_of[word] = _stem(word.casefold())
        self._hits.add(word)

    def _learn(self, new: Iterable[str]) -> None:
        """Ask about words not asked about before (`wordfilter.WordMemo`)."""
        by_first, lower, forms = self._by_first, self._lower, self._forms
        if forms is not None:
            matched = [w for w in new if w in forms]
        else:
            matched = [w for w in new if (p := by_first.get(w[0], lower)) is not None and p.fullmatch(w)]
        if matched:
            self._stem_of.update((w, _stem(w.casefold())) for w in matched)
            self._hits.update(matched)

    def stems(self, text: str) -> set[str]:
        words, distinct = text_words(text)
        self._memo.remember(distinct)
        found = set() if self._hits.isdisjoint(distinct) else {self._stem_of[w] for w in distinct & self._hits}
        if words and text.startswith(words[0]):
            first = words[0]
            stem = self._first.get(first, "")
            if stem == "":
                stem = self._first[first] = _stem(first.casefold()) if self._upper.fullmatch(first) else None
            if stem is not None:
                found.add(stem)
        return found


# Verbs that undo a measure, each in the forms that can open an issue term or stand right before its object
# (`suspend the pension reform` ~ `suspending the 2023 pension reform`, `the suspension of the pension reform`).
_UNDOING_LEADS = {
    "suspend": ("suspend", "suspends", "suspended", "suspending", "suspension of"),
    "repeal": ("repeal", "repeals", "repealed", "repealing", "repeal of"),
    "scrap": ("scrap", "scraps", "scrapped", "scrapping", "scrapping of"),
    "abolish": ("abolish", "abolishes", "abolished", "abolishing", "abolition of"),
    "lift": ("lift", "lifts", "lifted", "lifting", "lifting of"),
    "rescind": ("rescind", "rescinds", "rescinded", "rescinding"),
    "revoke": ("revoke", "revokes", "revoked", "revoking", "revocation of"),
    "overturn": ("overturn", "overturns", "overturned", "overturning"),
    "reverse": ("reverse", "reverses", "reversed", "reversing", "reversal of"),
    "axe": ("axe", "axes", "axed", "axing"),
    "ditch": ("ditch", "ditches", "ditched", "ditching"),
    "dismantle": ("dismantle", "dismantles", "dismantled", "dismantling"),
    "annul": ("annul", "annuls", "annulled", "annulling"),
    "postpone": ("postpone", "postpones", "postponed", "postponing", "postponement of"),
    "roll back": ("roll back", "rolls back", "rolled back", "rolling back", "rollback of"),
}
# a proposition that is itself a halt (`... should be suspended`, `should ban ...`)
_HALTING_PROPOSITION = re.compile(r"\bshould (?:be )?(?:stop|halt|end|cease|suspend|pause|ban|banned|phase out|freeze)\b", re.I)
# (on an issue that is itself a halt, `suspend arms exports` enacts it)
_HALTING_LEADS = frozenset({"suspend", "postpone"})
_UNDOING_FORMS = re.compile(r"\b(?:" + "|".join(sorted({re.escape(f.split(" of")[0]) for fs in _UNDOING_LEADS.values() for f in fs},
                                                     key=len, reverse=True)) + r")\b", re.I)


def _undoing_term(issue: Issue, term: str, halting: bool) -> tuple[tuple[str, ...], list[str]] | None:
    """A term that names undoing the issue's measure (`suspend the pension reform`, `lift the ban on phones`): the
    forms of its undoing verb and the words of its object. None where the verb is the proposition's own act (`... should
    be lifted`, a halt issue's `suspend ...`): there the term enacts the issue."""
    lowered = term.casefold()
    for lead, forms in _UNDOING_LEADS.items():
        for form in sorted(forms, key=len, reverse=True):
            if lowered.startswith(form + " ") and len(term) > len(form) + 1:
                if _UNDOING_FORMS.search(issue.proposition) or (halting and lead in _HALTING_LEADS):
                    return None
                return forms, term[len(form) + 1 :].split()
    return None


def _behind_undoing(forms: tuple[str, ...], obj: list[str], words_rx) -> str:
    """The object of an undoing term, matched only right after one of the verb's forms (a fixed-width look
    behind each), with its article: `suspending` + `the 2023 pension reform`."""
    behind = "(?:" + "|".join(rf"(?<=\b{re.escape(f)} )" for f in forms) + ")"
    if len(obj) > 1 and obj[0].casefold() in ("the", "a", "an"):
        return behind + re.escape(obj[0]) + r"\s+(?:[\w-]+\s+){0,3}" + words_rx(obj[1:])
    return behind + words_rx(obj)


@lru_cache(maxsize=256)
def matcher(issue: Issue) -> IssueMatcher:
    terms = term_gate = None
    term_list = all_terms(issue)
    if term_list:
        def words_rx(words: list[str]) -> str:
            multi = len(words) > 1
            parts = [_cased(w, _word_alt(w, multi and i == 0, i > 0 and words[i - 1].casefold() == "with", exact=True)) for i, w in enumerate(words)]
            if multi and words[0][:1].isupper():
                # a name-led compound (`EU membership`) takes at most one modifier, never a verb:
                # `the EU formally opened accession talks` is no `EU accession`
                head = parts[0] + r"(?:['\u2019]s)?\s+(?:(?![\w-]+ed\s)[\w-]+\s+)?" + parts[1]
                return r"\s+(?:[\w-]+\s+){0,2}".join([head, *parts[2:]])
            return r"\s+(?:[\w-]+\s+){0,3}".join(parts)

        alternatives = []
        # what every alternative starts with, a whole word: no sentence without one of them has a term
        firsts = set()
        patient = dict(_patient_terms(issue.proposition))
        halting_issue = _HALTING_PROPOSITION.search(issue.proposition) is not None
        undoing_alternatives = []
        for t in sorted(term_list, key=len, reverse=True):
            words = t.split()
            undoing = _undoing_term(issue, t, halting_issue)
            if undoing is not None:
                # the match starts at the object, the verb only looked behind at: read outside the term, the undoing
                # verb is a cue like any other (`called for suspending the pension reform` opposes the reform)
                forms, obj = undoing
                undoing_alternatives.append(_behind_undoing(forms, obj, words_rx))
                firsts.update(re.escape(f.split()[0]) for f in forms)
                continue
            alternatives.append(words_rx(words))
            # (a term derived from a named party's proposition holds its place: `NATO`, not the frequent `admitted`)
            firsts.add(_word_alt(patient[t]) if t in patient else _word_alt(words[0], len(words) > 1))
            content = [w for w in words if w.casefold() not in _STOP]
            if len(content) >= 3 and all(w.islower() for w in content) and len(content) < len(words):
                # a descriptive term (`strikes on energy infrastructure`) in other words around its content
                # words, in order: `attacking Ukraine's energy infrastructure`, `strikes on power plants and
                # other energy facilities`
                alternatives.append(r"\s+(?:[\w'\u2019-]+\s+){0,5}".join(_word_alt(w, i == 0) for i, w in enumerate(content)))
                firsts.add(_word_alt(content[0], True))
            if len(words) >= 4 and all(w[:1].isupper() for w in words):
                # a long name is shortened by an inner word (`Black Sea Grain Initiative` ~ `Black Sea Initiative`)
                for i in range(1, len(words) - 1):
                    alternatives.append(words_rx(words[:i] + words[i + 1 :]))
            if len(words) == 2 and all(w.isalpha() for w in words):
                # `NATO accession` <-> `accession to NATO`, `NATO membership` <-> `membership of NATO`,
                # `invitation for Ukraine to the alliance`
                alternatives.append(words_rx([words[1]]) + r"(?:\s+for\s+[\w-]+)?\s+(?:to|of|in|into|for|on)\s+(?:the\s+|an?\s+)?" + words_rx([words[0]]))
                firsts.add(_word_alt(words[1]))
                if all(w.islower() for w in words) and not re.search(r"(?:ed|en|ing)$", words[0]):
                    # a noun compound as its verb and object (`price cap` ~ `cap the price`, `asset freeze` ~ `freeze the assets`)
                    verb = re.escape(words[1]) + "(?:s|es|ed|ing|" + re.escape(words[1][-1]) + "ed|" + re.escape(words[1][-1]) + "ing)?"
                    alternatives.append(verb + r"\s+(?:on\s+)?(?:the\s+)?" + words_rx([words[0]]))
                if words[0][:1].isupper() and words[1].islower():
                    # a party name before its deal (`Mercosur deal`) also follows it after `with`: `trade deal with the
                    # Mercosur countries`, `agreement with Mercosur`
                    alternatives.append(words_rx([words[1]]) + r"\s+with\s+(?:the\s+)?" + words_rx([words[0]]))
            dative = re.fullmatch(r"(?P<noun>[a-z][\w-]+) to (?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+)?)", t)
            if dative:
                # `weapons to Israel` ~ `providing Israel with the weapons`
                name = dative.group("name").split()
                alternatives.append(words_rx(name) + r"\s+with\s+(?:[\w-]+\s+){0,2}" + _word_alt(dative.group("noun")))
                firsts.add(_word_alt(name[0], len(name) > 1))
        # (each alternative tried only at a letter it can start with: the same matches, found at a third of the cost)
        body = first_char_dispatch(alternatives, re.IGNORECASE) or "|".join(alternatives)
        if undoing_alternatives:
            body = "|".join([f"(?:{body})", *undoing_alternatives]) if alternatives else "|".join(undoing_alternatives)
        # all-caps terms (ATACMS) are names: case-sensitive; the rest case-insensitive, plural allowed
        terms = re.compile(rf"(?<![\w-])(?:{body})(?:s|es)?(?![\w-])", re.IGNORECASE)
        term_gate = BoundedWords(sorted(firsts, key=len, reverse=True), suffix="(?:s|es)?", flags=re.IGNORECASE)
    # lowercase content words only: proper nouns (`European Union`) say who, not what
    words = tuple(
        sorted({_stem(w) for w in re.findall(r"(?<![\w-])[a-z][a-z-]+", issue.proposition) if w not in _STOP and len(w) > 2})
    )
    head_words = {t.split()[-1].casefold() for t in issue.terms if len(t.split()) > 1 and t.split()[-1].isalpha()}
    head_words |= {t.casefold() for t in issue.terms if t.isalpha() and t.islower()}
    main_part, alt_part = _proposition_parts(issue.proposition)
    closing = _CLOSING_VERB.search(main_part) is not None
    if closing:
        head_words |= {n for n in _CLOSING_NOUNS if not n.endswith("s")}  # `the exit itself was not in question`
    # (pass posanaph) a measure term `N on X` / `N of X` (`levy on the rich`, `presumption of employment`) is named again
    # by its head noun (`vowed to repeal the levy`, `warned that the presumption would cost ...`), when that noun names a
    # measure; not when the noun is followed by its own object (`the ban on Russian oil` is another ban)
    of_heads = {w for t in issue.terms for m in [re.fullmatch(r"([a-z]+) (?:on|of) \S.*", t)] if m
                for w in [m.group(1)] if w in _OF_TERM_MEASURES or (len(w) >= 9 and w.endswith("ion"))}
    heads = (
        # `the missile`, `the bloc's strongest packages`: either number, a possessive or an adjective between
        re.compile(r"\b(?:the|these|those|such|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:"
                   + "|".join([_plural_optional(w) for w in sorted(head_words - of_heads)]
                              + [_plural_optional(w) + r"(?!\s+(?:on|of|against|for)\b)" for w in sorted(of_heads)]) + r")\b", re.I)
        if head_words or of_heads else None
    )
    of_heads_rx = re.compile(r"(?:\S+\s+){1,3}?(?:" + "|".join(_plural_optional(w) for w in sorted(of_heads)) + r")", re.I) if of_heads else None
    other_measure = (re.compile(r"\b(?:" + "|".join(_plural_optional(w) for w in sorted(of_heads)) + r")\s+(?:on|of|against)\s", re.I)
                     if of_heads else None)
    # the sentence right after one that names the issue may go on with a bare head noun (`giving Kyiv jets`) or a
    # word the term derives from (`membership` ~ `member`, `invitation` ~ `invite`)
    # not a verb opening a term (`join NATO`, `join the EU`), not a name
    leading = {t.split()[0] for t in issue.terms if len(t.split()) > 1 and t[:1].islower() and re.match(r"\S+ (?:the |[A-Z])", t)}
    bare = {w for t in issue.terms for w in [t.split()[-1]] if w.isalpha() and w.islower() and len(w) >= 4 and w not in leading}
    bare |= {t.split()[0] for t in issue.terms if len(t.split()) > 1 and t[:1].islower() and t.split()[0].isalpha()
             and t.split()[0] not in leading and re.search(r"(?:ship|ation|ssion)$", t.split()[0])}
    bare_alts = [_plural_optional(w) for w in sorted(bare)]
    bare_alts += [re.escape(w[:-4]) + "s?" for w in sorted(bare) if w.endswith("ship") and len(w) > 7]
    bare_alts += [re.escape(w[:-5]) + "(?:e|es|ed|ing)" for w in sorted(bare) if w.endswith("ation") and len(w) > 8]
    bare_rx = re.compile(r"(?<![\w-])(?:" + "|".join(bare_alts) + r")(?![\w-])", re.I) if bare_alts else None
    # `should (formally )?recognise`, `should be (swiftly )?admitted`: an adverb before or after `be` is no verb
    adverb = r"(?:(?!(?:supply|apply|reply|rely|comply|multiply|fly|ally)\b)\w+ly )?"
    verbs = re.findall(r"\bshould " + adverb + "(?:be )?" + adverb + r"(\w+)(?: or (\w+))?", issue.proposition.casefold())
    # a coordinated list of participles (`should be introduced, reinstated or extended`): each enacts it, not only the first
    listed = re.search(r"\bshould " + adverb + r"be " + adverb + r"(\w+ed)((?:, \w+(?:ed|en))+),? (?:or|and) (\w+(?:ed|en))\b",
                       issue.proposition.casefold())
    listed_verbs = [*re.findall(r"\w+", listed.group(2)), listed.group(3)] if listed else []
    halting = _HALTING_PROPOSITION.search(issue.proposition)
    # the proposition asks it of anyone (`Governments should ...`, `NATO allies should ...`), not of one named actor
    # (`The EU should lend ...`: Japan lending is no EU loan)
    generic = bool(set(re.findall(r"[a-z]+", re.split(r"\bshould\b", issue.proposition.casefold(), maxsplit=1)[0])) & _GENERIC_SUBJECTS)
    families = []
    lead_families = []
    passive = re.search(r"\bshould " + adverb + r"be " + adverb + r"\w+ed\b", issue.proposition.casefold()) is not None
    for group in verbs:
        for verb in group:
            if not verb:
                continue
            stem = _stem(verb).rstrip("e")
            matched = [pattern for names, pattern in _ACTION_FAMILIES
                       if any(n.startswith(stem[:5]) or stem.startswith(n[:5]) for n in names.split())]
            if not matched and generic and not halting and verb.isalpha() and len(verb) >= 4 and verb not in _NO_OWN_ACTION:
                # a verb no family knows enacts the proposition in its own forms (`recognise` ~ `recognised`, `recognizing`)
                matched = [_inflections(verb)]
            elif not matched and passive and not halting and verb.isalpha() and len(verb) >= 6 and verb.endswith("ed"):
                # a passive proposition (`Cannabis should be legalised ...`) names what is done, not who does it: its
                # participle enacts it in any agent's forms (`voted to legalise`, `legalized it`)
                matched = [_inflections(_participle_lemma(verb))]
            elif not matched and passive and not halting and _IRREGULAR_PARTICIPLES.get(verb, "keep") not in _NO_OWN_ACTION:
                # an irregular participle in a passive proposition (`Rents should be capped or frozen`): its verb
                lemma = _IRREGULAR_PARTICIPLES[verb]
                matched = [_inflections(lemma) + ("|froze" if lemma == "freeze" else "")]
            families.extend(matched)
    for verb in listed_verbs:
        # (in their own forms only: `reinstated` is no `announced`)
        lemma = _IRREGULAR_PARTICIPLES.get(verb) or (_participle_lemma(verb) if verb.endswith("ed") and len(verb) >= 6 else None)
        if lemma and not halting and lemma not in _NO_OWN_ACTION and not any(lemma[:5] in f for f in families):
            families.append(_inflections(lemma))
    if not halting:
        # a verb opening a term enacts it (`join NATO`, `recognise a Palestinian state`): `Spain will recognise ...`
        for t in all_terms(issue):
            lead = re.match(r"([a-z]{3,}) (?:the |a |an |[A-Z])", t)
            if lead and lead.group(1) in _NOT_LEAD_VERBS:
                continue  # (passes iss, pos46) a determiner or preposition opening a term (`the Voice`, `with Mercosur`) is no verb
            if lead and (REVERSER.fullmatch(lead.group(1)) or OPPOSE.fullmatch(lead.group(1))):
                continue  # a term that names undoing the measure (`suspend the pension reform`, `repeal the reform`) enacts nothing
            if lead and not re.search(r"(?:ion|ment|ship|ance|ence|ure|ity)$", lead.group(1)) and not _ADJECTIVE.search(lead.group(1)):
                lead_families.append(_inflections(lead.group(1)))
            elif re.fullmatch(r"[a-z]{5,}[iy][sz]e(?: [a-z][\w-]+)?", t):
                # a term that is an -ise/-ize verb, alone or before its lowercase object (`decriminalise`, `legalize
                # marijuana`): a verb whatever follows, unlike a noun compound (`price cap`, `cruise missiles`)
                lead_families.append(_inflections(t.split()[0]))
    if closing:
        # `X should be shut down / closed / phased out`: every way of closing it enacts the issue
        families.append(_CLOSING)
    abolition = _ABOLITION_VERB.search(main_part) is not None
    if abolition:
        families.append(_ABOLISHING)
    closed = {w for w in head_words if closing and len(w) >= 5 and not re.fullmatch(f"{_CLOSING}|{_KEEP_GOING}|{_REOPEN}", w)}
    alternative = _alternative(alt_part, closing, closed) if alt_part else None
    # (pass pos42a) a one-word term that is only the proposition's own verb (`release` on `... should be released into the
    # sea`): alone it names no issue (`the IMF will release a delayed loan tranche`)
    own_verb = re.search(r"\bshould\s+(?:be\s+)?(?:\w+ly\s+)?(\w+)", issue.proposition)
    verb_terms = [re.escape(t) for t in issue.terms if own_verb is not None and " " not in t and t.islower() and t.isalpha()
                  and re.fullmatch(_inflections(t), own_verb.group(1), re.I)]
    weak = "|".join(([_CLOSING] if closing else []) + ([_ABOLISHING] if abolition else [])
                    + ([alternative.pattern] if alternative is not None else []) + verb_terms)
    weak_term = re.compile(f"(?:{weak})(?:s|es)?", re.I) if weak else None
    actions = _rx("|".join(families + lead_families)) if families or lead_families else None
    lead_actions = _rx("|".join(lead_families)) if lead_families else None
    own_actions = _rx("|".join(families)) if families and lead_families else None
    # lowercase in running text (`World Bank`, `Investment Fund` are names, not the proposition's `bank`,
    # `fund`); capitalised only where a sentence starts
    ordered = sorted(words, key=len, reverse=True)
    words_re = (
        re.compile(
            r"(?:(?<![\w-])(?:" + "|".join(re.escape(w) for w in ordered) + r")|^(?:"
            + "|".join(re.escape(w[:1].upper() + w[1:]) for w in ordered) + r"))(?:s|es|ed|ing|e|ted)?(?![\w-])"
        )
        if words else None
    )
    halt = re.search(r"\bshould (?:be )?(?:stop|halt|end|cease|suspend|pause|ban|banned|phase out|freeze|barred|excluded|prohibited)\b(?P<object>.*)", issue.proposition, re.I)
    subject = re.split(r"\bshould\b", issue.proposition, maxsplit=1, flags=re.I)[0]
    # a halt named as the proposition's subject (`The EU ban on selling ... should stay in place`)
    halt = halt or re.search(r"\b(?:ban|bans|moratorium|halt|freeze|phase-out|prohibition|pause)\b(?:\s+(?:on|of|to))?(?P<object>.*)", subject, re.I)
    cessation = halt is not None
    activity = None
    if halt is not None:
        # the activity the issue would halt (`arms exports to Israel`, `selling new combustion-engine cars`): a term that
        # names it without its halt names the activity, and a stance on the activity is the opposite stance on the halt
        # `A moratorium or ban on bottom trawling`, `a ban and phase-out of ...`: halts coordinated before one object
        halted = _COORDINATED_HALT.sub("", halt.group("object"), count=1)
        halted = re.sub(r"^\s*(?:from|on|of|to)\s+", "", halted)  # `should be banned from using social media`
        halted = re.split(r"\s(?:over|because|amid|until|while|after|in response|as|from|by)\s", halted, maxsplit=1)[0]
        # where it would be halted is not the activity (`bottom trawling in marine parks`: `Sweden is expanding its marine parks`)
        halted = _HALT_PLACE.split(halted, maxsplit=1)[0]
        # `TikTok should be banned or its owner forced to sell it`: an alternative remedy after `or`, no halted activity
        halted = re.sub(r"^\s*or\b.*", "", halted, flags=re.S)
        stems = sorted({_stem(w.casefold()) for w in re.findall(r"[A-Za-z]{3,}", halted) if w.casefold() not in _STOP | _NOT_ACTIVITY})
        if stems:
            activity = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in stems) + r")", re.I)
    own_nouns = frozenset(_stem(n.group(0).casefold()) for n in NEGATOR_NOUN.finditer(subject))
    if halt is not None and re.match(r"should (?:be )?(?:ban|barred|prohibited|excluded)", halt.group(0), re.I):
        # `TikTok should be banned`, `Children ... should be barred from social media`: a ban is the issue itself
        # (`opposed a ban` opposes it, `sticking to the ban` keeps it), not a negation of it
        own_nouns |= {_stem("ban"), _stem("bans")}
    if halt is not None and re.search(r"\b(?:bans?|banned|moratori(?:um|a)|prohibit\w*)\b", halt.string[halt.start() : halt.start("object")], re.I):
        # a ban named in other words is the same halt (`supports the prohibition of any exploitation of the seabed` on
        # `A moratorium or ban on seabed drilling ...`), not its negation
        own_nouns |= {_stem(w) for w in ("ban", "bans", "prohibition", "prohibitions")}
    if halt is None and not re.search(r"\bbans?\b", issue.proposition, re.I) and any(re.search(r"\bbans?\b", t, re.I) for t in issue.terms):
        # a ban among the issue's own names (`gas boiler ban` on `new gas boilers should be phased out`) is the measure
        # itself: `scrapped the gas boiler ban` goes against it (unless the proposition lifts bans: `lifting bans on them`)
        own_nouns |= {_stem("ban"), _stem("bans")}
    if cessation:
        # the curbs an issue that is itself a halt names among its terms (`age limit`, `export restrictions`) are that
        # halt, not its negation: `has not committed to an EU-wide age limit`
        own_nouns |= {_stem(n.group(0).casefold()) for t in issue.terms for n in NEGATOR_NOUN.finditer(t)}
    if not cessation and (_CURBING_PROPOSITION.search(issue.proposition) or (
            _CAP_PROPOSITION.search(issue.proposition) and not _HALT_WORDS.search(issue.proposition))):
        # (passes pos42a, pos42c, pos42d) an issue whose measure is itself a curb (`A treaty should cap coal mining`,
        # `Rents should be limited`): the limits, curbs and restrictions named with it, and those its own terms name
        # (`production limits`), are the measure, not its negation (`resisted limits on output` goes against the cap,
        # `would keep pushing for binding limits` for it, `will not support a treaty that limits mining` against it)
        own_nouns |= {_stem(w) for w in _CURB_NOUNS}
        own_nouns |= {_stem(n.group(0).casefold()) for t in issue.terms for n in NEGATOR_NOUN.finditer(t)}
    punitive = re.match(r"(?:[\w-]+\s+)?(?i:sanctions|penalties|restrictive measures)\s+(?:on|against)\s+(?P<target>[A-Z][a-z]{3,})", subject)
    measure_target = re.compile(
        r"\s+(?:on|against)\s+(?:[\w-]+\s+){0,3}?" + re.escape(punitive.group("target")[:5]) + r"\w*", re.I
    ) if punitive else None
    if punitive:
        # (pass pos42a) restrictions imposed are the punitive measure itself (`would impose its own export controls and
        # financial restrictions`, `opposed new restrictions`), not a negation of it
        own_nouns |= {_stem(w) for w in ("restriction", "restrictions", "curb", "curbs")}
    located = re.search(r"\b(?:inside|within|into)\s+[A-Z]", issue.proposition) is not None
    # `Taurus cruise missiles` in the proposition, with `Taurus` and `cruise missiles` as terms: the issue is on one named item
    named = [t for t in issue.terms if t[:1].isupper() and any(
        u[:1].islower() and f"{t} {u}".casefold() in issue.proposition.casefold() for u in issue.terms)]
    named_item = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in named) + r")(?![\w-])") if named else None
    return IssueMatcher(issue, terms, words, actions, heads, lead_actions=lead_actions, own_actions=own_actions, located=located, words_re=words_re, cessation=cessation, own_nouns=own_nouns, activity=activity, measure_target=measure_target, bare=bare_rx, named_item=named_item, of_heads=of_heads_rx, other_measure=other_measure,
                        alternative=alternative, weak_term=weak_term,
                        term_gate=term_gate, proposition_words=PropositionWords(ordered) if words else None)


# the proposition's rejected alternative: `X should be shut down rather than kept running`, `... instead of expanded`
_ALTERNATIVE_SPLIT = re.compile(r",?\s+(?:rather than|instead of|and not)\s+", re.I)
# a proposition that closes something (`Nuclear power plants should be shut down`, `coal mines should be closed`)
_CLOSING_VERB = re.compile(
    r"\bshould\s+(?:\w+ly\s+)?(?:be\s+)?(?:\w+ly\s+)?(?:shut|closed?|phased? out|switched off|decommissioned|retired)\b|"
    r"\band\s+(?:[\w-]+\s+){0,3}?(?:shut down|closed|phased out|switched off|decommissioned)\b", re.I)
# an abolition closes its subject (`The licence fee should be abolished`): scrapping it enacts the issue, whereas on a
# measure to be introduced scrapping reverses it
_ABOLITION_VERB = re.compile(
    r"\bshould\s+(?:\w+ly\s+)?(?:be\s+)?(?:\w+ly\s+)?(?:abolish(?:ed)?|scrap(?:ped)?|ax(?:e|ed)|ditch(?:ed)?|repeal(?:ed)?|"
    r"eliminated?|done away with|do away with)\b", re.I)
# its ways: the abolition's own verbs (`scrap the fee`, `axe it`), not those undoing a plan (`scrapped plans to abolish ...`)
_ABOLISHING = (
    r"(?:abolish(?:es|ed|ing)?|scrap(?:s|ped|ping)?|ax(?:e|es|ed|ing)(?! to grind)|ditch(?:es|ed|ing)?|(?:get|gets|getting|got) rid of|"
    r"(?:do|does|did|doing) away with|repeal(?:s|ed|ing)?|eliminat(?:e|es|ed|ing))"
    r"(?! (?:[\w'\u2019-]+ ){0,2}?(?:plans?|goals?|targets?|polic(?:y|ies)|timetables?|idea|decisions?|deadlines?|commitments?|"
    r"pledges?|promises?|bid|efforts?|talks|proposals?)\b)|abolition"
)
# the ways of closing: `switched off its last three plants`, `called the shutdown a milestone`, `the closure plan`
_CLOSING = (
    r"shut(?:s|ting)? (?:[\w'\u2019-]+ ){0,4}?down|shutdowns?|shut-downs?|"
    r"clos(?:es|ed|ing)(?! (?:to|in on|ranks|door)\b)(?!-)|close(?= (?:the|its|their|all|them|it|down|\d|[\w-]+ (?:reactors?|plants?|mines?|stations?|units?))\b)|closures?|"
    r"switch(?:es|ed|ing)? (?:[\w'\u2019-]+ ){0,4}?off|switch-?offs?|turn(?:s|ed|ing)? (?:[\w'\u2019-]+ ){0,3}?off|"
    r"phas(?:e|es|ed|ing)[- ]out|phase-outs?|decommission(?:s|ed|ing)?|pull(?:s|ed|ing)? the plug|exit(?:s|ed|ing)?(?= (?:from )?[a-z])|"
    # giving up the thing itself (`abandon nuclear power`), not a plan about it (`abandoning a plan to exit`)
    r"abandon(?:s|ed|ing)?(?! (?:[\w'\u2019-]+ ){0,2}?(?:plans?|goals?|targets?|polic(?:y|ies)|timetables?|idea|laws?|decisions?|"
    r"deadlines?|exit|phase-out|commitments?|pledges?|promises?|course|bid|efforts?|talks|proposals?|calendar)\b)"
)
# the ways of keeping it going: `keep the reactors running`, `extend Doel 4 by ten years`, `backed the extension`
_KEEP_GOING = (
    r"(?:keep|keeps|keeping|kept)(?= (?:[\w'\u2019-]+ ){0,5}?(?:running|open|online|going|operating|in operation|in service|on the grid|on line)\b)|"
    r"extend(?:s|ed|ing)?(?! (?:its|their|his|her|an?|the) (?:thanks|condolences|invitation|sympathy|support|hand)\b)|extensions?|"
    r"prolong(?:s|ed|ing)?|prolongation|run(?:s|ning)? (?:[\w-]+ ){0,2}?longer|ran (?:[\w-]+ ){0,2}?longer|longer run-?times?|lifetime extensions?"
)
# undoing a closure (the opposite of the issue when it closes something): `return to nuclear power`, `bring it back`
_REOPEN = (
    r"return(?:s|ed|ing)? to|bring(?:s|ing)? (?:[\w-]+ ){0,3}?back|brought (?:[\w-]+ ){0,3}?back|restart(?:s|ed|ing)?|"
    r"reviv(?:e|es|ed|ing)|revival|build(?:s|ing)? new|built new|new-build|expan(?:d|ds|ded|ding|sion)"
)
# (pass posanaph) the head nouns of `N on X` terms that name a measure (`levy on the rich`, `ban on phones`)
_OF_TERM_MEASURES = frozenset("""tax levy fee charge toll tariff duty surcharge cap freeze ban moratorium limit mandate quota
    curb curbs restriction restrictions embargo prohibition referendum""".split())
_CLOSING_NOUNS = ("shutdown", "shut-down", "closure", "closures", "exit", "phase-out", "phaseout", "switch-off")
_IRREGULAR_PARTICIPLES = {"kept": "keep", "built": "build", "left": "leave", "held": "hold", "run": "run", "sold": "sell",
                          "given": "give", "made": "make", "put": "put", "set": "set", "spent": "spend", "sent": "send",
                          "frozen": "freeze"}


def _proposition_parts(proposition: str) -> tuple[str, str]:
    """(what the proposition asks, the alternative it rejects after `rather than` / `instead of`)."""
    parts = _ALTERNATIVE_SPLIT.split(proposition, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (proposition, "")


def _alternative(alt_part: str, closing: bool, closed: set[str]) -> re.Pattern[str] | None:
    """The verbs of a proposition's rejected alternative (`kept running or expanded`), in all their forms; keeping
    something going, and reopening it when the issue closes it, by their usual phrasings."""
    alts: list[str] = []
    for word in re.findall(r"[a-z]{3,}", alt_part.casefold()):
        lemma = _IRREGULAR_PARTICIPLES.get(word)
        if lemma is None and word.endswith("ed") and len(word) >= 6:
            lemma = _participle_lemma(word)
        if lemma is None:
            continue
        if lemma == "keep" and not (closing or re.search(r"\bkept (?:running|open|online|going|operating|in operation|in service)\b", alt_part)):
            continue  # `rather than kept a crime`: keeping a status, not keeping something going
        if lemma == "keep":
            alts.append(_KEEP_GOING)
            if closed:
                # keeping what the issue would close (`keep as many of the existing reactors as possible`)
                alts.append(r"(?:keep|keeps|keeping|kept)(?= (?:[\w'\u2019-]+ ){0,5}?(?:"
                            + "|".join(_plural_optional(w) for w in sorted(closed)) + r")\b)")
        elif lemma in ("expand", "build", "extend"):
            alts.append(_REOPEN if closing else _inflections(lemma))
        elif lemma not in _NO_OWN_ACTION:
            alts.append(_inflections(lemma))
    if closing and alts:
        alts.append(_REOPEN)
    return _rx("|".join(dict.fromkeys(alts))) if alts else None


# an adjective before a name or an acronym in a term (`digital ID`, `national ID scheme`, `federal EV credit`): no verb
# that enacts the term (not `repeal`, `reveal`, `give`: verbs that end like adjectives)
_ADJECTIVE = re.compile(r"(?:(?<!e)al|ic|tive|sive|ous|ful|less|ian|ese|.{3}ary)$")
_GENERIC_SUBJECTS = frozenset("governments countries allies states nations members democracies services companies platforms providers firms".split())
_NO_OWN_ACTION = frozenset("stay remain continue answer have make take keep come become".split())


def _participle_lemma(participle: str) -> str:
    """The verb of a regular past participle: `legalised` -> legalise, `created` -> create, `scrapped` -> scrap,
    `abolished` -> abolish, `lifted` -> lift."""
    stem = participle[:-2]
    if re.search(r"(?:at|[iy][sz]|[^s]s|c|g|v|z|u)$", stem):
        return stem + "e"
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    return stem


def _inflections(verb: str) -> str:
    """A verb's own forms as a pattern (`recognise` -> recognis/z + e, es, ed, ing; `join` -> join, joins, joined, joining)."""
    base = re.escape(verb)
    if verb.endswith("ise") or verb.endswith("ize"):
        base = re.escape(verb[:-2]) + "[sz]"
    elif verb.endswith("e"):
        base = re.escape(verb[:-1])
    else:
        return base + "(?:s|es|ed|ing)?"
    return base + "(?:e|es|ed|ing)"


# (pass `pos22s`) Effects a speaker predicts of the measure itself, its term or a measure noun the subject of a modal
# (`said the levy would fund new nurses`, `the ban would not make roads any safer`, `the treaty would destroy small
# fleets`): a benefit is support, a harm opposition, a negation before the verb turns it. Read only right after such a
# subject, so the same verbs with another subject (`the government would cut the tax`) or said of something else (`high
# prices would hurt shops`) give nothing here.
_HARMS = (r"obesity|(?:tooth )?decay|crime|emissions|pollution|congestion|traffic|deaths|accidents|injuries|bullying|smoking|"
          r"waste|litter|noise|homelessness|poverty|inequality|bills|fares|prices|rents|waiting (?:lists|times)|infections?|"
          r"disease|illness|sickness|fraud|smuggling|evictions|overcrowding|distractions?|shortages|delays|dependence|"
          r"reliance|the deficit|debt|queues|drinking|gambling|overtourism|absences")
_GOODS = (r"sales|jobs|supply|investment|revenues?|incomes?|wages|profits|growth|choice|services|trains|flights|staff|"
          r"numbers|visitors|tourists|trade|output|production|homes|housing|competition|spending|footfall|bookings|"
          r"exports|lettings|places|capacity|margins")
_EFFECT_SUPPORT = (
    r"(?:help )?(?:fund|finance|pay for|bankroll)\b|help\b|improve\b|"
    r"make (?:[\u201c\"]?[\w'\u2019-]+ ){0,4}?[\u201c\"]?(?:safer|healthier|fairer|cheaper|easier|cleaner|greener|stronger|better|warmer|more (?:secure|"
    r"affordable|efficient|reliable|resilient|competitive|sustainable))\b|"
    r"(?:cut|cuts|reduce|lower|curb|tackle|prevent|end|stop|ease|slash|bring down|halve) (?:[\w'\u2019,-]+ ){0,3}?(?:" + _HARMS + r")\b|"
    r"(?:create|secure|save|safeguard) (?:[\w,'\u2019-]+ ){0,3}?jobs\b|"
    # (pass `pos24e`: `would lift 200,000 workers out of poverty`, `would push back the black market`)
    r"lift (?:[\w,'\u2019-]+ ){1,4}?out of poverty\b|(?:push|drive) back (?:the |a )?black market\b|"
    # (a good brought to a group, quoted or not: `would give tenants "much-needed stability"`, `would give soldiers and
    # civilians "new confidence"`)
    r"(?:bring|give|offer) (?:[\w'\u2019-]+ ){1,4}?[\u201c\"]?(?:(?:much-)?needed |real |more |some |new |greater )?(?:confidence|stability|"
    r"certainty|security|relief|protection|breathing space)\b|save (?:[\w,'\u2019-]+ ){0,3}?(?:money|lives|millions|billions)\b|"
    r"bring (?:[\w-]+ )?(?:cheaper|lower|better|faster|cleaner|safer|fairer|more reliable)\b|"
    r"attract (?:[\w'\u2019-]+ ){0,2}?(?:investment|investors|visitors|tourists|business(?:es)?)\b|"
    r"lead to (?:fewer|less|lower|cheaper|cleaner|safer|better) (?:[\w'\u2019-]+ ){0,2}?(?:" + _HARMS + r"|services|air|streets|roads|results)\b"
)
_EFFECT_OPPOSE = (
    r"(?:damage|destroy|devastate|wreck|ruin|cripple|decimate|hit|punish|penali[sz]e|squeeze|burden|hammer|kill off)\b|"
    # (pass `pos24e`) a right or rule broken (`would violate the First Amendment`, `would breach EU law`), a cost put on
    # a group (`would cost commuters hundreds of euros`, `would cost couriers their independence`; not `would cost 2 billion`)
    r"(?:violate|breach|infringe(?: on)?|undermine|jeopardi[sz]e|endanger)\b|"
    r"cost (?:(?:consumers|households|families|drivers|commuters|motorists|taxpayers|businesses|firms|farmers|workers|"
    r"employers|residents|tenants|landlords|couriers|riders|drivers|broadcasters|retailers|shops|the industry)\b|"
    r"(?:[\w'\u2019-]+ (?:and )?){1,3}?(?:their|its) )|"
    r"(?:drive|push|force) (?:[\w'\u2019-]+ ){1,4}?(?:away|out|abroad|offshore|underground|elsewhere|to the wall|over the edge|"
    r"into poverty|to close|to shut|to leave|to move)\b|"
    r"put (?:[\w,'\u2019-]+ ){1,4}?out of (?:business|work|a job|jobs)\b|"
    # (pass `posr`) a harm the measure feeds or a burden it buries a group under (`would fuel an illicit market`, `would
    # fuel smuggling`, `would bury farmers and traders in red tape`, `would saddle firms with paperwork`), a good it takes
    # from a group (`would take away the gas flames that chefs rely on`, `would take "billions of dollars" out of the
    # pockets of creators`), a group it pushes somewhere worse (`could push teenagers towards "darker, less safe" corners`)
    r"fuel (?:an? |the )?(?:[\w-]+ )?(?:(?:illicit|illegal|black|grey|gray|underground|criminal) (?:market|trade)s?|" + _HARMS + r")\b|"
    r"(?:bury|drown|tie up|tie|bog down|bog|strangle|smother|swamp|saddle) (?:[\w'\u2019-]+ (?:and )?){1,4}?(?:up |down )?(?:in|with) "
    r"(?:(?:more|extra|new|costly|endless|excessive|mountains of|a mountain of) )?(?:red tape|bureaucracy|paperwork|form-filling)\b|"
    r"take away\b|take (?:[\w,'\u2019\u201c\u201d\"$-]+ ){1,5}?out of (?:the )?pockets?\b|"
    r"(?:drive|push|force) (?:[\w'\u2019-]+ ){1,4}?(?:towards?|into) (?:[\u201c\"]?[\w'\u2019-]+,?[\u201d\"]? ){0,3}?[\u201c\"]?"
    r"(?:(?:the )?black market|underground|darker|riskier|unregulated|illegal|illicit|dangerous|less safe|unsafe)\b|"
    r"(?:cut|cuts|reduce|lower|slash|halve|shrink|wipe out) (?:[\w'\u2019,-]+ ){0,3}?(?:" + _GOODS + r")\b|"
    r"(?:raise|increase|push up|drive up|double) (?:[\w'\u2019-]+ ){0,2}?(?:fares|rents|prices|bills|premiums|taxes)\b|"
    r"make (?:[\u201c\"]?[\w'\u2019-]+ ){0,4}?[\u201c\"]?(?:less (?:safe|affordable|attractive|competitive)|more expensive|harder|worse|poorer|"
    r"unaffordable|unviable|impossible)\b|"
    r"lead to (?:fewer|less) (?:[\w'\u2019-]+ ){0,2}?(?:" + _GOODS + r")\b|"
    r"lead to (?:higher|more|longer) (?:[\w'\u2019-]+ ){0,2}?(?:" + _HARMS + r")\b|"
    r"lead to (?:[\w-]+ )?(?:job losses|closures|redundancies|shortages|layoffs)\b|do (?:nothing|little|next to nothing) to"
)
EFFECT_SUPPORT = re.compile(_EFFECT_SUPPORT, re.IGNORECASE)
EFFECT_OPPOSE = re.compile(_EFFECT_OPPOSE, re.IGNORECASE)
_EFFECT_MODAL = re.compile(r"\s(?:would|will|could|can|may|might)(?P<adv>(?:\s+(?:have|also|only|further|simply|actually|inevitably|"
                           r"certainly|likely|probably|eventually|ultimately|surely|not|never|n't|even|really))*)\s+", re.IGNORECASE)
_MEASURE_SUBJECT = re.compile(
    r"\b(?:the|this|that|these|those|such\s+an?|an?)\s+(?:[\w-]+\s+){0,2}?(?:ban|tax|levy|charge|fee|toll|cap|freeze|mandate|treaty|"
    r"accord|agreement|deal|merger|takeover|pipeline|plan|proposal|policy|measure|scheme|reform|bill|law|legislation|rules?|"
    r"move|decision|project|restrictions?|curbs?|limits?|switch|phase-?out|directive|package|sanctions|standard|requirement|"
    # (pass `pos24e`: the measure named by what it does, `the increase would cost jobs`, `the guidance would give ...`)
    r"ordinance|decree|regulations?|increase|rise|hike|guidance|presumption)s?"
    # (a relative clause or an aside between the measure and its modal: `the restrictions, which will cover ..., would`)
    # (pass `pos24e`: the aside may hold a list, `which will cover chocolate, crisps and sugary cereals,`)
    r"(?:,\s+(?:which|that|due|set|expected|announced|unveiled|proposed|planned)\b[^;:\u201c\u201d\"]{0,160}?,)?$", re.IGNORECASE)


def is_effect(text: str, cue: Cue) -> bool:
    """Whether the cue is a benefit or harm predicted of the measure (_effect_cues)."""
    return cue.kind == "stance" and (EFFECT_OPPOSE.fullmatch(text, cue.start, cue.end) is not None
                                     or EFFECT_SUPPORT.fullmatch(text, cue.start, cue.end) is not None)


def measure_effect(text: str, lo: int, cue: Cue) -> bool:
    """(pass `pos24e`) Whether the cue is an effect predicted of a measure noun phrase (`the freeze`, `the restrictions, which
    ...,`) that starts at or after `lo` and is the subject of the modal right before the cue."""
    if not is_effect(text, cue):
        return False
    for modal in _EFFECT_MODAL.finditer(text, max(lo, cue.start - 60), cue.start):
        if modal.end() == cue.start:
            return _MEASURE_SUBJECT.search(text[lo : modal.start()]) is not None
    return False


_COPULA_END = re.compile(r"(?:\s+(?:is|are|was|were|would be|will be|has been|have been|had been|remains?|remained))?[\s\u201c\"]*$")


def measure_verdict(text: str, lo: int, cue: Cue) -> bool:
    """(pass `pos24e`) Whether the cue is a verdict passed on a measure noun phrase that starts at `lo` and is the cue's
    subject (`said the measures were disproportionate`, `said the rule "creates more confusion"`)."""
    if EVALUATIVE.fullmatch(text, cue.start, cue.end) is None:
        return False
    chunk = text[lo : cue.start]
    chunk = chunk[: _COPULA_END.search(chunk).start()]
    named = _MEASURE_SUBJECT.search(chunk)
    return named is not None and named.start() == 0


def _effect_cues(text: str, start: int, end: int, issue_matcher: IssueMatcher | None) -> list[tuple[Cue, int]]:
    """Benefits and harms predicted of the issue's measure named right before the modal (see _EFFECT_SUPPORT), each with
    where its subject starts."""
    out: list[tuple[Cue, int]] = []
    for modal in _EFFECT_MODAL.finditer(text, start, end):
        floor = max(start, modal.start() - 200)
        named = _MEASURE_SUBJECT.search(text[floor : modal.start()])
        subject_at = floor + named.start() if named is not None else -1
        if named is None and issue_matcher is not None and issue_matcher.terms is not None:
            lo = max(start, modal.start() - 80)
            subject_at = next((t.start() for t in issue_matcher.terms.finditer(text, lo, modal.start()) if t.end() == modal.start()), -1)
        if subject_at < 0:
            continue
        at = modal.end()
        for pattern, factor in ((EFFECT_OPPOSE, -1), (EFFECT_SUPPORT, 1)):
            m = pattern.match(text, at, end)
            if m:
                out.append((Cue(m.start(), m.end(), factor, "stance"), subject_at))
                break
    return out


def _names_the_measure(text: str, cue: Cue, subject_at: int, issue_matcher: IssueMatcher | None) -> bool:
    """(pass `pos24e`) Whether a cue inside an effect's subject is the measure's own name: an act word for the issue
    (`the increase`), or a stance word that is the head noun of one of its terms (`the freeze` on a freeze issue)."""
    if cue.kind == "noun":
        # a curb noun names the measure when the issue is itself a curb (`the restrictions would help tackle obesity` on a
        # ban on junk food adverts), not when curbs are what the issue lifts
        return issue_matcher is not None and issue_matcher.cessation
    if cue.kind not in ("action", "stance"):
        return False
    if cue.factor > 0:
        return True
    return issue_matcher is not None and issue_matcher.heads is not None and any(
        h.end() == cue.end for h in issue_matcher.heads.finditer(text, subject_at, cue.end))


# (pass `pol22`) each pattern with a word it cannot match without (tried only where the stretch has it)
_POL22_TABLE = (
    (("fight", "fought", "resist"), ("stance", FIGHT_ATTEMPT, -1)),
    (("petition",), ("stance", PETITION_AGAINST, -1)),
    (("u-turn", "climb", "backtrack", "retreat"), ("reverser", UTURN_ON, -1)),
    (("cap", "ceiling"), ("reverser", RAISED_CAP, -1)),
    (("oppos", "objection", "resistance", "reservation", "blockade"), ("stance", RENOUNCED_OBJECTION, 1)),
    (("withdr", "pull", "revok", "rescind"), ("stance", WITHDRAWN_SUPPORT, -1)),
    (("against", "objection", "stand in"), ("stance", NOT_AGAINST, 1)),
    (("against",), ("stance", POSITION_AGAINST, -1)),
    (("blam",), ("stance", BLAMED_MEASURE, -1)),
)


def _pol22_table(chunk: str) -> list[tuple[str, re.Pattern[str], int]]:
    return [entry for words, entry in _POL22_TABLE if any(w in chunk for w in words)]


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PUT_OFF = re.compile(r"(?:push(?:es|ed|ing)? back|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing))", re.I)
_TO_YEAR = re.compile(r"[^.;]{0,80}?\bto ((?:19|20)\d\d)\b")


# (pass pos46) resistance given up (`the Lords ended months of resistance`, `dropped its objections to the bill`, `withdrew
# their opposition`, `dropped its demands for changes`): the holder now lets the measure through (not `backed down` or
# `gave way` alone: a retreat from the measure as often as from the resistance, `backed down on the levy`)
RESISTANCE_ENDED = re.compile(
    r"\b(?:(?:end(?:s|ed|ing)?|dropp?(?:s|ed|ing)?|abandon(?:s|ed|ing)?|withdr(?:aw|aws|ew|awn|awing)|g(?:ive|ives|ave|iving)\s+up|"
    r"lift(?:s|ed|ing)?|set(?:s|ting)?\s+aside)\s+(?:(?:its|their|his|her|the|months\s+of|weeks\s+of|years\s+of|its\s+long|their\s+long)\s+)?"
    r"(?:[\w-]+\s+)?(?:resistance|opposition|objections?|demands\s+for\s+(?:changes|amendments)))(?![\w'\u2019-])")


# (pass pos46) working, calling or voting for one side of a ballot (`campaigned for a Yes vote`, `will campaign for a "no"
# vote`, `urged voters to back a No vote`); against a side is for the other (`campaigning against a Yes vote`)
_BALLOT_LEAD = (r"(?:(?:campaign(?:s|ed|ing)?|push(?:es|ed|ing)?|call(?:s|ed|ing)?|argu(?:e|es|ed|ing)|work(?:s|ed|ing)?|fight(?:s|ing)?|fought)\s+for|"
                r"back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|urg(?:e|es|ed|ing)\s+(?:[\w-]+\s+){1,3}?to\s+(?:back|cast|choose|deliver)|"
                r"cast(?:s|ing)?|recommend(?:s|ed|ing)?|deliver(?:s|ed|ing)?)\s+(?:an?\s+|the\s+)?[\u201c\"\u2018']?")
_BALLOT_AGAINST = r"(?:campaign(?:s|ed|ing)?|fight(?:s|ing)?|fought|argu(?:e|es|ed|ing)|work(?:s|ed|ing)?)\s+against\s+(?:an?\s+|the\s+)?[\u201c\"\u2018']?"
_BALLOT_TAIL = r"[\u201d\"\u2019']?\s+(?:vote|side|campaign|result|outcome)\b"
# (pass poscue) the holder's own vote to come, or the one it urges (`said he would still vote yes`, `I'll be voting no`,
# `she would cast her no vote`, `urged people to vote no`); not a vote told as done (`Only the capital voted yes`)
_BALLOT_OWN_VOTE = (r"(?:(?:(?:will|would|shall|to|going\s+to)\s+(?:\w+ly\s+|still\s+|also\s+|now\s+)?vote)|"
                    r"(?:(?:will|would|['\u2019]ll|am|['\u2019]m|is|are)\s+(?:\w+ly\s+|still\s+|also\s+|now\s+)?(?:be\s+)?voting)|"
                    r"(?:cast(?:s|ing)?\s+(?:his|her|their|my|our)))\s+[\u201c\"\u2018']?")
BALLOT_YES = re.compile(r"\b(?:(?:" + _BALLOT_LEAD + r"(?:yes|Yes|YES)|" + _BALLOT_AGAINST + r"(?:no|No|NO))" + _BALLOT_TAIL + r"|"
                        + _BALLOT_OWN_VOTE + r"(?:yes|Yes|YES)(?![\w-]))")
BALLOT_NO = re.compile(r"\b(?:(?:" + _BALLOT_LEAD + r"(?:no|No|NO)|" + _BALLOT_AGAINST + r"(?:yes|Yes|YES))" + _BALLOT_TAIL + r"|"
                       + _BALLOT_OWN_VOTE + r"(?:no|No|NO)(?![\w-]))")


def posword_verdict(text: str, cue: Cue) -> bool:
    """(pass posword) Whether a cue is one of the verdicts of _posword_cues (`sanctions had failed`, `divisive`)."""
    return cue.kind == "stance" and any(p.fullmatch(text, cue.start, cue.end) is not None
                                        for p in (_POSWORD_FAILED, _POSWORD_DIVISIVE, _POSWORD_LAWFUL, _POSWORD_ONLY_HELPS))


def _posword_subject(text: str, start: int, at: int, issue_matcher: IssueMatcher) -> re.Match[str] | None:
    """(pass posword) The issue's term that is the subject of the verdict starting at `at`: right before it (its head noun
    or an aside between), not inside another noun's phrase, not a negator of the issue (`the restrictions had only helped
    Moscow` on lifting them), not in a question or a condition."""
    lo = max(start, at - 140)
    subject = next((t for t in issue_matcher.terms.finditer(text, lo, at) if _POSWORD_FAILED_GAP.fullmatch(text, t.end(), at)), None)
    if subject is None:
        return None
    last = subject.group(0).split()[-1]
    if NEGATOR_NOUN.fullmatch(last) is not None and _stem(last.casefold()) not in issue_matcher.own_nouns:
        return None
    if _POSWORD_OBJECT_BEFORE.search(text, max(start, subject.start() - 40), subject.start()):
        return None
    if _POSWORD_IF_BEFORE.search(text, max(start, subject.start() - 50), subject.start()):
        return None  # `asked whether sanctions had failed`, `if the ban has failed`: a question or a condition
    return subject


def _posword_cues(text: str, start: int, end: int, chunk: str, issue_matcher: IssueMatcher | None) -> list[Cue]:
    """(pass posword) The verdicts above, as stance cues (a measure failed or only helps another, divisive, constitutional)."""
    out: list[Cue] = []
    if issue_matcher is not None and issue_matcher.terms is not None and (
        "fail" in chunk or "backfir" in chunk or "disast" in chunk or "fiasco" in chunk or "flop" in chunk
    ):
        for m in _POSWORD_FAILED.finditer(text, start, end):
            subject = _posword_subject(text, start, m.start(), issue_matcher)
            if subject is None or not _POSWORD_MEASURE_WORD.search(subject.group(0)):
                continue
            q = text.find("?", m.end(), end)
            if q != -1 and text.find(".", m.end(), q) == -1:
                continue  # `Have sanctions failed?`
            out.append(Cue(m.start(), m.end(), -1, "stance"))
    if "only" in chunk and issue_matcher is not None and issue_matcher.terms is not None:
        out.extend(Cue(m.start(), m.end(), -1, "stance") for m in _POSWORD_ONLY_HELPS.finditer(text, start, end)
                   if _posword_subject(text, start, m.start(), issue_matcher) is not None)
    if "divi" in chunk:
        out.extend(Cue(m.start(), m.end(), -1, "stance") for m in _POSWORD_DIVISIVE.finditer(text, start, end))
    if "constitution" in chunk or "lawful" in chunk:
        out.extend(Cue(m.start(), m.end(), 1, "stance") for m in _POSWORD_LAWFUL.finditer(text, start, end)
                   if not text.startswith("un", m.end() - len(m.group(0).split()[-1])))
    return out


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
        ("stance", CONSEQUENCE, -1),
        ("stance", SUPPORT, 1),
        ("reverser", REVERSER, -1),
        ("keeper", KEEPER, 1),
        ("noun", NEGATOR_NOUN, -1),
        ("denial", DENIAL, -1),
        ("negation", ACCUSATION, -1),
        ("negation", NEGATION, -1),
    ]
    chunk = text[start:end].lower()
    table[6:6] = _pol22_table(chunk)
    if issue_matcher is not None and issue_matcher.actions is not None:
        table.insert(5, ("action", issue_matcher.actions, 1))
    if issue_matcher is not None and issue_matcher.alternative is not None:
        table.insert(5, ("action", issue_matcher.alternative, -1))
    if issue_matcher is not None and issue_matcher.cessation:
        # a halt issue: verdicts on the halt or its activity, enabling the activity, refusing to sell what it would protect
        table[5:5] = [("stance", HALT_VERDICT_SUPPORT, 1), ("stance", HALT_VERDICT_OPPOSE, -1), ("action", HOLD_OFF_ENABLING, -1), ("action", ENABLING, 1),
                      ("halt", NOT_FOR_SALE, 1), ("keeper", DEFEND_HALT, 1)]
    if issue_matcher is not None and issue_matcher.located:
        table.insert(6, ("stance", RESTRICTED_USE, -1))
    if ("would" in chunk or "will" in chunk or "could" in chunk or "might" in chunk) and (NOMINAL_UNDOING.search(text, start, end) or (
            "ing " in chunk and issue_matcher is not None and not issue_matcher.cessation and _POSFLIP_HALTING.search(text, start, end))):
        table.insert(table.index(("stance", OPPOSE, -1)), ("stance", UNDOING_HARM, -1))
    if text.find("end of", start, end) != -1 or text.find(" step", start, end) != -1:
        table.insert(0, ("stance", AT_THE_END, -1))
    if "resist" in chunk or "opposition" in chunk or "objection" in chunk or "demands" in chunk:
        # (pass pos46) giving up one's resistance (`ended months of resistance`, `dropped its objections to the bill`)
        table.insert(0, ("stance", RESISTANCE_ENDED, 1))
    if text.find(" vot", start, end) != -1 and ("yes" in chunk or "no" in chunk):
        # (pass pos46) the side of a ballot one works for (`vowed to campaign for a No vote`, `urged Scots to back a Yes
        # vote`): the side's own stance, before `campaign for` can be taken for support of whatever the vote is on
        table[0:0] = [("stance", BALLOT_YES, 1), ("stance", BALLOT_NO, -1)]
    if text.find("consequences", start, end) != -1:
        table.insert(0, ("stance", FACE_CONSEQUENCES, -1))
    if text.find(" interest", start, end) != -1:
        table.insert(table.index(("stance", SUPPORT, 1)), ("stance", IN_INTEREST, 1))
    if issue_matcher is not None and issue_matcher.cessation and (
        text.find(" back ", start, end) != -1 or text.find("readmi", start, end) != -1 or text.find("reinstat", start, end) != -1
        or text.find("allow", start, end) != -1 or text.find(" let", start, end) != -1
    ):
        # letting back in, or letting take part, what the issue excludes (before `allowed` can be taken for support)
        table.insert(table.index(("stance", OPPOSE, -1)), ("reverser", READMIT, -1))
    # whole verdicts first (only where one of their head nouns is: the patterns are tried at every position)
    if " go" in chunk or "no place" in chunk:
        table.insert(0, ("stance", REFUSAL, -1))
    if " call" in chunk or "describ" in chunk or " term" in chunk or " label" in chunk or " brand" in chunk or " hail" in chunk:
        # (pass `pos22s`) the whole small clause first, before a stance word inside the measure's own name (`called the
        # rent freeze a lifeline`)
        table[0:0] = [("stance", CALLED_SUPPORT, 1), ("stance", CALLED_OPPOSE, -1)]
    if any(w in chunk for w in _VERDICT_OPPOSE_HEADS):
        table.insert(0, ("stance", VERDICT_OPPOSE, -1))
    if any(w in chunk for w in _VERDICT_SUPPORT_HEADS):
        table.insert(0, ("stance", VERDICT_SUPPORT, 1))
    if text.find("ould ", start, end) != -1 or text.find("will ", start, end) != -1 or text.find("could", start, end) != -1 or (
        text.find(" can ", start, end) != -1 or text.find(" may ", start, end) != -1 or text.find("might", start, end) != -1
    ):
        effects = _effect_cues(text, start, end, issue_matcher)
        found.extend(c for c, _ in effects)
    else:
        effects = []
    found.extend(_posword_cues(text, start, end, chunk, issue_matcher))  # (pass posword)
    for kind, pattern, factor in table:
        for m in pattern.finditer(text, start, end):
            if any(m.start() < c.end and c.start < m.end() for c in found):
                continue
            if kind == "negation" and m.group(0).casefold() == "than" and not _RATHER.search(text, max(0, m.start() - 80), m.start()):
                continue  # only `would rather leave ... than comply with ...` sets aside what follows `than`
            if kind == "action" and issue_matcher.lead_actions is not None and issue_matcher.lead_actions.fullmatch(
                text, m.start(), m.end()) and _NOMINAL_LEAD.search(text, max(0, m.start() - 30), m.start()) and not (
                issue_matcher.own_actions is not None and issue_matcher.own_actions.fullmatch(text, m.start(), m.end())):
                if not _PLANS_VERB.search(text, max(0, m.start() - 40), m.start()):
                    continue  # `an invitation to join NATO`, `away from joining the EU`: a noun's complement, not the clause's verb
            if kind == "request" and re.match(r"lobby\b", m.group(0)) and _DETERMINED_NOUN.search(text, max(0, m.start() - 40), m.start()):
                continue  # `the farm lobby CNA said`: the noun that says what a group is, not a verb of asking
            if kind == "action" and _DETAILS_AFTER.match(text, m.end(), end):
                continue  # `to give details`, `provide any specifics`: handing over information, not the item
            if kind == "entitle" and text.startswith("may", m.start()) and not _PERMISSION_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue  # `may use` is a permission only as what was agreed or decided (`agreed that Kyiv may use`), else a guess
            if kind == "noun" and text.endswith("to ", 0, m.start()):
                continue  # `agreed to ban Russian oil imports`: a verb, not the noun
            if kind == "noun" and issue_matcher is not None and issue_matcher.measure_target is not None and (
                issue_matcher.measure_target.match(text, m.end(), min(len(text), m.end() + 60))
            ):
                continue  # `announced new export bans on Russian entities` on sanctions on Russia: one more such measure
            if kind == "noun" and issue_matcher is not None and issue_matcher.terms is not None and m.group(0)[:1] in "rR" and (
                m.group(0).casefold().startswith("requirement") and any(
                    not text[t.end() : m.start()].strip() for t in issue_matcher.terms.finditer(text, max(start, m.start() - 40), m.start()))
            ):
                continue  # (pass pos39a) `the geolocation requirement`, named by one of the issue's terms: a part of the measure
            if kind == "noun" and issue_matcher is not None and _stem(m.group(0).casefold()) in issue_matcher.own_nouns:
                continue  # `will not agree to the 2035 ban`: the ban is the issue itself
            if kind == "reverser" and pattern is READMIT and _reinstates_the_measure(text, m, end, issue_matcher):
                found.append(Cue(m.start(), m.end(), 1, "keeper"))  # (pass `pol22`) `reinstate the ban`: the halt itself
                continue
            if kind == "keeper" and _STANCE_GERUND.match(text, m.end()):
                continue  # `would keep fighting the measure`: the stance verb after it is the cue (no act of keeping)
            if kind == "keeper" and issue_matcher is not None and issue_matcher.cessation and _GERUND_AFTER.match(text, m.end()):
                factor = -1  # `keep selling` what the issue would halt continues it: the opposite of the halt
                found.append(Cue(m.start(), m.end(), factor, kind))
                factor = 1
                continue
            found.append(Cue(m.start(), m.end(), factor, kind))
    found.sort(key=lambda c: c.start)
    if effects:
        # (pass `pos24e`) the measure's own act word inside the subject of a predicted effect (`said the freeze would
        # give tenants stability`, `the increase would cost jobs`) is its name, not a second cue; an undoing there stays
        # (`the repeal would hurt tenants` is for the measure)
        found = [c for c in found if not any(
            subject_at <= c.start and c.end <= effect.start and c is not effect and _names_the_measure(text, c, subject_at, issue_matcher)
            for effect, subject_at in effects)]
    if "fail" in chunk:
        # `member states failed to endorse the deal`, `allies failed to agree on sending tanks`: an outcome that did not
        # come about, not a stance taken for or against it
        found = [c for c in found if c.kind not in BEARING_KINDS or not _FAILED_TO.search(text, max(start, c.start - 24), c.start)]
    if " from " in chunk and _EVASION_WORD.search(chunk):
        # (pass pos26c) stopping someone from evading a measure enforces it (`a clause requiring firms to stop their
        # subsidiaries from circumventing the sanctions`): two negatives, one keeping
        found = [Cue(c.start, c.end, 1, "keeper") if c.factor < 0 and c.kind in ("stance", "reverser") and _STOPPED_EVASION.match(
            text, c.start, end) else c for c in found]
    if issue_matcher is not None and found and _YEAR.search(issue_matcher.issue.proposition):
        # (pass pos39c) a measure put off to a date the proposition itself names (`pushed back the ban from 2030 to 2035`
        # on `... banned from a set date such as 2030 or 2035`) is kept, not delayed past it
        found = [Cue(c.start, c.end, 1, "keeper") if c.factor < 0 and c.kind == "stance" and _PUT_OFF.match(text, c.start, c.end)
                 and (to := _TO_YEAR.search(text, c.end, end)) is not None and to.group(1) in issue_matcher.issue.proposition
                 else c for c in found]
    if "position" in text[start:end] or "stance" in text[start:end] or "policy" in text[start:end]:
        # `Scholz's position on supplying Taurus had not changed`: the position's topic, not a stance taken
        # (pass pos41) but a position on keeping the measure that has not changed keeps it (`the government's position on
        # keeping the expanded quota remains unchanged`): the status quo it defends is the measure, not its absence
        found = [c for c in found if c.kind not in ("action", "stance", "keeper") or not _TOPIC_OF.search(text, max(start, c.start - 30), c.start)
                 or (c.kind == "keeper" and _KEEPING_TOPIC.match(text, c.start) is not None
                     and any(u.kind == "unchanged" and u.start > c.end for u in found))]
    if any(c.kind == "action" and c.factor > 0 for c in found) and any(c.kind == "stance" for c in found):
        # (pass pos42c) the act named as a noun before the verdict on it (`called the release "an irresponsible act"`,
        # `said the release met the standards`): the noun names what is judged, the verdict is the cue (an act named by a
        # noun with no verdict after it, `began the release`, is still one; nor a noun that is no term of the issue, `said
        # the transfer would only prolong the conflict`, nor one an effect is predicted of: read with the act as before)
        def _judged_noun(c: Cue) -> bool:
            if not (c.kind == "action" and c.factor > 0 and _DETERMINER_BEFORE.search(text, max(start, c.start - 30), c.start)):
                return False
            if issue_matcher is None or issue_matcher.terms is None or not any(
                    t.start() <= c.start and c.end <= t.end() for t in issue_matcher.terms.finditer(text, max(start, c.start - 40), min(end, c.end + 40))):
                return False  # only the issue's own term (`the release`), which the verdict's subject check then finds
            verdict = min((o for o in found if o.kind == "stance" and o.start >= c.end), key=lambda o: o.start, default=None)
            return verdict is not None and not is_effect(text, verdict) and EVALUATIVE.fullmatch(text, verdict.start, verdict.end) is not None
        found = [c for c in found if not _judged_noun(c)]
    return found


# (not `that`: in `told a newspaper that recognising X "could be counterproductive"` it opens a clause; merge of pos42a/c)
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|this|its)\s+(?:(?!to\s)[\w'\u2019-]+\s+){0,2}$", re.I)


_REINSTATED_OBJECT = re.compile(r"\s+(?:the|its|a|their|his|her)\s+(?:[\w-]+\s+){0,3}?([\w-]+)")


def _reinstates_the_measure(text: str, verb: re.Match[str], end: int, issue_matcher: IssueMatcher) -> bool:
    """Whether a readmitting verb takes the halt issue's own measure for its object (`reinstate the ban on disposable
    vapes`, `reinstated the vape ban`): bringing back the halt, not letting back in what it excludes."""
    if not verb.group(0).casefold().startswith("reinstat"):
        return False
    obj = _REINSTATED_OBJECT.match(text, verb.end(), end)
    if obj is None:
        return False
    if _stem(obj.group(1).casefold()) in issue_matcher.own_nouns:
        return True
    return issue_matcher.terms is not None and issue_matcher.terms.match(text, obj.start(1)) is not None


_FAILED_TO = re.compile(r"\bfail(?:s|ed|ing)?\s+(?:again\s+|once more\s+)?to\s+$", re.I)
_KEEPING_TOPIC = re.compile(r"(?:keeping|maintaining|retaining|upholding|preserving)\b")
_TOPIC_OF = re.compile(r"\b(?:position|stance|policy|line)\s+(?:on|over|regarding|towards?)\s+$", re.I)

_NOMINAL_LEAD = re.compile(
    r"(?:\b(?:from|of|for|on|about|towards?|against|after|before|without|in|into|by)\s+|"
    r"\b(?:invitation|bid|path|drive|aspirations?|ambitions?|hopes?|right|request|application|plans?|chance|way|road|attempt|effort|push|readiness)\s+to\s+)$",
    re.I,
)
# `Germany plans to raise the minimum wage`, `she plans to join`: the subject's verb, not the noun of `its plans to ...`
_PLANS_VERB = re.compile(r"(?:(?<![\w'\u2019.-])(?!(?:The|A|An|Its|His|Her|Their|Our|These|Those|Such|No|Any)\s)[A-Z][\w.-]*|"
                         r"\b(?:he|she|it|they|we|also|still|now|reportedly|which|who|that))\s+plans?\s+to\s+$")
_DETAILS_AFTER = re.compile(r"\s+(?:any |further |more |no |few )?(?:details|specifics|particulars|information|figures|a timeline)\b", re.I)
_PERMISSION_BEFORE = re.compile(r"\b(?:agree|decide|rule|confirm)(?:s|d)?\s+(?:that\s+)?(?:[\w.'\u2019-]+\s+){1,3}$", re.I)
_EVASION_WORD = re.compile(r"evad|evasion|circumvent|dodg|bypass|skirt|getting around|get around|flout|violat")
_STOPPED_EVASION = re.compile(
    r"(?:stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|block(?:s|ed|ing)?|bar(?:s|red|ring)?|deter(?:s|red|ring)?|keep(?:s|ing)?|kept)\s+"
    r"(?:(?!to\s)[\w'\u2019-]+\s+){1,5}?from\s+(?:evading|circumventing|dodging|bypassing|skirting|getting\s+around|flouting|violating)\b", re.I)
_RATHER = re.compile(r"(?:\bwould|\bhad|'d)\s+(?:\w+\s+)?rather\s+[^,;.]+$", re.I)  # the preference `would rather A than B`
_GERUND_AFTER = re.compile(r"\s+(?:on\s+)?[a-z]{3,}ing\b")
_DETERMINED_NOUN = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w'\u2019-]+\s+){0,2}$", re.I)
# keeping on with a stance verb (`would keep fighting the measure`, `will continue opposing it`) holds that stance: the
# gerund is the cue, not an activity the halt would stop (`keep selling`)
_STANCE_GERUND = re.compile(r"\s+(?:on\s+)?(?:fighting|opposing|resisting|challenging|campaigning|lobbying|pushing|pressing|"
                            r"backing|supporting|defending|calling|urging|demanding|criticising|criticizing|contesting)\b")


_FREQUENT_KEYS = frozenset("become used use make take get give have keep member members".split())


@lru_cache(maxsize=32)
def any_issue_word(issues: tuple[Issue, ...]) -> BoundedWords:
    """One pass prefilter: a sentence none of whose words belongs to any issue scores 0 for all."""
    # a sentence matching a term contains the term's longest word; one flat word list is far cheaper
    # than the terms themselves (which allow inserted words)
    words: set[str] = set()
    for issue in issues:
        m = matcher(issue)
        patient = dict(_patient_terms(issue.proposition))
        for term in all_terms(issue):
            split = term.split()
            content = [w for w in split if w.casefold() not in _STOP] or split
            party = {w for i, w in enumerate(split) if i > 0 and split[i - 1].casefold() == "with" and w in _PARTY_SYNONYMS}
            # the word with the fewest variants (a name over a synonym-rich noun, a party name last), then the longest
            # (a frequent verb last: `become a member of NATO` is found by `member`)
            key = patient[term] if term in patient else min(content, key=lambda w: (w in party, w.casefold() in _FREQUENT_KEYS,
                                              len(_WORD_SYNONYMS.get(w.casefold(), ())) + len(_NAME_SYNONYMS.get(w, ())), -len(w)))
            words.add(_word_alt(key, len(split) > 1 and key == split[0], key in party))
        words.update(re.escape(w) + "(?:s|es|ed|ing|e|ted)?" for w in m.words)
    return BoundedWords(sorted(words, key=len, reverse=True), suffix="(?:s|es)?", flags=re.IGNORECASE)


_OF_ISSUE_SET: dict[int, tuple[IssueSet, tuple[IssueMatcher, ...], BoundedWords]] = {}


def matchers_of(issues: IssueSet) -> tuple[tuple[IssueMatcher, ...], BoundedWords]:
    """`tuple(matcher(i) for i in issues.issues)` and `any_issue_word(issues.issues)`, looked up by the set's identity: the
    caches above hash every issue (a pydantic model) on every call, once per article. The entry keeps the set alive,
    so its id is not reused while it is there."""
    cached = _OF_ISSUE_SET.get(id(issues))
    if cached is None or cached[0] is not issues:
        if len(_OF_ISSUE_SET) >= 32:
            _OF_ISSUE_SET.clear()
        cached = _OF_ISSUE_SET[id(issues)] = (issues, tuple(matcher(i) for i in issues.issues), any_issue_word(tuple(issues.issues)),
                                              _general_terms(issues.issues))
        _share_word_memo(*cached[1:3])
    return cached[1], cached[2]


@dataclass(frozen=True)
class GeneralTerms:
    """(pass iss) The terms of an issue set that are weak evidence for their issue: a term contained in another issue's
    longer term (`referendum` beside `independence referendum`, `embargo` beside `arms embargo`), or one lowercase word
    another issue's label or proposition also uses. A single word no other issue shares stays strong evidence (`sanctions`
    in a story on jets is still a word on sanctions).
    `weak[id]`: the casefolded weak terms of the issue; `claimants[(id, term)]`: the other issues that claim the word."""

    weak: dict[str, frozenset[str]]
    claimants: dict[tuple[str, str], tuple[str, ...]]
    # (the settled matchers of each settlement met so far: an article's settlement recurs across articles on the same story)
    _settled: dict = field(default_factory=dict, compare=False, repr=False)

    def settle(self, matchers: tuple[IssueMatcher, ...], title: str, text: str) -> tuple[IssueMatcher, ...]:
        """The matchers an article is read with. An issue none of whose specific terms the article names (only its weak
        ones) loses its weak terms there; each issue that shares a lost term and names a specific term of its own in the
        article gains it: in a story on Scotland's second independence referendum, `another referendum` is on that issue,
        not on a referendum in Australia whose terms include the bare word."""
        by_id = {m.issue.id: m for m in matchers}
        specific: dict[str, bool] = {}

        def names_own(m: IssueMatcher) -> bool:
            if m.issue.id not in specific:
                specific[m.issue.id] = m.terms is not None and any(
                    not self.is_weak(m.issue.id, h.group(0))
                    for src in (title, text) if src and (m.term_gate is None or m.term_gate.search(src))
                    for h in m.terms.finditer(src))
            return specific[m.issue.id]

        drop: set[tuple[str, str]] = set()
        add: set[tuple[str, str]] = set()
        for a_id, weak in self.weak.items():
            a = by_id.get(a_id)
            if a is None or a.terms is None or not any(a.terms.search(src) for src in (title, text) if src):
                continue  # the article names none of its terms: nothing to settle
            own = names_own(a)
            for t in weak:
                if not own:
                    drop.add((a_id, t))
                for b_id in self.claimants.get((a_id, t), ()):
                    if b_id in by_id and names_own(by_id[b_id]):
                        # (where both issues are named, the word is each one's: the issue in discussion takes it)
                        add.add((b_id, t))
        if not drop and not add:
            return matchers
        key = (frozenset(drop), frozenset(add))
        settled = self._settled.get(key)
        if settled is None:
            if len(self._settled) >= 64:
                self._settled.clear()
            out = []
            for m in matchers:
                gone = {t for i, t in drop if i == m.issue.id}
                new = sorted({t for i, t in add if i == m.issue.id})
                if not gone and not new:
                    out.append(m)
                    continue
                terms = tuple(t for t in m.issue.terms if " ".join(_words_of(t)) not in gone) + tuple(
                    t for t in new if t not in {" ".join(_words_of(u)) for u in m.issue.terms})
                out.append(matcher(m.issue.model_copy(update={"terms": terms})))
            settled = self._settled[key] = tuple(out)
        return settled

    def is_weak(self, issue_id: str, hit: str) -> bool:
        """Whether a term match (`referendums`, `Referendum`) is one of the issue's weak terms."""
        terms = self.weak.get(issue_id)
        if not terms:
            return False
        h = " ".join(hit.casefold().split())
        return h in terms or (h.endswith("s") and h[:-1] in terms) or (h.endswith("es") and h[:-2] in terms)

    def claimed_by(self, issue_id: str, hit: str) -> tuple[str, ...]:
        h = " ".join(hit.casefold().split())
        for form in (h, h[:-1] if h.endswith("s") else None, h[:-2] if h.endswith("es") else None):
            if form and (issue_id, form) in self.claimants:
                return self.claimants[(issue_id, form)]
        return ()


def _words_of(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[\w'\u2019-]+", text)]


def _general_terms(issues: tuple[Issue, ...]) -> GeneralTerms | None:
    """The weak terms of a set of issues (see `GeneralTerms`); None when no issue has one (every round of the default
    issues: nothing changes)."""
    weak: dict[str, set[str]] = {}
    claimants: dict[tuple[str, str], list[str]] = {}
    for a in issues:
        for t in a.terms:
            words = _words_of(t)
            if not words:
                continue
            lone = len(words) == 1 and t.islower()
            if len(words) >= 2 and words[0] == "the" and t.islower() and not set(words[1:]) <= (
                    set(_words_of(a.label)) | set(_words_of(a.proposition))):
                # (pass pos47) a definite description (`the law`) whose noun the issue's own label and proposition do not
                # use refers back to a measure already named: it is the issue's only in an article that names one of
                # the issue's own terms (`could no longer back the law` in a story on a ban on engines is no word on
                # legalising cannabis; `the dam` of an issue on building the dam still names it)
                weak.setdefault(a.id, set()).add(" ".join(words))
            for b in issues:
                if b is a:
                    continue
                claimed = False
                for u in b.terms:
                    other = _words_of(u)
                    # strictly inside a longer term of the other issue (the same term on both stays a name of each: `Taurus`)
                    if len(other) > len(words) and any(other[i : i + len(words)] == words for i in range(len(other) - len(words) + 1)):
                        claimed = True
                        break
                if not claimed and lone:
                    said = set(_words_of(b.label)) | set(_words_of(b.proposition))
                    w = words[0]
                    claimed = w in said or f"{w}s" in said or (w.endswith("s") and w[:-1] in said)
                if claimed:
                    key = " ".join(words)
                    weak.setdefault(a.id, set()).add(key)
                    claimants.setdefault((a.id, key), []).append(b.id)
    if not weak:
        return None
    return GeneralTerms({k: frozenset(v) for k, v in weak.items()}, {k: tuple(v) for k, v in claimants.items()})


def general_terms_of(issues: IssueSet) -> GeneralTerms | None:
    """`_general_terms(issues.issues)`, from the same per-set cache as `matchers_of`."""
    matchers_of(issues)
    return _OF_ISSUE_SET[id(issues)][3]


def _share_word_memo(matchers: tuple[IssueMatcher, ...], prefilter: BoundedWords) -> None:
    """One `WordMemo` for the set's word memos: positions asks each sentence of all of them in turn."""
    memo = WordMemo()
    memo.join(prefilter)
    for m in matchers:
        for member in (m.term_gate, m.proposition_words):
            if member is not None:
                memo.join(member)


# `halt`: a halting word that enacts an issue which is itself a halt (positions._cessation_cues)
BEARING_KINDS = frozenset({"unchanged", "entitle", "align", "request", "stance", "reverser", "keeper", "action", "halt"})
_VERB_START = re.compile(
    r"\s*(?:(?:has|have|had|is|are|was|were|will|would|did|does|do|also|now|still|then|later|eventually|again|"
    r"long|firmly|strongly|repeatedly|openly|publicly|quickly|so far|not|never|no longer)\s+)*",
    re.IGNORECASE,
)


_BEARING_START = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (UNCHANGED, ENTITLEMENT, SHOULD_NOT, SHOULD, ALIGN, REQUEST, OPPOSE, SUPPORT, REVERSER, KEEPER,
                  RENOUNCED_OBJECTION, WITHDRAWN_SUPPORT, FIGHT_ATTEMPT)
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
