"""Pass aidg: relief in kind delivered by aircraft and ships (`cargo planes dropped meals into`, `helicopters have been
flying relief supplies to`, `an air force C-130 landed in ... with shelter kits`, `arrived off the <Demonym> city of X`)
and relief teams reported beside a sum (`..., and that a team of relief experts was on its way`, `a team of specialists
in water and sanitation was due to arrive in`) (aid 1.36.0). Sentences written for these tests; each rule has a guard
case (a near sentence that must not fire, or must still fire)."""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_payloads, aid_tuples

_QUAKE = "KATHMANDU - An earthquake struck western Nepal on Friday. "
_STORM = "MAPUTO - A cyclone hit Mozambique on Monday. "


def _flows(text: str) -> list[tuple]:
    return sorted(aid_tuples(text), key=repr)


CASES = [
    # `dropped` with an aircraft as its subject: relief dropped from the air
    ("planes-dropped-meals", "PORT-AU-PRINCE - Canada's air force planes dropped 12,000 meals into Haiti on Sunday.",
     [("Canada", "Haiti", None, None)]),
    ("own-planes-dropped-parcels", "AMMAN - Egypt's army said its own planes dropped food parcels over Sudan on Monday.",
     [("Egypt", "Sudan", None, None)]),
    ("guard-planes-dropped-bombs", "BEIRUT - Russian planes dropped bombs on Syria on Monday.", []),
    ("guard-planes-dropped-leaflets", "GAZA - Israeli aircraft dropped leaflets over Gaza on Sunday.", []),
    ("guard-planes-dropped-ammunition", "ERBIL - U.S. planes dropped ammunition to Kurdish fighters in Iraq on Sunday.", []),
    ("guard-figure-dropped", "TOKYO - Japan said its exports of aircraft dropped 5 percent to Ukraine last year.", []),
    # a perfect progressive transfer: relief under way
    ("have-been-flying", _QUAKE + "Chinese army helicopters have been flying tents and blankets to the stricken "
     "district, officials said.", [("China", "Nepal", None, None)]),
    ("guard-been-considering", _QUAKE + "India has been considering sending relief supplies to the quake zone, officials said.",
     []),
    # a military transport named by its type carries the load named after the place
    ("c130-with-load", _STORM + "A Portuguese air force C-130 Hercules landed in Mozambique on Tuesday with tents and "
     "water purification tablets.", [("Portugal", "Mozambique", None, None)]),
    ("guard-c130-no-load", _STORM + "A Portuguese air force C-130 landed in Mozambique on Tuesday with the defence minister "
     "on board.", []),
    # `the <Demonym> city of X`: a place the gazetteer does not know, given its country by its demonym
    ("demonym-city-of", "ROME - A Spanish navy ship carrying tents, blankets and water pumps docked in the Libyan port city "
     "of Tobruk on Thursday.", [("Spain", "Libya", None, None)]),
    ("guard-own-city-of", "MADRID - A Spanish navy ship carrying tents and blankets docked in the Spanish city of Cartagena "
     "on Thursday.", []),
    # a relief team beside a sum, in a second `that` clause of the giver's sentence
    ("team-on-its-way", _STORM + "Ireland said it would give 2 million euros for shelter, and that a team of relief experts "
     "was on its way.", [("Ireland", "Mozambique", 2000000.0, "EUR"), ("Ireland", "Mozambique", None, None)]),
    ("team-deployed", _STORM + "Norway said it would provide 20 million crowns in emergency aid, and that a team of "
     "medical experts had been deployed.", [("Norway", "Mozambique", 20000000.0, "NOK"), ("Norway", "Mozambique", None, None)]),
    ("guard-team-of-advisers", "KYIV - Ireland said it would give 2 million euros to Ukraine, and that a team of legal "
     "advisers had been deployed.", [("Ireland", "Ukraine", 2000000.0, "EUR")]),
    # `a team of specialists in water and shelter was due to arrive`: the list inside the load, not a second clause
    ("team-due-to-arrive", _QUAKE + "Austria said it would provide 1 million euros. An Austrian team of four specialists in "
     "water and sanitation was due to arrive in Nepal this week.",
     [("Austria", "Nepal", 1000000.0, "EUR"), ("Austria", "Nepal", None, None)]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=n) for n, t, e in CASES])
def test_constructions(text: str, expected: list[tuple]) -> None:
    assert _flows(text) == sorted(expected, key=repr)


def test_statuses() -> None:
    # relief flown in over days is delivered; a team on its way or due to arrive is planned; a team deployed is delivered
    (flying,) = aid_payloads(_QUAKE + "India's air force has been flying tents and blankets to the stricken district.")
    assert flying["status"] == "delivered"
    (dropped,) = aid_payloads("PORT-AU-PRINCE - Canada's air force planes dropped 12,000 meals into Haiti on Sunday.")
    assert dropped["status"] == "delivered"
    teams = {p["status"] for p in aid_payloads(_STORM + "Ireland said it would give 2 million euros for shelter, and that a "
                                                "team of relief experts was on its way.") if p.get("amount") is None}
    assert teams == {"planned"}
    teams = {p["status"] for p in aid_payloads(_STORM + "Norway said it would provide 20 million crowns in emergency aid, and "
                                                "that a team of medical experts had been deployed.") if p.get("amount") is None}
    assert teams == {"delivered"}
    due = [p for p in aid_payloads(_QUAKE + "Austria said it would provide 1 million euros. An Austrian team of four "
                                   "specialists in water and sanitation was due to arrive in Nepal this week.") if p.get("amount") is None]
    assert [p["status"] for p in due] == ["planned"]


def test_vehicle_in_subject_is_not_the_load() -> None:
    # `military cargo planes dropped meals`: the military plane does not make the meals military aid
    (p,) = aid_payloads("PORT-AU-PRINCE - Canada's military cargo planes dropped 12,000 meals into Haiti on Sunday.")
    assert p["aid_type"] == "humanitarian"
