"""Stances on issues that are themselves a halt (bans, moratoriums, pauses): a construction battery.

For an issue whose proposition is a halt (`A ban on fracking should be imposed`, `A moratorium or ban on bottom
trawling in marine parks should be adopted`), a stance on the halted activity is the opposite stance on the halt:
shelving, scrapping, postponing or freezing plans that would enable the activity supports the halt; granting licences
for it, opening areas to it, pushing ahead with it opposes it. Verdicts on the halt (`a moratorium was "an urgent
necessity"`, `a ban would be unworkable`) and on the activity (`fracking is vital for energy security`, `calling it
madness to allow trawling`) count the same way.

Five halting issues of our own x constructions x three subjects (a country the gazetteer knows, a titled person and an
organisation it does not know), positive and negative cases (mentions, questions, hedges, others' views); the six
sentences of the blind-round report; and checks that issues which enact something (a tax, lower speed limits) and the
shipped issues with cessation verbs (sanctions, long-range restrictions) read as before. All sentences are invented.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article, IssueSet
from wirewatch.schemas.issues import Issue

_SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "issues.yaml"

# issue -> (the issue, the activity as a noun phrase {A}, the halt as a noun phrase {H})
ISSUES: dict[str, tuple[Issue, str, str]] = {
    "fracking-ban": (Issue(id="fracking-ban", label="A fracking ban", proposition="A ban on fracking should be imposed",
                           terms=("fracking", "shale gas", "hydraulic fracturing")),
                     "fracking", "a ban on fracking"),
    "trawling-ban": (Issue(id="trawling-ban", label="A ban on bottom trawling",
                           proposition="A moratorium or ban on bottom trawling in marine parks should be adopted",
                           terms=("bottom trawling", "trawlers", "marine parks")),
                     "bottom trawling in marine parks", "a moratorium on bottom trawling"),
    "oil-gas-pause": (Issue(id="oil-gas-pause", label="A pause on new oil and gas licences",
                            proposition="A pause or moratorium on new oil and gas licences should be introduced",
                            terms=("oil and gas licences", "oil and gas drilling", "North Sea drilling")),
                      "oil and gas drilling in the North Sea", "a pause on new oil and gas licences"),
    "glyphosate-ban": (Issue(id="glyphosate-ban", label="A glyphosate ban", proposition="A ban and phase-out of glyphosate should be adopted",
                             terms=("glyphosate", "Roundup")),
                       "glyphosate", "a ban on glyphosate"),
    "coal-mine-ban": (Issue(id="coal-mine-ban", label="A ban on new coal mines", proposition="A ban on new coal mines should be adopted",
                            terms=("coal mines", "coal mine", "coal mining")),
                      "new coal mines", "a ban on new coal mines"),
}

# key -> (text, expected canonical actor)
SUBJECTS: dict[str, tuple[str, str]] = {
    "country": ("Germany", "Germany"),
    "titled-person": ("Environment Minister Jana Novak", "Jana Novak"),
    "organisation": ("The Coastal Farmers Association", "Coastal Farmers Association"),
}

# key -> (template, stance on the halt or None for no position): {S} subject, {A} activity, {H} halt
CONSTRUCTIONS: dict[str, tuple[str, str | None]] = {
    # halting what would enable the activity supports the halt
    "shelved-plans-to-issue-licences": ("{S} shelved plans to issue licences for {A}.", "support"),
    "scrapped-plans-to-allow": ("{S} scrapped plans to allow {A}.", "support"),
    "postponed-auction": ("{S} postponed the auction of licences for {A}.", "support"),
    "put-on-hold": ("{S} put on hold plans to expand {A}.", "support"),
    "froze-plans-to-open": ("{S} froze plans to open new areas to {A}.", "support"),
    "froze-long-object": ("{S} froze its plans to hand out a new round of licences for {A}.", "support"),
    "dropped-plans-to-grant": ("{S} dropped plans to grant permits for {A}.", "support"),
    "delayed-licensing": ("{S} delayed the licensing of {A}.", "support"),
    "halted-licensing": ("{S} halted licensing for {A}.", "support"),
    "refused-to-grant": ("{S} refused to grant new licences for {A}.", "support"),
    # verdicts on the halt
    "halt-essential": ("{S} said {H} was essential.", "support"),
    "halt-urgent-necessity": ("{S} said {H} was \"an urgent necessity\".", "support"),
    "halt-long-overdue": ("{S} said {H} was long overdue.", "support"),
    "halt-only-course": ("{S} said {H} was the only responsible course.", "support"),
    "halt-mistake": ("{S} said {H} would be a mistake.", "oppose"),
    "halt-unworkable": ("{S} said {H} would be unworkable.", "oppose"),
    "halt-disaster": ("{S} said {H} would be a disaster for jobs.", "oppose"),
    "halt-reckless": ("{S} said {H} would be reckless.", "oppose"),
    "halt-not-necessary": ("{S} said {H} was not necessary.", "oppose"),
    # attitudes to the activity
    "madness-to-allow": ("{S} called it madness to allow {A}.", "support"),
    "reckless-to-allow": ("{S} said it would be reckless to allow {A}.", "support"),
    "activity-catastrophe": ("{S} said {A} was a catastrophe for the environment.", "support"),
    "activity-vital": ("{S} said {A} was vital for energy security.", "oppose"),
    # enabling the activity opposes the halt
    "granted-licences": ("{S} granted new licences for {A}.", "oppose"),
    "will-award-permits": ("{S} will award new permits for {A}.", "oppose"),
    "opened-areas-to": ("{S} opened new areas to {A}.", "oppose"),
    "pushed-ahead-with": ("{S} pushed ahead with {A}.", "oppose"),
    # no position
    "discussed-plans": ("{S} discussed plans to issue licences for {A}.", None),
    "question": ("Will {S} shelve plans to issue licences for {A}?", None),
    "hedge-may": ("{S} may shelve plans to issue licences for {A}.", None),
    "weighing-whether": ("{S} is weighing whether to grant licences for {A}.", None),
    "asked-whether": ("{S} asked whether {H} would be a mistake.", None),
    "report-on": ("{S} published a report on {A}.", None),
    "others-view": ("{S} said critics believed {H} would be a mistake.", None),
}


def sentence(construction: str, issue: str, subject: str) -> str:
    template, _ = CONSTRUCTIONS[construction]
    _, activity, halt = ISSUES[issue]
    return template.format(S=SUBJECTS[subject][0], A=activity, H=halt)


@lru_cache(maxsize=None)
def _context(issues: tuple[Issue, ...]) -> ExtractionContext:
    return ExtractionContext(issues=IssueSet(issues=issues))

def _stances(text: str, issues: tuple[Issue, ...]) -> set[tuple[str, str, str]]:
    """(actor, issue, stance) of every position the text states under `issues`."""
    article = Article(id="t-halts", text=text, published_at="2024-01-01T00:00:00+00:00")
    return {(e.payload["actor"]["canonical"], e.payload["issue"], e.payload["stance"])
            for e in positions.extract(article, _context(issues))}



def outcome(text: str, issues: tuple[Issue, ...], issue_id: str) -> set[tuple[str, str]]:
    article = Article(id="t-halts", text=text, published_at="2024-01-01T00:00:00+00:00")
    return {(e.payload["actor"]["canonical"], e.payload["stance"]) for e in positions.extract(article, _context(issues))
            if e.payload["issue"] == issue_id}


def _params():
    for issue in ISSUES:
        for construction in CONSTRUCTIONS:
            for subject in SUBJECTS:
                yield pytest.param(construction, issue, subject, id=f"{construction}|{issue}|{subject}")


@pytest.mark.parametrize("construction, issue, subject", list(_params()))
def test_halt_construction(construction, issue, subject):
    text = sentence(construction, issue, subject)
    stance = CONSTRUCTIONS[construction][1]
    want = {(SUBJECTS[subject][1], stance)} if stance else set()
    assert outcome(text, (ISSUES[issue][0],), issue) == want, text


# The sentences of the blind-round report (two false position changes came from this area).
_REPORT_ISSUES = (
    Issue(id="trawling-ban", label="A ban on bottom trawling",
          proposition="A moratorium or ban on bottom trawling in marine parks should be adopted",
          terms=("bottom trawling", "trawling", "trawlers", "marine parks", "moratorium", "fishing licences")),
    Issue(id="fracking-ban", label="A fracking ban", proposition="A ban on fracking should be imposed",
          terms=("fracking", "shale gas", "hydraulic fracturing", "drilling licences")),
)
REPORT: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("Sweden shelved plans to hand out new licences for bottom trawling in marine parks, the fisheries ministry said on Monday.",
     {("Sweden", "trawling-ban", "support")}),
    ("Fisheries minister Peter Kullgren said the government would grant new trawling licences next year.",
     {("Peter Kullgren", "trawling-ban", "oppose")}),
    ("\"The ocean is not for sale,\" President Ana Lopes told delegates, calling it madness to allow bottom trawling in marine parks.",
     {("Ana Lopes", "trawling-ban", "support")}),
    ("President Ana Lopes said a moratorium on bottom trawling was \"an urgent necessity\".",
     {("Ana Lopes", "trawling-ban", "support")}),
    ("The Dutch government shelved plans to issue drilling licences for fracking in Groningen.",
     {("Netherlands", "fracking-ban", "support")}),
    ("Environment Minister Karl Berg said Norway would stop issuing fracking licences.",
     {("Norway", "fracking-ban", "support"), ("Karl Berg", "fracking-ban", "support")}),
    # more of the same kinds
    ("Peter Kullgren, the fisheries minister, said the government would grant new trawling licences next year.",
     {("Peter Kullgren", "trawling-ban", "oppose")}),
    ("Shadow fisheries minister Peter Kullgren said the government would grant new trawling licences next year.", set()),
    ("Sweden opened its marine parks to bottom trawling.", {("Sweden", "trawling-ban", "oppose")}),
    ("Germany opened its national parks to fracking.", {("Germany", "fracking-ban", "oppose")}),
    ("Fracking is vital for our energy security, Germany said.", {("Germany", "fracking-ban", "oppose")}),
    ("Germany lifted its ban on fracking.", {("Germany", "fracking-ban", "oppose")}),
    ("Germany extended its ban on fracking.", {("Germany", "fracking-ban", "support")}),
    ("Is a ban on fracking essential?", set()),
]


@pytest.mark.parametrize("text, want", REPORT, ids=[f"report-{i}" for i in range(len(REPORT))])
def test_report_sentences(text, want):
    assert _stances(text, _REPORT_ISSUES) == want, text


def test_coordinated_halts_name_one_activity():
    """`A moratorium or ban on X`, `A pause or moratorium on X`, `a ban and phase-out of X`: the activity is X."""
    from wirewatch.processors import stance

    for proposition, word in [
        ("A moratorium or ban on bottom trawling in marine parks should be adopted", "trawling"),
        ("A pause or moratorium on new oil and gas licences should be introduced", "licences"),
        ("A ban and phase-out of glyphosate should be adopted", "glyphosate"),
    ]:
        m = stance.matcher(Issue(id="x", label="x", proposition=proposition, terms=("x",)))
        assert m.cessation and m.activity is not None and m.activity.search(word), proposition
        # where it would be halted is not the activity
        assert not m.activity.search("marine parks"), proposition
    m = stance.matcher(Issue(id="x", label="x", proposition="TikTok should be banned or its Chinese owner ByteDance forced to sell it",
                             terms=("TikTok",)))
    assert m.activity is None  # an alternative remedy after `or`, not a second halt


# Issues that enact something, and the shipped issues whose cessation verbs undo a measure: read as before.
_OTHER_ISSUES = (
    *IssueSet.load(_SEEDS).issues,
    Issue(id="sugar-tax", label="Sugar tax", proposition="A tax on sugary drinks should be introduced or raised",
          terms=("sugar tax", "sugary drinks", "soda tax")),
    Issue(id="speed-limits", label="Lower urban speed limits", proposition="Urban speed limits should be lowered",
          terms=("speed limits", "30 km/h", "20 mph")),
)
UNCHANGED: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("Germany lifted its restrictions on long-range strikes inside Russia.", {("Germany", "long-range-strikes", "support")}),
    ("Germany refused to lift restrictions on the use of long-range weapons against targets inside Russia.",
     {("Germany", "long-range-strikes", "oppose")}),
    ("The EU suspended sanctions on Russia.", {("European Union", "sanctions-on-russia", "oppose")}),
    ("Hungary blocked new sanctions on Russia.", {("Hungary", "sanctions-on-russia", "oppose")}),
    ("Germany called for a halt to sanctions on Russia.", {("Germany", "sanctions-on-russia", "oppose")}),
    ("Germany shelved plans to impose new sanctions on Russia.", {("Germany", "sanctions-on-russia", "oppose")}),
    ("Germany granted new export licences for tanks to Ukraine.", {("Germany", "tanks-for-ukraine", "support")}),
    ("Germany shelved plans to introduce a tax on sugary drinks.", {("Germany", "sugar-tax", "oppose")}),
    ("Germany said a tax on sugary drinks would be a mistake.", {("Germany", "sugar-tax", "oppose")}),
    ("Germany shelved plans to lower urban speed limits.", {("Germany", "speed-limits", "oppose")}),
    ("Germany said lower speed limits in cities would be a mistake.", {("Germany", "speed-limits", "oppose")}),
]


@pytest.mark.parametrize("text, want", UNCHANGED, ids=[f"unchanged-{i}" for i in range(len(UNCHANGED))])
def test_other_issues_unchanged(text, want):
    assert _stances(text, _OTHER_ISSUES) == want, text


# `Glyphosate should be banned`: the banned thing is the proposition's subject and no activity is derived (taking the
# subject as the activity reversed stances on `TikTok should be banned ...` and `Pupils' mobile phones should be banned
# ...` in rounds 19 and 24, where most mentions of the item are the ban's own); a stance on the item is not reversed.
_SUBJECT_BANNED = Issue(id="glyphosate-ban", label="A glyphosate ban", proposition="Glyphosate should be banned",
                        terms=("glyphosate", "Roundup"))


@pytest.mark.xfail(strict=True, reason="no halted activity for a proposition whose subject is what is banned")
@pytest.mark.parametrize("text, want", [
    ("Germany granted new licences for glyphosate.", {("Germany", "oppose")}),
    ("Germany said glyphosate was vital for farming.", {("Germany", "oppose")}),
])
def test_subject_banned_activity(text, want):
    assert outcome(text, (_SUBJECT_BANNED,), "glyphosate-ban") == want, text


def test_subject_banned_halt_itself():
    assert outcome("Germany said a ban on glyphosate was essential.", (_SUBJECT_BANNED,), "glyphosate-ban") == {("Germany", "support")}
    assert outcome("Germany said a ban on glyphosate would be a mistake.", (_SUBJECT_BANNED,), "glyphosate-ban") == {("Germany", "oppose")}


# A halt named in other words than the issue's terms (`the prohibition of any exploitation of the seabed`), with the
# issue in sight only through a term elsewhere in the sentence (a forum: `the International Seabed Authority`). The
# halt noun is the issue's own halt, not a negation of it (`supports the prohibition ...` supports it); a word of the
# activity inside a forum's name (`Seabed`, `Coal`) does not make the forum the activity; a halt of something else
# (`the prohibition of single-use plastics`) is no stance on the issue. All sentences are invented.
# issue -> (the issue, the activity in other words {P}, the forum {F})
FORUM_ISSUES: dict[str, tuple[Issue, str, str]] = {
    "drilling-ban": (Issue(id="drilling-ban", label="A ban on seabed drilling",
                           proposition="A moratorium or ban on commercial seabed drilling should be adopted",
                           terms=("seabed drilling", "drilling licence", "exploitation licence", "International Seabed Authority",
                                  "moratorium", "ocean floor")),
                     "exploitation of the seabed", "International Seabed Authority"),
    "trawling-ban": (Issue(id="trawling-ban", label="A ban on bottom trawling",
                           proposition="A moratorium or ban on bottom trawling in marine parks should be adopted",
                           terms=("bottom trawling", "marine parks", "OSPAR Commission")),
                     "use of heavy nets for trawling", "OSPAR Commission"),
    "fracking-ban": (Issue(id="fracking-ban", label="A fracking ban", proposition="A ban on fracking should be imposed",
                           terms=("shale gas", "Onshore Energy Commission")),
                     "exploration licensed for fracking", "Onshore Energy Commission"),
    "glyphosate-ban": (Issue(id="glyphosate-ban", label="A glyphosate ban", proposition="A ban and phase-out of glyphosate should be adopted",
                             terms=("Roundup", "European Food Safety Authority")),
                       "spraying of farmland with glyphosate", "European Food Safety Authority"),
    "coal-mine-ban": (Issue(id="coal-mine-ban", label="A ban on new coal mines", proposition="A ban on new coal mines should be adopted",
                            terms=("coal mines", "Coal Authority")),
                      "extraction from the new coal pits", "Coal Authority"),
}
FORUM_CONSTRUCTIONS: dict[str, tuple[str, str | None]] = {
    "backs-prohibition-of-any": ("{S} backs the prohibition of any {P}, and would defend it at the {F}.", "support"),
    "supports-ban-on-all": ("{S} supports a ban on all {P}, and would defend it at the {F}.", "support"),
    "wants-prohibition-defend-it": ("{S} wants the prohibition of {P} and would defend it at the {F}.", "support"),
    "quoted-prohibition": ("\"{S} supports the prohibition of any {P},\" the statement said, adding that it would be defended at the {F}.",
                           "support"),
    "prohibition-at-forum": ("{S} supports the prohibition of any {P} at the {F}.", "support"),
    "opposes-prohibition-at-forum": ("{S} opposes the prohibition of any {P} at the {F}.", "oppose"),
    "rejected-ban-fight-it": ("{S} rejected a ban on all {P}, and would fight it at the {F}.", "oppose"),
    # a prohibition of something else
    "other-prohibition-defend-it": ("{S} backs the prohibition of single-use plastics, and would defend it at the {F}.", None),
    "other-ban-at-forum": ("{S} supports a ban on shark finning at the {F}.", None),
    "opposes-other-prohibition": ("{S} opposes the prohibition of single-use plastics at the {F}.", None),
    "rejected-other-ban": ("{S} rejected a ban on plastic bags, and would fight it at the {F}.", None),
    "defends-other-ban": ("{S} would defend the ban on plastic bags at the {F}.", None),
}


def _forum_params():
    for issue in FORUM_ISSUES:
        for construction in FORUM_CONSTRUCTIONS:
            for subject in SUBJECTS:
                yield pytest.param(construction, issue, subject, id=f"{construction}|{issue}|{subject}")


@pytest.mark.parametrize("construction, issue, subject", list(_forum_params()))
def test_halt_in_other_words(construction, issue, subject):
    template, stance = FORUM_CONSTRUCTIONS[construction]
    it, activity, forum = FORUM_ISSUES[issue]
    text = template.format(S=SUBJECTS[subject][0], P=activity, F=forum)
    want = {(SUBJECTS[subject][1], stance)} if stance else set()
    assert outcome(text, (it,), issue) == want, text


_DRILLING = (FORUM_ISSUES["drilling-ban"][0], FORUM_ISSUES["trawling-ban"][0])
DRILLING: list[tuple[str, set[tuple[str, str, str]]]] = [
    # the blind-round report's sentences
    ("\"Italy supports the prohibition of any exploitation of the seabed,\" the president told the summit, adding that Rome "
     "would defend it at the International Seabed Authority.", {("Italy", "drilling-ban", "support")}),
    ("Italy supports the prohibition of any exploitation of the seabed, and Rome would defend it at the International Seabed "
     "Authority.", {("Italy", "drilling-ban", "support")}),
    ("The president said Rome would defend the moratorium at the International Seabed Authority.", {("Italy", "drilling-ban", "support")}),
    ("\"Sweden backs a ban on bottom trawling in marine parks,\" the minister said, adding that Stockholm would defend it in Brussels.",
     {("Sweden", "trawling-ban", "support")}),
    # variants
    ("Italy supports the prohibition of any exploitation of the seabed, and Rome would speak at the International Seabed Authority.",
     {("Italy", "drilling-ban", "support")}),
    ("Italy supports the prohibition, and Rome would defend it at the International Seabed Authority.", {("Italy", "drilling-ban", "support")}),
    ("Italy opposes the prohibition, and Rome would fight it at the International Seabed Authority.", {("Italy", "drilling-ban", "oppose")}),
    ("Italy said it would not defend the moratorium on seabed drilling.", {("Italy", "drilling-ban", "oppose")}),
    ("Italy supports the prohibition of plastic bags and a moratorium on seabed drilling.", {("Italy", "drilling-ban", "support")}),
    # a forum whose name has a word of the activity is not the activity
    ("Italy opposed the proposal at the International Seabed Authority.", {("Italy", "drilling-ban", "oppose")}),
    # negative controls
    ("\"Italy supports the prohibition of single-use plastics,\" the president told the summit, adding that Rome would defend it "
     "at the International Seabed Authority.", set()),
    ("Italy supports the prohibition of shark finning at the International Seabed Authority.", set()),
    ("Rome would defend it at the International Seabed Authority.", set()),
]


@pytest.mark.parametrize("text, want", DRILLING, ids=[f"drilling-{i}" for i in range(len(DRILLING))])
def test_drilling_sentences(text, want):
    assert _stances(text, _DRILLING) == want, text
