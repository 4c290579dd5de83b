"""A construction battery for position-stated: generic constructions x issues x subjects.

Every issue below has a proposition of the form "X should be V-ed" (or "Actors should V X"); each is paired with
a verb phrase written by hand in its base and -ing forms (`raise the minimum wage` / `raising the minimum wage`).
Each phrase is put into generic constructions whose stance on such a proposition does not depend on the issue
(`voted to V` supports it, `refused to V` opposes it) with generic subjects of five kinds: a country the
gazetteer knows, a parliament, a titled person it does not know, an unknown organisation and a party.

All sentences are invented for this test. A case passes when the positions of the sentence on the issue are
exactly the subject with the expected stance. The cases known to fail are listed in `_KNOWN_FAILING` with the
reason and are strict xfails: a case that starts passing or one that stops passing fails the test.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article, IssueSet

_DATA = Path(__file__).resolve().parents[1] / "data"
_SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "issues.yaml"

# issue id -> (issues file that defines it, [(base form, -ing form), ...])
ISSUES: dict[str, tuple[Path, list[tuple[str, str]]]] = {
    "tanks-for-ukraine": (_SEEDS, [("send main battle tanks to Ukraine", "sending main battle tanks to Ukraine")]),
    "fighter-jets-for-ukraine": (_SEEDS, [("supply fighter jets to Ukraine", "supplying fighter jets to Ukraine")]),
    "taurus-for-ukraine": (_SEEDS, [("deliver Taurus cruise missiles to Ukraine", "delivering Taurus cruise missiles to Ukraine")]),
    "long-range-strikes": (_SEEDS, [("allow Ukraine to use long-range weapons against targets inside Russia",
                                     "allowing Ukraine to use long-range weapons against targets inside Russia")]),
    "sanctions-on-russia": (_SEEDS, [("impose new sanctions on Russia", "imposing new sanctions on Russia")]),
    "ukraine-nato-membership": (_SEEDS, [("admit Ukraine to NATO", "admitting Ukraine to NATO")]),
    "ukraine-eu-membership": (_SEEDS, [("admit Ukraine to the European Union", "admitting Ukraine to the European Union")]),
    "minimum-wage-increase": (_DATA / "events_round26" / "issues.yaml",
                              [("raise the minimum wage", "raising the minimum wage")]),
    "military-conscription": (_DATA / "events_round26" / "issues.yaml",
                              [("reinstate conscription", "reinstating conscription"),
                               ("introduce compulsory military service", "introducing compulsory military service")]),
    "rent-control": (_DATA / "events_round25" / "issues.yaml", [("cap rent increases", "capping rent increases")]),
    "social-media-age-limit": (_DATA / "events_round25" / "issues.yaml",
                               [("ban children under 16 from social media", "banning children under 16 from social media")]),
    "retirement-age-increase": (_DATA / "events_round24" / "issues.yaml",
                                [("raise the retirement age", "raising the retirement age")]),
    "wealth-tax": (_DATA / "events_round23" / "issues.yaml", [("introduce a wealth tax", "introducing a wealth tax")]),
    "school-phone-ban": (_DATA / "events_round24" / "issues.yaml",
                         [("ban mobile phones in schools", "banning mobile phones in schools")]),
}

# key -> (text, expected canonical actor, pronoun)
SUBJECTS: dict[str, tuple[str, str, str]] = {
    "country": ("Germany", "Germany", "it"),
    "parliament": ("The Bundestag", "Bundestag", "it"),
    "titled-person": ("Labour Minister Jana Novak", "Jana Novak", "she"),
    "organisation": ("The Federation of Small Landlords", "Federation of Small Landlords", "it"),
    "party": ("The Labour Party", "Labour Party", "it"),
    "known-person": ("CDU leader Friedrich Merz", "Friedrich Merz", "he"),
}

# key -> (template, stance): {S} subject, {V} base form, {Ving} -ing form, {P} the subject's pronoun
CONSTRUCTIONS: dict[str, tuple[str, str]] = {
    "will": ("{S} will {V}.", "support"),
    "voted-to": ("{S} voted to {V}.", "support"),
    "decided-to": ("{S} decided to {V}.", "support"),
    "agreed-to": ("{S} agreed to {V}.", "support"),
    "plans-to": ("{S} plans to {V}.", "support"),
    "backed-plans-to": ("{S} backed plans to {V}.", "support"),
    "approved-bill-to": ("{S} approved a bill to {V}.", "support"),
    "passed-law-ing": ("{S} passed a law {Ving}.", "support"),
    "voted-for-bill-ing": ("{S} voted for a bill {Ving}.", "support"),
    "urged-government-to": ("{S} urged the government to {V}.", "support"),
    "called-on-to": ("{S} called on the coalition to {V}.", "support"),
    "signed-law-ing": ("{S} signed a law {Ving}.", "support"),
    "pledged-to": ("{S} pledged to {V}.", "support"),
    "announced-plans-to": ("{S} announced plans to {V}.", "support"),
    "is-set-to": ("{S} is set to {V}.", "support"),
    "wants-to": ("{S} wants to {V}.", "support"),
    "proposed-bill-to": ("{S} proposed a bill to {V}.", "support"),
    "welcomed-plans-to": ("{S} welcomed plans to {V}.", "support"),
    "in-favour-of-ing": ("{S} is in favour of {Ving}.", "support"),
    "supports-ing": ("{S} supports {Ving}.", "support"),
    "voted-against-plans-to": ("{S} voted against plans to {V}.", "oppose"),
    "rejected-plans-to": ("{S} rejected plans to {V}.", "oppose"),
    "opposed-bill-to": ("{S} opposed a bill to {V}.", "oppose"),
    "refused-to": ("{S} refused to {V}.", "oppose"),
    "ruled-out-plans-to": ("{S} ruled out plans to {V}.", "oppose"),
    "said-would-not": ("{S} said {P} would not {V}.", "oppose"),
    "warned-against-plans-to": ("{S} warned against plans to {V}.", "oppose"),
    "vowed-to-scrap-law-ing": ("{S} vowed to scrap a law {Ving}.", "oppose"),
    "will-not": ("{S} will not {V}.", "oppose"),
    "voted-down-bill-to": ("{S} voted down a bill to {V}.", "oppose"),
    "blocked-bill-to": ("{S} blocked a bill to {V}.", "oppose"),
    "abandoned-plans-to": ("{S} abandoned plans to {V}.", "oppose"),
    "criticised-plans-to": ("{S} criticised plans to {V}.", "oppose"),
    "is-against-ing": ("{S} is against {Ving}.", "oppose"),
    "has-no-plans-to": ("{S} has no plans to {V}.", "oppose"),
}


def sentence(construction: str, phrase: tuple[str, str], subject: str) -> str:
    template, _ = CONSTRUCTIONS[construction]
    text, _, pronoun = SUBJECTS[subject]
    return template.format(S=text, V=phrase[0], Ving=phrase[1], P=pronoun)


@lru_cache(maxsize=None)
def _context(path: Path) -> ExtractionContext:
    return ExtractionContext(issues=IssueSet.load(path))


def outcome(construction: str, issue: str, phrase: tuple[str, str], subject: str) -> set[tuple[str, str]]:
    """(actor, stance) of every position the sentence yields on the issue."""
    path, _ = ISSUES[issue]
    article = Article(id="t-battery", text=sentence(construction, phrase, subject), published_at="2024-01-01T00:00:00+00:00")
    return {(e.payload["actor"]["canonical"], e.payload["stance"]) for e in positions.extract(article, _context(path))
            if e.payload["issue"] == issue}


def expected(construction: str, subject: str) -> set[tuple[str, str]]:
    return {(SUBJECTS[subject][1], CONSTRUCTIONS[construction][1])}


def cases():
    for issue, (_, phrases) in ISSUES.items():
        for n, phrase in enumerate(phrases):
            for construction in CONSTRUCTIONS:
                for subject in SUBJECTS:
                    yield construction, issue, n, subject


# (construction, issue, phrase index, subject) -> why it still fails
_KNOWN_FAILING: dict[tuple[str, str, int, str], str] = {}


def _params():
    for construction, issue, n, subject in cases():
        reason = _KNOWN_FAILING.get((construction, issue, n, subject))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(construction, issue, n, subject, marks=marks, id=f"{construction}|{issue}#{n}|{subject}")


@pytest.mark.parametrize("construction, issue, n, subject", list(_params()))
def test_construction(construction, issue, n, subject):
    phrase = ISSUES[issue][1][n]
    assert outcome(construction, issue, phrase, subject) == expected(construction, subject), sentence(construction, phrase, subject)
