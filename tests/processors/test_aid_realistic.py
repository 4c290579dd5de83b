"""aid-announced on realistic copy: classes left by aid 1.19.0 on a development round written blind to the rules.

Every sentence here is written for this file (none is copied from an evaluation set). Each class has positive cases
(the event the gold conventions want) and near misses (text that looks alike and must give no event, or not that one).
An event is compared as (donor, recipient, value, currency).
"""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_payloads, aid_tuples
from wirewatch.processors import aid


def run(text: str) -> list[tuple]:
    return aid_tuples(text, "t-aid-realistic")


def payloads(text: str) -> dict[tuple, dict]:
    out = {}
    for p in aid_payloads(text, "t-aid-realistic"):
        amount = p.get("amount") or {}
        out[(p["donor"]["canonical"], p["recipient"]["canonical"], amount.get("value"))] = p
    return out


def test_version():
    # the exact version and output are pinned together in test_producer_versions.py
    assert tuple(map(int, aid.PRODUCER.version.split("."))) >= (1, 26, 0)


# ---------------------------------------------------------------- an earlier package, dated, after `on top of`


def test_dated_earlier_package_is_its_own_event():
    text = ("Norway said on Friday it would give a further 50 million crowns to Morocco after the earthquake, "
            "on top of the 30 million crowns it announced on Tuesday.")
    kinds = {k: p["kind"] for k, p in payloads(text).items()}
    assert kinds.get(("Norway", "Morocco", 50_000_000.0)) == "new"
    assert kinds.get(("Norway", "Morocco", 30_000_000.0)) == "new"


def test_running_total_after_on_top_of_stays_cumulative():
    text = ("Norway said on Friday it would give a further 50 million crowns to Morocco, "
            "on top of the 300 million crowns Oslo has already committed.")
    kinds = {k: p["kind"] for k, p in payloads(text).items()}
    assert kinds.get(("Norway", "Morocco", 50_000_000.0)) == "new"
    assert kinds.get(("Norway", "Morocco", 300_000_000.0)) != "new"


# ---------------------------------------------------------------- money that is no aid


@pytest.mark.parametrize(
    "text, absent",
    [
        # a body's debts, a price per unit, the public's gifts to a charity
        ("Donors cut off budget support to Zambia in 2015 after auditors found $1.5 billion in hidden debts.", 1_500_000_000.0),
        ("Canada pledged $20 million to Malawi after the floods. Hotel rooms in Blantyre now cost $12 a night.", 12.0),
        ("Canada pledged $20 million to Malawi after the floods. The Canadian Red Cross said it had received "
         "$4 million in online donations from the public of $5 each.", 5.0),
        ("Canada pledged $20 million to Malawi after the floods. The Canadian Red Cross said it had received "
         "$4 million in online donations.", 4_000_000.0),
    ],
)
def test_money_that_is_no_aid(text, absent):
    assert all(t[2] != absent for t in run(text))
    assert ("Canada", "Malawi", 20_000_000.0, "USD") in run(text) or "Zambia" in text


def test_received_from_a_named_giver_is_still_aid():
    assert ("European Union", "Moldova", 60_000_000.0, "EUR") in run(
        "Moldova said it had received 60 million euros in grants from the European Union to cover its winter gas bill."
    )


# ---------------------------------------------------------------- the next clause's subject is no recipient


def test_subject_of_the_next_clause_is_no_recipient():
    text = ("A strong earthquake struck Afghanistan on Sunday. South Korea has committed $5 million, "
            "and the UN is expected to launch an appeal later this week.")
    assert ("South Korea", "Afghanistan", 5_000_000.0, "USD") in run(text)
    assert all(t[1] != "United Nations" for t in run(text))


# ---------------------------------------------------------------- a dateline's place gives nothing


def test_dateline_place_is_no_donor():
    text = ("OSAKA, Japan (AP) — Group of Seven finance ministers agreed on Saturday to lend Ukraine "
            "$20 billion backed by Russian assets.")
    assert ("G7", "Ukraine", 20_000_000_000.0, "USD") in run(text)
    assert all(t[0] != "Japan" for t in run(text))


def test_dateline_country_still_gives_when_it_is_the_subject():
    text = "TOKYO (Reuters) - Japan said on Monday it would give $10 million in emergency aid to Turkey after the earthquake."
    assert ("Japan", "Turkey", 10_000_000.0, "USD") in run(text)


# ---------------------------------------------------------------- relief in kind: a warship that sails, relief troops


def test_warship_carrying_relief_that_will_sail_is_planned_in_kind():
    text = ("Canada pledged $5 million to Haiti on Monday for survivors of the hurricane. Defence Minister Bill Blair said HMCS Halifax, "
            "a frigate carrying tents and water purification units, would sail to Haiti from Halifax this week.")
    found = payloads(text)
    assert ("Canada", "Haiti", 5_000_000.0) in found
    inkind = found.get(("Canada", "Haiti", None))
    assert inkind is not None and inkind["status"] == "planned" and inkind["aid_type"] == "humanitarian"


def test_relief_troops_are_in_kind_aid_beside_a_sum_in_an_aside():
    text = ("South Korea, whose emergency grants of $2 million were announced on Monday, said it would also send "
            "up to 300 troops to Indonesia, its largest disaster-relief deployment abroad.")
    found = payloads(text)
    assert ("South Korea", "Indonesia", 2_000_000.0) in found
    assert found[("South Korea", "Indonesia", 2_000_000.0)]["aid_type"] == "humanitarian"
    assert ("South Korea", "Indonesia", None) in found


@pytest.mark.parametrize(
    "text",
    [
        "Britain said it would send 800 troops to Estonia to reinforce NATO's eastern flank.",
        "France will send 300 troops to Romania for a NATO exercise, the defence ministry said on Monday.",
    ],
)
def test_troops_sent_anywhere_else_are_no_aid(text):
    assert run(text) == []


# ---------------------------------------------------------------- aid types


def test_development_bank_emergency_grant_is_financial():
    found = payloads("The World Bank said it would provide an emergency grant of $50 million to help restore "
                     "basic services and support reconstruction in Malawi.")
    assert found[("World Bank", "Malawi", 50_000_000.0)]["aid_type"] == "financial"


def test_in_kind_items_give_the_type():
    found = payloads("A cyclone hit Mozambique on Friday. Portugal, which has already flown in 40 rescuers and 10 tonnes "
                     "of medical equipment, said two navy ships carrying building materials were on their way.")
    assert found[("Portugal", "Mozambique", None)]["aid_type"] == "humanitarian"


def test_running_total_after_a_disaster_is_relief():
    found = payloads("A typhoon struck Vietnam on Tuesday. Australia pledged A$5 million in humanitarian aid for Vietnam. "
                     "Canada has so far provided C$3 million to Vietnam, its foreign ministry said.")
    total = found.get(("Canada", "Vietnam", 3_000_000.0))
    assert total is not None and total["kind"] == "cumulative" and total["aid_type"] == "humanitarian"


def test_running_total_without_a_disaster_keeps_no_type():
    found = payloads("Australia pledged A$5 million in humanitarian aid for Ukraine. "
                     "Canada has so far provided C$3 billion to Ukraine since the invasion, its foreign ministry said.")
    total = found.get(("Canada", "Ukraine", 3_000_000_000.0))
    assert total is None or total["aid_type"] == "unspecified"


def test_money_for_survivors_is_relief():
    found = payloads("Ireland pledged 2 million euros on Wednesday for survivors of the floods in Libya.")
    assert found[("Ireland", "Libya", 2_000_000.0)]["aid_type"] == "humanitarian"
