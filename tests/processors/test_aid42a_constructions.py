"""Donors and recipients named wrong, money that is no aid, running totals counted as new (aid 1.29.0, pass aid42a).

Invented wire copy, other donors, recipients, sums and word orders than the development sets'. The classes of the pass:

- a currency code names no actor (`US$5 million`, `NZ$2m`): not even the fallback recipient; `Turkiye` is Turkey;
- money hoped for, not given: another's expected act (`is expecting the IMF to release a $1.1bn tranche`), one's own
  expected approval under a condition (`expected to approve ... up to $350 million ..., subject to reforms`), what a
  review `could unlock`;
- money that is no donor's aid: a share of a debt (`owes $36 billion ..., including $7 billion to China`), a wealth
  threshold (`a tax on fortunes above 100 million euros`), a sum someone needs or seeks (`the 2.7 billion dollars the UN
  says it needs`, `another $1.4 billion is sought`), private gifts (`20 billion won in private donations`);
- a country given aid in the story (named so in that sentence) that spends with no recipient named spends at home, in
  money and in kind (`the government had made 100 billion lira available for reconstruction`);
- donors gathered with an aside (`Donors meeting in Paris on Monday, a year after ..., pledged`): many donors' total;
- running totals: `had already delivered $475 million ... since the waters began rising`, a sentence opening
  `Including the new package, ...`, a total `approaching` a figure;
- recipients: a maker's name (`the US-made warplanes`) is no recipient, in sentences without money too; other givers listed `with X, Y and Z among the countries offering tents` are no recipients; the place a
  donor's team `arrived in` in the sentence is its relief's recipient; `for eastern Libya` counts as a recipient cue in
  the fallback; the giver's own nationals named beside the stricken people (`for French and Moroccan NGOs`) are a
  channel; a subject past a `whose`-aside (`France, whose offer had not been taken up, announced`) gives;
- no transfer: aircraft flown by their own crews (`the air force has flown MiG-29 fighters`); the parts of a scheme
  that is no event of its own (`the second tranche of the $2.3 billion package ..., consisting of $300 million ...`).

Guards: a donor's own `would unlock` / confirmed approval stays aid; `has disbursed $300 million` with no `already` and
no start stays as before; relief `flown aboard C-130 planes` is still a transfer; a country giving to a named other
country after receiving aid keeps its event; a sum `above` that is no threshold stays aid.
"""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_kinds, aid_tuples
from tests.marks import xf

_QUAKE = "ANKARA, Feb 8 - A powerful earthquake struck Turkey on Monday, killing thousands. "
_FLOOD = "TRIPOLI, Sep 14 - Floods swept through eastern Libya this week. "


def _flows(text: str) -> list[tuple]:
    return sorted(aid_tuples(text))


CASES = [
    # a currency code names no actor; `Turkiye`
    ("code-us-dollar-turkiye", "SEOUL, Feb 14 - South Korea will provide an additional US$5 million in humanitarian aid to Turkiye, the "
     "ministry said.", [("South Korea", "Turkey", 5000000.0, "USD")]),
    ("code-us-dollar-no-recipient", "Japan will provide US$3 million in humanitarian aid, the foreign ministry said.", []),
    ("code-nz-dollar", "WELLINGTON - A cyclone hit Fiji. New Zealand said it would give NZ$2 million to Fiji.",
     [("New Zealand", "Fiji", 2000000.0, "NZD")]),
    # money hoped for
    ("expecting-other-release", "Kenya is also expecting the International Monetary Fund to release a delayed $400 million tranche "
     "this month.", []),
    ("expects-other-approve", "Ghana expects the World Bank to approve a $250 million credit next week, officials said.", []),
    ("expected-own-approval-condition", "The Asian Development Bank said it expected to approve a loan of up to $200 million for "
     "Laos next year, subject to progress on reforms.", []),
    ("could-unlock-tranche", "Egypt's programme with the IMF is under review. A successful review could unlock a "
     "third tranche of about $820 million for Egypt.", []),
    # money that is no donor's aid
    ("debt-share", "Zambia owes about $13 billion to foreign creditors, including $4 billion to China.", []),
    ("debt-share-of-which", "Laos owes some $10 billion abroad, of which $5 billion to China, the ministry said.", []),
    ("threshold-fortunes", "Spain's parliament passed a levy of 1 percent on fortunes above 3 million euros, the government said.", []),
    ("threshold-assets-over", "Belgium will tax holdings of more than 1 million euros at 0.15 percent.", []),
    ("un-says-it-needs", "The pledges for Yemen fall short of the 4.3 billion dollars the United Nations says it needs this year.", []),
    ("is-sought", "Another 900 million dollars is sought for the refugee response in Chad.", []),
    ("private-donations", "Japanese companies including Toyota have pledged a combined 2 billion yen (about $13 million) in "
     "private donations to Turkey, the federation said.", []),
    # a recipient of the story spending at home
    ("recipient-spends-at-home", _QUAKE + "Qatar pledged $50 million for Turkey. President Erdogan said the government had made "
     "80 billion lira available for reconstruction.", [("Qatar", "Turkey", 50000000.0, "USD")]),
    ("recipient-spends-at-home-in-kind", _QUAKE + "Qatar pledged $50 million for Turkey. Erdogan said the government had "
     "sent 5,000 tents to the worst-hit provinces.", [("Qatar", "Turkey", 50000000.0, "USD")]),
    ("recipient-gives-other-named", _QUAKE + "Qatar pledged $50 million for Turkey. Turkey said it would give $1 million to Syria.",
     [("Qatar", "Turkey", 50000000.0, "USD"), ("Turkey", "Syria", 1000000.0, "USD")]),
    # donors gathered with an aside
    ("donors-aside", "Donors meeting in Geneva on Tuesday, two years after the war began, pledged more than 3 billion dollars in "
     "aid for Yemen, the UN chief announced.", []),
    ("donors-aside-gathered", "Western donors gathered in London, days after the floods, promised $1 billion for Pakistan, "
     "the prime minister said.", []),
    # recipients
    ("others-among-offering", "The European Union released 800,000 euros in humanitarian funding, the Commission said, with "
     "Austria, Croatia and Greece among the countries offering tents and generators.", []),
    ("others-among-offering-named", _FLOOD + "The European Union released 800,000 euros in humanitarian funding for Libya, with "
     "Austria and Greece among the countries offering tents.", [("European Union", "Libya", 800000.0, "EUR")]),
    ("own-and-stricken-people", "RABAT - An earthquake struck Morocco. Italy said it would give 2 million euros for Italian and "
     "Moroccan charities working in the mountains.", [("Italy", "Morocco", 2000000.0, "EUR")]),
    ("whose-aside-subject", "RABAT - An earthquake struck Morocco. France, whose offer had not been taken up, announced that it "
     "would release 5 million euros for aid groups in the affected areas.", [("France", "Morocco", 5000000.0, "EUR")]),
    ("arrived-in-recipient", "DHAKA - Floods hit Bangladesh. India sent 20 tonnes of food to Bangladesh. Nepal's rescue team "
     "landed in Myanmar on Sunday, and Kathmandu said it was sending tents and blankets.",
     [("India", "Bangladesh", None, None), ("Nepal", "Myanmar", None, None)]),
    ("maker-no-recipient", "Danish Prime Minister Anne Holm said her country would transfer 12 of the US-made jets next year.", []),
    ("maker-no-recipient-named", "KYIV - Norway will send Ukraine six German-built tanks. The minister said Norway would also "
     "deliver eight US-made launchers.", [("Norway", "Ukraine", None, None)]),
    ("maker-french-designed", "Greece said it would hand Armenia four French-designed helicopters.", [("Greece", "Armenia", None, None)]),
    # no transfer
    ("air-force-has-flown", "Poland's air force has flown MiG-29 fighters since the 1990s.", []),
    ("flew-combat-missions", "The Royal Air Force flew combat missions over Syria for years.", []),
    ("flown-relief-guard", "YANGON - An earthquake struck Myanmar. India flew 15 tonnes of relief material to Yangon aboard "
     "two air force planes.", [("India", "Myanmar", None, None)]),
    ("frame-parts", "SEOUL - South Korea will provide 140 billion won in aid to Ukraine this year. It is the second tranche of "
     "the $2.3 billion package that Seoul pledged in 2023, consisting of $300 million in grants and $2 billion in loans.",
     [("South Korea", "Ukraine", 140000000000.0, "KRW")]),
    ("frame-as-event", "SEOUL - South Korea will provide 140 billion won in aid to Ukraine this year. It is the second tranche "
     "of the $2.3 billion package that Seoul pledged in 2023.",
     [("South Korea", "Ukraine", 140000000000.0, "KRW"), ("South Korea", "Ukraine", 2300000000.0, "USD")]),
    ("un-from-its-cerf", "SUVA - A cyclone hit Fiji. The United Nations released $4 million from its Central Emergency Response "
     "Fund for Fiji.", [("Central Emergency Response Fund", "Fiji", 4000000.0, "USD")]),
    # guards
    ("guard-would-unlock", "Japan said it would unlock $500 million for Ukraine.", [("Japan", "Ukraine", 500000000.0, "USD")]),
    ("guard-confirmed-approval", "The World Bank approved a $250 million credit for Ghana on Tuesday.",
     [("World Bank", "Ghana", 250000000.0, "USD")]),
    ("guard-above-no-threshold", "Germany will give Ukraine aid worth above 1 billion euros this year.",
     [("Germany", "Ukraine", 1000000000.0, "EUR")]),
]

_XFAIL = {
    "frame-as-event": "a scheme recalled as the frame of a tranche (`the second tranche of the $2.3 billion package Seoul "
    "pledged in 2023`) is no event under the older rounds' convention; round 42 counts it (conventions disagree: left)",
    "un-from-its-cerf": "`The United Nations released $5 million from its Central Emergency Response Fund`: the older rounds give "
    "the United Nations, rounds 27, 39 and 41 the fund (conventions disagree: left)",
}


def _param(case):
    name, text, expected = case
    if name in _XFAIL:
        return pytest.param(text, expected, id=name, marks=xf(_XFAIL[name]))
    return pytest.param(text, expected, id=name)


@pytest.mark.parametrize("text, expected", [_param(c) for c in CASES])
def test_constructions(text: str, expected: list[tuple]) -> None:
    assert _flows(text) == sorted(expected)


@pytest.mark.parametrize("text, value, kind", [
    pytest.param("The Islamic Development Bank will lend Egypt $1 billion. The lender had already delivered $300 million in "
                 "emergency funding to Egypt since the storms began in March.", 3e8, "cumulative", id="already-since-clause"),
    pytest.param("The World Bank will lend Kenya $750 million. The bank had already disbursed $200 million to Kenya since the "
                 "drought set in, it said.", 2e8, "cumulative", id="already-disbursed-since"),
    pytest.param("Norway approved its 12th package for Ukraine, worth about 5 billion kroner. Including the new package, "
                 "Norway's support to Ukraine is approaching 70 billion kroner.", 7e10, "cumulative", id="including-new-package"),
    pytest.param("Finland approved a new package for Ukraine worth 200 million euros. Counting this latest tranche, Finland's "
                 "defence aid to Ukraine stands at 2.5 billion euros.", 2.5e9, "cumulative", id="counting-latest-tranche"),
    pytest.param("Italy approved a new package for Ukraine worth 200 million euros. Italy's military aid to Ukraine is now "
                 "nearing 3 billion euros, the ministry said.", 3e9, "cumulative", id="nearing"),
    # guards: a new package that approaches something else; a sum given elsewhere with no `already` and no start
    pytest.param("Denmark will give Ukraine a new package of 3 billion kroner, approaching the size of its last one.", 3e9, "new",
                 id="approaching-no-total"),
    pytest.param("The Islamic Development Bank will lend Egypt $1 billion, after it disbursed $300 million to Jordan last week.",
                 1e9, "new", id="no-already"),
])
def test_running_totals(text: str, value: float, kind: str) -> None:
    kinds = {k[2]: k[4] for k in aid_kinds(text, "t-aid42a", "2024-05-01T00:00:00+00:00")}
    assert kinds.get(value) == kind
