"""Money that is no aid, told next to a true aid event: constructions of pass aidtrap (aid 1.42.0).

Invented wire copy (none copied from an evaluation set). Each trap sentence is put in a short article that also has one
true aid event; the trap must add no event, and the true event must stay. The classes the pass guards:

- an offer refused or turned down (a package vetoed or blocked by a third party stays its donor's event, as older tests hold);
- aid held back after it was named: held up, stuck, frozen, impounded, on hold;
- what an article's news comes after (`It comes weeks after India agreed a separate $500 million facility`), and the
  review of a programme agreed before (`the first review of Sri Lanka's $2.9 billion bailout programme`);
- a loan not yet granted: under consideration, weighed, hoped for, requested, still under discussion;
- a handout per head (`to every quake survivor`, `each`, `per family`) or to a government's own regions and people;
- a sum named again in another currency after `The aid,`, insurers' payouts;
- a package recalled from years before (`In 2015, Japan gave`, `Last year, ...`, `after the 2015 quake`) is read
  `cumulative` (a past sum, as every past period already is), never a new package;
- the public's gifts (`private donations from the public reached`), a fund's or a lender's book (`now holds`, `total
  lending ... reached`), a cabinet's or a parliament's own spending with no aid and no country after the sum.

Guards: true aid of the same shapes (a loan approved, aid to each of several countries, a match for every dollar donated,
a cabinet approving aid for a named country, a fund's grant, a package of the day before: `came a day after Mexico
announced $3 million`) stays an event.
"""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_tuples

_LEADS = {
    "ph": ("MANILA, Nov 3 (Reuters) - A powerful typhoon tore through the central Philippines on Sunday, killing at least 40 "
           "people. Japan said it would provide $2 million in emergency grant aid to the Philippines. "),
    "bd": ("DHAKA, July 12 (AFP) - Monsoon floods have submerged large parts of northern Bangladesh. The European Union "
           "announced 1.5 million euros in humanitarian aid for flood victims in Bangladesh. "),
    "np": ("BEIJING, Aug 5 (Xinhua) - Heavy rain has triggered landslides in Nepal, leaving dozens dead. China will provide "
           "10 million yuan in emergency humanitarian assistance to Nepal, the foreign ministry said. "),
    "hn": ("MADRID, Oct 30 (EFE) - Hurricane winds battered Honduras overnight. Spain will send 500,000 euros in humanitarian "
           "aid to Honduras, the foreign ministry said. "),
    "tr": ("SEOUL, March 2 (Yonhap) - South Korea pledged help for quake-stricken Turkey on Thursday. South Korea will provide "
           "$5 million in humanitarian aid to Turkey, the foreign ministry said. "),
    "mz": ("WASHINGTON, Apr 3 (AP) - Deadly storms hit Mozambique last week. The United States will provide $4 million in "
           "humanitarian assistance to Mozambique, USAID said. "),
}

TRAPS = [
    # stopped before it was given
    ("refused-offer", "tr", "The junta refused a UN offer of $10 million in aid."),
    ("offer-rejected", "ph", "Taiwan offered $1 million in aid, but Beijing rejected the offer."),
    # held back
    ("held-up", "ph", "Aid worth 20 million dollars has been held up at the border for weeks."),
    ("frozen", "bd", "The $10 million in aid was frozen after the coup."),
    ("stuck", "hn", "A shipment of aid worth $2 million was stuck in customs."),
    ("impounded", "np", "Relief goods worth 3 million yuan were impounded at the port, officials said."),
    # a loan not yet granted
    ("considering", "np", "The Asian Development Bank is considering a $200 million loan to Nepal."),
    ("weighing", "mz", "The African Development Bank is weighing a $250 million loan for Malawi's roads."),
    ("hopes-to-secure", "bd", "Sri Lanka hopes to secure a $2.9 billion IMF bailout by the end of the year."),
    ("requested", "hn", "Egypt has requested a $5 billion loan from the International Monetary Fund."),
    ("under-discussion", "ph", "Officials said a $700 million loan from the Islamic Development Bank was under discussion."),
    ("being-negotiated", "tr", "A 1.2 billion euro credit line from the European Investment Bank is being negotiated."),
    # a handout per head or to a government's own people
    ("to-every", "bd", "The Turkish government said it would give 10,000 lira to every quake survivor."),
    ("to-each", "hn", "The Japanese government will give 3 million yen to each household whose house was destroyed."),
    ("per-family", "np", "Authorities in Kathmandu will pay 50,000 rupees per family to those who lost their homes."),
    ("each-after", "mz", "Mozambican farmers will receive 3,000 meticais each to replant their crops."),
    ("own-states", "mz", "The German government will provide 400 million euros to its flood-hit states."),
    ("own-farmers", "tr", "Ankara will pay 2 billion lira to its farmers in the quake zone."),
    # the public's gifts, a fund's or lender's book, a chamber's own spending
    ("private-donations", "tr", "Private donations from the public reached 30 billion won."),
    ("fund-holds", "mz", "The Loss and Damage Fund now holds about $700 million in pledges."),
    ("total-lending", "np", "The World Bank's total lending to the region reached $20 billion last year."),
    ("cabinet-approved", "np", "Sri Lanka's cabinet approved 10 billion rupees for the reconstruction of damaged roads."),
    ("parliament-passed", "ph", "Peru's parliament passed 500 million soles for rebuilding bridges in the north."),
    ("on-hold", "mz", "Debt relief worth about 3 billion dollars promised to Lusaka in 2021 has been on hold since the coup."),
    ("comes-after", "bd", "It comes weeks after India agreed a separate $500 million facility for fuel imports."),
    ("review-of-programme", "np", "The board completed the first review of Sri Lanka's $2.9 billion bailout programme on Monday."),
    # a sum named again in another currency, insurers' payouts
    ("conversion-apposed", "ph", "The aid, 300 million yen, will be used to buy food and water."),
    ("insurers", "bd", "Insurers will pay out about 1.2 billion euros for the hail damage, the industry association said."),
    # already guarded before this pass (kept as a guard of the battery)
    ("flash-appeal", "ph", "The United Nations launched a flash appeal for $125 million to help 800,000 people."),
    ("damage-estimate", "bd", "The World Bank estimated direct physical damage in Turkey at $34.2 billion."),
    ("defence-budget", "tr", "Japan approved a record 7.9 trillion yen defence budget for next year."),
    ("in-talks", "bd", "Bangladesh is in talks with the World Bank over a $500 million loan for embankments."),
    ("trade", "np", "Bilateral trade between China and Nepal reached $1.8 billion last year."),
]


@pytest.mark.parametrize("name, lead, trap", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_adds_no_event(name, lead, trap):
    base = set(aid_tuples(_LEADS[lead]))
    assert base, "the lead's true aid event must be found"
    assert set(aid_tuples(_LEADS[lead] + trap)) == base


TRUES = [
    ("loan-approved", "np", "The Asian Development Bank approved a $200 million loan for Nepal's flood recovery.",
     ("Asian Development Bank", "Nepal", 200000000.0, "USD")),
    ("imf-disbursed", "bd", "The IMF board approved a $1.1 billion disbursement to Pakistan.",
     ("International Monetary Fund", "Pakistan", 1100000000.0, "USD")),
    ("to-each-of", "hn", "Canada will give C$1 million to each of Honduras and Guatemala.",
     ("Canada", "Honduras", 1000000.0, "CAD")),
    ("cabinet-for-country", "ph", "Japan's cabinet approved 500 million yen in emergency aid for Turkey.",
     ("Japan", "Turkey", 500000000.0, "JPY")),
    ("offer-accepted", "tr", "Greece offered 1 million euros in aid to Turkey, and Ankara accepted.",
     ("Greece", "Turkey", 1000000.0, "EUR")),
    ("contribute", "mz", "Canada will contribute C$2 million to the Red Cross response in Turkey.",
     ("Canada", "Turkey", 2000000.0, "CAD")),
    ("kroner-wfp", "np", "Norway has pledged 50 million kroner to the World Food Programme for Afghanistan.",
     ("Norway", "World Food Programme", 50000000.0, "NOK")),
    ("grant-bank", "mz", "The African Development Bank approved a $50 million grant for Malawi's cyclone recovery.",
     ("African Development Bank", "Malawi", 50000000.0, "USD")),
    ("kuwait-donated", "bd", "Kuwait has donated $2 million to Bangladesh to help flood victims.",
     ("Kuwait", "Bangladesh", 2000000.0, "USD")),
    ("world-bank-provide", "tr", "The World Bank will provide $1.78 billion to Turkey for reconstruction.",
     ("World Bank", "Turkey", 1780000000.0, "USD")),
    ("unfrozen-given", "hn", "Sweden will give 40 million kronor in humanitarian aid to Honduras.",
     ("Sweden", "Honduras", 40000000.0, "SEK")),
    ("this-year-opening", "tr", "In 2024, Qatar gave $20 million to Pakistan for flood relief.",
     ("Qatar", "Pakistan", 20000000.0, "USD")),
    ("after-this-years-quake", "np", "India gave $5 million to Nepal after the 2024 quake.",
     ("India", "Nepal", 5000000.0, "USD")),
    ("each-of-agencies", "mz", "Canada will give C$3 million each to the Red Cross and UNICEF for Malawi.",
     ("Canada", "Malawi", 3000000.0, "CAD")),
    ("came-a-day-after", "hn", "The talks came a day after Mexico announced $3 million in aid for Honduras.",
     ("Mexico", "Honduras", 3000000.0, "USD")),
    ("swiss-francs", "np", "Switzerland will provide 5 million francs in humanitarian aid for Syria.",
     ("Switzerland", "Syria", 5000000.0, "CHF")),
]


@pytest.mark.parametrize("name, lead, text, expected", TRUES, ids=[t[0] for t in TRUES])
def test_true_aid_of_the_same_shape_stays(name, lead, text, expected):
    assert expected in aid_tuples(_LEADS[lead] + text)


BACKGROUND = [
    ("in-year-opening", "ph", "In 2015, Japan gave $14 million to Nepal after the Gorkha earthquake."),
    ("back-in", "np", "Back in 2004, Germany pledged 500 million euros after the Indian Ocean tsunami."),
    ("after-dated-quake-opening", "hn", "After the 2010 earthquake, the United States provided $1.1 billion in aid to Haiti."),
    ("last-year-opening", "mz", "Last year, the UAE sent $50 million in aid to Sudan."),
    ("years-ago", "bd", "Three years ago the EU sent 10 million euros when a cyclone struck the same region."),
    ("after-dated-disaster", "tr", "Qatar gave $20 million to Pakistan after the 2022 floods."),
]


@pytest.mark.parametrize("name, lead, trap", BACKGROUND, ids=[t[0] for t in BACKGROUND])
def test_package_of_years_before_is_no_new_package(name, lead, trap):
    from tests.aid_tuples import aid_payloads
    base = set(aid_tuples(_LEADS[lead]))
    extra = [p for p in aid_payloads(_LEADS[lead] + trap)
             if (p["donor"]["canonical"], p["recipient"]["canonical"], (p.get("amount") or {}).get("value"),
                 (p.get("amount") or {}).get("currency")) not in base]
    assert extra and all(p["kind"] == "cumulative" for p in extra), extra
