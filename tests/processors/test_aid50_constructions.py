"""Pass aid50: the remaining aid errors of development rounds 41-49 (aid 1.38.0). Relief arriving `by road` with no place,
neighbours' demonyms before relief carriers, a civil-protection `military emergencies unit`, humanitarian aid `to help
families` abroad, `Nepali rupees`; no event for the envelope a purchase is paid `out of`, a total of pledges `from dozens
of countries`, the causative `sent prices soaring`; no running total from a `since` inside an aside on a first visit.
Sentences written for these tests; each rule has a guard case (a near sentence that must not fire, or must still fire)."""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_payloads, aid_tuples

_FLOOD = "MAPUTO, Mozambique (AFP) - Floods hit central Mozambique on Monday. "
_QUAKE = "ANTAKYA, Turkey (AFP) - An earthquake struck southern Turkey on Monday. "


def _flows(text: str) -> list[tuple]:
    return sorted(aid_tuples(text), key=repr)


CASES = [
    # relief that arrived `by road` / `by air` / `overland`, with no place named: the story's country receives
    ("arrived-by-road", _QUAKE + "Greek rescue teams and medical supplies arrived by road on Tuesday, Athens said.",
     [("Greece", "Turkey", None, None)]),
    ("arrived-overland", _FLOOD + "Tents and blankets from Malawi arrived overland on Wednesday, officials said.",
     [("Malawi", "Mozambique", None, None)]),
    ("guard-arrived-by-road-minister", _QUAKE + "The Greek foreign minister arrived by road on Tuesday.", []),
    ("guard-arrived-by-road-refugees", _QUAKE + "Syrian refugees arrived by road on Tuesday, officials said.", []),
    # a neighbour's demonym before its relief carriers
    ("zambian-helicopters", _FLOOD + "Two Zambian air force helicopters carrying maize flour and blankets arrived in Beira "
     "on Wednesday.", [("Zambia", "Mozambique", None, None)]),
    ("zimbabwean-team", _FLOOD + "A Zimbabwean rescue team arrived in Beira on Tuesday.", [("Zimbabwe", "Mozambique", None, None)]),
    ("guard-zambian-firm", _FLOOD + "A Zambian firm sold 500 tonnes of maize to Mozambique on Tuesday.", []),
    # `military emergencies unit`: a civil-protection corps, its team is relief
    ("military-emergencies-unit", _QUAKE + "A 40-member team from Spain's military emergencies unit, with search dogs, "
     "landed in Adana on Tuesday.", [("Spain", "Turkey", None, None)]),
    ("guard-military-unit", _QUAKE + "A 40-member team from Spain's military logistics unit landed in Adana on Tuesday.", []),
    # humanitarian aid `to help families` is relief abroad; the same words without `humanitarian` stay domestic relief
    ("humanitarian-to-help-families", _FLOOD + "Ireland pledged 1 million euros in emergency humanitarian aid to help "
     "families who lost their homes, its embassy said.", [("Ireland", "Mozambique", 1000000.0, "EUR")]),
    ("guard-domestic-to-help-families", "PARIS (AFP) - France will spend 2 billion euros to help families pay their "
     "energy bills, the finance minister said.", []),
    # the envelope a purchase is paid out of is no new gift; the purchase itself is
    ("paid-out-of-envelope", "OTTAWA (CP) - Canada will give Ukraine $50 million to buy an air defence system. "
     "The purchase will be paid for out of $300 million in military aid announced last year, the minister said.",
     [("Canada", "Ukraine", 50000000.0, "CAD")]),
    ("guard-out-of-not-before-sum", "OTTAWA (CP) - Canada will give $30 million to Ukraine out of concern for its "
     "power grid, the minister said.", [("Canada", "Ukraine", 30000000.0, "CAD")]),
    # a total of pledges `from dozens of countries` has no single giver
    ("pledges-from-dozens", "GENEVA (Reuters) - Norway will give Sudan 100 million crowns, its minister said. The "
     "conference drew pledges totalling about 900 million dollars from dozens of countries and agencies, the U.N. said.",
     [("Norway", "Sudan", 100000000.0, "NOK")]),
    ("guard-from-named-giver", "GENEVA (Reuters) - Sudan will receive 100 million dollars from Norway, the U.N. said.",
     [("Norway", "Sudan", 100000000.0, "USD")]),
    # the causative `sent prices soaring`: nothing given
    ("sent-prices-soaring", "CAIRO (Reuters) - Russia's war in Ukraine has sent prices of food and fuel soaring in Egypt, "
     "economists said.", []),
    ("guard-sent-food-to-people-fleeing", _QUAKE + "Greece sent food and blankets to families fleeing the quake zone.",
     [("Greece", "Turkey", None, None)]),
    # `Nepali rupees` are Nepal's
    ("nepali-rupees", "KATHMANDU (Xinhua) - An earthquake hit western Nepal. India delivered relief materials worth "
     "50 million Nepali rupees on Tuesday, the Indian embassy said.", [("India", "Nepal", 50000000.0, "NPR")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=n) for n, t, e in CASES])
def test_constructions(text: str, expected: list[tuple]) -> None:
    assert _flows(text) == sorted(expected, key=repr)


def test_first_visit_since_is_no_running_total() -> None:
    # `since` in an aside on a first visit does not make the sum a running total
    (p,) = aid_payloads("HANOI (AFP) - Macron, the first French president to visit Hanoi since 2016, announced that France "
                        "would give 20 million euros to Vietnam for flood defences.")
    assert p["kind"] == "new"
    # guard: a running total with `since` still is one
    (q,) = aid_payloads("HANOI (AFP) - France has provided 20 million euros to Vietnam since 2016, the embassy said.")
    assert q["kind"] == "cumulative"


def test_military_emergencies_unit_is_humanitarian() -> None:
    (p,) = aid_payloads(_QUAKE + "A 40-member team from Spain's military emergencies unit, with search dogs, landed in Adana "
                        "on Tuesday.")
    assert p["aid_type"] == "humanitarian"
