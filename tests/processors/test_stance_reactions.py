"""A reaction battery for position-stated: a reaction to an act stated earlier in the article.

Every case is a short invented article: a lead sentence stating an act on an issue (one that carries the issue out,
`The Bundestag voted to raise the minimum wage`, or one that goes against it, `The Senate voted against raising the
minimum wage`), sometimes a filler sentence, then a reaction by a second voice that names the act only by an anaphor
(`the decision`, `the move`, `the step`, `the vote`, `it`, `this`; or the measure itself: `the law`, `the bill`, `the
plan`) and passes a verdict on it (`welcomed`, `condemned`, `called it "a mistake"`, `said the move would cost jobs`,
`thanked Germany for it`). The reaction's stance on the issue is the verdict's polarity times the polarity of what the
anaphor names: welcoming a refusal to send tanks opposes sending them, welcoming the bill a parliament rejected
supports it.

The subjects are generic: a leader the gazetteer knows, a titled person it does not know, an unknown organisation, an
ambassador named in apposition and an embassy (which speaks for its country). Subject, anaphor and filler rotate over
the cases, so that every reaction meets every kind of subject and several anaphors without a full cross product.

A case passes when the positions whose evidence is the reaction sentence are exactly the subject with the expected
stance. The cases known to fail are listed in `_KNOWN_FAILING` with the reason and are strict xfails.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article, IssueSet

_DATA = Path(__file__).resolve().parents[1] / "data"
_SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "issues.yaml"

# A lead: (text, who acted (for `thanked X for it`), polarity of the act on the issue, {anaphor: polarity of what it
# names}). Act anaphors name the act; `the law`, `the bill`, `the plan` name the measure (the bill a parliament rejected
# is a bill for the issue).
_ACT = ("the decision", "the move", "it", "this")
LEADS: dict[str, tuple[Path, list[tuple[str, str, int, dict[str, int]]]]] = {
    "tanks-for-ukraine": (_SEEDS, [
        ("Germany and the United States said on Wednesday they would send battle tanks to Ukraine.", "Germany", 1,
         {**dict.fromkeys(_ACT, 1), "the step": 1}),
        ("The Dutch government agreed to send main battle tanks to Ukraine.", "the Netherlands", 1,
         {**dict.fromkeys(_ACT, 1), "the step": 1}),
        ("Germany refused to send main battle tanks to Ukraine.", "Germany", -1, dict.fromkeys(_ACT, -1)),
        ("The Bundestag voted against sending battle tanks to Ukraine.", "the Bundestag", -1,
         {**dict.fromkeys(_ACT, -1), "the vote": -1}),
    ]),
    "fighter-jets-for-ukraine": (_SEEDS, [
        ("Norway will supply fighter jets to Ukraine, the government said on Monday.", "Norway", 1,
         {**dict.fromkeys(_ACT, 1), "the step": 1}),
        ("Belgium announced plans to send fighter jets to Ukraine.", "Belgium", 1,
         {**dict.fromkeys(_ACT, 1), "the plan": 1}),
        ("Washington ruled out sending fighter jets to Ukraine.", "Washington", -1, dict.fromkeys(_ACT, -1)),
        ("Austria said it would not supply fighter jets to Ukraine.", "Austria", -1, dict.fromkeys(_ACT, -1)),
    ]),
    "sanctions-on-russia": (_SEEDS, [
        ("The European Union imposed new sanctions on Russia on Monday.", "the European Union", 1,
         {**dict.fromkeys(_ACT, 1), "the step": 1}),
        ("Japan decided to tighten sanctions on Russia.", "Japan", 1, dict.fromkeys(_ACT, 1)),
        ("Hungary blocked new sanctions on Russia on Friday.", "Hungary", -1, dict.fromkeys(_ACT, -1)),
        ("Slovakia vetoed a new package of sanctions on Russia.", "Slovakia", -1, dict.fromkeys(_ACT, -1)),
    ]),
    "minimum-wage-increase": (_DATA / "events_round26" / "issues.yaml", [
        ("The Bundestag voted to raise the minimum wage.", "the Bundestag", 1,
         {**dict.fromkeys(_ACT, 1), "the vote": 1}),
        ("The government will raise the minimum wage to 15 euros an hour from January.", "the government", 1,
         {**dict.fromkeys(_ACT, 1), "the plan": 1, "the step": 1}),
        ("The Senate voted against raising the minimum wage.", "the Senate", -1,
         {**dict.fromkeys(_ACT, -1), "the vote": -1}),
        ("The government decided not to raise the minimum wage this year.", "the government", -1, dict.fromkeys(_ACT, -1)),
    ]),
    "rent-control": (_DATA / "events_round25" / "issues.yaml", [
        ("Spain's parliament passed a law capping rent increases.", "Spain's parliament", 1,
         {**dict.fromkeys(_ACT, 1), "the law": 1}),
        ("The city council voted to freeze rents for three years.", "the city council", 1,
         {**dict.fromkeys(_ACT, 1), "the vote": 1}),
        ("The government scrapped the rent cap on Tuesday.", "the government", -1,
         {**dict.fromkeys(_ACT, -1), "the step": -1}),
        ("Parliament voted down a bill capping rent increases.", "Parliament", -1,
         {**dict.fromkeys(_ACT, -1), "the vote": -1, "the bill": 1}),
    ]),
    "retirement-age-increase": (_DATA / "events_round24" / "issues.yaml", [
        ("The French government raised the retirement age to 64.", "the government", 1,
         {**dict.fromkeys(_ACT, 1), "the step": 1}),
        ("Parliament approved a bill raising the retirement age to 67.", "Parliament", 1,
         {**dict.fromkeys(_ACT, 1), "the bill": 1, "the vote": 1}),
        ("The government scrapped plans to raise the retirement age.", "the government", -1, dict.fromkeys(_ACT, -1)),
        ("The Senate rejected a bill raising the retirement age.", "the Senate", -1,
         {**dict.fromkeys(_ACT, -1), "the bill": 1}),
    ]),
    "wealth-tax": (_DATA / "events_round23" / "issues.yaml", [
        ("The Spanish parliament approved a wealth tax on the super-rich.", "the Spanish parliament", 1,
         {**dict.fromkeys(_ACT, 1), "the vote": 1}),
        ("The government will introduce a wealth tax next year.", "the government", 1,
         {**dict.fromkeys(_ACT, 1), "the plan": 1}),
        ("The government abolished the wealth tax on Thursday.", "the government", -1, dict.fromkeys(_ACT, -1)),
        ("Parliament rejected a bill introducing a wealth tax.", "Parliament", -1,
         {**dict.fromkeys(_ACT, -1), "the bill": 1}),
    ]),
    "military-conscription": (_DATA / "events_round26" / "issues.yaml", [
        ("Latvia reinstated conscription on Thursday.", "Latvia", 1, {**dict.fromkeys(_ACT, 1), "the step": 1}),
        ("The government decided to introduce compulsory military service.", "the government", 1,
         {**dict.fromkeys(_ACT, 1), "the plan": 1}),
        ("Germany ruled out reinstating conscription.", "Germany", -1, dict.fromkeys(_ACT, -1)),
        ("The parliament voted against compulsory military service.", "the parliament", -1,
         {**dict.fromkeys(_ACT, -1), "the vote": -1}),
    ]),
    "school-phone-ban": (_DATA / "events_round24" / "issues.yaml", [
        ("The government banned mobile phones in schools from September.", "the government", 1,
         {**dict.fromkeys(_ACT, 1), "the step": 1}),
        ("Parliament passed a law banning mobile phones in schools.", "Parliament", 1,
         {**dict.fromkeys(_ACT, 1), "the law": 1}),
        ("The education ministry dropped plans to ban mobile phones in schools.", "the education ministry", -1,
         dict.fromkeys(_ACT, -1)),
        ("The government refused to ban mobile phones in schools.", "the government", -1, dict.fromkeys(_ACT, -1)),
    ]),
}

# key -> (text, expected canonical actor)
SUBJECTS: dict[str, tuple[str, str]] = {
    "known-leader": ("Polish Prime Minister Mateusz Morawiecki", "Mateusz Morawiecki"),
    "titled-person": ("Opposition leader Jana Novak", "Jana Novak"),
    "organisation": ("The Federation of Small Landlords", "Federation of Small Landlords"),
    "ambassador": ("France's ambassador to Spain, Claire Dubois,", "Claire Dubois"),
    "embassy": ("Russia's embassy in Washington", "Russia"),
}

# key -> (template, verdict polarity): {S} subject, {A} anaphor, {X} who acted
REACTIONS: dict[str, tuple[str, int]] = {
    "welcomed": ("{S} welcomed {A}.", 1),
    "praised": ("{S} praised {A}.", 1),
    "hailed": ("{S} hailed {A}.", 1),
    "applauded": ("{S} applauded {A}.", 1),
    "backed": ("{S} backed {A}.", 1),
    "great-step": ("{S} called {A} \"a great step\".", 1),
    "historic-step": ("{S} called {A} a historic step.", 1),
    "important-step": ("{S} called {A} \"an important step\".", 1),
    "long-overdue": ("{S} called {A} a long overdue step.", 1),
    "victory": ("{S} called {A} \"a victory\".", 1),
    "good-news": ("{S} called {A} \"good news\".", 1),
    "step-towards-stopping": ("{S} called {A} \"a great step towards stopping the crisis\".", 1),
    "would-help": ("{S} said {A} would help millions of families.", 1),
    "would-protect": ("{S} said {A} would protect ordinary people.", 1),
    "thanked": ("{S} thanked {X} for {A}.", 1),
    "condemned": ("{S} condemned {A}.", -1),
    "criticised": ("{S} criticised {A}.", -1),
    "denounced": ("{S} denounced {A}.", -1),
    "slammed": ("{S} slammed {A}.", -1),
    "rejected": ("{S} rejected {A}.", -1),
    "mistake": ("{S} called {A} \"a mistake\".", -1),
    "dangerous": ("{S} called {A} \"extremely dangerous\".", -1),
    "reckless": ("{S} called {A} reckless.", -1),
    "provocation": ("{S} called {A} \"a provocation\".", -1),
    "disaster": ("{S} called {A} a disaster.", -1),
    "unacceptable": ("{S} called {A} \"unacceptable\".", -1),
    "escalation": ("{S} said {A} would lead to escalation.", -1),
    "cost-jobs": ("{S} said {A} would cost jobs.", -1),
    "hurt": ("{S} said {A} would hurt the economy.", -1),
}

FILLERS = ("", "The debate had gone on for months.", "The news came on a busy day in the capital.")


def cases():
    """(issue, lead index, reaction, subject, anaphor, filler index): subject, anaphor and filler rotate."""
    subjects = list(SUBJECTS)
    for i, (issue, (_, leads)) in enumerate(LEADS.items()):
        for n, (_, _, _, anaphors) in enumerate(leads):
            names = list(anaphors)
            for k, reaction in enumerate(REACTIONS):
                subject = subjects[(k + n + i) % len(subjects)]
                anaphor = names[(k + 2 * n + i) % len(names)]
                yield issue, n, reaction, subject, anaphor, (k + n) % len(FILLERS)


def article_text(issue: str, n: int, reaction: str, subject: str, anaphor: str, filler: int) -> tuple[str, int]:
    """The article and the offset of its reaction sentence."""
    lead, actor, _, _ = LEADS[issue][1][n]
    template, _ = REACTIONS[reaction]
    said = template.format(S=SUBJECTS[subject][0], A=anaphor, X=actor)
    said = said.replace(",, ", ", ").replace(",.", ".")
    head = lead + (" " + FILLERS[filler] if FILLERS[filler] else "") + " "
    return head + said, len(head)


@lru_cache(maxsize=None)
def _context(path: Path) -> ExtractionContext:
    return ExtractionContext(issues=IssueSet.load(path))


def outcome(issue: str, n: int, reaction: str, subject: str, anaphor: str, filler: int) -> set[tuple[str, str]]:
    """(actor, stance) of every position on the issue whose evidence is the reaction sentence."""
    text, at = article_text(issue, n, reaction, subject, anaphor, filler)
    article = Article(id="t-reactions", text=text, published_at="2024-01-01T00:00:00+00:00")
    return {(e.payload["actor"]["canonical"], e.payload["stance"]) for e in positions.extract(article, _context(LEADS[issue][0]))
            if e.payload["issue"] == issue and e.payload["evidence"]["start"] >= at}


def expected(issue: str, n: int, reaction: str, subject: str, anaphor: str) -> set[tuple[str, str]]:
    sign = REACTIONS[reaction][1] * LEADS[issue][1][n][3][anaphor]
    return {(SUBJECTS[subject][1], "support" if sign > 0 else "oppose")}


# (issue, lead index, reaction, subject, anaphor) -> why it still fails
_KNOWN_FAILING: dict[tuple[str, int, str, str, str], str] = {}


def _params():
    for case in cases():
        reason = _KNOWN_FAILING.get(case[:5])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        issue, n, reaction, subject, anaphor, filler = case
        yield pytest.param(*case, marks=marks, id=f"{issue}#{n}|{reaction}|{subject}|{anaphor.replace(' ', '-')}|f{filler}")


@pytest.mark.parametrize("issue, n, reaction, subject, anaphor, filler", list(_params()))
def test_reaction(issue, n, reaction, subject, anaphor, filler):
    assert outcome(issue, n, reaction, subject, anaphor, filler) == expected(issue, n, reaction, subject, anaphor), (
        article_text(issue, n, reaction, subject, anaphor, filler)[0])


# Look-alikes: a second sentence that is no reaction to the act (or names its act by the issue it was on), with what
# the sentence must give: (issues file, article, expected (actor, issue, stance) from the last sentence)
LOOK_ALIKES = {
    "the-first-step": (_SEEDS, "Germany will send main battle tanks to Ukraine. Opposition leader Jana Novak called it the "
                       "first step.", set()),
    "called-this-week": (_SEEDS, "Germany will send main battle tanks to Ukraine. Opposition leader Jana Novak called this "
                         "week for new elections.", set()),
    "it-is-a-cold-day": (_SEEDS, "Germany will send main battle tanks to Ukraine. It is a cold day in Berlin, Opposition "
                         "leader Jana Novak said.", set()),
    "said-it-would-hold": (_SEEDS, "Germany will send main battle tanks to Ukraine. The Federation of Small Landlords said it "
                           "would hold its congress in May.", set()),
    "meet-this-week": (_SEEDS, "Germany refused to send main battle tanks to Ukraine. The chancellor will meet Opposition "
                       "leader Jana Novak this week.", set()),
    # a refusal stated after an act gives `the decisions` no other issue (the act named last is still the allowing)
    "decisions-after-a-refusal": (_SEEDS, "Germany will allow Ukraine to use long-range weapons against targets inside "
                                  "Russia, the government said. Berlin would still not send Taurus cruise missiles, it "
                                  "added. Opposition leader Jana Novak welcomed the decisions.",
                                  {("Jana Novak", "long-range-strikes", "support")}),
    # help predicted of the country itself is no verdict on an act
    "will-help-produce": (_SEEDS, "Germany will help Ukraine produce long-range weapons of its own, the ministry said.", set()),
}


@pytest.mark.parametrize("key", list(LOOK_ALIKES))
def test_look_alike(key):
    path, text, wanted = LOOK_ALIKES[key]
    last = text.rfind(". ", 0, len(text) - 1) + 2 if text.count(". ") else 0
    article = Article(id="t-reactions", text=text, published_at="2024-01-01T00:00:00+00:00")
    got = {(e.payload["actor"]["canonical"], e.payload["issue"], e.payload["stance"])
           for e in positions.extract(article, _context(path)) if e.payload["evidence"]["start"] >= last}
    assert got == wanted, text
