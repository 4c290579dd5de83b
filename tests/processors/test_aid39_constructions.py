"""Recipients and donors named wrong, money that is no aid, and aid missed (aid 1.27.0, pass aid39).

Invented wire copy, one construction per case, in several wordings. The classes of the pass:

- names: a currency's name (`U.S. dollars`, `New Taiwan dollars`) names no actor, not even the fallback recipient; a
  continent as a whole is a recipient (`to Africa`), a part of it or a country described by it is not (`the Horn of
  Africa nation`, `East Africa`); COVAX and UNRWA's long name; a lender's short form in brackets after its name (`the
  Inter-American Development Bank (IDB) approved`); an approver named before the sum (`the IMF's approval of a $2.9
  billion bailout`); the agencies a sum is split between are channels; a stateless people's relief operation (`the
  Rohingya response`) is not the recipient; the fallback never names a country that gave the donor aid;
- money that is no aid: goods a country bought from another (`weapons it has bought from the US`, `a backlog of`), funds
  held up or freed (`that had been frozen`, `remains blocked`, `unblocked`), an offer that `could follow if ...` and
  the sum its condition names, a debt owed;
- aid missed: parts named under a reporting verb (`Xi said the support would include ...`), `350-million-U.S.-dollar`,
  `bailout`, relief goods with a value, a gift bought for a country across a dotted maker's name, Brazilian reais;
- attributes: `grant military assistance` is military; `economic and security assistance` is mixed. (A total the new
  package brings the support to stays `delivered`, as `test_aid` and the older sets' gold have it; round 39's README
  reads it as the package's status: left alone.)
"""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_payloads, aid_tuples
from tests.marks import xf
from wirewatch.processors import aid


def test_version() -> None:
    assert tuple(map(int, aid.PRODUCER.version.split("."))) >= (1, 27, 0)


def _events(text: str) -> set[tuple]:
    return set(aid_tuples(text))


@pytest.mark.parametrize("text, expected", [
    # a currency's name is no actor, not even the recipient of last resort
    pytest.param("BEIJING, May 3 (Xinhua) -- China will lend 50 billion yuan (about 7 billion U.S. dollars) to Africa over the "
                 "next three years, Premier Li Qiang said.", {("China", "Africa", 50e9, "CNY")}, id="yuan-usd-conversion-africa"),
    pytest.param("China will provide Africa with 2 billion yuan of grant aid for food security, the foreign ministry said. "
                 "The sum equals about 280 million U.S. dollars.", {("China", "Africa", 2e9, "CNY")}, id="provide-africa-with"),
    pytest.param("India will provide 40 billion rupees in credit lines to Africa, Prime Minister Narendra Modi told the summit, "
                 "as trade between India and Africa reached 100 billion U.S. dollars last year.",
                 {("India", "Africa", 40e9, "INR")}, id="rupees-africa-trade-usd"),
    # a part of the continent, or a country described by it, is no recipient `Africa`
    pytest.param("The United States has cancelled more than $800 million of Ethiopia's debt, the largest write-off the Horn of "
                 "Africa nation has received.", {("United States", "Ethiopia", 800e6, "USD")}, id="horn-of-africa-nation"),
    # parts named under a reporting verb are the package's parts
    pytest.param("Japan will provide 300 billion yen in support to Africa over three years. Speaking in Yokohama, Kishida said "
                 "the package would include 200 billion yen in loans and 100 billion yen in grants.",
                 {("Japan", "Africa", 300e9, "JPY")}, id="said-package-would-include"),
    pytest.param("Germany will give Moldova 90 million euros this year. Baerbock told reporters that the aid includes 60 million "
                 "euros in budget support and 30 million euros for energy.", {("Germany", "Moldova", 90e6, "EUR")},
                 id="told-reporters-that-aid-includes"),
    # goods a country bought from another, and a backlog of them, are no aid
    pytest.param("The United States announced a $200 million military aid package for Taiwan on Friday. Taiwan is still "
                 "waiting for about $14 billion in arms it has purchased from Washington.",
                 {("United States", "Taiwan", 200e6, "USD")}, id="arms-purchased-from"),
    pytest.param("The United States approved $80 million in military aid for Taiwan. The island has a backlog of roughly "
                 "$19 billion in undelivered weapons.", {("United States", "Taiwan", 80e6, "USD")}, id="backlog-of"),
    # funds held up or freed
    pytest.param("The European Commission unblocked 6 billion euros of cohesion funds for Poland that had been frozen over "
                 "concerns about judicial independence.", set(), id="unblocked-frozen-funds"),
    pytest.param("Britain announced 500 million pounds in military aid for Ukraine. A 50 billion euro EU support package "
                 "for Kyiv remains blocked by Hungary.", {("United Kingdom", "Ukraine", 500e6, "GBP")}, id="remains-blocked"),
    pytest.param("The EU will give Egypt 200 million euros in budget support. More aid of up to 1 billion euros may follow "
                 "once Egypt reaches a deal with the International Monetary Fund on a $3 billion loan.",
                 {("European Union", "Egypt", 200e6, "EUR")}, id="sum-of-the-condition"),
    # an offer on a condition
    pytest.param("The EU will provide 100 million euros to Tunisia this year. Further loans of up to 500 million euros could "
                 "follow if Tunisia agrees reforms with the International Monetary Fund.",
                 {("European Union", "Tunisia", 100e6, "EUR")}, id="could-follow-if"),
    # a debt owed
    pytest.param("The IMF approved a $3 billion loan for Pakistan on Wednesday. Pakistan already owes the fund about $7 billion "
                 "from earlier programmes.", {("International Monetary Fund", "Pakistan", 3e9, "USD")}, id="owes-the-fund"),
    # COVAX, UNRWA's long name
    pytest.param("Germany pledged an additional 300 million euros to the COVAX vaccine-sharing facility on Tuesday.",
                 {("Germany", "COVAX", 300e6, "EUR")}, id="covax-facility"),
    pytest.param("Canada said it would give $25 million to the United Nations agency for Palestinian refugees.",
                 {("Canada", "UNRWA", 25e6, "USD")}, id="unrwa-long-name"),
    # a lender's short form in brackets before its verb, in a second giver's clause
    pytest.param("The World Bank approved a $1.5 billion loan for Ecuador, and the Inter-American Development Bank (IDB) "
                 "approved up to $800 million, officials said.",
                 {("World Bank", "Ecuador", 1.5e9, "USD"), ("Inter-American Development Bank", "Ecuador", 800e6, "USD")},
                 id="idb-short-form"),
    pytest.param("The IMF announced a $4 billion programme for Kenya, while the African Development Bank (AfDB) approved "
                 "$500 million.", {("International Monetary Fund", "Kenya", 4e9, "USD"), ("African Development Bank", "Kenya", 500e6, "USD")},
                 id="afdb-short-form"),
    # an approver named before the sum gives; a compound `U.S.-dollar` sum; a bailout is aid
    pytest.param("The Asian Development Bank has approved a 500-million-U.S.-dollar policy-based loan to help Sri Lanka "
                 "strengthen public finances.", {("Asian Development Bank", "Sri Lanka", 500e6, "USD")}, id="us-dollar-compound"),
    pytest.param("The ADB has approved a $300 million loan to help Sri Lanka. The ADB loan follows the International Monetary "
                 "Fund's approval in March of a 2.9-billion-dollar bailout for the island nation.",
                 {("Asian Development Bank", "Sri Lanka", 300e6, "USD"), ("International Monetary Fund", "Sri Lanka", 2.9e9, "USD")},
                 id="approval-of-bailout"),
    # the agencies a sum is split between are channels
    pytest.param("Italy pledged 40 million euros for Sudan, split between the United Nations and aid groups.",
                 {("Italy", "Sudan", 40e6, "EUR")}, id="split-between-un"),
    pytest.param("Spain pledged 20 million euros for Lebanon. Germany pledged 30 million euros, divided among the United "
                 "Nations and charities, the minister said.", {("Spain", "Lebanon", 20e6, "EUR"), ("Germany", "Lebanon", 30e6, "EUR")},
                 id="divided-among-un"),
    # a stateless people's relief operation: its host country receives
    pytest.param("The Asian Development Bank approved $100 million in grants for Bangladesh. The new grants bring the bank's "
                 "support for the Rohingya response to $500 million.",
                 {("Asian Development Bank", "Bangladesh", 100e6, "USD"), ("Asian Development Bank", "Bangladesh", 500e6, "USD")},
                 id="rohingya-response"),
    # the stricken country's own package never goes to a neighbour that sent help
    pytest.param("Floods have killed 90 people in southern Brazil. Uruguay and Argentina sent rescue teams to Brazil on Friday. "
                 "President Lula unveiled a package of 20 billion reais (3.9 billion dollars) for the state.",
                 {("Uruguay", "Brazil", None, None), ("Argentina", "Brazil", None, None)}, id="own-package-reais"),
    # relief goods with a value
    pytest.param("Japan will provide emergency relief goods worth about 20 million yen to Nepal, including tents and blankets.",
                 {("Japan", "Nepal", 20e6, "JPY")}, id="relief-goods-worth"),
    # a gift bought for a country across a dotted maker's name
    pytest.param("Norway will buy a U.S.-made National Advanced Surface-to-Air Missile System for Ukraine at a cost of about "
                 "$300 million, the defence ministry said.", {("Norway", "Ukraine", 300e6, "USD")}, id="bought-for-us-made"),
    # a group of donors with a long participle phrase: no single donor's total
    pytest.param("Donors meeting in Geneva on Monday for a second time pledged a total of $2 billion to help Afghanistan. "
                 "Germany pledged 100 million euros.", {("Germany", "Afghanistan", 100e6, "EUR")}, id="donors-meeting-total"),
    # Spain's aid agency by its names
    pytest.param("The Spanish Agency for International Development Cooperation (AECID) said it would give 2 million euros to "
                 "Honduras.", {("Spain", "Honduras", 2e6, "EUR")}, id="aecid-long-name"),
    # fixed in pass aid40
    pytest.param("A plane chartered by AECID landed on Friday in San Pedro Sula with 20 tonnes of shelter kits for families "
                 "left homeless by the hurricane in Honduras.", {("Spain", "Honduras", None, None)}, id="plane-chartered-by-landed"),
    pytest.param("Spain's prime minister said Spain had offered Ukraine a company of 10 Leopards and would seek Germany's consent.",
                 {("Spain", "Ukraine", None, None)}, id="had-offered-company-of-tanks"),
    # not fixed
    pytest.param("A 40-member rescue team from Sichuan province arrived in Kathmandu on Sunday, the first foreign team to reach "
                 "Nepal after the quake.", {("China", "Nepal", None, None)}, id="team-from-province",
                 marks=xf("a team from a province of the donor: the province names no country")),
    pytest.param("The Swiss government has also earmarked 100 million francs for humanitarian demining in Ukraine from 2024 to 2027.",
                 {("Switzerland", "Ukraine", 100e6, "CHF")}, id="earmarked-demining",
                 marks=xf("`earmarked` as an aid verb also makes programme budgets aid (r19, r39's OSA budget)")),
    pytest.param("Sweden said it would resume funding UNRWA. Sweden will pay an initial 200 million crowns this year.",
                 {("Sweden", "UNRWA", 200e6, "SEK")}, id="resume-funding-agency",
                 marks=xf("the agency named in the sentence before as the object of `funding`: no recipient carried over")),
])
def test_constructions(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected


def _attrs(text: str) -> set[tuple]:
    return {(p["donor"]["canonical"], p["recipient"]["canonical"], p["aid_type"], p["status"]) for p in aid_payloads(text)}


@pytest.mark.parametrize("text, expected", [
    pytest.param("China will also provide Africa with 1 billion yuan of grant military assistance, Xi said.",
                 {("China", "Africa", "military", "planned")}, id="grant-military-assistance"),
    pytest.param("The United States announced 50 million dollars in additional economic and security assistance for Moldova.",
                 {("United States", "Moldova", "mixed", "announced")}, id="economic-and-security"),
    pytest.param("Britain will provide 30 million pounds in loans to Jamaica, the Foreign Office said.",
                 {("United Kingdom", "Jamaica", "financial", "planned")}, id="loans-financial-planned"),
])
def test_attributes(text: str, expected: set[tuple]) -> None:
    assert _attrs(text) == expected
