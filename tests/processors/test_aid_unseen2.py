"""aid-announced on unseen copy, second pass: classes left by aid 1.15.0 (found on the blind rounds 26-28).

Every sentence here is written for this file (none is copied from an evaluation set). Each class has positive cases
(the event the gold conventions want) and traps (text that looks alike and must give no event, or not that one).
An event is compared as (donor, recipient, value, currency).
"""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_payloads


def events(text: str) -> list[dict]:
    return aid_payloads(text, "t-aid-unseen2")


def run(text: str) -> list[tuple]:
    out = []
    for p in events(text):
        amount = p.get("amount") or {}
        out.append((p["donor"]["canonical"], p["recipient"]["canonical"], amount.get("value"), amount.get("currency")))
    return out


def statuses(text: str) -> dict[tuple, str]:
    return {
        (p["donor"]["canonical"], p["recipient"]["canonical"], (p.get("amount") or {}).get("value")): p["status"]
        for p in events(text)
    }


# ---------------------------------------------------------------- a second giver's clause after `while` / `, and`


@pytest.mark.parametrize(
    "text, donor, value, status",
    [
        ("The IMF approved a $5 billion loan for Kenya on Friday. The World Bank said it would provide $2 billion over "
         "two years, while the African Development Bank announced up to $1 billion.",
         "African Development Bank", 1e9, "announced"),
        ("The World Bank said it would provide $300 million for Malawi, whereas the European Union has offered about "
         "$120 million.", "European Union", 120e6, "announced"),
        ("The Asian Development Bank will lend $400 million to Laos, and the World Bank put up another $150 million.",
         "World Bank", 150e6, None),
    ],
)
def test_second_giver_after_while(text, donor, value, status):
    got = run(text)
    hits = [e for e in got if e[0] == donor and e[2] == pytest.approx(value)]
    assert len(hits) == 1, got
    if status:
        assert statuses(text)[(hits[0][0], hits[0][1], hits[0][2])] == status


@pytest.mark.parametrize(
    "text, value",
    [
        # the recipient's own sum: no giver of aid
        ("The World Bank will lend $2 billion to Kenya, while Kenya announced $1 billion.", 1e9),
        # money that is no aid in the second clause
        ("The World Bank will lend $2 billion to Kenya, while the IMF announced $3 billion of losses.", 3e9),
        ("The World Bank will lend $2 billion to Kenya, while the central bank announced $8 billion in reserves.", 8e9),
        # no aid sum before the join
        ("Kenya's debt reached $80 billion, while the African Development Bank announced $1 billion.", 1e9),
    ],
)
def test_second_giver_traps(text, value):
    assert not any(e[2] == pytest.approx(value) for e in run(text)), run(text)


# ---------------------------------------------------------------- a relative clause naming another actor


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Qatar will help pay the salaries of Lebanon's soldiers, providing $60 million over six months, in a grant that "
         "Washington has exempted from U.S. sanctions, sources said.",
         ("Qatar", "Lebanon", 60e6, "USD")),
        ("Kuwait will provide $40 million to Jordan in a grant which Washington has welcomed.",
         ("Kuwait", "Jordan", 40e6, "USD")),
        ("Norway gave $25 million to Sudan through a fund that Britain set up last year.",
         ("Norway", "Sudan", 25e6, "USD")),
    ],
)
def test_relative_clause_of_another_actor(text, expected):
    assert run(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the relative clause names the giver of the sum
        ("Kenya will get the $30 million that Japan has pledged.", ("Japan", "Kenya", 30e6, "USD")),
        # or its recipient
        ("Japan approved $200 million in loans, which Ukraine will receive next year.", ("Japan", "Ukraine", 200e6, "USD")),
    ],
)
def test_relative_clause_of_the_giver_or_recipient(text, expected):
    assert expected in run(text)


# ---------------------------------------------------------------- a participle takes its clause's tense


@pytest.mark.parametrize(
    "text, key, status",
    [
        ("Qatar will help pay the salaries of Lebanon's soldiers, providing $60 million in grants over six months.",
         ("Qatar", "Lebanon", 60e6), "planned"),
        ("Saudi Arabia would help rebuild schools in Yemen, giving $90 million over two years.",
         ("Saudi Arabia", "Yemen", 90e6), "planned"),
        # no future in the clause: the participle stays as it is
        ("Japan stepped up its support for Ukraine, providing $200 million in loans.",
         ("Japan", "Ukraine", 200e6), "announced"),
    ],
)
def test_participle_status(text, key, status):
    assert statuses(text).get(key) == status, statuses(text)


# ---------------------------------------------------------------- `for each of X and Y`: one event per recipient


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Saudi Arabia pledged $30 million for each of Pakistan and Afghanistan.",
         [("Saudi Arabia", "Pakistan", 30e6, "USD"), ("Saudi Arabia", "Afghanistan", 30e6, "USD")]),
        ("Kuwait will give $15 million in emergency aid to each of Lebanon, Jordan and Iraq.",
         [("Kuwait", "Lebanon", 15e6, "USD"), ("Kuwait", "Jordan", 15e6, "USD"), ("Kuwait", "Iraq", 15e6, "USD")]),
        ("Japan has allocated $4 million in relief for each of Nepal and Bhutan.",
         [("Japan", "Nepal", 4e6, "USD"), ("Japan", "Bhutan", 4e6, "USD")]),
    ],
)
def test_sum_for_each_recipient(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one sum for two recipients together: the first-named one's event
        ("Saudi Arabia pledged $30 million for Pakistan and Afghanistan.", [("Saudi Arabia", "Pakistan", 30e6, "USD")]),
        # `each of` places inside one country
        ("Japan pledged $10 million for each of the flooded provinces in Pakistan.", [("Japan", "Pakistan", 10e6, "USD")]),
    ],
)
def test_sum_for_each_traps(text, expected):
    assert run(text) == expected


# ---------------------------------------------------------------- a donor named by its ruler


@pytest.mark.parametrize(
    "text, expected",
    [
        ("King Abdullah ordered $10 million in aid for Syria after the floods.", ("Jordan", "Syria", 10e6, "USD")),
        ("President Sheikh Mohamed bin Zayed has directed $20 million in relief for Sudan.",
         ("United Arab Emirates", "Sudan", 20e6, "USD")),
        ("Sheikh Tamim bin Hamad Al Thani pledged $25 million in humanitarian aid to Afghanistan.",
         ("Qatar", "Afghanistan", 25e6, "USD")),
        ("The emir of Qatar ordered $5 million in aid for Libya.", ("Qatar", "Libya", 5e6, "USD")),
        ("The UAE's president has directed $50 million in relief for Morocco.", ("United Arab Emirates", "Morocco", 50e6, "USD")),
    ],
)
def test_donor_named_by_ruler(text, expected):
    assert run(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the ruler as the one who receives or meets, not a giver
        "King Abdullah met officials in Amman to discuss the $2 billion budget deficit.",
        # a ruler's title with no name the module knows: no donor invented
        "King Felipe visited the flooded towns on Tuesday.",
    ],
)
def test_ruler_traps(text):
    assert run(text) == []


# ---------------------------------------------------------------- relief teams arriving, named by coordinated demonyms


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Floods hit Libya. Egyptian and Turkish search and rescue teams arrived in the east of the country on Tuesday.",
         [("Egypt", "Libya", None, None), ("Turkey", "Libya", None, None)]),
        ("Floods hit Libya. Algerian, Tunisian and Turkish medical teams have arrived in Benghazi.",
         [("Algeria", "Libya", None, None), ("Tunisia", "Libya", None, None), ("Turkey", "Libya", None, None)]),
        ("A cyclone hit Mozambique. Kenyan rescue teams arrived in the north of the country on Sunday.",
         [("Kenya", "Mozambique", None, None)]),
        # the names of a subject before the arrival's own auxiliary: one subject, not two clauses
        ("An earthquake hit Nepal. Two U.S. rescue teams from Virginia and Los Angeles County have arrived in the "
         "western province of Karnali, USAID said.", [("United States", "Nepal", None, None)]),
    ],
)
def test_relief_teams_arriving(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # people who carry no relief
        "Floods hit Libya. Egyptian officials arrived in Benghazi on Tuesday.",
        "Floods hit Libya. Indian and Pakistani diplomats arrived in Benghazi for talks.",
        # a demonym of the local list away from a carrier names no one
        "An earthquake hit Nepal. Indian markets fell, and rescue teams have arrived in Karnali.",
    ],
)
def test_relief_teams_traps(text):
    assert run(text) == []


# ---------------------------------------------------------------- an in-kind transfer in its own clause beside a sum


@pytest.mark.parametrize(
    "text, expected, status",
    [
        ("Floods hit Libya. Britain said it would provide up to 2 million pounds in emergency support, and Italy sent a "
         "navy ship carrying rescue equipment and tents to Benghazi.", ("Italy", "Libya", None, None), "delivered"),
        ("A cyclone hit Myanmar. Japan pledged $3 million in emergency aid, and Thailand will send two planes carrying "
         "tents and food.", ("Thailand", "Myanmar", None, None), "planned"),
    ],
)
def test_transfer_in_own_clause_beside_sum(text, expected, status):
    got = run(text)
    assert expected in got, got
    assert statuses(text)[expected[:3]] == status


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sum's own verb with its items: one valued event, no in-kind one beside it
        ("A cyclone hit Myanmar. Japan sent $3 million in emergency aid, including tents and food.",
         [("Japan", "Myanmar", 3e6, "USD")]),
        # a trip, no load, in the other clause
        ("A cyclone hit Myanmar. Japan pledged $3 million in emergency aid, and Thailand sent its foreign minister to Yangon.",
         [("Japan", "Myanmar", 3e6, "USD")]),
    ],
)
def test_transfer_in_own_clause_traps(text, expected):
    assert run(text) == expected


# ---------------------------------------------------------------- a delivery named by where it came from


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Zelensky said the first Gripen jets had arrived in Ukraine. The first batch of aircraft came from Sweden and "
         "the Netherlands, which lead the coalition.",
         [("Sweden", "Ukraine", None, None), ("Netherlands", "Ukraine", None, None)]),
        ("Floods hit Pakistan. The first shipment of tents and blankets came from the United Arab Emirates, Turkey and Japan.",
         [("United Arab Emirates", "Pakistan", None, None), ("Turkey", "Pakistan", None, None), ("Japan", "Pakistan", None, None)]),
    ],
)
def test_delivery_came_from(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked Ukraine overnight. The missiles that hit Kyiv came from Iran.",  # an attack, no delivery
        "Floods hit Pakistan. The money came from Germany.",  # no items
        "Floods hit Pakistan. The first tents came from Turkey's own stocks.",  # a possessor, not a giver
        "Floods hit Pakistan. Most of the refugees came from Afghanistan.",  # people who fled
    ],
)
def test_delivery_came_from_traps(text):
    assert run(text) == []


# ---------------------------------------------------------------- the same giver's shipment beside its sum


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fighting displaced a million people in Lebanon. The European Commission said it would provide an additional "
         "20 million euros for shelter, and has sent medical supplies and shelter kits through its air bridge, with the "
         "first flight landing in Beirut on Saturday.",
         [("European Union", "Lebanon", 20e6, "EUR"), ("European Union", "Lebanon", None, None)]),
        ("Floods hit Pakistan. Japan pledged $3 million in emergency aid and has sent tents and blankets to Karachi.",
         [("Japan", "Pakistan", 3e6, "USD"), ("Japan", "Pakistan", None, None)]),
    ],
)
def test_shipment_beside_own_sum(text, expected):
    assert run(text) == expected
    assert statuses(text)[expected[1][:3]] == "delivered"


@pytest.mark.parametrize(
    "text",
    [
        # the sum pays for the items: one event
        "Floods hit Pakistan. Japan pledged $3 million to buy tents and has sent them.",
        # a plan, not a shipment that happened
        "Floods hit Pakistan. Japan pledged $3 million in emergency aid and will send tents and blankets.",
    ],
)
def test_shipment_beside_own_sum_traps(text):
    assert len(run(text)) == 1, run(text)


# ---------------------------------------------------------------- a relief air bridge


@pytest.mark.parametrize(
    "text, expected, status",
    [
        ("The European Commission announced 20 million euros in aid for Sudan. The Commission is also setting up a "
         "humanitarian air bridge to Chad to move supplies from EU warehouses to Sudan.",
         ("European Union", "Sudan", None, None), "planned"),
        ("Fighting continued in Sudan. The EU has launched a humanitarian air bridge to deliver medicine and tents to Sudan.",
         ("European Union", "Sudan", None, None), "delivered"),
        ("Fighting continued in Sudan. Three EU Humanitarian Air Bridge flights carrying medicine and tents landed in Port Sudan.",
         ("European Union", "Sudan", None, None), "delivered"),
    ],
)
def test_air_bridge(text, expected, status):
    got = run(text)
    assert expected in got, got
    assert statuses(text)[expected[:3]] == status


@pytest.mark.parametrize(
    "text",
    [
        "Fighting continued in Sudan. Officials discussed whether to open an air bridge.",  # no one sets it up
        "Floods hit Germany. The government opened a new road bridge over the Rhine.",  # no air bridge
        "Fighting continued in Sudan. The EU refused to set up an air bridge to Sudan.",  # refused
    ],
)
def test_air_bridge_traps(text):
    assert run(text) == []
