"""Pass r51pos (stop 30): constructions of round 51's positions, in invented sentences.

- a curb the proposition loosens, named by a term (`debt brake`): keeping it opposes the issue, loosening it supports it;
- a party named after its descriptor (`coalition partner X said`) is a holder, so the clause is not the subject's;
  a debate postponed is procedure; `lift` of a quantity (`lift tourism revenue`) is no undoing;
- a pluperfect or dated word in a relative clause (`, which had promised in March to back ...,`) is background: the main
  verb's stance holds; `had promised to back` tells of a shift;
- a bare party name in copy about a country is that country's party filed with its adjective (`Liberal Party` in
  Colombian copy -> Colombian Liberal Party; not `Conservative Party` -> Scottish Conservatives in British copy);
- a party named with a particle before its leader (`Partido de la U leader X`); a three-word name after `with` or `by`;
  a title after `likely next`; a second appositive before the speech verb;
- `bring back` revives a measure; an undoing participle dated right after the measure describes it;
- a leader named before a second appositive, or before a relative clause on the party's earlier course, speaks for the
  party; relisting undoes a legalised item; a bare vote after a constitutional change or a chamber's count is on it.
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, shifts
from wirewatch.schemas import IssueSet
from tests.position_tuples import assert_stance_not_flipped, stances

ISSUES = IssueSet.model_validate({"issues": [
    {"id": "brake-reform", "label": "Loosening Germany's debt brake",
     "proposition": "Germany should loosen its constitutional debt brake to allow more borrowing",
     "terms": ["debt brake", "borrowing"]},
    {"id": "casino-bill", "label": "Thailand's casino bill",
     "proposition": "Thailand should legalise casinos inside large entertainment complexes",
     "terms": ["casino", "casinos", "casino bill", "entertainment complexes"]},
    {"id": "clinic-reform", "label": "Colombia's clinic reform",
     "proposition": "Colombia should adopt the clinic reform that moves hospital payments to a state fund",
     "terms": ["clinic reform", "clinic bill"]},
    {"id": "fuel-levy", "label": "A fuel levy in Britain", "proposition": "Britain should introduce a fuel levy",
     "terms": ["fuel levy"]},
]})
CTX = ExtractionContext(issues=ISSUES)
BERLIN = "BERLIN (dpa) - Parties in Germany argued over the budget on Tuesday. "
BANGKOK = "BANGKOK (Reuters) - Thailand's parliament met on Wednesday. "
BOGOTA = "BOGOTA (EFE) - Colombia's Congress met on Monday. "
LONDON = "LONDON (Reuters) - Parliament met on Monday. "


@pytest.mark.parametrize("text, expected", [
    # a curb the proposition loosens, kept or loosened
    (BERLIN + "Finance Minister Jonas Adler said: \"We will stick to the debt brake.\"", ("Jonas Adler", "brake-reform", "oppose")),
    (BERLIN + "Bavarian Premier Lena Vogt said she would not agree to any loosening of the debt brake.", ("Lena Vogt", "brake-reform", "oppose")),
    (BERLIN + "Economy Minister Paul Brandt agreed on Tuesday to loosen the debt brake.", ("Paul Brandt", "brake-reform", "support")),
    # a party named after its descriptor
    (BANGKOK + "The government delayed a debate on its casino bill after coalition partner Bhumjaithai said it would vote against it.",
     ("Bhumjaithai Party", "casino-bill", "oppose")),
    # a pluperfect or dated word in a relative clause is background
    (BOGOTA + "The Partido de la U, which had promised in March to back the clinic reform, said its lawmakers would vote against it.",
     ("Partido de la U", "clinic-reform", "oppose")),
    (BOGOTA + "The Colombian Liberal Party, which in May had said it would vote against the clinic reform, voted largely in favour.",
     ("Colombian Liberal Party", "clinic-reform", "support")),
    # a bare party name in copy about its country
    (BOGOTA + "The Liberal Party said it would vote against the clinic bill.", ("Colombian Liberal Party", "clinic-reform", "oppose")),
    (BOGOTA + "The Conservatives said they would vote against the clinic bill.", ("Colombian Conservative Party", "clinic-reform", "oppose")),
    # a party named with a particle before its leader
    (BOGOTA + "Partido de la U leader Ana Ruiz said her party would back the clinic reform in Congress.",
     ("Partido de la U", "clinic-reform", "support")),
    # a three-word name after `with`
    (BOGOTA + "The president replaced his minister with Maria Elena Quintero, a surgeon. Quintero said she would defend the clinic reform.",
     ("Maria Elena Quintero", "clinic-reform", "support")),
    # a title after `likely next`
    (BERLIN + "Germany's likely next chancellor Olaf Scholz agreed on Monday to loosen the debt brake.", ("Olaf Scholz", "brake-reform", "support")),
    # a second appositive before the speech verb
    (BERLIN + "Karl Brenner, leader of the Free Voters, the ruling party's partner in Bavaria, said he would never agree to loosen the debt brake.",
     ("Karl Brenner", "brake-reform", "oppose")),
    # `bring back`, with an undoing participle dated after the measure
    (BANGKOK + "Prime Minister Niran Saetang said his government would not bring back the casino bill shelved in July.",
     ("Niran Saetang", "casino-bill", "oppose")),
])
def test_read_as_round_51_writes_it(text, expected):
    assert_stance_not_flipped(text, CTX, expected)


@pytest.mark.parametrize("text, party, stance", [
    # a leader named before a second appositive, stating the party's course
    (BERLIN + "Karl Brenner, leader of the Free Voters, the ruling party's partner in Bavaria, said his party would never agree to "
     "loosen the debt brake.", "Free Voters", "oppose"),
    # a titled leader with a relative clause before the speech verb
    (BERLIN + "Free Voters leader Karl Brenner, who last year said his party would never agree, said it would now vote to loosen the "
     "debt brake.", "Free Voters", "support"),
])
def test_the_leader_speaks_for_the_party(text, party, stance):
    found = stances(text, CTX)
    assert (party, "brake-reform", stance) in found, found


def test_a_leaders_own_earlier_vote_does_not_open_the_party_course():
    found = stances(LONDON + "Labour leader Ana Ruiz, who voted against the fuel levy in April, said she still regarded it as unfair "
                    "but gave her MPs a free vote.", CTX)
    assert not any("Labour" in actor for actor, _, _ in found), found


@pytest.mark.parametrize("measure, voted", [
    ("a constitutional change", True),  # a bare vote after a constitutional change put to the chamber is on it
    ("a budget", False),  # GUARD: a budget is no measure a bare vote is read on
])
def test_a_bare_vote_after_a_constitutional_change(measure, voted):
    found = stances(BERLIN + f"The Bundestag on Tuesday approved {measure} to loosen the debt brake. Friedrich Merz hailed the vote. "
                    "The Alternative for Germany also voted against, and its leader said it would go to court.", CTX)
    assert (("AfD", "brake-reform", "oppose") in found) is voted, found


@pytest.mark.parametrize("text, stance", [
    (BANGKOK + "Thailand's cabinet decided on Tuesday to withdraw its casino bill, the prime minister said. The Farmers Party, which "
     "left the coalition last month, welcomed the withdrawal.", "oppose"),
    # GUARD: troops withdrawn are no undoing of the measure
    (BANGKOK + "The Farmers Party backed the casino bill and welcomed the withdrawal of troops from the border.", "support"),
])
def test_welcoming_a_measures_withdrawal(text, stance):
    assert_stance_not_flipped(text, CTX, ("Farmers Party", "casino-bill", stance))


def test_relisting_a_legalised_item_undoes_it():
    issues = IssueSet.model_validate({"issues": [
        {"id": "weed", "label": "Cannabis legalisation", "proposition": "Thailand should keep cannabis legal",
         "terms": ["cannabis"]}]})
    found = stances(BANGKOK + "The Farmers Party said relisting cannabis as a narcotic would hurt thousands of growers.",
                    ExtractionContext(issues=issues))
    assert ("Farmers Party", "weed", "oppose") not in found, found


def test_a_postponed_debate_and_a_lifted_revenue_are_no_stance_of_the_government():
    found = stances(BANGKOK + "Thailand's government postponed a parliamentary debate on its casino bill on Wednesday. "
                    "The government expects the complexes to lift tourism revenue by 5%.", CTX)
    assert ("Thailand", "casino-bill", "oppose") not in found, found


def test_the_subject_does_not_take_the_partners_vote():
    found = stances(BANGKOK + "The government delayed a debate on its casino bill after coalition partner Bhumjaithai said it would "
                    "vote against it.", CTX)
    assert ("Thailand", "casino-bill", "oppose") not in found, found


# GUARDS: near misses that must keep their reading
@pytest.mark.parametrize("text, expected", [
    # a relative clause of the present still gives its holder's stance
    (BOGOTA + "Senator Ana Brill, who backs the clinic reform, spoke in Cali on Monday.", ("Ana Brill", "clinic-reform", "support")),
    # a curb named as the undoing one asks for
    (BERLIN + "Economy Minister Paul Brandt urged parliament to relax the debt brake.", ("Paul Brandt", "brake-reform", "support")),
    # a finite undoing verb with a date is the holder's act
    (BANGKOK + "The senators blocked the casino bill in July.", ("senators", "casino-bill", "oppose")),
    # a three-word run after `by` that opens with a title word keeps the two-word name
    (BOGOTA + "The clinic bill, written by Congresswoman Lucia Marin, was debated. Marin said she would defend the clinic reform.",
     ("Lucia Marin", "clinic-reform", "support")),
])
def test_guards_keep_the_reading(text, expected):
    found = stances(text, CTX)
    if expected[0] == "senators":
        assert not any(s == "support" and i == "casino-bill" for _, i, s in found), found
        return
    assert expected in found, found


def test_a_region_adjective_is_no_country_adjective():
    # British copy: a bare `Conservative Party` is not the Scottish Conservatives
    found = stances(LONDON + "The Conservative Party said it would vote against the fuel levy.", CTX)
    assert not any(a == "Scottish Conservatives" for a, _, _ in found), found


def test_a_word_given_before_the_news_tells_of_a_shift():
    assert shifts.signals_shift("The party, which had promised in March to back the reform, said it would vote against it.")
    assert not shifts.signals_shift("The party said it had asked for a study of the reform.")
