"""Pass aid46: aid recipients and donors in conference and channel copy (aid 1.34.0). Sentences written for these
tests; each rule has a guard case (a near sentence that must not fire)."""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_payloads, aid_tuples

_QUAKE = "KATHMANDU, Nepal - A strong earthquake hit Nepal on Sunday. "
_STORM = "LILONGWE, Malawi - A tropical storm hit Malawi this week. "


def _flows(text: str) -> list[tuple]:
    return sorted(aid_tuples(text), key=repr)


def _parts(text: str) -> list[tuple]:
    return sorted(((p["amount"] or {}).get("value"), len(p.get("parts") or [])) for p in aid_payloads(text))


CASES = [
    # an agency and the stricken country's own Red Cross share the money: the country receives
    ("agency-and-national-red-cross", _STORM + "Finland said it would give 3 million euros to the World Food Programme and "
     "the Malawian Red Cross for food and shelter.", [("Finland", "Malawi", 3000000.0, "EUR")]),
    ("guard-agency-alone", "Finland said it would give 3 million euros to the World Food Programme, the ministry said.",
     [("Finland", "World Food Programme", 3000000.0, "EUR")]),
    # `the UN's <fund> (ABBR) said it had released`: the fund gives, the stricken country receives
    ("owned-fund-with-abbreviation", _QUAKE + "The UN's Central Emergency Response Fund (CERF) said it had released $4 million "
     "for shelter in the hills.", [("Central Emergency Response Fund", "Nepal", 4000000.0, "USD")]),
    ("guard-fund-as-channel", _QUAKE + "Ireland said it would give $4 million to the Central Emergency Response Fund (CERF).",
     [("Ireland", "Central Emergency Response Fund", 4000000.0, "USD")]),
    # a co-host of the meeting is no recipient
    ("co-host-not-recipient", "AMMAN - Donors pledged $900 million for Syria at a conference on Tuesday. Austria, which co-hosted "
     "the meeting with Jordan, pledged 12 million euros.", [("Austria", "Syria", 12000000.0, "EUR")]),
    ("guard-host-receives", "AMMAN - Austria pledged 12 million euros to Jordan on Tuesday.", [("Austria", "Jordan", 12000000.0, "EUR")]),
    # a transfer named only as what an initiative is an alternative to is none; the fallback then finds the receiver
    ("alternative-to-plan", "VILNIUS - Estonia and Latvia pledged money on Monday for a Polish-led scheme to buy drones for Ukraine. "
     "Estonia said it would contribute 20 million euros to the scheme. The scheme has been praised in Kyiv as a cheaper "
     "alternative to NATO's plan to supply drones next year.", [("Estonia", "Ukraine", 20000000.0, "EUR")]),
    ("guard-plan-to-supply", "VILNIUS - NATO has a plan to supply drones to Ukraine next year.", [("NATO", "Ukraine", None, None)]),
    # where the aid arrives is the receiver when the sum's sentence names none
    ("arrived-in-fallback", "WARSAW - The first drones bought under the Polish-led scheme have arrived in Ukraine, Poland's defence "
     "ministry said. Poland has collected funds from 12 countries, and Warsaw hopes for more. Estonia said it would contribute "
     "20 million euros to the scheme.",
     [("Estonia", "Ukraine", 20000000.0, "EUR")]),
    # a country's own realm and its own defence package are spending at home
    ("own-realm", "NUUK - The United States has long kept an air base on the island. Denmark pays Greenland an annual grant "
     "of about 4 billion kroner, officials said.", []),
    ("defence-package-no-recipient", "COPENHAGEN - US officials welcomed the move on Monday. Denmark has announced a new Arctic "
     "defence package of 12 billion kroner this year.", []),
    ("guard-defence-package-for-other", "COPENHAGEN - Denmark has announced a defence package of 2 billion kroner for Ukraine.",
     [("Denmark", "Ukraine", 2000000000.0, "DKK")]),
    # relief teams named by their trade
    ("civil-protection-team", _STORM + "Austria sent a team of civil protection specialists.", [("Austria", "Malawi", None, None)]),
    ("guard-team-of-lawyers", _STORM + "Austria sent a team of legal experts to advise the parliament.", []),
    # a bare `dollars` in a local outlet's copy is the local dollar
    ("guard-us-dollars", "OTTAWA - Canada will provide 200 million US dollars in military aid to Ukraine.",
     [("Canada", "Ukraine", 200000000.0, "USD")]),
    ("bare-dollars-local-dateline", "OTTAWA - Canada will provide 200 million dollars in military aid to Ukraine.",
     [("Canada", "Ukraine", 200000000.0, "CAD")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=n) for n, t, e in CASES])
def test_constructions(text: str, expected: list[tuple]) -> None:
    assert _flows(text) == sorted(expected, key=repr)


PART_CASES = [
    # a package `split in two parts:` whose sums in crowns add up to it is one event with two parts
    ("split-in-two-parts", "OSLO - Norway will send a new military aid package worth 3 billion crowns to Ukraine, the ministry said. "
     "The package is split in two parts: 2 billion crowns will go to air defence, and 1 billion crowns will finance drones "
     "made in Ukraine under a joint model, in which donor money is paid straight to the makers.", [(3000000000.0, 2)]),
    ("guard-two-sums-not-adding-up", "OSLO - Norway will send a new military aid package worth 3 billion crowns to Ukraine. "
     "Sweden will give 2 billion crowns to Ukraine, and Finland 1.5 billion euros to Ukraine.",
     [(1500000000.0, 0), (2000000000.0, 0), (3000000000.0, 0)]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=n) for n, t, e in PART_CASES])
def test_parts(text: str, expected: list[tuple]) -> None:
    assert _parts(text) == sorted(expected)
