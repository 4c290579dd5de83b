"""A government acting as a whole is the country (pass pos26d, positions 1.50.0).

Invented wire sentences on issues of our own. A head of government or a minister, in office, as the subject of an act
that decides a measure for the country (`decided against`, `approved`, `allowed`, `ordered`, `cleared`, `vetoed`,
`blocked`) states the country's stance beside their own, as `signed`, `announced`, `scrapped` already did. The verb
must be the person's own predicate right after the name (a time adjunct, an auxiliary or a relative clause between):
not `did not rule out`, `vowed to veto`, `warned that allowing ...`, `urged X to approve`, nor an opposition or former
leader.
"""

from __future__ import annotations

import pytest

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


# ---- the leader acts: the country holds the stance too

@pytest.mark.parametrize("text, country, issue, stance", [
    pytest.param("OSLO (Reuters) - Prime Minister Jonas Gahr Store has decided against exporting armed drones to Kenya for now, "
     "government sources said.", "Norway", "drone-exports", "oppose"),
    pytest.param("ROME - Prime Minister Giorgia Meloni on Tuesday approved the export of armed drones to Kenya, ending months of "
     "delay.", "Italy", "drone-exports", "support"),
    pytest.param("STOCKHOLM - Prime Minister Ulf Kristersson has allowed the export of armed drones to Kenya, officials said.",
     "Sweden", "drone-exports", "support"),
    pytest.param("CANBERRA - Prime Minister Anthony Albanese has ordered a ban on bottom trawling in the Coral Sea, his office said.",
     "Australia", "trawling-ban", "support"),
    pytest.param("WARSAW - Prime Minister Donald Tusk, who took office last year, has blocked the export of armed drones to Kenya.",
     "Poland", "drone-exports", "oppose"),
])
def test_leader_act_is_the_country(text: str, country: str, issue: str, stance: str) -> None:
    got = _stances(text)
    assert (country, issue, stance) in got
    assert any(a != country and i == issue and s == stance for a, i, s in got)  # the leader too


# ---- already read before the pass: `signed`, `announced`, `scrapped`

def test_signed_is_the_country() -> None:
    text = "MADRID - Prime Minister Pedro Sanchez signed a decree on Friday that imposes a trawling ban in the Alboran Sea."
    assert ("Spain", "trawling-ban", "support") in _stances(text)


# ---- guards: no country

@pytest.mark.parametrize("text, country", [
    # (the leader's act is not the predicate: a warning, a vow, a call on others)
    ("Prime Minister Mark Carney warned that allowing armed drones to be sold to Kenya would be a mistake.", "Canada"),
    ("Prime Minister Petteri Orpo has vowed to block any export of armed drones to Kenya.", "Finland"),
    ("Prime Minister Mette Frederiksen urged Brussels to approve the trawling ban without delay.", "Denmark"),
    # (negated)
    ("Prime Minister Keir Starmer did not rule out exporting armed drones to Kenya, saying it would be studied.",
     "United Kingdom"),
    # (no office: opposition, former)
    ("Opposition leader Donald Tusk has blocked the export of armed drones to Kenya in the Senate committee.", "Poland"),
    ("Former Prime Minister Giorgia Meloni approved the export of armed drones to Kenya in 2024, records show.", "Italy"),
    # (a leader merely speaking)
    ("Prime Minister Anthony Albanese said a trawling ban would be a mistake for coastal towns.", "Australia"),
])
def test_no_country_without_an_act_in_office(text: str, country: str) -> None:
    assert country not in {a for a, _, _ in _stances(text)}
