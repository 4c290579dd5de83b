"""Holders that never became actors before (positions 1.29.0, pass `actors`).

Invented wire sentences on issues of our own. The classes of the pass:

- national legislatures and chambers in the gazetteer with their country (`Storting`, `Folketing`, `Sejm`,
  `Knesset`, ...), by their own name as copy files them; `Norway's parliament voted` resolves to the country's lower
  chamber; no bare name other countries' chambers share (`National Assembly`, `House of Representatives`), no `Diet`;
  `The National Assembly passed` in an article that names no country stays as written; a devolved government is its
  nation (`the Scottish Government` -> Scotland), an organisation named with it stays itself (`UKHospitality Scotland`);
- an acronym in parentheses right after a name introduces it for the rest of the article (`the Northern Pilots
  Federation (NPF)` ... `The NPF said`); a party named by its members is filed under its acronym (`the opposition
  Christian Democrats (CDU)`);
- a title with its department before an appositive name (`The Exchequer Secretary to the Treasury, Tom Hale,`);
- a place leading with a measure of its own (`Lund on Thursday became the first city to ban ...`);
- charging a levy is imposing it (`to charge day visitors an entry fee`);
- `the backing of the opposition`: the political camp, no negation.
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, positions
from wirewatch.processors.gazetteer import default_gazetteer
from wirewatch.schemas import Article, Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="night-flights", label="A ban on night flights", proposition="Night flights should be banned at airports",
          terms=("night flights", "night flight ban", "night-time flights", "curfew on flights")),
    Issue(id="visitor-levy", label="A visitor levy", proposition="Places should charge visitors a levy",
          terms=("visitor levy", "tourist tax", "entry fee")),
))
_CTX = ExtractionContext(issues=_ISSUES)


def _stances(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", title="t", source="test", published_at="2025-03-01T00:00:00Z", language="en", text=text)
    return {(e.payload["actor"]["canonical"], e.payload["issue"], e.payload["stance"])
            for e in positions.extract(article, _CTX)}


def _holders(text: str) -> set[str]:
    return {a for a, _, _ in _stances(text)}


# ---- the gazetteer's legislatures

@pytest.mark.parametrize("alias, canonical, country", [
    ("Stortinget", "Storting", "Norway"),
    ("Folketing", "Folketing", "Denmark"),
    ("Riksdag", "Riksdag", "Sweden"),
    ("Sejm", "Sejm", "Poland"),
    ("Polish Senate", "Senate of Poland", "Poland"),
    ("Knesset", "Knesset", "Israel"),
    ("Verkhovna Rada", "Verkhovna Rada", "Ukraine"),
    ("State Duma", "State Duma", "Russia"),
    ("Congress of Deputies", "Congress of Deputies", "Spain"),
    ("Lok Sabha", "Lok Sabha", "India"),
    ("House of Lords", "House of Lords", "United Kingdom"),
    ("Assemblée nationale", "National Assembly", "France"),  # (pass pos42b: filed as gold files it)
    ("Scottish Government", "Scotland", "Scotland"),
])
def test_legislatures_in_the_gazetteer(alias, canonical, country):
    gazetteer = default_gazetteer()
    actor = gazetteer.lookup(alias)
    assert actor is not None and actor.canonical == canonical
    assert gazetteer.country_of(actor) == country


@pytest.mark.parametrize("name", ["National Assembly", "House of Representatives", "Chamber of Deputies", "Senate", "Diet",
                                  "Social Democrats", "Christian Democrats"])
def test_names_several_countries_share_stay_out(name):
    gazetteer = default_gazetteer()
    # never read in copy as one country's (pass pos42b: France's chamber is filed `National Assembly`, a canonical name
    # not written as it, `canonical_written: false`; other names are no key at all)
    assert not gazetteer.mentions(f"On Monday the {name} met.")
    actor = gazetteer.lookup(name)
    assert actor is None or not actor.canonical_written


@pytest.mark.parametrize("text, expected", [
    # a country's parliament voting: its lower chamber in the gazetteer
    ("OSLO (Reuters) - Norway's parliament voted on Tuesday to ban night flights at the capital's airport.",
     {("Storting", "night-flights", "support")}),
    ("COPENHAGEN (Reuters) - Denmark's parliament voted on Thursday to ban night flights from next year.",
     {("Folketing", "night-flights", "support")}),
    # the chamber by its own name
    ("WARSAW (Reuters) - The Sejm on Friday rejected a ban on night flights.", {("Sejm", "night-flights", "oppose")}),
    # `National Assembly` with no country named: as written; with France named: France's chamber
    ("SEOUL (Yonhap) -- The National Assembly on Wednesday passed a bill banning night flights at city airports.",
     {("National Assembly", "night-flights", "support")}),
    ("PARIS (Reuters) - France's National Assembly on Thursday approved a ban on night flights.",
     {("National Assembly", "night-flights", "support")}),
    # a devolved government is its nation; an organisation with the nation's name in it stays itself
    ("EDINBURGH - Councils will be able to charge a visitor levy, the Scottish Government said on Tuesday.",
     {("Scotland", "visitor-levy", "support")}),
    ("EDINBURGH - Ministers published the plan on Tuesday.\n\nUKHospitality Scotland warned that the visitor levy "
     "would hurt small hotels.", {("UKHospitality Scotland", "visitor-levy", "oppose")}),
])
def test_chambers_and_governments_hold_stances(text, expected):
    assert expected <= _stances(text)


@pytest.mark.parametrize("text, absent", [
    # a chamber as a place or a possessor holds no stance
    ("STOCKHOLM (Reuters) - The government announced a ban on night flights, which will be debated in the Riksdag next week.",
     "Riksdag"),
    ("JERUSALEM (Reuters) - The Knesset's speaker said the ban on night flights would be put to a vote on Monday.", "Knesset"),
    # `National Assembly` in an article about France is France's chamber (filed `National Assembly`, pass pos42b), not
    # the country
    ("PARIS (Reuters) - France's National Assembly on Thursday approved a ban on night flights.", "France"),
    # a country the gazetteer gives no chamber: no chamber guessed
    ("LIMA (Reuters) - Peru's parliament voted on Tuesday to ban night flights.", "National Assembly"),
    # `Diet` is no chamber (a common word in copy)
    ("TOKYO (Reuters) - Diet drinks makers said they opposed the tourist tax.", "National Diet"),
])
def test_chambers_not_found_where_they_act_not(text, absent):
    assert absent not in _holders(text)


# ---- a parenthesised acronym

@pytest.mark.parametrize("text, expected", [
    ("BERLIN (Reuters) - The cabinet approved a ban on night flights on Wednesday.\n\n"
     "The opposition Christian Democrats (CDU) said they would fight the ban on night flights.",
     {("Christian Democratic Union", "night-flights", "oppose")}),  # (pass posparty) the full name
    ("BERLIN (Reuters) - The cabinet approved a ban on night flights on Wednesday.\n\n"
     "The Social Democrats (SPD) welcomed the ban on night flights.", {("Social Democratic Party", "night-flights", "support")}),
    # the acronym, later on its own, is the organisation named in full before
    ("BERLIN (Reuters) - The cabinet approved a ban on night flights on Wednesday.\n\n"
     "The Northern Pilots Federation (NPF) held an emergency meeting on Thursday. Residents marched in three cities. "
     "The NPF said the ban on night flights would cost hundreds of jobs.",
     {("Northern Pilots Federation", "night-flights", "oppose")}),
])
def test_parenthesised_acronym(text, expected):
    stances = _stances(text)
    assert expected <= stances


@pytest.mark.parametrize("text, absent", [
    # no parenthesis: a party of members keeps its name as written (several countries have `Social Democrats`)
    ("COPENHAGEN (Reuters) - The Social Democrats said they backed the ban on night flights.", "SPD"),
    # a plural that names no party before the parenthesis: no actor called by the acronym
    ("BERLIN (Reuters) - Pilots (VC) and airlines said they opposed the ban on night flights.", "VC"),
    # the acronym inside a longer word is not the organisation
    ("BERLIN (Reuters) - The Northern Pilots Federation (NPF) met on Thursday. The NPF-backed candidate said the ban on "
     "night flights would cost jobs.", "Northern Pilots Federation"),
])
def test_parenthesised_acronym_not(text, absent):
    assert absent not in _holders(text)


# ---- a title with its department

@pytest.mark.parametrize("text, expected", [
    ("LONDON (Reuters) - The Exchequer Secretary to the Treasury, Tom Hale, said the government backed the ban on "
     "night flights.", {("Tom Hale", "night-flights", "support")}),
    ("LONDON (Reuters) - The Minister for Aviation, Ana Ruiz, said she opposed a ban on night flights.",
     {("Ana Ruiz", "night-flights", "oppose")}),
])
def test_title_with_department(text, expected):
    assert expected <= _stances(text)


def test_title_with_department_not_without_a_name():
    text = "LONDON (Reuters) - The Secretary of State for Transport, in a statement, said he opposed a ban on night flights."
    assert not any(a.startswith(("In ", "Secretary", "Transport")) for a in _holders(text))


# ---- a place leading with a measure; charging a levy

@pytest.mark.parametrize("text, expected", [
    ("LUND - Lund on Thursday became the first city in the country to ban night flights at its airport.",
     {("Lund", "night-flights", "support")}),
    ("MALMO (Reuters) - Malmo on Monday became the first Nordic city to charge day visitors an entry fee.",
     {("Malmo", "visitor-levy", "support")}),
])
def test_place_leading_with_a_measure(text, expected):
    assert expected <= _stances(text)


@pytest.mark.parametrize("text, absent", [
    # the first place to do something that is no measure on the issue
    ("LUND - Lund on Thursday became the first city to report a fall in night flights at its airport.", "Lund"),
    # `became the first` of something that is no place
    ("LUND - Lund became the first team to win the cup twice, a week after the ban on night flights.", "Lund"),
])
def test_place_leading_not(text, absent):
    assert absent not in _holders(text)


def test_charged_with_an_offence_is_no_levy():
    text = "MALMO (Reuters) - Police charged two men with fraud on Monday. The tourist tax was debated in the council."
    assert not {s for s in _stances(text) if s[1] == "visitor-levy" and s[2] == "support" and s[0] == "Police"}


# ---- the opposition as a camp

def test_backing_of_the_opposition_is_no_negation():
    text = ("SYDNEY (Reuters) - The Senate approved the ban on night flights by 34 votes to 19 with the backing of the "
            "opposition.")
    assert ("Australian Senate", "night-flights", "oppose") not in _stances(text)
    text = ("SYDNEY (Reuters) - Australia will ban night flights at Sydney airport.\n\nThe Senate approved the bill 34 "
            "votes to 19 with the backing of the opposition.")
    assert ("Australian Senate", "night-flights", "support") in _stances(text)


def test_opposition_of_a_holder_still_negates():
    text = "OSLO (Reuters) - The airlines repeated their opposition to the ban on night flights on Monday."
    assert ("night-flights", "support") not in {(i, s) for _, i, s in _stances(text)}
