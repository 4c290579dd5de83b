"""Aid events missed and wrong: constructions of pass aidp (aid 1.33.0).

Invented wire copy (other donors, recipients, sums and word orders than the development rounds'). The classes:

- a national Red Cross or Red Crescent society under its formal name (`the Red Cross Society of China`, `the Kenya Red
  Cross Society`) gives and receives as an organisation, not as the country its name carries; it receives only where it
  is named (never as the article's carried or fallback recipient of another donor's sum);
- `has (also) provided 300,000 dollars ... to X` with an exact sum, a recipient named right after it and no span of time
  is one gift, not a running total (`has provided about ...`, `... since 2020` stay totals);
- `emergency cash assistance` is relief (humanitarian);
- a named donor announcing a bare sum (`Ireland announced 20 million euros, the prime minister's office said`) gives it;
- an ordinal tranche of a package named before (`the first tranche, worth $150 million,`) is a part, no event;
- `..., and said it had deployed a search and rescue team` beside a sum: the giver's own shipment, an in-kind event of
  its own (`deployed` a relief team is a delivery);
- a sum from several givers together (`up to $3 billion from the fund, the World Bank and other partners`) is no one
  donor's aid;
- a figure in a currency the reader does not know, then its conversion (`500 million kwacha, about 20 million dollars,`):
  the conversion is no sum of its own.

Guards: the bare `the Kenya Red Cross` stays a channel to the country; an approximate or dated perfect stays cumulative;
`announced ... for its armed forces`, a subject that names no donor (`The ministry announced`) and a second clause's
subject (`..., while Bangladesh announced`) give nothing; one named source stays aid; a team the giver `would send` beside its sum stays the sum's, and a force deployed
(`Patriot batteries`) is no gift; a
package deposited with a central bank with no tranche stays aid; a known currency with its conversion in brackets is
one event.
"""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_payloads, aid_tuples

_FLOOD = "NAIROBI, May 4 - Floods swept through western Kenya this week. "
_CYCLONE = "LUSAKA, Jan 9 - A cyclone hit Zambia on Sunday. "


def _flows(text: str) -> list[tuple]:
    return sorted(aid_tuples(text), key=repr)


def _attrs(text: str) -> list[tuple]:
    out = []
    for p in aid_payloads(text):
        amount = p.get("amount") or {}
        out.append((p["donor"]["canonical"], p["recipient"]["canonical"], amount.get("value"), p["kind"], p.get("aid_type")))
    return sorted(out)


CASES = [
    # national societies
    ("society-to-society", "The Japanese Red Cross Society has provided 300,000 dollars in emergency cash assistance to the "
     "Kenya Red Cross Society.", [("Japanese Red Cross Society", "Kenya Red Cross Society", 300000.0, "USD")]),
    ("society-of-country", _FLOOD + "The Kenya Red Cross Society received 50,000 dollars from the Red Cross Society of Japan.",
     [("Red Cross Society of Japan", "Kenya Red Cross Society", 50000.0, "USD")]),
    ("society-not-carried", _FLOOD + "The Kenya Red Cross Society received 50,000 dollars from the Red Cross Society of Japan. "
     "The European Union released 1 million euros in humanitarian funding, its aid office said.",
     [("European Union", "Kenya", 1000000.0, "EUR"), ("Red Cross Society of Japan", "Kenya Red Cross Society", 50000.0, "USD")]),
    ("guard-bare-red-cross", _FLOOD + "Japan will give 2 million dollars to the Kenya Red Cross to help flood victims.",
     [("Japan", "Kenya", 2000000.0, "USD")]),
    # a named donor announcing a bare sum
    ("announced-bare-sum", "DHAKA, Aug 2 - Floods hit Bangladesh. Ireland announced 20 million euros, the prime minister's "
     "office said.", [("Ireland", "Bangladesh", 20000000.0, "EUR")]),
    ("earmarked-for", "Austria has earmarked 3 million euros for the UN refugee agency UNHCR, the foreign ministry said.",
     [("Austria", "UNHCR", 3000000.0, "EUR")]),
    ("guard-announced-own-forces", "DHAKA, Aug 2 - Floods hit Bangladesh. Ireland announced 20 million euros for its armed forces.", []),
    ("guard-announced-no-donor", "DHAKA, Aug 2 - Floods hit Bangladesh. The ministry announced 20 million euros, officials said.", []),
    ("guard-announced-second-clause", "DHAKA, Aug 2 - Floods hit Bangladesh. The World Bank will lend $200 million to "
     "Bangladesh, while Bangladesh announced 20 million euros.", [("World Bank", "Bangladesh", 200000000.0, "USD")]),
    # a sum many givers make up together
    ("joint-sources", "ACCRA - The IMF said it would lend Ghana a further $600 million, part of a package of up to $3 billion "
     "from the fund, the World Bank and other partners over three years.", [("International Monetary Fund", "Ghana", 600000000.0, "USD")]),
    ("guard-one-source", "ACCRA - Ghana will receive $600 million from the World Bank, the finance ministry said.",
     [("World Bank", "Ghana", 600000000.0, "USD")]),
    # an ordinal tranche
    ("ordinal-tranche", "AMMAN - Kuwait will give Jordan $500 million in economic support. The first tranche, worth $150 million, "
     "will be deposited with the central bank next week.", [("Kuwait", "Jordan", 500000000.0, "USD")]),
    ("guard-deposit-no-tranche", "AMMAN - Kuwait will deposit $500 million with Jordan's central bank, officials said.",
     [("Kuwait", "Jordan", 500000000.0, "USD")]),
    # the giver's own report of a team deployed beside its sum
    ("said-it-had-deployed-team", "PORT-AU-PRINCE - An earthquake hit Haiti. Canada announced 5 million euros in assistance for "
     "Haiti on Monday and said it had deployed a 40-member search and rescue team.",
     [("Canada", "Haiti", 5000000.0, "EUR"), ("Canada", "Haiti", None, None)]),
    ("guard-would-send-team", "PORT-AU-PRINCE - An earthquake hit Haiti. Canada announced 5 million euros in assistance for "
     "Haiti on Monday and said it would send a search and rescue team.", [("Canada", "Haiti", 5000000.0, "EUR")]),
    ("guard-deployed-force", "WARSAW - Germany will give Poland 100 million euros in aid and has deployed Patriot batteries to Poland.",
     [("Germany", "Poland", 100000000.0, "EUR")]),
    # a figure in a currency unread, then its conversion
    ("unread-currency-conversion", _CYCLONE + "Britain will give Zambia 2 million pounds in humanitarian aid. The government "
     "said it had set aside 500 million kwacha, about 20 million dollars, for relief.",
     [("United Kingdom", "Zambia", 2000000.0, "GBP")]),
    ("guard-known-currency-conversion", _CYCLONE + "Norway will give Zambia 50 million crowns ($4.7 million) in humanitarian aid.",
     [("Norway", "Zambia", 50000000.0, "NOK")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=n) for n, t, e in CASES])
def test_constructions(text: str, expected: list[tuple]) -> None:
    assert _flows(text) == sorted(expected, key=repr)


ATTR_CASES = [
    # one gift in the perfect, and `emergency cash assistance` as relief
    ("perfect-one-gift", "The Japanese Red Cross Society has also provided 300,000 dollars in emergency cash assistance to the "
     "Kenya Red Cross Society.", [("Japanese Red Cross Society", "Kenya Red Cross Society", 300000.0, "new", "humanitarian")]),
    ("perfect-donated-to-agency", "Austria has donated 2 million euros to UNICEF to help children in Sudan.",
     [("Austria", "UNICEF", 2000000.0, "new", "unspecified")]),
    ("guard-perfect-about", "Japan has provided about 300,000 dollars in humanitarian aid to Kenya.",
     [("Japan", "Kenya", 300000.0, "cumulative", "humanitarian")]),
    ("guard-perfect-since", "Japan has provided 300,000 dollars in humanitarian aid to Kenya since 2020.",
     [("Japan", "Kenya", 300000.0, "cumulative", "humanitarian")]),
    ("guard-perfect-no-recipient-after", "Italy has given Ukraine 2 billion euros in military aid, the minister said.",
     [("Italy", "Ukraine", 2000000000.0, "cumulative", "military")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=n) for n, t, e in ATTR_CASES])
def test_attributes(text: str, expected: list[tuple]) -> None:
    assert _attrs(text) == sorted(expected)
