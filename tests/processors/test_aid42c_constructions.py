"""Aid types from a package's framing, relief carried by a ship that sails for a place, and relief deliveries a giver paid
for (aid 1.31.0, pass aid42c).

Invented sentences, other donors, recipients, verbs and tenses than the development sets'. The classes of the pass:

- a part of a package and the remainder named after it with purposes of two kinds (`Of the total, N will go to military
  purposes, with the rest for civilian needs`, `..., and the remainder going to humanitarian projects`): mixed;
- a sum `split between` / `divided between` two purposes of two kinds (relief and stabilisation or development
  projects, arms and civilian needs): mixed;
- a running total in a sentence led by what it counts in (`Including the new package, ...`, `Counting this year's money,
  ...`) takes the type of the package it counts (the same donor's and recipient's last new sum) when it names none;
- a ship that `set sail` / `sailed from <port> (on <day>) for <place>` with relief (`carrying`, `with`): relief in kind
  delivered to that place;
- a sum `of which` most `will go to` one country and the rest to several: that country's aid (not an envelope of
  equals, which stays dropped);
- relief deliveries a giver `paid for` / `will pay for` to a place (`paid for fuel deliveries to X's hospitals`, `will pay
  for the shipment of tents to X`), with the giver named before an aside (`Oman, a mediator in the talks, said it had`).

Guards: a part and a remainder of one kind keep the package's type; a sum split between two relief purposes stays
humanitarian; a total with a type of its own keeps it; a ship that sails for a place with no relief, a ferry with
tourists give nothing; paying for the transport of troops, a denied payment, deliveries to one's own regions give
nothing; a paid delivery of ammunition is left alone (relief only).
"""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_payloads
from tests.marks import xf


def _rows(text: str) -> list[tuple]:
    out = []
    for p in aid_payloads(text):
        a = p.get("amount") or {}
        out.append((p["donor"]["canonical"], p["recipient"]["canonical"], a.get("value"), a.get("currency"),
                    p["kind"], p["status"], p["aid_type"]))
    return sorted(out, key=repr)


CASES = [
    # a part and the remainder with purposes of two kinds
    pytest.param("STOCKHOLM, May 2 - Sweden will increase its support to Ukraine this year to 40 billion crowns. Of the "
                 "total, 25 billion crowns will go to military purposes, with the rest for civilian needs such as power "
                 "repairs, the government said.",
                 [("Sweden", "Ukraine", 40e9, "SEK", "new", "planned", "mixed")], id="rest-for-civilian"),
    pytest.param("OTTAWA, May 2 - Canada will give Ukraine C$500 million this year. Of the new aid, C$300 million will go "
                 "to air defence, and the remainder going to humanitarian projects.",
                 [("Canada", "Ukraine", 500e6, "CAD", "new", "planned", "mixed")], id="remainder-going-to"),
    pytest.param("OTTAWA, May 2 - Canada will give Ukraine C$500 million this year. Of the new aid, C$300 million will go "
                 "to air defence, with the rest for ammunition.",
                 [("Canada", "Ukraine", 500e6, "CAD", "new", "planned", "military")], id="guard-rest-same-kind"),
    # split between two purposes
    pytest.param("VIENNA, May 2 - Austria put up 20 million euros for Sudan, a ministry spokesman said, split between "
                 "humanitarian aid and stabilisation projects.",
                 [("Austria", "Sudan", 20e6, "EUR", "new", "pledged", "mixed")], id="split-relief-stabilisation"),
    pytest.param("BRUSSELS, May 2 - Belgium will give Mali 15 million euros, divided between emergency relief and "
                 "development projects, the minister said.",
                 [("Belgium", "Mali", 15e6, "EUR", "new", "planned", "mixed")], id="divided-relief-development"),
    pytest.param("BRUSSELS, May 2 - Belgium will give Mali 15 million euros, split between food aid and medical supplies, "
                 "the minister said.",
                 [("Belgium", "Mali", 15e6, "EUR", "new", "planned", "humanitarian")], id="guard-split-two-relief"),
    # a total counting the package in takes its type
    pytest.param("HELSINKI, May 2 - Finland approved its 12th military support package for Ukraine, worth 200 million "
                 "euros. Including the new package, Finland's war-time support to Kyiv is approaching 3 billion euros.",
                 [("Finland", "Ukraine", 200e6, "EUR", "new", "announced", "military"),
                  ("Finland", "Ukraine", 3e9, "EUR", "cumulative", "pledged", "military")], id="including-takes-type"),
    pytest.param("STOCKHOLM, May 2 - Sweden will increase its support to Ukraine this year to 40 billion crowns. Of the "
                 "total, 25 billion crowns will go to military purposes, with the rest for civilian needs, the government "
                 "said. Counting this year's money, everything Stockholm has committed to Kyiv since the invasion rises "
                 "to roughly 90 billion crowns.",
                 [("Sweden", "Ukraine", 40e9, "SEK", "new", "planned", "mixed"),
                  ("Sweden", "Ukraine", 90e9, "SEK", "cumulative", "pledged", "mixed")], id="counting-takes-type"),
    pytest.param("HELSINKI, May 2 - Finland approved its 12th military support package for Ukraine, worth 200 million "
                 "euros. Including the new package, Finland's humanitarian support to Kyiv is approaching 3 billion euros.",
                 [("Finland", "Ukraine", 200e6, "EUR", "new", "announced", "military"),
                  ("Finland", "Ukraine", 3e9, "EUR", "cumulative", "pledged", "humanitarian")], id="guard-total-own-type"),
    # a ship that sails for a place with relief
    pytest.param("MADRID, May 2 - Spain's navy ship Castilla set sail from Rota on Monday for Mozambique carrying tents, "
                 "water pumps and a field hospital for the flooded city of Beira.",
                 [("Spain", "Mozambique", None, None, "new", "delivered", "humanitarian")], id="set-sail-for-carrying"),
    pytest.param("ATHENS, May 2 - A Greek navy ship sailed from Piraeus for Lebanon carrying food and medical supplies.",
                 [("Greece", "Lebanon", None, None, "new", "delivered", "humanitarian")], id="sailed-from-for"),
    pytest.param("ATHENS, May 2 - A Greek navy ship sailed from Piraeus on Monday for Lebanon with tents.",
                 [("Greece", "Lebanon", None, None, "new", "delivered", "humanitarian")], id="sailed-on-day-for-with"),
    pytest.param("ATHENS, May 2 - The Greek frigate Hydra sailed from Piraeus for Lebanon carrying food and medical "
                 "supplies, the defence ministry said.",
                 [("Greece", "Lebanon", None, None, "new", "delivered", "humanitarian")], id="frigate-named",
                 marks=xf("a frigate named by its own name is no carrier the arrival reading knows")),
    pytest.param("ATHENS, May 2 - A Greek navy ship sailed from Piraeus for Cyprus on an exercise, the defence ministry said.",
                 [], id="guard-sail-no-relief"),
    pytest.param("ATHENS, May 2 - A ferry carrying tourists sailed from Piraeus for Crete on Monday.", [], id="guard-ferry"),
    # relief deliveries paid for
    pytest.param("DOHA, May 2 - Kuwait said it had paid for fuel deliveries to Yemen's hospitals, without giving an amount.",
                 [("Kuwait", "Yemen", None, None, "new", "delivered", "humanitarian")], id="paid-fuel-deliveries"),
    pytest.param("OSLO, May 2 - Norway has paid for food deliveries to Somalia, the ministry said.",
                 [("Norway", "Somalia", None, None, "new", "delivered", "humanitarian")], id="has-paid-food"),
    pytest.param("OSLO, May 2 - Norway will pay for the shipment of tents and blankets to Sudan, the minister said.",
                 [("Norway", "Sudan", None, None, "new", "planned", "humanitarian")], id="will-pay-shipment"),
    pytest.param("MUSCAT, May 2 - Oman, a mediator in the talks, said it had paid for fuel deliveries to Yemen's hospitals.",
                 [("Oman", "Yemen", None, None, "new", "delivered", "humanitarian")], id="paid-after-aside"),
    pytest.param("OTTAWA, May 2 - Canada paid for the transport of its troops to Latvia, the minister said.", [],
                 id="guard-paid-troops"),
    pytest.param("LONDON, May 2 - Britain has not paid for fuel deliveries to Yemen, officials said.", [], id="guard-not-paid"),
    pytest.param("DELHI, May 2 - India paid for fuel deliveries to its own northern states, officials said.", [],
                 id="guard-own-states"),
    pytest.param("PRAGUE, May 2 - Canada paid for the delivery of ammunition to Ukraine, the minister said.", [],
                 id="guard-paid-ammunition"),
    # most of a sum for one country, the rest for several
    pytest.param("BRUSSELS, May 2 - The European Union pledged 120 million euros, of which some 100 million will go to "
                 "Somalia itself and the rest to Kenya, Ethiopia and Djibouti, the Commission said.",
                 [("European Union", "Somalia", 120e6, "EUR", "new", "pledged", "unspecified")], id="of-which-most-to"),
    pytest.param("TOKYO, May 2 - Japan will give $50 million, of which $40 million is earmarked for Bangladesh and the rest "
                 "for Myanmar, Thailand and Malaysia.",
                 [("Japan", "Bangladesh", 50e6, "USD", "new", "planned", "unspecified")], id="of-which-earmarked-for"),
    pytest.param("OSLO, May 2 - Norway announced 900 million kroner in aid, of which 600 million kroner would go to Yemen and the "
                 "remainder to Djibouti, Somalia and Eritrea.",
                 [("Norway", "Yemen", 900e6, "NOK", "new", "announced", "unspecified")], id="of-which-would-go"),
    pytest.param("TOKYO, May 2 - Japan will give $50 million for Bangladesh, Myanmar, Thailand and Malaysia.", [],
                 id="guard-envelope-of-equals"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_aid42c_constructions(text, expected):
    assert _rows(text) == sorted(expected, key=repr)
