"""Pass aiddem: a giver named by a demonym or a national body before the carrier, troops or team (`Canadian planes
dropped food`, `British troops delivered tents`, `the Indian navy shipped relief`, `, while Italian military aircraft have
flown ...` beside the giver's sum) (aid 1.37.0). Sentences written for these tests; guards must not fire."""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_tuples

_STORM = "SUVA - A cyclone struck Fiji on Sunday. "
_QUAKE = "TRIPOLI - Floods hit eastern Libya on Sunday. "


def _flows(text: str) -> list[tuple]:
    return sorted(aid_tuples(text), key=repr)


CASES = [
    # a demonym before a nation's carriers, troops or team is the giver
    ("demonym-planes-dropped", _STORM + "Australian planes dropped food and water into Fiji on Monday.",
     [("Australia", "Fiji", None, None)]),
    ("demonym-planes-delivered", _STORM + "Canadian planes delivered tents to Fiji on Monday.", [("Canada", "Fiji", None, None)]),
    ("demonym-troops-delivered", _STORM + "British troops delivered blankets and tents to Fiji on Monday.",
     [("United Kingdom", "Fiji", None, None)]),
    ("demonym-soldiers", _STORM + "Dutch marines handed out food parcels and water to Fiji on Monday.",
     [("Netherlands", "Fiji", None, None)]),
    ("demonym-navy-delivered", _STORM + "The French navy delivered 40 tonnes of relief supplies to Fiji on Tuesday.",
     [("France", "Fiji", None, None)]),
    # a demonym read only before a relief carrier now covers a navy, with `shipped` after `navy` as the verb
    ("relief-demonym-navy-shipped", _STORM + "The Indian navy shipped 30 tonnes of relief to Fiji on Tuesday.",
     [("India", "Fiji", None, None)]),
    ("relief-demonym-troops", _STORM + "Thai soldiers delivered tents to Fiji on Tuesday.", [("Thailand", "Fiji", None, None)]),
    # the carriers' own clause beside the giver's sum: a shipment of its own
    ("carrier-clause-beside-sum", _STORM + "Japan pledged 2 million dollars, while Japanese military aircraft have already "
     "flown 20 tonnes of food and medicine to Fiji.",
     [("Japan", "Fiji", 2000000.0, "USD"), ("Japan", "Fiji", None, None)]),
    # `the <Demonym> military delivered`: a past after `the ... military` is its verb, not `military supplies`
    ("the-military-delivered", _STORM + "The Canadian military delivered tents and water to Fiji on Monday.",
     [("Canada", "Fiji", None, None)]),
    # guards
    ("guard-military-supplies-noun", _STORM + "Australia said the military supplies it keeps in Darwin were ready.", []),
    ("guard-own-rescuers", _QUAKE + "Libyan rescuers delivered food to survivors in Derna on Monday.", []),
    ("guard-firm-sold", _STORM + "A Canadian firm sold generators to Fiji on Monday.", []),
    ("guard-troops-fired", _STORM + "Russian troops fired missiles at Ukraine on Monday.", []),
    ("guard-navy-exercise", "SUVA - Indian navy ships held a joint exercise with Fiji's navy on Monday.", []),
    ("guard-clause-no-carrier", _STORM + "Japan pledged 2 million dollars, while its exporters have shipped rice to Fiji.",
     [("Japan", "Fiji", 2000000.0, "USD")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=n) for n, t, e in CASES])
def test_aiddem_constructions(text: str, expected: list[tuple]) -> None:
    assert _flows(text) == sorted(expected, key=repr)
