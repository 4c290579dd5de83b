"""aid-announced: in-kind relief with no stated value (an event with `amount: null` and its items).

Every sentence here was written for this file (none is copied from an evaluation set). The development sets' gold
records relief sent in kind as an event of its own: donor, recipient, no value, no currency, kind `new`, aid type
`humanitarian`; a shipment beside a sum of the same giver is a second event.

The classes: a relief-goods lexicon (container homes, hot meals, food parcels, rice, hygiene kits, water purification
units, assessment teams, doctors); relief teams and goods `deployed` or `distributed` (relief only: troops, police and
batteries deployed are no gift); relief that `reached` a place named right after the verb; a shipment told in a
relative aside on the giver (`X, which has also sent ..., announced $N`); the relief named before its giver (`the field
hospital the Emirates have deployed`); the next plane of a delivery the sentence before told (`A second plane carrying
food landed in ...`); `said on X.` read as an initial that joins two sentences. And the traps: staples traded, goods
sold or bought, a country's own forces at home, a dignitary's plane, food prices, warnings of stocks running out.
"""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_kinds, aid_payloads, case_param as _param
from tests.marks import xf


def events(text: str) -> list[dict]:
    return aid_payloads(text, "t-aid-inkind", "2024-09-10T00:00:00+00:00")


def run(text: str) -> set[tuple]:
    return aid_kinds(text, "t-aid-inkind", "2024-09-10T00:00:00+00:00")


N = "new"


def kind(donor: str, recipient: str) -> tuple:
    return (donor, recipient, None, None, N)


CASES = [
    # ------------------------------------------------------------ relief teams deployed, relief reaching a place
    ("deployed-rescue", "Spain has deployed a search-and-rescue team and a field hospital to Morocco after the earthquake, "
     "the defence ministry said.", {kind("Spain", "Morocco")}),
    ("deployed-medical", "South Korea deployed a medical team to Libya to treat flood survivors.", {kind("South Korea", "Libya")}),
    ("reached-country", "A Japanese medical team and a field hospital reached Nepal on Sunday, four days after the quake.",
     {kind("Japan", "Nepal")}),
    ("reached-possessive", "Japan's disaster relief team reached Turkey's Hatay province on Wednesday.", {kind("Japan", "Turkey")}),
    ("arrived-team", "A 40-strong Israeli medical team arrived in Turkey on Tuesday to set up a field hospital.",
     {kind("Israel", "Turkey")}),
    ("arrived-capital", "A Chinese rescue team with sniffer dogs arrived in Kathmandu on Sunday.", {kind("China", "Nepal")}),
    ("sent-team-capital", "Greece sent a 21-member rescue team to Ankara on Monday night.", {kind("Greece", "Turkey")}),
    ("dispatched-rescuers", "Mexico dispatched 150 rescuers and sniffer dogs to Turkey, the foreign minister said.",
     {kind("Mexico", "Turkey")}),
    ("sent-field-hospital", "Pakistan has sent a field hospital and 50 doctors to Syria, the army said.", {kind("Pakistan", "Syria")}),
    ("airlifted-hospital", "The United States airlifted a field hospital to Morocco on Thursday.", {kind("United States", "Morocco")}),
    ("doctors", "Cuba sent 50 doctors and nurses to Italy at the height of the pandemic.", {kind("Cuba", "Italy")}),
    # ------------------------------------------------------------ relief goods by name
    ("container-homes", "Kuwait pledged 5,000 prefabricated container homes for families left homeless by the floods in Pakistan.",
     {kind("Kuwait", "Pakistan")}),
    ("caravans", "Qatar has pledged 10,000 tents and 5,000 caravans for displaced families in Syria.", {kind("Qatar", "Syria")}),
    ("tents-capital", "China delivered 2,000 family tents to Kathmandu and was sending 20 tonnes of rice to the hardest-hit "
     "districts, its embassy said.", {kind("China", "Nepal")}),
    ("hygiene-kits", "Germany dispatched hygiene kits and water purification units to Libya after the floods.",
     {kind("Germany", "Libya")}),
    ("flew-in-shelter", "Britain flew in 5,000 shelter kits and solar lanterns to Vanuatu on Tuesday.", {kind("United Kingdom", "Vanuatu")}),
    ("food-parcels", "Egypt sent 3,000 food parcels and blankets to Sudan this week, the state news agency said.",
     {kind("Egypt", "Sudan")}),
    ("generators", "France delivered 40 generators to Ukraine to help keep hospitals running through the winter.",
     {kind("France", "Ukraine")}),
    ("provided-tents", "Japan provided tents and blankets to Afghanistan through its aid agency, the embassy said.",
     {kind("Japan", "Afghanistan")}),
    ("donated-water", "Singapore donated water purification units and hygiene kits to the Philippines after the typhoon.",
     {kind("Singapore", "Philippines")}),
    ("hot-meals-province", "Oman sent hot meals and drinking water to Yemen's flooded Mahra province.", {kind("Oman", "Yemen")}),
    ("truckloads", "Jordan delivered 20 truckloads of food to Gaza on Tuesday, the army said.", {kind("Jordan", "Gaza")}),
    ("shelter-kits-future", "Canada will ship 10,000 shelter kits to Haiti in the coming days, the minister said.",
     {kind("Canada", "Haiti")}),
    ("naval-ship", "India sent a naval ship with 30 tonnes of relief supplies to Sri Lanka, officials said.",
     {kind("India", "Sri Lanka")}),
    ("unicef", "UNICEF has delivered medical supplies and hygiene kits to Gaza through the Rafah crossing.", {kind("UNICEF", "Gaza")}),
    ("emirates", "The Emirates have dispatched 20 tonnes of medical supplies to Sudan.", {kind("United Arab Emirates", "Sudan")}),
    # ------------------------------------------------------------ an aid agency distributing food
    ("wfp-begun", "The World Food Programme said it had begun distributing rice to 30,000 families in Bangladesh after the cyclone.",
     {kind("World Food Programme", "Bangladesh")}),
    ("wfp-meals", "The World Food Programme delivered hot meals to 8,000 displaced people in Mozambique over the weekend.",
     {kind("World Food Programme", "Mozambique")}),
    ("wfp-capital", "The World Food Programme was distributing high-energy biscuits in Haiti's capital, the agency said.",
     {kind("World Food Programme", "Haiti")}),
    ("wfp-parcels", "The World Food Programme said it had delivered food parcels to 5,000 families in Sudan's Darfur region.",
     {kind("World Food Programme", "Sudan")}),
    ("uae-distributing", "The United Arab Emirates began distributing food baskets in Gaza on Sunday.",
     {kind("United Arab Emirates", "Gaza")}),
    # ------------------------------------------------------------ planes and ships carrying relief
    ("planes-landed", "Turkish aircraft carrying tents, food and blankets landed in Damascus on Wednesday, the Turkish disaster "
     "agency said.", {kind("Turkey", "Syria")}),
    ("plane-capital", "A Qatari plane carrying 40 tonnes of relief supplies landed in Kabul on Saturday.", {kind("Qatar", "Afghanistan")}),
    ("ship-docked", "An Algerian navy ship carrying tents and food docked in Port Sudan on Thursday.", {kind("Algeria", "Sudan")}),
    ("airlifted-tonnes", "Indonesia airlifted 30 tonnes of food and medicine to Myanmar on Friday, the foreign ministry said.",
     {kind("Indonesia", "Myanmar")}),
    ("navy-ship-sent", "Italy sent a navy ship carrying tents and medical supplies to Lebanon on Friday.", {kind("Italy", "Lebanon")}),
    ("trucks-by-agent", "Trucks carrying tents and blankets sent by Iran crossed into Afghanistan on Sunday.", {kind("Iran", "Afghanistan")}),
    ("second-plane", "Egypt sent a plane with blankets and tents to Syria on Monday. A second plane carrying food landed in "
     "Damascus on Tuesday.", {kind("Egypt", "Syria")}),
    ("second-plane-elsewhere", "Jordan sent tents and blankets to Syria on Monday. A second plane carrying food and medicine "
     "landed in Gaza on Tuesday.", {kind("Jordan", "Syria"), kind("Jordan", "Gaza")}),
    # ------------------------------------------------------------ a shipment told beside a sum, or before its giver
    ("aside-aircraft", "Australia, which has also sent a defence force aircraft with an assessment team to Tonga, announced further "
     "help on Monday.", {kind("Australia", "Tonga")}),
    ("aside-beside-sum", "Norway, which has already flown in water purification units, announced 50 million crowns for Libya's "
     "flood victims.", {kind("Norway", "Libya"), ("Norway", "Libya", 50e6, "NOK", N)}),
    ("before-giver", "Aid officials praised the field hospital and medical teams Pakistan has already deployed, as the death toll "
     "in Turkey rose.", {kind("Pakistan", "Turkey")}),
    ("on-x", "Kenya sent 200 tonnes of food to Somalia, the foreign minister said on X. Ethiopia said it would give $2 million "
     "to Somalia.", {kind("Kenya", "Somalia"), ("Ethiopia", "Somalia", 2e6, "USD", N)}),
    # ------------------------------------------------------------ no relief given
    ("no-commercial-ship", "A cargo ship carrying 30,000 tonnes of rice from Thailand docked in Manila on Monday under a "
     "commercial contract.", set()),
    ("no-rice-shipped", "Thailand shipped 50,000 tonnes of rice to the Philippines last month.", set()),
    ("no-rice-traders", "Vietnam delivered 200,000 tonnes of rice to Indonesia in the first quarter, traders said.", set()),
    ("no-rice-exports", "Vietnam exported 7 million tonnes of rice to the Philippines and Indonesia last year.", set()),
    ("no-wheat-imports", "Egypt imported 12 million tonnes of wheat from Russia last year.", set()),
    ("no-flour-prices", "Bakeries in Lebanon raised bread prices after flour deliveries from Ukraine slowed.", set()),
    ("no-tents-exported", "Pakistan exported tents worth $40 million to Turkey last year.", set()),
    ("no-generators-sold", "A Chinese firm sold 500 generators to Iraq last month.", set()),
    ("no-generators-bought", "Saudi Arabia bought 2,000 generators from China for its new stadiums.", set()),
    ("no-own-army", "The Philippine army deployed 2,000 soldiers and field kitchens to the flooded provinces on Monday.", set()),
    ("no-own-rescue", "Turkey deployed rescue teams to the quake-hit province of Hatay, the interior minister said.", set()),
    ("no-own-rescuers-reached", "Moroccan rescue teams reached the remote villages of the Atlas on Sunday.", set()),
    ("no-army-home", "The British army deployed soldiers with sandbags to flooded towns in Yorkshire.", set()),
    ("no-soldiers-hospital", "Germany deployed 300 soldiers and a field hospital to Mali as part of the UN mission.", set()),
    ("no-patriot", "The United States deployed two Patriot batteries to Poland last year.", set()),
    ("no-police-teams", "France deployed police and medical teams to New Caledonia after the riots.", set()),
    ("no-troops", "Russia sent thousands of troops to eastern Ukraine in the spring.", set()),
    ("no-athletes", "Brazil sent a team of 300 athletes to Paris for the Olympics.", set()),
    ("no-football-team", "The Brazilian national team arrived in Qatar for the World Cup.", set()),
    ("no-football-doctors", "The Brazilian football team flew to Qatar with its own doctors and nurses.", set()),
    ("no-dignitary-plane", "A plane carrying the French president and his doctors landed in Kyiv on Friday.", set()),
    ("no-minister-plane", "A French plane carrying the foreign minister landed in Beirut on Monday.", set()),
    ("no-delegation", "France sent a delegation to Morocco to discuss trade.", set()),
    ("no-investigators", "The WHO sent a team of experts to China to investigate the origins of the virus.", set()),
    ("no-food-prices", "Food prices in Egypt rose 30 percent last year as the pound fell.", set()),
    ("no-rice-prices", "Rice prices in the Philippines are reaching record highs.", set()),
    ("no-city-tents", "The city of Paris bought 500 tents for its own homeless this winter.", set()),
    ("no-tents-camp", "Thousands of families in Syria are living in tents near the Turkish border.", set()),
    ("no-tents-sold-out", "Tents sold out in Kathmandu shops as aftershocks continued.", set()),
    ("no-meals-scarce", "Hot meals are scarce in Khartoum, where markets have closed.", set()),
    ("no-wfp-warned", "The WFP warned that food stocks in Sudan were running out.", set()),
    ("no-wfp-run-out", "The World Food Programme said food supplies in Gaza would run out within days.", set()),
    ("no-wfp-stop", "The World Food Programme said it would stop distributing food in Afghanistan next month for lack of funds.", set()),
    ("no-wfp-rice-gone", "The WFP said it had run out of rice in Yemen.", set()),
    ("no-doctors-warn", "Doctors in Gaza said medical supplies were running out.", set()),
    ("no-own-distribution", "The Indian government distributed 5 kg of free rice a month to 800 million people.", set()),
    ("no-asked", "Libya asked Italy for tents and blankets after the floods.", set()),
    ("no-refused", "Hungary refused to send medical supplies to Ukraine.", set()),
    ("no-considering", "Spain said it was considering whether to send a field hospital to Libya.", set()),
    ("no-reached-agreement", "India reached an agreement with Nepal on rice exports.", set()),
    ("no-convoy-no-giver", "An aid convoy carrying food reached Syria's besieged town of Madaya after days of delays.", set()),
    ("no-nurses-recruited", "Nurses from the Philippines have been sent to work in British hospitals under a recruitment deal.", set()),
    # ------------------------------------------------------------ still missed
    pytest.param("xf-libyan-city", "Turkish aircraft carrying tents and blankets landed in Benghazi on Wednesday.",
                 {kind("Turkey", "Libya")}, marks=xf("the gazetteer names no Libyan city (Benghazi, Derna): the place gives no country")),
    pytest.param("xf-passive-announced", "Ukraine needs more air defence. The defence minister of Germany announced that a further "
                 "IRIS-T system would be sent to Ukraine before winter.", {("Germany", "Ukraine", None, None, N)},
                 marks=xf("a passive transfer (`would be sent to`) has no giver; the announcer's country is not read as one")),
    pytest.param("xf-team-at-work", "An earthquake hit Turkey. The 80-member Japan Disaster Relief Team has been working in "
                 "Turkey since Tuesday.", {kind("Japan", "Turkey")},
                 marks=xf("a team named by its country at work in a place (no verb of sending or arrival) is not read")),
    pytest.param("xf-landed-on", "Floods hit Fiji. A 40-member Australian medical team landed on an RAAF plane overnight.",
                 {kind("Australia", "Fiji")},
                 marks=xf("`landed on` a plane names the carrier, not the place: the recipient is left to an arrival `in`")),
    # grain by the tonne is a relief item when sent as a gift (aid 1.24.0)
    ("wheat-gift", "Russia sent 25,000 tonnes of wheat to Somalia as a gift.", {kind("Russia", "Somalia")}),
]


@pytest.mark.parametrize("text, expected", [_param(c) for c in CASES])
def test_inkind(text, expected):
    assert run(text) == expected


# ---------------------------------------------------------------- what the events say


def _one(text: str) -> dict:
    found = [p for p in events(text) if p.get("amount") is None]
    assert len(found) == 1, found
    return found[0]


def test_relief_goods_are_items_of_a_humanitarian_event():
    p = _one("Kuwait pledged 5,000 prefabricated container homes for families left homeless by the floods in Pakistan.")
    assert p["amount"] is None and p["aid_type"] == "humanitarian" and p["kind"] == "new"
    assert any("container homes" in i for i in p["items"])


def test_deployed_relief_is_delivered():
    p = _one("Spain has deployed a search-and-rescue team and a field hospital to Morocco after the earthquake.")
    assert p["status"] == "delivered" and p["aid_type"] == "humanitarian"
    assert {"search-and-rescue team", "field hospital"} <= set(p["items"])


def test_aside_items_end_with_the_aside():
    text = ("Norway, which has already flown in water purification units, announced 50 million crowns for shelter and "
            "blankets in Libya.")
    p = _one(text)
    assert p["items"] == ["water purification units"]


def test_relief_named_before_its_giver_is_delivered():
    p = _one("Aid officials praised the field hospital and medical teams Pakistan has already deployed, as the death toll "
             "in Turkey rose.")
    assert p["status"] == "delivered" and "field hospital" in p["items"]


def test_wfp_rice_is_relief():
    p = _one("The World Food Programme said it had begun distributing rice to 30,000 families in Bangladesh.")
    assert p["items"] == ["rice"] and p["aid_type"] == "humanitarian" and p["status"] == "delivered"
