"""Pass aidgen: aid errors of development rounds 18-50 that recur or are plainly general (aid 1.39.0). The ringgit (`RM5
million`, `ringgit`) and `S$`; a national body under its proper name (`the Indian Navy`, `an Indian Navy ship`); no event
for a group of donors after a fronted phrase (`After the 2019 floods, donors meeting in Rome pledged`), for the aid named
again with its value in another currency (`The aid, worth about 2.9 billion won,`), for a sum named again as a
sentence's subject (`The additional 50 million euros will be channelled`), for a surveillance flight sent `to assess
damage`, for money kept for relief at home (`for domestic floods`, `covering the suspension of tax payments`) or a
country's share of a joint air defence. Sentences written for these tests; each rule has a guard case (a near sentence
that must not fire, or must still fire)."""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_tuples

_QUAKE = "YANGON (AFP) - An earthquake struck central Myanmar on Friday. "
_STORM = "MANILA (AFP) - A typhoon struck the northern Philippines on Monday. "


def _flows(text: str) -> list[tuple]:
    return sorted(aid_tuples(text), key=repr)


CASES = [
    # the ringgit and the Singapore dollar by their symbols and names
    ("ringgit-symbol", _QUAKE + "Malaysia will give RM5 million in humanitarian aid to Myanmar, its foreign minister said.",
     [("Malaysia", "Myanmar", 5000000.0, "MYR")]),
    ("ringgit-word", _QUAKE + "Malaysia pledged 3 million ringgit in emergency relief for Myanmar on Saturday.",
     [("Malaysia", "Myanmar", 3000000.0, "MYR")]),
    ("singapore-dollar-symbol", _QUAKE + "Singapore will contribute S$1 million in relief to Myanmar, its ministry said.",
     [("Singapore", "Myanmar", 1000000.0, "SGD")]),
    ("guard-rm-in-word", _QUAKE + "The storm damaged 40 farms and 5 warehouses in Myanmar, officials said.", []),
    # a national body under its proper name, or one of its carriers
    ("navy-proper-name", _QUAKE + "The Thai Navy delivered 20 tonnes of medicines and blankets to Myanmar on Sunday.",
     [("Thailand", "Myanmar", None, None)]),
    ("navy-ship", _QUAKE + "A Chinese Navy ship delivered tents and medicines to Myanmar on Sunday.",
     [("China", "Myanmar", None, None)]),
    ("air-force-plane", _STORM + "A Japanese Air Force plane delivered tents and water purifiers to the Philippines on Tuesday.",
     [("Japan", "Philippines", None, None)]),
    ("guard-navy-rescue", _QUAKE + "The Thai Navy said on Sunday it had rescued 30 fishermen off the coast of Myanmar.", []),
    # a group of donors after a fronted phrase: many givers, no one's aid
    ("fronted-donors", _STORM + "Japan will give $3 million to the Philippines. After the 2013 typhoon, donors at a meeting "
     "in Tokyo pledged nearly 2 billion dollars for reconstruction, but much of it never came.",
     [("Japan", "Philippines", 3000000.0, "USD")]),
    ("fronted-countries", _STORM + "Japan will give $3 million to the Philippines. At talks in Manila last week, other countries "
     "promised about 1 billion dollars for rebuilding.",
     [("Japan", "Philippines", 3000000.0, "USD")]),
    ("guard-fronted-named-donor", _STORM + "Japan will give $3 million to the Philippines. After the typhoon, Australia pledged "
     "5 million dollars for reconstruction.",
     [("Australia", "Philippines", 5000000.0, "USD"), ("Japan", "Philippines", 3000000.0, "USD")]),
    # the aid named again, its value in another currency
    ("same-aid-worth", _STORM + "South Korea will provide $3 million in humanitarian aid to the Philippines, its ministry said. "
     "The aid, worth about 4 billion won, will go through UN agencies.",
     [("South Korea", "Philippines", 3000000.0, "USD")]),
    ("same-package-valued", _QUAKE + "Italy will send 2 million euros in emergency aid to Myanmar. The package, valued at some "
     "$2.2 million, will pay for tents.",
     [("Italy", "Myanmar", 2000000.0, "EUR")]),
    ("guard-worth-no-sum-before", _QUAKE + "Italy will send tents and blankets to Myanmar. The aid, worth about 2 million "
     "euros, will arrive on Monday.",
     [("Italy", "Myanmar", None, None), ("Italy", "Myanmar", 2000000.0, "EUR")]),
    # a sentence that opens on a sum given before: its donor is the one named before, not a country of a later clause
    ("the-sum-again", _STORM + "Australia will give 20 million dollars in relief to the Philippines, its foreign minister said. "
     "The additional 20 million dollars will be channelled through UN agencies and aid groups for food and shelter, she "
     "said, adding that the government would work with Japan to open an air bridge.",
     [("Australia", "Philippines", 20000000.0, "USD")]),
    ("guard-same-sum-other-giver", _STORM + "Australia will give 20 million dollars in relief to the Philippines. Japan "
     "will also give 20 million dollars in relief to the Philippines.",
     [("Australia", "Philippines", 20000000.0, "USD"), ("Japan", "Philippines", 20000000.0, "USD")]),
    # a surveillance flight sent to look at the damage gives nothing
    ("surveillance-to-assess", "SUVA (AFP) - A cyclone struck Fiji on Sunday. Australia sent a P-3 surveillance aircraft to "
     "survey damage on the outer islands, its high commission said.", []),
    ("guard-surveillance-given", "KYIV (AFP) - Britain sent two surveillance aircraft to Ukraine on Monday, its defence "
     "ministry said.", [("United Kingdom", "Ukraine", None, None)]),
    # money kept for relief at home, a share of a joint air defence
    ("domestic-allocation", _QUAKE + "Malaysia will give RM4 million in humanitarian aid to Myanmar. The government's own relief "
     "fund, which has an allocation of RM400 million this year for domestic floods, will not be touched, the minister said.",
     [("Malaysia", "Myanmar", 4000000.0, "MYR")]),
    ("domestic-tax-package", "NAPLES (ANSA) - Floods hit Calabria last week. The cabinet of Prime Minister Giorgia Meloni "
     "approved a package worth 1.5 billion euros on Monday, covering the deferral of tax payments and help for farmers. The "
     "region has asked the European Union for help.", []),
    ("guard-tax-words-abroad", "ROME (ANSA) - Floods hit Libya. Italy approved 20 million euros in aid for Libya, covering "
     "tents and the suspension of tax payments for Italian firms there.", [("Italy", "Libya", 20000000.0, "EUR")]),
    ("own-air-defence-share", "OTTAWA (Reuters) - Canada will give Ukraine 300 million dollars in military aid, the defence "
     "minister said. Canada has also committed $2 billion over five years to modernize its share of the continent's air "
     "defence.",
     [("Canada", "Ukraine", 300000000.0, "CAD")]),
    ("guard-air-defence-for-ukraine", "OTTAWA (Reuters) - Canada will give Ukraine 300 million dollars to strengthen its air "
     "defence, the defence minister said.",
     [("Canada", "Ukraine", 300000000.0, "CAD")]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_aidgen_constructions(name: str, text: str, expected: list[tuple]) -> None:
    assert _flows(text) == sorted(expected, key=repr)
