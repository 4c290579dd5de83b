"""aid-announced on unseen copy: generic classes of misses and spurious events found on the blind rounds 23-28.

Every sentence here is written for this file (none is copied from an evaluation set). Each class has positive cases
(the event the gold conventions want) and traps (text that looks alike and must give no event, or not that one).
An event is compared as (donor, recipient, value, currency).
"""

from __future__ import annotations

import pytest

from tests.aid_tuples import aid_tuples
from wirewatch.processors.money import find_money


def run(text: str) -> list[tuple]:
    return aid_tuples(text, "t-aid-unseen")


# ---------------------------------------------------------------- sums written in words


@pytest.mark.parametrize(
    "mention, value, currency",
    [
        ("pledged nine billion euros in loans", 9e9, "EUR"),
        ("one million euros in emergency aid", 1e6, "EUR"),
        ("Twenty-five million pounds for shelters", 25e6, "GBP"),
        ("half a billion dollars of support", 5e8, "USD"),
        ("a billion dollars in credit", 1e9, "USD"),
        ("some three million Swiss francs", 3e6, "CHF"),
    ],
)
def test_sum_in_words_is_read(mention, value, currency):
    [money] = find_money(mention)
    assert (money.value, money.currency) == (pytest.approx(value), currency)


@pytest.mark.parametrize(
    "mention",
    [
        "billions of dollars in damage",  # no figure
        "one thousand euros a head",  # below a million: a price
        "nine euros a ticket",
        "one of the million residents paid in dollars",
    ],
)
def test_words_that_are_no_sum(mention):
    assert find_money(mention) == []


def test_worded_sum_gives_the_event():
    text = "Portugal said on Monday it would send four million euros in humanitarian aid to Mozambique after the cyclone."
    assert run(text) == [("Portugal", "Mozambique", 4e6, "EUR")]


def test_worded_sum_that_is_a_need_gives_no_event():
    text = "Officials in Maputo said the country needs about two billion dollars to rebuild roads and schools."
    assert run(text) == []


# ---------------------------------------------------------------- the first payout of a loan named in the sentence


@pytest.mark.parametrize(
    "lead",
    [
        "unlocking an immediate payout of about $410 million",
        "clearing the way for the immediate release of roughly $410 million",
        "with an upfront drawdown of $410 million",
        "paving the way for a first release of $410 million",
    ],
)
def test_first_payout_of_a_loan_is_no_second_event(lead):
    text = f"The IMF's executive board approved a $2.5 billion loan for Zambia on Tuesday, {lead} to the copper producer."
    assert run(text) == [("International Monetary Fund", "Zambia", 2.5e9, "USD")]


def test_another_lenders_sum_after_the_loan_stays_its_own():
    text = ("The IMF approved a $2.5 billion loan for Zambia on Tuesday. "
            "The World Bank said it would provide $300 million in budget support for Zambia.")
    assert run(text) == [("International Monetary Fund", "Zambia", 2.5e9, "USD"), ("World Bank", "Zambia", 300e6, "USD")]


# ---------------------------------------------------------------- a third party the donor lets send its own weapons


@pytest.mark.parametrize(
    "permission",
    [
        "and allow other countries, including Finland, to re-export theirs",
        "and would approve requests by partners such as Finland to send their own",
        "and authorise Finland to pass on its stocks",
    ],
)
def test_a_permitted_sender_is_no_recipient(permission):
    text = (f"Sweden said it would deliver 10 Archer howitzers to Ukraine. Its defence minister said Sweden would supply "
            f"20 CV90s {permission}. Hours later Canada said it would send 8 Leopard 2 tanks.")
    found = run(text)
    assert ("Sweden", "Finland", None, None) not in found and ("Canada", "Finland", None, None) not in found
    assert ("Sweden", "Ukraine", None, None) in found and ("Canada", "Ukraine", None, None) in found


def test_a_recipient_the_donor_lets_use_the_weapons_stays_the_recipient():
    # `allow Ukraine to use them`: a permission on use, not a third party's own transfer
    text = "Norway will send 12 patrol boats and allow Ukraine to use them in the Black Sea, the minister said."
    assert run(text) == [("Norway", "Ukraine", None, None)]


def test_a_relative_aside_on_the_subject_negates_nothing():
    text = ("Italy said it would send air defence systems to Ukraine. Spain, which had rejected calls from allies for months, "
            "said it would send 20 armoured vehicles to Ukraine.")
    assert ("Spain", "Ukraine", None, None) in run(text)


def test_a_refusal_outside_an_aside_still_negates():
    text = "Spain refused to send 20 armoured vehicles to Ukraine, the minister said."
    assert run(text) == []


# ---------------------------------------------------------------- a law's envelope and the share named for a country


@pytest.mark.parametrize("adverbial", ["", "on Thursday ", "late on Friday ", "last week "])
def test_a_law_enacted_with_a_time_adverbial_gives_the_countrys_share(adverbial):
    text = (f"President Joe Biden signed into law {adverbial}a $48 billion security package that includes about $9 billion "
            "for Moldova, ending weeks of wrangling in Congress.")
    assert run(text) == [("United States", "Moldova", 9e9, "USD")]


def test_a_package_for_one_country_keeps_its_total():
    # the envelope is the country's own: its parts are no events of their own
    text = ("The United States announced on Thursday a $2 billion package for Moldova that includes $500 million "
            "for the power grid.")
    assert run(text) == [("United States", "Moldova", 2e9, "USD")]


# ---------------------------------------------------------------- donors named as a legislature or an owned body


@pytest.mark.parametrize("subject", ["Congressional leaders", "Congressional negotiators", "Congress"])
def test_congress_agreeing_on_aid_is_the_united_states(subject):
    text = f"{subject} agreed on $4.2 billion in economic assistance for Jordan as part of a spending bill."
    assert run(text) == [("United States", "Jordan", 4.2e9, "USD")]


def test_congressional_leaders_mid_sentence_are_the_united_states():
    text = "On Capitol Hill, congressional leaders agreed on $4.2 billion in economic assistance for Jordan."
    assert run(text) == [("United States", "Jordan", 4.2e9, "USD")]


def test_congressional_leaders_criticising_a_sum_give_nothing():
    text = "Congressional leaders criticised the $4.2 billion in damage the storms caused across Florida."
    assert run(text) == []


def test_a_possessive_government_in_a_second_clause_gives_its_own_sum():
    text = ("Floods hit eastern Libya on Sunday. Germany released 2 million euros for flood victims in Libya, and "
            "Japan's government said it would provide $3 million in emergency aid.")
    found = run(text)
    assert ("Japan", "Libya", 3e6, "USD") in found
    assert not any(d == "Germany" and v == 3e6 for d, _, v, _ in found)


def test_a_name_in_the_first_clause_receives_nothing_of_the_second_sum():
    text = ("An earthquake struck western Nepal on Friday. The World Bank's disaster fund has released $4 million for "
            "the response, and China's government said it would provide 20 million yuan in humanitarian aid.")
    found = run(text)
    assert ("China", "Nepal", 20e6, "CNY") in found and all(r != "World Bank" for _, r, _, _ in found)


# ---------------------------------------------------------------- money that is no aid: budgets, bills, old levels, investors


@pytest.mark.parametrize(
    "trap",
    [
        "Parliament approved a record 9.1 trillion won defence budget for next year.",
        "The cabinet approved a $48 billion national budget on Tuesday.",
        "The country's import bill climbed to $72 billion last year as fuel prices rose.",
        "Its fuel bill of $3 billion a year weighs on the treasury.",
        "Qatar signed a commitment to invest $12 billion in the port and a new airport.",
    ],
)
def test_budgets_bills_and_investments_after_an_aid_sentence_give_no_event(trap):
    text = f"Norway will provide $40 million in humanitarian aid to Kenya. {trap}"
    assert run(text) == [("Norway", "Kenya", 40e6, "USD")]


def test_the_level_a_loan_rose_from_is_no_event():
    text = "The IMF agreed on Monday to raise its loan programme for Kenya to $5 billion from $2.5 billion."
    assert run(text) == [("International Monetary Fund", "Kenya", 5e9, "USD")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The World Bank approved $300 million in budget support for Kenya.", ("World Bank", "Kenya", 300e6, "USD")),
        ("The EU will provide a 500 million euro budget support package to Kenya.", ("European Union", "Kenya", 500e6, "EUR")),
        ("Congress passed a $10 billion aid bill for Kenya.", ("United States", "Kenya", 10e9, "USD")),
    ],
)
def test_budget_support_and_aid_bills_stay_aid(text, expected):
    assert run(text) == [expected]


# ---------------------------------------------------------------- relief flown in


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistan has flown 20 tonnes of relief material to Kathmandu, its embassy said.",
        "Pakistan flew in about 20 tons of relief supplies, including tents and blankets, on a military plane.",
        "Pakistan airlifted tents, blankets and medicines to the worst-hit district.",
    ],
)
def test_relief_flown_in_is_an_in_kind_delivery(sentence):
    text = f"A strong earthquake struck Nepal on Tuesday. {sentence}"
    assert run(text) == [("Pakistan", "Nepal", None, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistan's foreign minister flew to Kathmandu to discuss relief supplies and tents.",
        "The prime minister flew in from Islamabad with 20 journalists.",
        "Pakistan flew home 300 of its citizens from Kathmandu.",
    ],
)
def test_a_trip_by_air_is_no_delivery(sentence):
    text = f"A strong earthquake struck Nepal on Tuesday. {sentence}"
    assert run(text) == []


# ---------------------------------------------------------------- the agent of a sent load


def test_a_load_sent_by_a_country_is_its_delivery():
    text = ("Floods swept northern Kenya on Monday. Lorries loaded with tents and blankets sent by neighbouring Tanzania "
            "crossed the border on Wednesday.")
    assert run(text) == [("Tanzania", "Kenya", None, None)]


def test_a_load_sent_by_a_country_is_no_recipient_of_another():
    text = ("Floods swept northern Kenya on Monday. Lorries loaded with tents and blankets sent by Tanzania crossed the "
            "border, while two planes from Qatar carrying food landed in Nairobi.")
    found = run(text)
    assert ("Tanzania", "Kenya", None, None) in found and ("Qatar", "Kenya", None, None) in found
    assert all(r != "Tanzania" for _, r, _, _ in found)


def test_supplies_delivered_by_agencies_a_donor_pays_for_are_no_delivery_of_theirs():
    text = ("Britain will give 20 million pounds to Sudan. The money will pay for food and medical supplies delivered by "
            "UN agencies across the border, the minister said.")
    assert run(text) == [("United Kingdom", "Sudan", 20e6, "GBP")]


# ---------------------------------------------------------------- the share of a running total after a long adjunct


def test_a_share_of_a_running_total_after_a_long_adjunct_is_no_event_of_its_own():
    text = ("Portugal has now committed more than 300 million euros in support for Moldova since the energy crisis began "
            "in October 2022, including 120 million euros in budget support, the government said.")
    assert run(text) == [("Portugal", "Moldova", 300e6, "EUR")]


def test_a_second_donors_sum_after_a_comma_stays_its_own():
    text = ("Portugal will give 30 million euros to Moldova for the winter heating season, the government said on Monday, "
            "and Spain said it would provide 20 million euros.")
    found = run(text)
    assert ("Portugal", "Moldova", 30e6, "EUR") in found and ("Spain", "Moldova", 20e6, "EUR") in found


# ---------------------------------------------------------------- `security` is no receiving; a scheme named after a country


def test_a_security_agreement_names_no_recipient_by_its_signer():
    text = ("Norway pledged on Monday to deliver 6 F-16s to Ukraine. Prime Minister Jonas Gahr Store signed a security "
            "agreement with Zelensky that also includes 500 million euros in military aid for this year.")
    found = run(text)
    assert ("Norway", "Ukraine", 500e6, "EUR") in found and all(r != "Norway" for _, r, _, _ in found)


def test_a_scheme_named_after_a_country_is_for_that_country():
    text = ("The Pentagon will send 20 Bradley vehicles to Ukraine. The vehicles will be bought under a $250 million "
            "package funded through the Ukraine Security Assistance Initiative, officials said.")
    found = run(text)
    assert ("United States", "Ukraine", 250e6, "USD") in found and all(d != "Ukraine" for d, _, _, _ in found)


def test_a_country_that_secured_a_sum_still_receives_it():
    text = "Moldova secured 150 million euros from the European Union on Tuesday."
    assert run(text) == [("European Union", "Moldova", 150e6, "EUR")]
