"""aid 1.17.0: classes left by aid 1.16.0 on rounds 19-28 and 30, and generic wire-copy aid phrasings no round had yet.

Every sentence here is written for this file (none is copied from an evaluation set). Each class has positive cases
and traps that must give no event (or not that one). An event is compared as (donor, recipient, value, currency).
"""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_tuples
from wirewatch.processors import aid


def run(text: str) -> list[tuple]:
    return aid_tuples(text, "t-aidpass")


def test_version():
    # the exact version and output are pinned together in test_producer_versions.py
    assert tuple(map(int, aid.PRODUCER.version.split("."))) >= (1, 26, 0)


# ---------------------------------------------------------------- Palestinians named as the people the aid is for


@pytest.mark.parametrize(
    "text, donor, value",
    [
        ("Japan announced $65 million in humanitarian aid for Palestinians in Gaza and the West Bank on Tuesday.", "Japan", 65e6),
        ("Spain will give 20 million euros to Palestinians in Gaza, the foreign ministry said.", "Spain", 20e6),
        ("Canada said it would provide an extra C$10 million for the Palestinians, most of it through U.N. agencies.", "Canada", 10e6),
        ("Palestinians in Gaza will receive $30 million in emergency aid from the Dutch government.", "Netherlands", 30e6),
        ("Ireland will give Palestinians in the West Bank 5 million euros in budget support.", "Ireland", 5e6),
    ],
)
def test_palestinians_recipient(text, donor, value):
    got = run(text)
    assert [(d, r) for d, r, v, _ in got if v == pytest.approx(value)] == [(donor, "Palestinians")], got


@pytest.mark.parametrize(
    "text, recipient",
    [
        ("Norway pledged $10 million for Gaza on Monday.", "Gaza"),
        ("Sweden will send 50 million crowns in humanitarian aid to the Gaza Strip.", "Gaza"),
    ],
)
def test_gaza_stays_gaza(text, recipient):
    assert [r for _, r, _, _ in run(text)] == [recipient]


def test_refugees_in_host_country_unchanged():
    assert [r for _, r, _, _ in run("Japan pledged $20 million for Rohingya refugees in Bangladesh.")] == ["Bangladesh"]


def test_no_event_for_palestinians_speaking():
    assert run("Palestinians in Gaza said no aid had arrived for days.") == []


# ---------------------------------------------------------------- a running total keeps its sentence's recipient


@pytest.mark.parametrize(
    "text, recipient",
    [
        ("The EU will double its aid for Gaza, adding 40 million euros to bring its aid for the enclave to 80 million euros, "
         "a week after a row over its funding for Palestinians.", "Gaza"),
        ("Denmark gave Ukraine another 2 billion crowns, taking its support this year to 9 billion crowns, weeks after a "
         "dispute with Hungary.", "Ukraine"),
    ],
)
def test_running_total_recipient(text, recipient):
    got = run(text)
    assert len(got) == 2 and {r for _, r, _, _ in got} == {recipient}, got


# ---------------------------------------------------------------- a donor's own tanks named by the model alone


@pytest.mark.parametrize(
    "text, donor",
    [
        ("Germany will send Leopard tanks to Ukraine. Finland said it would give two of its own Leopards.", "Finland"),
        ("Germany will send Leopard tanks to Ukraine. Spain, which had hesitated for months, said on Friday it would "
         "send its Leopards within weeks.", "Spain"),
        ("Germany will send Leopard tanks to Ukraine. The Netherlands and Denmark said they would send their Leopards "
         "in the spring.", "Netherlands"),
    ],
)
def test_own_leopards(text, donor):
    assert (donor, "Ukraine", None, None) in run(text)


@pytest.mark.parametrize(
    "text, donor",
    [
        ("Germany will send Leopard tanks to Ukraine. Polish officials said Warsaw was ready to send its own Leopards.", "Poland"),
        ("Germany will send Leopard tanks to Ukraine. Spain was prepared to send its Leopards.", "Spain"),
        ("Germany will send Leopard tanks to Ukraine. Finland would send its Leopards as part of a wider coalition, "
         "its defence minister said.", "Finland"),
        ("Germany will send Leopard tanks to Ukraine. Norway is considering whether to send some of its own Leopards.", "Norway"),
        ("Germany will send Leopard tanks to Ukraine. Poland said it would keep its Leopards for its own army.", "Poland"),
    ],
)
def test_own_leopards_not_offered(text, donor):
    assert all(d != donor for d, _, _, _ in run(text))


# ---------------------------------------------------------------- generic phrasings: contribute, grant of, disbursed, earmarked, tranche


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Japan said it would contribute $10 million to relief efforts in Mozambique after the cyclone.",
         ("Japan", "Mozambique", 10e6, "USD")),
        ("The World Bank approved a grant of $150 million to Malawi to strengthen its health system.",
         ("World Bank", "Malawi", 150e6, "USD")),
        ("Sweden announced a grant of 200 million crowns for Somalia to fight hunger.", ("Sweden", "Somalia", 200e6, "SEK")),
        ("The European Union disbursed 1.5 billion euros to Ukraine on Friday under its macro-financial assistance programme.",
         ("European Union", "Ukraine", 1.5e9, "EUR")),
        ("Germany earmarked 50 million euros for Lebanon's recovery, the foreign ministry said.",
         ("Germany", "Lebanon", 50e6, "EUR")),
        ("The Netherlands has earmarked 20 million euros for flood victims in Pakistan.",
         ("Netherlands", "Pakistan", 20e6, "EUR")),
        ("Denmark set aside 30 million crowns for earthquake survivors in Turkey.", ("Denmark", "Turkey", 30e6, "DKK")),
        ("The IMF approved a further tranche of $1.1 billion for Pakistan.",
         ("International Monetary Fund", "Pakistan", 1.1e9, "USD")),
        ("Germany will provide Jordan with a further tranche of 100 million euros.", ("Germany", "Jordan", 100e6, "EUR")),
    ],
)
def test_generic_phrasings(text, expected):
    got = run(text)
    assert len(got) == 1 and got[0][:2] == expected[:2] and got[0][2] == pytest.approx(expected[2]) and got[0][3] == expected[3], got


# ---------------------------------------------------------------- development banks: loans and guarantees


@pytest.mark.parametrize(
    "text, donor, recipient, value",
    [
        ("The Asian Development Bank approved a $500 million loan to Bangladesh to support its budget.",
         "Asian Development Bank", "Bangladesh", 500e6),
        ("The African Development Bank will lend Kenya $80 million for water projects.", "African Development Bank", "Kenya", 80e6),
        ("The World Bank provided a $1 billion guarantee to help Ukraine borrow from commercial lenders.", "World Bank", "Ukraine", 1e9),
        ("The Inter-American Development Bank approved a $300 million loan for Ecuador.",
         "Inter-American Development Bank", "Ecuador", 300e6),
    ],
)
def test_development_bank_lending(text, donor, recipient, value):
    assert [(d, r) for d, r, v, _ in run(text) if v == pytest.approx(value)] == [(donor, recipient)]


# ---------------------------------------------------------------- pledges at a donor conference, a sum for the response


def test_donor_conference_pledges():
    got = run("At a donor conference in Geneva, Britain pledged 50 million pounds for Yemen, while Japan said it would "
              "contribute $30 million.")
    assert ("United Kingdom", "Yemen", 50e6, "GBP") in got and ("Japan", "Yemen", 30e6, "USD") in got, got


@pytest.mark.parametrize(
    "text, donor, value, currency",
    [
        ("The United States announced $20 million for Malawi on Tuesday. Britain separately announced 5 million pounds "
         "for the emergency response.", "United Kingdom", 5e6, "GBP"),
        ("Canada pledged C$15 million for Nepal after the quake. Australia announced A$5 million for the humanitarian "
         "response on Wednesday.", "Australia", 5e6, "AUD"),
    ],
)
def test_sum_for_the_response(text, donor, value, currency):
    recipient = run(text)[0][1]
    assert (donor, recipient, value, currency) in run(text)


def test_arrival_beside_another_donors_sum():
    got = run("The United States announced $20 million for Malawi on Tuesday. Britain announced 5 million pounds for the "
              "emergency response, while two aircraft from Norway carrying tents and blankets landed in Lilongwe.")
    assert ("United Kingdom", "Malawi", 5e6, "GBP") in got and ("Norway", "Malawi", None, None) in got, got
    assert all(r != "Norway" for _, r, _, _ in got)


# ---------------------------------------------------------------- debt cancelled


@pytest.mark.parametrize(
    "text, donor, recipient, value",
    [
        ("The United States cancelled $500 million of Sudan's debt.", "United States", "Sudan", 500e6),
        ("The United States has cancelled more than $1.3 billion of Ethiopia's debt, officials said.", "United States", "Ethiopia", 1.3e9),
        ("China agreed to write off $300 million of Zambia's bilateral debt on Monday.", "China", "Zambia", 300e6),
        ("Japan forgave $2 billion in debt owed by Myanmar.", "Japan", "Myanmar", 2e9),
    ],
)
def test_debt_relief(text, donor, recipient, value):
    assert [(d, r) for d, r, v, _ in run(text) if v == pytest.approx(value)] == [(donor, recipient)]


@pytest.mark.parametrize(
    "text",
    [
        "Argentina's government cancelled $2 billion of its own debt purchases.",
        "The United States cancelled $500 million in aid to Niger after the coup.",
        "Ghana will repay $300 million of its debt to China this year.",
    ],
)
def test_not_debt_relief(text):
    assert run(text) == []


# ---------------------------------------------------------------- no aid: a country's own budget, a price


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's government set aside 10 billion shillings in its budget for drought relief.",
        "Egypt will spend $2 billion from its own budget on rebuilding the region.",
        "Japan earmarked 5 trillion yen for defence spending.",
        "Germany earmarked 100 billion euros for its armed forces.",
        "Poland bought 250 Abrams tanks from the United States for $4.75 billion.",
        "The price of wheat delivered to Egypt rose to $300 a tonne.",
        "Kenya will pay $120 million to China for the new railway carriages.",
        "Ghana paid $30 million to Russia for wheat shipments last year.",
        "Denmark has earmarked 20 million crowns for flood victims.",
    ],
)
def test_no_aid(text):
    assert run(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The United States will pay $500 million to Ukraine for salaries of teachers and doctors.",
         ("United States", "Ukraine", 500e6, "USD")),
        ("The World Bank paid $1.5 billion to Ukraine on Friday to cover pensions.", ("World Bank", "Ukraine", 1.5e9, "USD")),
    ],
)
def test_payment_that_is_support(text, expected):
    assert run(text) == [expected]
