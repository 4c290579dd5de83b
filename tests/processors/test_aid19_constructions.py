"""aid-announced, pass `aid19`: constructions of wire copy the held-out rounds miss (in-kind transfers without a value,
recipients named by their people, money that is not aid), written for this file (none copied from an evaluation set).

The first battery is the pass's probe: 66 sentences with other donors, recipients and disasters than the development
sets, scored before the rules were written (56 of 66 right) and after (65 of 66; the one left is in `xfail`).
"""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_kinds, aid_payloads, case_param as _param
from wirewatch.processors.money import find_money, local_dollar
from tests.marks import xf

N = "new"
C = "cumulative"


def run(text: str) -> set[tuple]:
    return aid_kinds(text, "t-aid19", "2024-06-01T00:00:00+00:00")


def kind(donor: str, recipient: str) -> tuple:
    return (donor, recipient, None, None, N)


PROBE = [
    # ------------------------------------------------------------ weapons sent in kind, no value
    ("mil-will-send", "Poland will send 60 PT-91 tanks to Ukraine in the coming weeks, Prime Minister Donald Tusk said.", {kind("Poland", "Ukraine")}),
    ("mil-delivering", "Italy is delivering SAMP/T air defence systems to Ukraine, the defence minister told parliament on Tuesday.",
     {kind("Italy", "Ukraine")}),
    ("mil-would-donate", "Denmark said on Thursday it would donate its entire fleet of Caesar howitzers to Ukraine.", {kind("Denmark", "Ukraine")}),
    ("mil-pledged", "Norway pledged NASAMS launchers and air defence missiles to Ukraine at the Ramstein meeting.", {kind("Norway", "Ukraine")}),
    ("mil-provide-battery", "Spain will provide a Patriot battery to Ukraine, Defence Minister Margarita Robles said.", {kind("Spain", "Ukraine")}),
    ("mil-kyiv", "Belgium will send F-16 fighter jets to Kyiv next year, Prime Minister Alexander De Croo said.", {kind("Belgium", "Ukraine")}),
    ("mil-ukrainian-forces", "The Czech Republic has sent 40 T-72 tanks to Ukrainian forces, officials said.", {kind("Czech Republic", "Ukraine")}),
    ("mil-delivery-completed", "Washington completed the delivery of 31 Abrams tanks to Ukraine last month, the Pentagon said.",
     {kind("United States", "Ukraine")}),
    ("mil-two-donors", "Canada and the Netherlands will supply Leopard 2 tanks to Ukraine, their defence ministers said.",
     {kind("Canada", "Ukraine"), kind("Netherlands", "Ukraine")}),
    ("mil-package-of-aid", "Finland unveiled its 20th package of military aid for Ukraine on Friday. It will send heavy artillery and "
     "ammunition, the ministry said.", {kind("Finland", "Ukraine")}),
    ("mil-handed-over", "Lithuania handed over two NASAMS launchers to Ukraine, the defence ministry said.", {kind("Lithuania", "Ukraine")}),
    ("mil-transferred", "Slovakia transferred 13 MiG-29 fighter jets to Ukraine, the government said.", {kind("Slovakia", "Ukraine")}),
    ("mil-nasams", "Canada will provide a NASAMS battery to Ukraine, Defence Minister Anita Anand said.", {kind("Canada", "Ukraine")}),
    ("mil-passive-by", "The Leopard tanks pledged by Portugal arrived in Ukraine on Monday.", {kind("Portugal", "Ukraine")}),
    ("mil-passive-delivered", "Ten Archer howitzers were delivered to Ukraine by Sweden last week.", {kind("Sweden", "Ukraine")}),
    ("mil-kyiv-jets", "Norway said it would donate six F-16 jets to Kyiv.", {kind("Norway", "Ukraine")}),
    ("mil-pledge-object", "Australia pledged 30 Bushmaster armoured vehicles to Ukraine.", {kind("Australia", "Ukraine")}),
    # ------------------------------------------------------------ relief sent in kind
    ("hum-sent-generators", "South Korea sent generators, tents and blankets to Morocco on Saturday, the foreign ministry said.",
     {kind("South Korea", "Morocco")}),
    ("hum-flew-in", "The United Nations flew in medical supplies to Libya's flood-hit city of Derna.", {kind("United Nations", "Libya")}),
    ("hum-shipment-of", "A shipment of 100 tonnes of aid from Saudi Arabia arrived in Sudan on Monday.", {kind("Saudi Arabia", "Sudan")}),
    ("hum-relief-flights", "Qatar sent two relief flights carrying food and medicine to Afghanistan after the earthquake.",
     {kind("Qatar", "Afghanistan")}),
    ("hum-field-hospital-set-up", "Azerbaijan set up a field hospital in Turkey's Kahramanmaras province.", {kind("Azerbaijan", "Turkey")}),
    ("hum-rescue-team", "Switzerland dispatched an 80-member search-and-rescue team to Morocco on Sunday.", {kind("Switzerland", "Morocco")}),
    ("hum-helicopter-carrier", "France sent a navy helicopter carrier loaded with relief supplies to Mozambique after Cyclone Idai.",
     {kind("France", "Mozambique")}),
    ("hum-passive-donated", "Tents and blankets donated by Kazakhstan were delivered to Afghanistan's Herat province on Thursday.",
     {kind("Kazakhstan", "Afghanistan")}),
    ("hum-flood-victims", "Tunisia sent food and medicine to flood victims in Libya, the Tunisian Red Crescent said.", {kind("Tunisia", "Libya")}),
    ("hum-by-sea", "India will deliver 50 tonnes of medicines to Myanmar by sea, the foreign ministry said.", {kind("India", "Myanmar")}),
    ("hum-two-recipients", "Turkey sent tents to Syria and Lebanon on Wednesday, the disaster agency said.",
     {kind("Turkey", "Syria"), kind("Turkey", "Lebanon")}),
    ("hum-airdropped", "Jordan airdropped food parcels over Gaza on Tuesday, the army said.", {kind("Jordan", "Gaza")}),
    ("hum-headline-recipient", "Aid flights reach quake-hit Ecuador\n\nQUITO (Reuters) - Peru sent two planes carrying tents and water on "
     "Sunday, and Colombia dispatched a rescue team.", {kind("Peru", "Ecuador"), kind("Colombia", "Ecuador")}),
    ("hum-recipient-before", "Cyclone Freddy killed more than 400 people in Malawi. Britain sent 3,000 shelter kits and water purification "
     "tablets on Thursday.", {kind("United Kingdom", "Malawi")}),
    ("hum-three-donors", "Greece, Cyprus and Italy sent firefighting planes to Turkey to battle the wildfires.",
     {kind("Greece", "Turkey"), kind("Cyprus", "Turkey"), kind("Italy", "Turkey")}),
    ("hum-ship-docked", "A Spanish navy ship carrying 50 tonnes of aid docked in Beirut on Friday.", {kind("Spain", "Lebanon")}),
    ("hum-distributing", "UNICEF is distributing hygiene kits to families in Pakistan's Sindh province.", {kind("UNICEF", "Pakistan")}),
    # ------------------------------------------------------------ the recipient by a metonym, a people, an agency
    ("m-kyiv", "Japan will give Kyiv $4.5 billion in budget support, Prime Minister Fumio Kishida said.", {("Japan", "Ukraine", 4.5e9, "USD", N)}),
    ("m-palestinian-authority", "The European Union announced 400 million euros in aid for the Palestinian Authority on Thursday.",
     {("European Union", "Palestinian Authority", 4e8, "EUR", N)}),
    ("m-flood-victims", "Italy pledged 2 million euros for flood victims in Libya, the foreign ministry said.", {("Italy", "Libya", 2e6, "EUR", N)}),
    ("m-via-agency", "Germany gave 10 million euros to UNRWA for Palestinian refugees in Gaza.", {("Germany", "UNRWA", 1e7, "EUR", N)}),
    ("m-far", "Australia announced A$10 million on Monday to help communities devastated by the cyclone in Vanuatu.",
     {("Australia", "Vanuatu", 1e7, "AUD", N)}),
    ("m-afghans", "Britain will provide 20 million pounds in humanitarian aid to help Afghans affected by the earthquake.",
     {("United Kingdom", "Afghanistan", 2e7, "GBP", N)}),
    ("m-sudanese", "Saudi Arabia pledged $100 million to help Sudanese refugees, the state news agency said.", {("Saudi Arabia", "Sudan", 1e8, "USD", N)}),
    ("m-headline", "Nepal quake: donors rush aid\n\nChina pledged $10 million in emergency aid on Monday. India said it would send "
     "disaster response teams.", {("China", "Nepal", 1e7, "USD", N), kind("India", "Nepal")}),
    ("m-restated-channel", "Ireland pledged 5 million euros for Libya's flood victims on Wednesday. The 5 million euros will be channelled "
     "through the Red Cross.", {("Ireland", "Libya", 5e6, "EUR", N)}),
    ("m-agency-operations", "The Netherlands gave 12 million euros to the World Food Programme for its operations in Afghanistan.",
     {("Netherlands", "World Food Programme", 1.2e7, "EUR", N)}),
    ("m-palestinians", "Spain will give 20 million euros to Palestinians in Gaza, Prime Minister Pedro Sanchez said.",
     {("Spain", "Palestinians", 2e7, "EUR", N)}),
    # ------------------------------------------------------------ money that is no new aid, and no transfer at all
    ("no-budget", "Germany's defence budget will rise to 52 billion euros next year, the finance ministry said.", set()),
    ("no-damage", "Libya's government put the damage from the floods at $2 billion, the prime minister said.", set()),
    pytest.param("no-bank-loan", "The European Investment Bank lent 1 billion euros to Poland to build wind farms.", set(),
                 marks=xf("a development bank's project loan reads as a loan to a state")),
    ("no-unit-cost", "The tanks cost about $10 million each, analysts said.", set()),
    ("no-purchase", "Ukraine bought 100,000 shells from South Korea for $400 million.", set()),
    ("cum-total", "Sweden has given Ukraine a total of 30 billion crowns in military aid since the war began.",
     {("Sweden", "Ukraine", 3e10, "SEK", C)}),
    ("restated", "Canada announced C$500 million in military aid for Ukraine on Sunday. The C$500 million package includes armoured vehicles.",
     {("Canada", "Ukraine", 5e8, "CAD", N)}),
    ("no-refused", "Austria said it would not send weapons to Ukraine, citing its neutrality.", set()),
    ("no-buying", "Poland is buying 250 Abrams tanks from the United States.", set()),
    ("no-troops", "France will send 1,500 troops to Romania as part of a NATO battlegroup.", set()),
    ("no-own-batteries", "Japan deployed Patriot batteries on Okinawa after the missile launch.", set()),
    ("no-appeal", "The UN appealed for $1.5 billion to help Pakistan recover from the floods.", set()),
    ("no-urged", "Zelenskiy urged Germany to send more Taurus missiles.", set()),
    ("no-damage-estimate", "The World Bank estimated the damage in Morocco at $7 billion.", set()),
    ("no-military-spending", "Sweden will raise military spending to 2.4% of GDP, or about 150 billion crowns, next year.", set()),
    ("no-salary", "The minister earns 200,000 euros a year.", set()),
    ("no-rebuilding-cost", "Rebuilding Derna will cost an estimated $1.8 billion, according to a World Bank assessment.", set()),
    ("cum-so-far", "Denmark has so far given Ukraine military aid worth 60 billion crowns.", {("Denmark", "Ukraine", 6e10, "DKK", C)}),
    ("no-sold", "South Korea sold 180 K2 tanks to Poland last year.", set()),
    ("no-home-rescue", "Morocco deployed rescue teams across the Atlas mountains.", set()),
    ("no-considering", "Germany will consider sending more Patriot systems to Ukraine, a spokesman said.", set()),
]


@pytest.mark.parametrize("text, expected", [_param(c) for c in PROBE])
def test_probe(text, expected):
    assert run(text) == expected


CONSTRUCTIONS = [
    # a transfer named by its noun and carried out: a delivery, whatever the count (a decision on one needs a count)
    ("began-transfer", "Britain began the transfer of Challenger 2 tanks to Ukraine on Monday, the defence secretary said.",
     {kind("United Kingdom", "Ukraine")}),
    ("finished-delivery", "Germany has finished the delivery of Gepard anti-aircraft guns to Ukraine, Berlin said.", {kind("Germany", "Ukraine")}),
    ("approved-uncounted", "Germany approved the delivery of tanks to Ukraine.", set()),
    ("confirmed-uncounted", "The ministry confirmed the delivery of tanks to Ukraine.", set()),
    # relief dropped from the air
    ("air-dropped", "The United States air-dropped 38,000 ready-to-eat meals into Gaza on Saturday.", {kind("United States", "Gaza")}),
    ("will-airdrop", "Egypt will airdrop food and medicine to Sudan's besieged city of El Fasher.", {kind("Egypt", "Sudan")}),
    ("no-leaflets", "Russian aircraft dropped leaflets over Kharkiv on Sunday.", set()),
    # relief set up or mobilised where it is needed (a force of one's own set up or mobilised is no gift)
    ("set-up-tents", "Uzbekistan sets up tents for quake survivors in Afghanistan.", {kind("Uzbekistan", "Afghanistan")}),
    ("set-up-hospital-gaza", "Jordan has set up a second field hospital in Gaza, its army said.", {kind("Jordan", "Gaza")}),
    ("no-set-up-defence", "Russia set up air defence systems in Belarus.", set()),
    ("no-set-up-fund", "Officials set up a fund to help victims.", set()),
    ("mobilised-medics", "Norway has mobilised a field hospital and 40 medics for Libya.", {kind("Norway", "Libya")}),
    ("mobilised-rescuers", "The European Union said it had mobilised 900 rescuers and 50 search dogs for Syria through its civil "
     "protection mechanism.", {kind("European Union", "Syria")}),
    ("no-mobilised-troops", "Poland mobilised 30,000 troops on the border with Belarus.", set()),
    # the passive with its agent after the recipient
    ("passive-flown-relief", "Hygiene kits and blankets were delivered to Pakistan by Turkey on Friday.", {kind("Turkey", "Pakistan")}),
    ("no-passive-sold", "The tanks were sold to Poland by South Korea.", set()),
    ("no-passive-people", "Protesters were sent to Kyiv by the Kremlin.", set()),
    # each country coordinated with the recipient of a shipment
    ("three-recipients", "China will send medical teams to Nepal, Bhutan and India.",
     {kind("China", "Nepal"), kind("China", "Bhutan"), kind("China", "India")}),
    ("no-org-coordinated", "Iran sent fuel to Lebanon and the Hezbollah group.", set()),
    # the stricken people named by their demonym after a recipient cue (hosted elsewhere: the host receives)
    ("hungry-yemenis", "Kuwait gave $5 million to feed hungry Yemenis.", {("Kuwait", "Yemen", 5e6, "USD", N)}),
    ("syrian-families", "Qatar sent 40 tonnes of food for Syrian families.", {kind("Qatar", "Syria")}),
    ("hosted-in-chad", "Saudi Arabia pledged $100 million for Sudanese refugees in Chad.", {("Saudi Arabia", "Chad", 1e8, "USD", N)}),
    ("haitian-children", "Unicef's Canadian arm said Canada would give C$3 million to help Haitian children.", {("Canada", "Haiti", 3e6, "CAD", N)}),
    # a sum a country's own central bank puts up with no recipient: spent at home (a deposit with another one is aid)
    ("central-bank-home", "Rescue teams from Italy and Greece arrived in Turkey on Tuesday. President Recep Tayyip Erdogan announced a "
     "national relief fund, to which Turkey's central bank said it would contribute 2 billion lira.",
     {kind("Italy", "Turkey"), kind("Greece", "Turkey")}),
    # a package's parts after an aside between commas, and a share of its last part, are no packages of their own
    ("parts-after-aside", "The World Bank approved a $1.5 billion package for Kenya on Thursday. The package, negotiated over six months "
     "by the finance ministry and the bank's regional office, includes $1 billion in budget support and $500 million in grants, "
     "including $150 million for drought relief.", {("World Bank", "Kenya", 1.5e9, "USD", N)}),
]


@pytest.mark.parametrize("text, expected", [_param(c) for c in CONSTRUCTIONS])
def test_constructions(text, expected):
    assert run(text) == expected


def test_delivery_completed_is_delivered():
    (p,) = aid_payloads("Washington completed the delivery of 31 Abrams tanks to Ukraine last month.", "t-aid19", "2024-06-01T00:00:00+00:00")
    assert p["status"] == "delivered" and p["aid_type"] == "military"


def test_airdrop_is_delivered_relief():
    (p,) = aid_payloads("Jordan airdropped food parcels over Gaza on Tuesday.", "t-aid19", "2024-06-01T00:00:00+00:00")
    assert p["status"] == "delivered" and p["aid_type"] == "humanitarian"


def test_hyphenated_scale_after_a_prefix():
    (m,) = find_money("Ottawa would also lend a $2.3-billion credit line.")
    assert (m.value, m.currency) == (2.3e9, "USD")
    (m,) = find_money("a £10-million fund")
    assert m.value == 1e7


def test_canadian_province_dateline_makes_a_bare_dollar_canadian():
    text = "GATINEAU, Que. — Canada will provide $500 million in military aid to Ukraine, the minister said."
    assert local_dollar(text, "Canada") == "CAD"
    assert run(text) == {("Canada", "Ukraine", 5e8, "CAD", N)}
    assert local_dollar("BANFF, Alberta (CP) — Canada will give $5 million.", "Canada") == "CAD"
    assert local_dollar("WASHINGTON — Canada will give $5 million.", "Canada") is None
