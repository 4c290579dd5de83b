"""Pass r52pos: holders, wordings and guards found on round 52 (read with leave), written here on invented copy.

- a sentence that is one whole quotation goes on from the person a quote just before it was attributed to (and a bare
  `my position has not changed` before it marks the stance unchanged);
- a bare `withdrew her support` after the measure is named reads against it;
- a call that the measure not go on (`recommended the bill not proceed`) is a call against it;
- a party opening the sentence and its leader closing it (`..., leader X said`): the leader's stance too;
- a no-position (`would not take a position on the bill`) and `declined to add to` state no stance;
- (tried and dropped) a supply named by its act (`the delivery`) naming the measure again;
- another country's `Congress` or `Chamber of Deputies` acts for its country; a Congress named as a term is no actor;
- a capital's province, a country's party: modifiers, not the country;
- party names (`ACT` in New Zealand copy, `the Peronist Union for the Homeland`, `NZ First`).

All sentences are invented for this file (none copied from an evaluation set).
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article, IssueSet
from tests.position_tuples import SHIPPED_ISSUES, assert_stance_not_flipped, stances

ISSUES = IssueSet.model_validate({"issues": [
    {"id": "pension-bill", "label": "Pension bill", "proposition": "The retirement age should be raised, as the pension bill proposes",
     "terms": ["pension bill", "pension reform", "retirement age"]},
]})
CTX = ExtractionContext(issues=ISSUES)
SHIPPED = ExtractionContext(issues=SHIPPED_ISSUES)
LEAD = "LIMA (Reuters) - Lawmakers began debating the pension bill on Tuesday. "


def _unchanged(text: str, ctx: ExtractionContext, actor: str) -> bool:
    article = Article(id="t-r52pos", text=text, published_at="2025-03-01T00:00:00+00:00")
    return any(e.payload["actor"]["canonical"] == actor and e.payload["explicitly_unchanged"] for e in positions.extract(article, ctx))


# --- a whole-quote sentence goes on from the quote's named speaker before it

@pytest.mark.parametrize("text, expected", [
    (LEAD + '"It is a sad day," Senator Ana Brill told reporters. "I will vote against the pension bill."',
     ("Ana Brill", "pension-bill", "oppose")),
    (LEAD + '"We listened to everyone," Labour Minister Paulo Resende said on Monday. "We back the pension reform because it is fair."',
     ("Paulo Resende", "pension-bill", "support")),
])
def test_whole_quote_goes_on_from_named_speaker(text, expected):
    assert_stance_not_flipped(text, CTX, expected)


def test_bare_unchanged_before_the_quote_marks_it():
    text = LEAD + '"My position has not changed," Senator Ana Brill told reporters. "I will not vote to raise the retirement age."'
    assert ("Ana Brill", "pension-bill", "oppose") in stances(text, CTX)
    assert _unchanged(text, CTX, "Ana Brill")


@pytest.mark.parametrize("text", [
    # a new paragraph: no longer the speaker's
    LEAD + '"It is a sad day," Senator Ana Brill told reporters.\n\n"I will vote against the pension bill."',
    # the sentence before is no attributed quote
    LEAD + 'Senator Ana Brill told reporters the debate was long. "I will vote against the pension bill."',
])
def test_whole_quote_without_attributed_quote_before(text):
    assert not any(a == "Ana Brill" for a, _, _ in stances(text, CTX))


# --- withdrawn support, bare

def test_bare_withdrawn_support_reads_against():
    text = "LIMA (Reuters) - The pension bill looked dead on Monday after Senator Ana Brill withdrew her support."
    assert_stance_not_flipped(text, CTX, ("Ana Brill", "pension-bill", "oppose"))


def test_support_withdrawn_from_something_else_is_no_stance():
    text = LEAD + "Senator Ana Brill withdrew her support from the coalition over a scandal."
    assert not any(a == "Ana Brill" for a, _, _ in stances(text, CTX))


# --- a call that the measure not go on

def test_recommended_not_to_proceed_is_against():
    text = LEAD + "Senator Ana Brill said the finance committee had recommended the pension bill not proceed, and she agreed."
    found = stances(text, CTX)
    assert ("Ana Brill", "pension-bill", "support") not in found, found


def test_recommended_to_proceed_is_not_against():
    text = LEAD + "Senator Ana Brill recommended that the pension bill be passed."
    assert ("Ana Brill", "pension-bill", "oppose") not in stances(text, CTX)


# --- a party's course closed by its leader's attribution

@pytest.mark.parametrize("text, leader, party", [
    ("WELLINGTON (Reuters) - The Labour Party will vote against the pension bill, leader Mere Tapsell said on Friday.",
     "Mere Tapsell", "Labour Party"),
    ("WELLINGTON (Reuters) - The session was long. New Zealand First will back the pension reform, its leader Tom Arden said.",
     "Tom Arden", "New Zealand First"),
])
def test_inverted_leader_states_the_party_course(text, leader, party):
    found = stances(text, CTX)
    assert (party, "pension-bill", found and next(s for a, _, s in found if a == party)) in found
    stance = next(s for a, _, s in found if a == party)
    assert (leader, "pension-bill", stance) in found, found


def test_inverted_spokesman_gives_the_party_only():
    text = "WELLINGTON (Reuters) - The Labour Party will vote against the pension bill, spokesman Mere Tapsell said on Friday."
    found = stances(text, CTX)
    assert ("Labour Party", "pension-bill", "oppose") in found, found
    assert not any(a == "Mere Tapsell" for a, _, _ in found), found


# --- no position, declining to add

@pytest.mark.parametrize("text, actor", [
    (LEAD + "Business council chief executive Lena Ortiz said her group would not take a position on the pension bill, but hoped "
            "the debate would be calm.", "Lena Ortiz"),
    (LEAD + "Senator Ana Brill said she had taken no stance on the pension reform.", "Ana Brill"),
])
def test_no_position_states_none(text, actor):
    assert not any(a == actor for a, _, _ in stances(text, CTX))


def test_a_stance_beside_a_no_position_on_something_else_stays():
    text = LEAD + "Senator Ana Brill said she opposed the pension bill and would not take sides in the party's leadership row."
    assert ("Ana Brill", "pension-bill", "oppose") in stances(text, CTX)


def test_declining_to_add_to_a_colleague_is_no_refusal():
    text = ("OTTAWA (Reuters) - Canada will send Leopard tanks to Ukraine, Defence Minister Paul Marchand said on Monday. "
            "Prime Minister Anna Roy said the decision was made by cabinet but declined to add to Mr Marchand's comments.")
    assert ("Anna Roy", "tanks-for-ukraine", "oppose") not in stances(text, SHIPPED)


# --- the delivery as the measure named again

@pytest.mark.xfail(strict=True, reason="tried and dropped by r52pos: `the delivery(ies)` as an anaphor cost round 38 its floor "
                                      "(the Kremlin spokesman read there is filed under Russia, the gazetteer gives Putin)")
def test_the_delivery_names_the_supply_again():
    text = ("OTTAWA (Reuters) - Canada will send Leopard tanks to Ukraine, Defence Minister Paul Marchand said on Monday. "
            "Belarus's ambassador Ivan Petrov said the delivery would only prolong the conflict.")
    assert_stance_not_flipped(text, SHIPPED, ("Ivan Petrov", "tanks-for-ukraine", "oppose"))


def test_a_delivery_of_something_else_is_not_the_supply():
    text = ("OTTAWA (Reuters) - Canada will send Leopard tanks to Ukraine, Defence Minister Paul Marchand said on Monday. "
            "Aid worker Ivan Petrov said the delivery of food would only prolong the queues.")
    assert not any(a == "Ivan Petrov" for a, _, _ in stances(text, SHIPPED))


# --- chambers

@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Peru's Chamber of Deputies approved the pension bill by 70 votes to 40 on Thursday.",
    "LIMA (Reuters) - Peru's Congress gave final approval to the pension bill on Thursday.",
])
def test_another_countrys_chamber_acts_for_it(text):
    found = stances(text, CTX)
    assert ("Peru", "pension-bill", "support") in found, found
    assert not any(a == "US Congress" for a, _, _ in found), found


def test_us_congress_stays_in_us_copy():
    found = stances("WASHINGTON (Reuters) - Congress gave final approval to the pension bill on Thursday.", CTX)
    assert not any(a == "Peru" for a, _, _ in found), found


def test_a_congress_named_as_a_term_is_no_actor():
    text = (LEAD + "Senate President Tomas Ferrat said the chamber was short of time. \"I am not in favour of the pension reform, "
                   "and the Senate will not pass it in this Congress,\" he told reporters.")
    found = stances(text, CTX)
    assert ("Tomas Ferrat", "pension-bill", "oppose") in found, found
    assert not any(a == "US Congress" for a, _, _ in found), found


# --- modifiers

@pytest.mark.parametrize("text", [
    LEAD + "Lima province Governor Rosa Quispe said the pension bill was \"a disaster for workers\".",
    "LIMA (Reuters) - Peru's ruling party sent the pension bill back to committee on Tuesday after lawmakers voted down key articles.",
])
def test_country_as_a_modifier_is_no_holder(text):
    assert not any(a == "Peru" for a, _, _ in stances(text, CTX))


# --- party names

@pytest.mark.parametrize("text, party", [
    ("WELLINGTON (Reuters) - The pension bill was debated. ACT leader Tom Arden said his party would vote for the pension bill.",
     "ACT Party"),
    ("BUENOS AIRES (Reuters) - The pension bill was debated. The main opposition bloc, the Peronist Union for the Homeland, said "
     "it would vote against the pension bill.", "Union for the Homeland"),
    ("WELLINGTON (Reuters) - The pension bill was debated. Tom Arden said NZ First would vote against the pension bill.",
     "New Zealand First"),
])
def test_party_names(text, party):
    assert party in {a for a, _, _ in stances(text, CTX)}


def test_a_first_name_is_no_party():
    text = "MANILA (Reuters) - The pension bill was debated. Gabriela Santos said she supported the pension bill."
    assert "Gabriela Women's Party" not in {a for a, _, _ in stances(text, CTX)}


# --- a party's leader, the title read into the mention, stating the party's course

def test_titled_leader_states_the_party_course():
    text = "WELLINGTON (Reuters) - The pension bill was debated. Labour leader Mere Tapsell said Labour would vote against the pension bill."
    found = stances(text, CTX)
    assert {("Labour Party", "pension-bill", "oppose"), ("Mere Tapsell", "pension-bill", "oppose")} <= found, found


def test_leader_reporting_another_party_states_nothing_of_her_own():
    text = "WELLINGTON (Reuters) - The pension bill was debated. Labour leader Mere Tapsell said the Greens would vote against the pension bill."
    assert not any(a == "Mere Tapsell" for a, _, _ in stances(text, CTX))


# --- a vote cast as a bloc

def test_voted_as_a_bloc_against():
    text = "LIMA (Reuters) - Lawmakers approved the pension bill on Friday by 144 votes to 109. The Socialist Party voted as a bloc against."
    assert_stance_not_flipped(text, CTX, ("Socialist Party", "pension-bill", "oppose"))


def test_a_bloc_vote_on_something_else():
    text = ("LIMA (Reuters) - Lawmakers approved the pension bill on Friday by 144 votes to 109. The Socialist Party voted as a bloc "
            "against the budget later.")
    assert not any(a == "Socialist Party" for a, _, _ in stances(text, CTX))
