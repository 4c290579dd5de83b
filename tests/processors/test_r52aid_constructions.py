"""Aid events missed and wrong: constructions of pass r52aid (aid 1.41.0).

Invented wire copy (other donors, recipients, disasters and word orders than round 52's). The classes:

- relief in kind carried by a nation's air force transport, named by its type after the country's name (`A Royal Norwegian
  Air Force Hercules carrying tents ... landed at the airport`), or by a national relief team's own name that holds no
  name of its country the gazetteer knows (`A 60-member Korea Disaster Relief Team ... arrived`), arrives from its country;
- an arrival with no place, its load after `with` (`A Chilean air force plane also arrived on Friday with rescuers`);
- a load named after the arrival ends before the sentence's closing attribution (`..., Peru's defence minister said`: no
  dignitary on board);
- rescuers of a civil security or civil defence corps, military firefighters and `emergency supplies` are relief, not arms;
- an international organisation named after the arrival (`, the UN children's agency said`) is no place relief arrives in;
- `The package is split in two: 1 million dollars for ... and 500,000 dollars through ...`: the parts of the package
  named before, in the local dollar the package was read in;
- a shipment that landed, named too as one of the flights a giver promised, is delivered;
- an offer turned down (`had offered to send a rescue team, but Manila said it did not need foreign teams`), the capital a
  fund was set up with and a loan still in preparation give no event.

Guards: an arrival with `with` but no vehicle as subject gives nothing; an offer not turned down stays an event; a loan
approved stays aid; a fund's sum given (`from the fund, Norway will give`) stays aid; a split with no package before makes
no parts; troops of a civil defence ministry sent to fight are not relief.
"""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_payloads


def _events(text: str) -> list[tuple]:
    out = []
    for p in aid_payloads(text):
        amount = p.get("amount") or {}
        out.append((p["donor"]["canonical"], p["recipient"]["canonical"], amount.get("value"), amount.get("currency"),
                    p["kind"], p.get("aid_type"), p["status"]))
    return sorted(out, key=repr)


def _flows(text: str) -> list[tuple]:
    return sorted({(d, r, v) for d, r, v, *_ in _events(text)}, key=repr)


_QUAKE_FIJI = "SUVA, Jan 4 - A strong earthquake struck Fiji on Monday, killing at least 30 people. "
_FLOOD_PERU = "LIMA, March 9 - Floods and mudslides have killed dozens of people in Peru. "

CASES = [
    # a nation's air force transport by its type
    ("air-force-hercules", _QUAKE_FIJI + "A Royal Norwegian Air Force Hercules carrying tents and a medical team landed at Nausori airport "
     "on Tuesday, the Norwegian embassy said.",
     [("Norway", "Fiji", None, None, "new", "humanitarian", "delivered")]),
    ("country-name-c130", _QUAKE_FIJI + "A New Zealand Air Force C-130 carrying blankets and water containers landed at Nadi airport "
     "on Tuesday night, the defence force said.",
     [("New Zealand", "Fiji", None, None, "new", "humanitarian", "delivered")]),
    # a national relief team by its own name
    ("named-team", "ANKARA, Oct 2 - An earthquake struck eastern Turkey on Sunday. A 60-member Korea Disaster Relief Team, made up of "
     "firefighters and medics, arrived in Van province on Monday and began searching the rubble, officials said.",
     [("South Korea", "Turkey", None, None, "new", "humanitarian", "delivered")]),
    # an arrival with no place, the load after `with`
    ("arrived-day-with", _FLOOD_PERU + "A Chilean air force plane also arrived on Friday with rescuers and medical staff, the Chilean "
     "foreign ministry said.",
     [("Chile", "Peru", None, None, "new", "humanitarian", "delivered")]),
    # the load before a closing attribution; military firefighters
    ("load-before-attribution", _FLOOD_PERU + "Colombian air force planes landed at Lima's airport on Sunday carrying 40 military "
     "firefighters and rescue equipment, Colombia's defence minister said on Monday.",
     [("Colombia", "Peru", None, None, "new", "humanitarian", "delivered")]),
    # civil security specialists, emergency supplies
    ("civil-security", _QUAKE_FIJI + "A team of French civil security rescuers and four tonnes of relief supplies arrived in Fiji on "
     "Wednesday from New Caledonia.",
     [("France", "Fiji", None, None, "new", "humanitarian", "delivered")]),
    ("emergency-supplies", _QUAKE_FIJI + "A Royal Australian Air Force C-17 carrying emergency supplies landed in Suva on Wednesday, "
     "the defence force said.",
     [("Australia", "Fiji", None, None, "new", "humanitarian", "delivered")]),
    # an organisation after the arrival is the speaker
    ("agency-speaker", _FLOOD_PERU + "The first shipment of UNICEF hygiene kits and water purification tablets arrived in Piura on "
     "Friday, the UN children's agency said.",
     [("UNICEF", "Peru", None, None, "new", "humanitarian", "delivered")]),
    # a package split in two, local dollars
    ("split-in-two-local", "CANBERRA (AAP) - Australia will provide a 3 million dollar humanitarian package to Fiji after a strong "
     "earthquake, Foreign Minister Penny Wong said on Monday. The package is split in two: 2 million dollars for the Fijian "
     "government's relief effort and 1 million dollars through the Fiji Red Cross for shelter, she said.",
     [("Australia", "Fiji", 3e6, "AUD", "new", "humanitarian", "planned")]),
    # a shipment landed, named as one of the promised flights
    ("landed-promised", _FLOOD_PERU + "Two Brazilian air force planes carrying food and tents landed in Lima on Monday, the first of "
     "several relief flights promised by Brasilia, the embassy said.",
     [("Brazil", "Peru", None, None, "new", "humanitarian", "delivered")]),
    # an offer turned down
    ("offer-declined", "TAIPEI, Sept 5 - A typhoon struck the northern Philippines. Taiwan will donate 500,000 dollars in relief aid "
     "to the Philippines, the foreign ministry said. It said Taiwan had also offered to send a search and rescue team, but Manila "
     "replied that it did not need foreign teams for now.",
     [("Taiwan", "Philippines", 5e5, "USD", "new", "humanitarian", "planned")]),
    # a fund's founding capital
    ("fund-founding-capital", "OSLO, Feb 2 - Norway will give Ukraine military aid worth 2 billion crowns, the defence minister said. "
     "The money comes from the Nansen Fund, which parliament set up in 2023 with 75 billion crowns for aid until 2027.",
     [("Norway", "Ukraine", 2e9, "NOK", "new", "military", "planned")]),
    # a loan still in preparation
    ("loan-preparing", "MANILA, Oct 3 - The Asian Development Bank will provide a 2 million dollar grant to help Bangladesh after "
     "Cyclone Remal, the lender said. The bank also said it was preparing a 200 million dollar loan for coastal defences, which "
     "it expects to approve next year.",
     [("Asian Development Bank", "Bangladesh", 2e6, "USD", "new", "financial", "planned")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=n) for n, t, e in CASES])
def test_constructions(text: str, expected: list[tuple]) -> None:
    assert _events(text) == sorted(expected, key=repr)


def test_guard_with_but_no_vehicle_gives_nothing() -> None:
    text = _FLOOD_PERU + "The Chilean football team arrived on Friday with its own doctors, the federation said."
    assert _events(text) == []


def test_guard_offer_not_turned_down_stays_event() -> None:
    text = ("TAIPEI, Sept 5 - A typhoon struck the northern Philippines. Taiwan has offered to send a search and rescue team to the "
            "Philippines, but the team is still waiting for flights, the ministry said.")
    assert [(d, r) for d, r, *_ in _events(text)] == [("Taiwan", "Philippines")]


def test_guard_loan_approved_stays_aid() -> None:
    text = ("MANILA, Oct 3 - The Asian Development Bank approved a 200 million dollar loan to Bangladesh for coastal defences "
            "after Cyclone Remal, the lender said.")
    assert _flows(text) == [("Asian Development Bank", "Bangladesh", 2e8)]


def test_guard_sum_from_fund_stays_aid() -> None:
    text = ("OSLO, Feb 2 - Norway will give Ukraine 3 billion crowns in military aid from the Nansen Fund, which was set up with "
            "parliament's backing, the defence minister said.")
    assert _flows(text) == [("Norway", "Ukraine", 3e9)]


def test_guard_split_without_package_before_makes_no_parts() -> None:
    text = ("WELLINGTON (RNZ) - A cyclone struck Tonga. The money is split in two: 1 million dollars from New Zealand for Tonga's "
            "emergency response and 500,000 dollars from Australia for shelter, officials said.")
    assert all(p.get("parts") in (None, []) for p in aid_payloads(text))


def test_guard_named_team_without_relief_gives_nothing() -> None:
    text = ("SEOUL, May 2 - A 20-member Korea Disaster Relief Team arrived in Manila on Tuesday for a joint training exercise "
            "with Philippine officials.")
    assert _events(text) == []
