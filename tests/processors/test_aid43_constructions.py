"""Aid sums that fresh wire copy gives in ways the extractor missed or misread (aid 1.31.0, pass aid43).

Invented sentences, other donors, recipients, verbs and tenses than the development sets' (rounds 43 and 44). The
classes of the pass:

- a sum only possible (`the IDB and CAF could lend up to $2 billion`, `Berlin might provide about 20 million euros
  more`): no event;
- a figure superseded in the same clause (`Canada, which had promised $10 million, raised its pledge to $25 million`):
  only the raised figure is an event;
- a second sum coordinated under the first one's giving verb far before it (`would contribute 20 million euros to the
  Amazon Fund, which finances ..., and a further 60 million euros in other climate projects`): aid too;
- a running total told with more to come (`had already mobilised 45 million euros for Chad in 2023, and would add more`):
  cumulative, delivered;
- one earlier package the new one comes on top of, named with `a` and a relative clause (`on top of a $300 million
  credit line that Japan provided last month`): new (delivered when the relative's verb delivers), not a running total;
- a sum sent through an agency after a sum paid to an agency (`Norway also provided $1 million through UNICEF for clean
  water in the districts of ...`): the story's country receives it, not the agency paid before;
- `Singapore dollars` are SGD;
- a relief unit named with its country's name (`The Spain Emergency Response Team`, `the Chile Urban Search and Rescue
  Unit`) that lands or arrives: aid in kind from that country, and the members told in a `made up of` aside (`made up of
  firefighters, military personnel and doctors`) are the unit's, not a load of their own.

Left: a loan on commercial terms (a gold conflict with pass aid23's battery, strict xfail).

Guards: a modal before another verb (`the money could help`) keeps the sum; a loan on concessional terms is aid; a
further sum after an appeal is no aid; `had already provided` without more to come keeps its old reading; `on top of
the $300 million Japan has already provided since` stays a running total; money given to an agency stays the agency's; a
football team that arrives brings nothing; an army unit made up of soldiers is no relief.
"""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_payloads
from tests.marks import xf


def _rows(text: str) -> set[tuple]:
    out = set()
    for p in aid_payloads(text, published_at="2023-06-01T00:00:00+00:00"):
        a = p.get("amount") or {}
        out.add((p["donor"]["canonical"], p["recipient"]["canonical"], a.get("value"), a.get("currency"), p["kind"], p["status"]))
    return out


CASES = [
    # a sum only possible
    ("could-lend",
     "QUITO - The World Bank approved a 300 million dollar loan for Ecuador on Tuesday. President Noboa said the "
     "Inter-American Development Bank and CAF could lend up to 2 billion dollars in the coming months.",
     {("World Bank", "Ecuador", 300e6, "USD", "new", "announced")}),
    ("might-provide",
     "BAMAKO - Germany gave Mali 4 million euros in food aid on Monday, and officials said Berlin might provide about 20 "
     "million euros more next year.",
     {("Germany", "Mali", 4e6, "EUR", "new", "delivered")}),
    ("guard-could-help",
     "BAMAKO - Germany gave Mali 4 million euros in food aid on Monday, and officials said the money could help about "
     "200,000 people.",
     {("Germany", "Mali", 4e6, "EUR", "new", "delivered")}),
    # a loan on market terms
    # (left: round 43 counts no loan on commercial terms, pass aid23's battery counts `lent $3 billion to Pakistan at
    # commercial rates` as financial aid: a gold convention to settle before a rule)
    pytest.param(
        "commercial-terms",
        "LUSAKA - Chinese state banks have lent Zambia about 6 billion dollars on commercial terms since 2005 for roads and "
        "dams.",
        set(),
        marks=xf("commercial loans: round 43 says no aid, test_aid23's `loan-commercial-rates` says aid"),
    ),
    ("guard-concessional-terms",
     "LUSAKA - Japan has lent Zambia 300 million dollars on concessional terms for roads and dams.",
     {("Japan", "Zambia", 300e6, "USD", "cumulative", "delivered")}),
    # a figure superseded in the same clause
    ("which-had-promised-raised",
     "ISLAMABAD - Donors pledged money for Pakistan's flood victims on Monday. Canada, which had promised 10 million "
     "dollars, raised its pledge to 25 million dollars, a Canadian official said.",
     {("Canada", "Pakistan", 25e6, "USD", "new", "pledged")}),
    ("which-had-pledged-increased",
     "ACCRA - Sweden will provide 300 million crowns to Ghana, the minister said, while Denmark, which had pledged 50 "
     "million kroner, increased its contribution to 80 million kroner.",
     {("Sweden", "Ghana", 300e6, "SEK", "new", "planned"), ("Denmark", "Ghana", 80e6, "DKK", "new", "announced")}),
    # a second sum coordinated under the first one's giving verb
    ("and-a-further",
     "BRASILIA - Macron, visiting Lula, also announced that France would contribute 20 million euros to the Amazon Fund, "
     "which finances forest protection, and a further 60 million euros in other climate projects.",
     {("France", "Brazil", 20e6, "EUR", "new", "announced"), ("France", "Brazil", 60e6, "EUR", "new", "announced")}),
    ("and-an-additional",
     "LILONGWE - Norway will give Malawi 5 million dollars for primary schools in the northern districts of Karonga and "
     "Chitipa, and an additional 2 million dollars for rural clinics, the embassy said.",
     {("Norway", "Malawi", 5e6, "USD", "new", "planned"), ("Norway", "Malawi", 2e6, "USD", "new", "announced")}),
    ("guard-appeal-and-a-further",
     "KHARTOUM - The UN has appealed for 2.7 billion dollars for Sudan this year and a further 1.4 billion dollars for "
     "refugees.",
     set()),
    # a running total told with more to come
    ("already-mobilised-would-add-more",
     "GENEVA - Donors met on Monday to raise money for Chad after the floods. Norway pledged 20 million dollars. The "
     "European Union said it had already mobilised 45 million euros for Chad in 2023, and would add more.",
     {("Norway", "Chad", 20e6, "USD", "new", "pledged"), ("European Union", "Chad", 45e6, "EUR", "cumulative", "delivered")}),
    ("already-provided-would-give-more",
     "NAIROBI - Canada said on Friday it had already provided 12 million dollars to Kenya this year and would give more "
     "in the coming weeks.",
     {("Canada", "Kenya", 12e6, "USD", "cumulative", "delivered")}),
    ("guard-already-provided-alone",
     "NAIROBI - Canada said on Friday it had already provided 12 million dollars to Kenya.",
     {("Canada", "Kenya", 12e6, "USD", "new", "delivered")}),
    # one earlier package named with `a` and a relative clause
    ("on-top-of-a-credit-line-that",
     "COLOMBO - Japan extended a 200 million dollar loan to Nepal on Tuesday. The loan comes on top of a 300 million "
     "dollar credit line that Japan provided last month for fuel imports, the ministry said.",
     {("Japan", "Nepal", 200e6, "USD", "new", "announced"), ("Japan", "Nepal", 300e6, "USD", "new", "delivered")}),
    ("in-addition-to-a-grant-which",
     "TUNIS - The EU signed a 60 million euro loan for Tunisia on Friday. The money comes in addition to a 50 million "
     "euro grant which Brussels approved in May.",
     {("European Union", "Tunisia", 60e6, "EUR", "new", "announced"), ("European Union", "Tunisia", 50e6, "EUR", "new", "announced")}),
    ("guard-on-top-of-the-already",
     "COLOMBO - Japan extended a 200 million dollar loan to Nepal on Tuesday. The loan comes on top of the 300 million "
     "dollars Japan has already provided since the earthquake.",
     {("Japan", "Nepal", 200e6, "USD", "new", "announced"), ("Japan", "Nepal", 300e6, "USD", "cumulative", "delivered")}),
    # a sum sent through an agency after one paid to an agency
    ("through-unicef-after-wfp",
     "NIAMEY - Japan gave 4 million dollars to the World Food Programme for its work in Niger. Norway also provided 1 "
     "million dollars through UNICEF for clean water in the districts of Agadez and Zinder, the Norwegian embassy said.",
     {("Japan", "World Food Programme", 4e6, "USD", "new", "delivered"), ("Norway", "Niger", 1e6, "USD", "new", "announced")}),
    ("sent-through-unicef-after-unhcr",
     "DAKAR - Italy gave 2 million euros to UNHCR for refugees in Mali. Spain also sent 1.5 million euros through UNICEF "
     "for schools in the region of Mopti.",
     {("Italy", "UNHCR", 2e6, "EUR", "new", "delivered"), ("Spain", "Mali", 1.5e6, "EUR", "new", "delivered")}),
    # Singapore dollars
    ("singapore-dollars",
     "HANOI - Japan will give Vietnam 2 million dollars, and Singapore pledged 500,000 Singapore dollars for the flood "
     "victims.",
     {("Japan", "Vietnam", 2e6, "USD", "new", "planned"), ("Singapore", "Vietnam", 500e3, "SGD", "new", "pledged")}),
    # a relief unit named by its country's name, members told in an aside
    ("named-unit-landed",
     "RABAT - Spain will offer 3 million euros to Morocco, the ministry said. The Spain Emergency Response Team landed "
     "in Marrakesh on Sunday.",
     {("Spain", "Morocco", 3e6, "EUR", "new", "planned"), ("Spain", "Morocco", None, None, "new", "delivered")}),
    ("named-unit-made-up-of-military",
     "RABAT - Spain will offer 3 million euros to Morocco, the ministry said. The Spain Emergency Response Team, made up "
     "of firefighters, military personnel and doctors from the health agency, landed in Marrakesh aboard an air force "
     "plane on Sunday.",
     {("Spain", "Morocco", 3e6, "EUR", "new", "planned"), ("Spain", "Morocco", None, None, "new", "delivered")}),
    ("named-unit-four-words",
     "LIMA - Chile will send a 60-strong rescue team to Peru and give 1 million dollars, officials said. The Chile Urban "
     "Search and Rescue Unit arrived in Lima on Friday.",
     {("Chile", "Peru", 1e6, "USD", "new", "announced"), ("Chile", "Peru", None, None, "new", "delivered")}),
    ("guard-football-team",
     "LIMA - Chile gave Peru 1 million dollars. The Chile national football team arrived in Lima on Friday.",
     {("Chile", "Peru", 1e6, "USD", "new", "delivered")}),
    ("guard-army-unit-made-up-of-soldiers",
     "RABAT - Spain offered Morocco 3 million euros in aid. A Spanish army unit, made up of soldiers and engineers, arrived in "
     "Marrakesh on Sunday.",
     {("Spain", "Morocco", 3e6, "EUR", "new", "announced")}),
    # left: a donor's seed money for its own Red Cross's appeal for another country's victims
    pytest.param(
        "seed-money-own-red-cross",
        "JAKARTA - Singapore's government said it would contribute 60,000 Singapore dollars as seed money for the "
        "Singapore Red Cross's appeal for flood victims in Sumatra, Indonesia.",
        {("Singapore", "Indonesia", 60e3, "SGD", "new", "planned")},
        marks=xf("the donor's own Red Cross as a channel for another country's victims is read as a recipient"),
    ),
    # left: a relief team sent beside a sum in the same clause (merged into the sum as one planned shipment)
    pytest.param(
        "team-beside-sum",
        "ANKARA - Poland will send a 76-strong search and rescue team to Turkey and offer 2 million euros in humanitarian "
        "aid, the foreign ministry said.",
        {("Poland", "Turkey", 2e6, "EUR", "new", "planned"), ("Poland", "Turkey", None, None, "new", "planned")},
        marks=xf("a team planned beside a sum is merged into the sum (`_merge`); rounds differ on counting it apart"),
    ),
]


def _param(case):
    if hasattr(case, "marks"):
        name, text, expected = case.values
        return pytest.param(text, expected, id=name, marks=case.marks)
    name, text, expected = case
    return pytest.param(text, expected, id=name)


@pytest.mark.parametrize("text, expected", [_param(c) for c in CASES])
def test_aid43_constructions(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected
