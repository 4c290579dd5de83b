"""User-defined issues on unseen copy (positions 1.24.0, issue #4).

Each case is a short invented article under user-defined issues built here (only id, label, proposition and terms, as a
user writes them). The classes:

- the one measure an article's lead is about, named again much later by the singular head noun of one of its terms
  (`the levy`, `the tax`, `the cap`: a noun naming a measure), is still what the article is about; not in an article
  whose lead is about something else;
- getting rid of a measure in plain words (`axe`, `ditch`, `get rid of`, `tear up`, `kill off`) undoes it, like `scrap`;
  not an axe to grind;
- a stance in a relative clause on the holder that names the measure by its head (`, who has long called for the tax
  to be axed,`) is not overridden by a contrasted `but` clause about something else;
- `Gov. Jane Doe`: the abbreviated title introduces a person the gazetteer does not know;
- a titled person whose surname is also a country's name (`Conservative Leader David Brazil`) is the person, not the
  country;
- capitalised words opening a sentence before a country's name (`Diabetes Canada said`) make an organisation's name;
  not a sentence opener (`Meanwhile Canada`), and a bare country is still the country.
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article, Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="soda-levy", label="A levy on sugary drinks",
          proposition="A tax on sugary drinks should be introduced or raised",
          terms=("soda tax", "sugar levy", "sugary drinks", "fizzy drinks")),
    Issue(id="rent-caps", label="Capping rents",
          proposition="Rent increases for residential tenants should be capped or frozen by law",
          terms=("rent cap", "rent freeze", "rent control")),
    Issue(id="marijuana", label="Legal marijuana",
          proposition="Recreational marijuana should be legalised",
          terms=("marijuana", "cannabis", "legalization", "legalisation")),
))
_CTX = ExtractionContext(issues=_ISSUES)


def _stances(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", title="t", source="test", published_at="2025-03-01T00:00:00Z", language="en", text=text)
    return {(e.payload["actor"]["canonical"], e.payload["issue"], e.payload["stance"])
            for e in positions.extract(article, _CTX)}


_LEAD_SODA = ("The island's soda tax took effect on Monday, adding 30 cents a litre to fizzy drinks. "
              "The charge is expected to raise about $5 million a year. "
              "Shops said prices had already gone up. "
              "Some customers were stocking up before the change. ")
_LEAD_RENT = ("The city council approved a rent cap on Tuesday, limiting increases to 2% a year for sitting tenants. "
              "It covers about 40,000 flats. "
              "Landlords have a month to adjust their contracts. "
              "The council will publish guidance next week. ")


@pytest.mark.parametrize("text, expected", [
    (_LEAD_SODA + "The Island Grocers Federation also opposes the levy, arguing that it hits poorer families hardest.",
     ("Island Grocers Federation", "soda-levy", "oppose")),
    (_LEAD_SODA + "The Heart Foundation welcomed the tax, saying it would cut consumption among children.",
     ("Heart Foundation", "soda-levy", "support")),
    (_LEAD_RENT + "The Tenants Union welcomed the cap and urged other cities to follow.",
     ("Tenants Union", "rent-caps", "support")),
])
def test_lead_measure_named_again_by_singular_head(text, expected):
    assert expected in _stances(text)


def test_singular_head_does_not_reach_an_issue_the_lead_is_not_about():
    text = ("Fuel prices rose again on Monday, drivers' groups said. "
            "Diesel is now at a record. "
            "Hauliers warned of higher food prices. "
            "Bus companies are reviewing fares. "
            "A soda tax was discussed by the cabinet last year. "
            "The harbour will be dredged. "
            "Engineers began the survey. "
            "Officials expect delays. "
            "The Retail Forum welcomed the tax cut on fuel announced in March.")
    assert not any(issue == "soda-levy" and actor == "Retail Forum" for actor, issue, _ in _stances(text))


@pytest.mark.parametrize("text, expected", [
    ("Opposition leader Maria Lund vowed to axe the soda tax.", ("Maria Lund", "soda-levy", "oppose")),
    ("The Retail Council urged ministers to ditch the soda tax.", ("Retail Council", "soda-levy", "oppose")),
    ("Opposition leader Maria Lund vowed to get rid of the rent cap.", ("Maria Lund", "rent-caps", "oppose")),
    ("The Property Federation called on the government to tear up the rent freeze.", ("Property Federation", "rent-caps", "oppose")),
    ("Opposition leader Maria Lund promised to kill off the sugar levy.", ("Maria Lund", "soda-levy", "oppose")),
    ("Opposition leader Maria Lund, who has long called for the soda tax to be axed, said she was relieved.",
     ("Maria Lund", "soda-levy", "oppose")),
])
def test_plain_words_for_getting_rid_of_a_measure(text, expected):
    assert expected in _stances(text)


def test_an_axe_to_grind_is_no_reversal():
    found = _stances("The Retail Council has an axe to grind but backed the soda tax on Monday.")
    assert ("Retail Council", "soda-levy", "oppose") not in found


@pytest.mark.parametrize("text, expected", [
    ("Republican Gov. Dana Whitfield opposes legalization of marijuana, saying it would send the wrong message.",
     ("Dana Whitfield", "marijuana", "oppose")),
    ("Gov. Dana Whitfield said she would sign the bill to legalise cannabis.", ("Dana Whitfield", "marijuana", "support")),
])
def test_abbreviated_governor_title(text, expected):
    assert expected in _stances(text)


@pytest.mark.parametrize("text, person, country", [
    ("Interim Conservative Leader Paul Brazil said the soda tax should be scrapped.", "Paul Brazil", "Brazil"),
    ("Senator Anne Jordan said the soda tax should be scrapped.", "Anne Jordan", "Jordan"),
])
def test_titled_surname_that_is_a_country(text, person, country):
    found = _stances(text)
    assert any(actor == person and stance == "oppose" for actor, _, stance in found)
    assert not any(actor == country for actor, _, _ in found)


@pytest.mark.parametrize("text, org, country", [
    ("The soda tax began on Monday. Diabetes Canada said dropping the soda tax would be a step backward.",
     "Diabetes Canada", "Canada"),
    ("The soda tax began on Monday. Heart Research Australia welcomed the soda tax.", "Heart Research Australia", "Australia"),
])
def test_organisation_named_after_a_country(text, org, country):
    found = _stances(text)
    assert any(actor == org and stance == "support" for actor, _, stance in found)
    assert not any(actor == country for actor, _, _ in found)


@pytest.mark.parametrize("text, country", [
    ("The soda tax began on Monday. Meanwhile Canada said it would introduce a soda tax next year.", "Canada"),
    ("The soda tax began on Monday. Canada said it would introduce a soda tax next year.", "Canada"),
])
def test_country_opening_a_sentence_is_still_the_country(text, country):
    assert any(actor == country and stance == "support" for actor, _, stance in _stances(text))


def test_relative_clause_stance_not_overridden_by_a_contrasted_clause_on_something_else():
    text = (_LEAD_SODA + "Opposition leader Maria Lund, who has long called for the tax to be axed, said she was relieved "
            "but wanted the budget published quickly.")
    found = _stances(text)
    assert ("Maria Lund", "soda-levy", "oppose") in found
    assert ("Maria Lund", "soda-levy", "support") not in found
