"""A government acting as a whole is the country, in copy with no dateline (pass pos27d, positions 1.54.0).

Invented wire sentences on issues of our own. `The Government has delayed its ban`, `the Government has announced`,
`Ministers have postponed the ban`: a government named by no country, acting on a measure, is the article's home
country, as it already was in copy filed from a capital (`DUBLIN -`). Without a dateline the home is the one country
the article names as itself (its people, its institutions, its demonym, a country not the object of a preposition),
when no other country competes; not a country only named as the object (`send drones to Kenya`), not in an article
about two countries, not in a sentence that names another country's government, not `EU foreign ministers`.
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="trawling-ban", label="A ban on bottom trawling", proposition="Bottom trawling should be banned",
          terms=("bottom trawling", "trawling ban")),
    Issue(id="drone-exports", label="Exporting armed drones to Kenya", proposition="Armed drones should be exported to Kenya",
          terms=("armed drones", "drone exports", "drones")),
))
_CTX = ExtractionContext(issues=_ISSUES)


def _stances(text: str) -> set[tuple[str, str, str]]:
    return stances(text, _CTX, published_at="2025-03-01T00:00:00Z", title="t")


# ---- the government acts, no dateline: the article's home country holds the stance

@pytest.mark.parametrize("text, country, issue, stance", [
    pytest.param("The Government has delayed its trawling ban by two years, saying fishing communities need time to adapt. "
                 "Irish fishing groups welcomed the pause, while the Dail's Green members called it a betrayal.",
                 "Ireland", "trawling-ban", "oppose"),
    ("The Government announced on Tuesday that it will ban bottom trawling in all marine parks from next year. "
     "Fishing groups said the move was rushed, and Irish ecologists welcomed it.", "Ireland", "trawling-ban", "support"),
    # (a passive measure the government announces reads no stance at all, dateline or not: left alone)
    pytest.param("DUBLIN - Bottom trawling will be banned in all marine parks from next year, the Government has announced.",
                 "Ireland", "trawling-ban", "support", marks=xf("a passive measure under `the Government has announced`")),
    pytest.param("Ministers have postponed the trawling ban by a year, saying the fleet needs time to adapt. "
                 "Norwegian fishing groups welcomed the pause.",
                 "Norway", "trawling-ban", "oppose"),
    pytest.param("OSLO (Reuters) - Ministers have scrapped the trawling ban in the northern fjords, officials said.",
                 "Norway", "trawling-ban", "oppose"),
    # (already read: a dateline)
    ("DUBLIN - The Government has delayed its trawling ban by two years, officials said.", "Ireland", "trawling-ban", "oppose"),
])
def test_government_acting_is_the_home_country(text: str, country: str, issue: str, stance: str) -> None:
    assert (country, issue, stance) in _stances(text)


# ---- guards: no country

@pytest.mark.parametrize("text, country", [
    # (the only country named is the measure's object, not the article's home)
    ("The government has refused to export armed drones to Kenya, officials said. Kenya's army had asked for them twice.",
     "Kenya"),
    # (two countries compete: no home)
    ("The Government has delayed its trawling ban by two years. Irish fishing groups welcomed the pause, and French and "
     "Spanish boats in Irish waters, France said, would also gain.", "Ireland"),
    # (a bloc's ministers are not a government of the home country)
    ("EU fisheries ministers have postponed the trawling ban by a year. Irish fishing groups welcomed the pause.", "Ireland"),
    # (no country at all)
    ("The Government has delayed its trawling ban by two years, saying fishing communities need time to adapt.", "Ireland"),
])
def test_no_home_country(text: str, country: str) -> None:
    assert country not in {a for a, _, _ in _stances(text)}
