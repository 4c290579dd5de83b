"""Spurious holders that are the right holder named the wrong way (positions 1.45.0, pass prec23).

Invented wire sentences on an issue of our own. The classes of the pass:

- an agency head's title before the name is no part of it (`Fisheries Administrator Karen Holt` -> Karen Holt);
- a person called by the first name after the full name (Thai, Indonesian usage: `Prabowo said` after `Prabowo
  Subianto`) is that person, when exactly one person named before has that first name; `X said his party ...` makes
  no organisation of X (a verb or pronoun between a run of capitals and an organisation noun);
- a generational suffix keeps its full stop (`Surangel Whipps Jr.`), written with it or not;
- a three-word name after a title, later called by the surname, keeps all three words (`Chief Executive Shou Zi Chew`
  ... `Chew said` -> Shou Zi Chew, not `Zi Chew`);
- an organisation's regional or global closing words are part of its name (`Airports Council International Europe`,
  `Seafood Council Europe`), not a second holder;
- a bare head word (`the Union said`, `the Federation warned`) is the one organisation named before with that last
  word (European Union), not an organisation `Union`; with two such organisations it stays as written.
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article, Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="trawling-ban", label="A ban on bottom trawling", proposition="Bottom trawling should be banned",
          terms=("bottom trawling", "trawling ban")),
))
_CTX = ExtractionContext(issues=_ISSUES)


def _stances(text: str) -> set[tuple[str, str]]:
    article = Article(id="t", title="t", source="test", published_at="2025-03-01T00:00:00Z", language="en", text=text)
    return {(e.payload["actor"]["canonical"], e.payload["stance"]) for e in positions.extract(article, _CTX)}


def test_version() -> None:
    # prec23 changed positions' output at 1.45.0; later passes bump it further (1.57.0 at stop 23)
    assert tuple(map(int, positions.PRODUCER.version.split("."))) >= (1, 45, 0)  # (1.45.0 at pass prec23; 1.46.0 at pos24e and stm24, 1.47.0 both merged; 1.48.0 rev25; 1.49.0 roll back; 1.50.0 pos26b; 1.51.0 pos26a; 1.52.0 pos26d; 1.53.0 pos26c; 1.54.0 pos27c, pos27b; 1.55.0 both merged; 1.56.0 pos27a; 1.57.0 pos27d)


# ---- an agency head's title

@pytest.mark.parametrize("text, expected", [
    ("Fisheries Administrator Karen Holt said the trawling ban would protect nesting grounds.", {("Karen Holt", "support")}),
    ("Ocean Agency Administrator Tomas Ferreira has said the trawling ban will protect the reefs off the coast.",
     {("Tomas Ferreira", "support")}),
    ("Coast Guard Administrator Priya Natarajan opposed the trawling ban at a hearing on Wednesday.",
     {("Priya Natarajan", "oppose")}),
])
def test_administrator_title_is_no_part_of_the_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(text) == expected


# ---- a person called by the first name; no organisation from `X said his party`

@pytest.mark.parametrize("text, expected", [
    ("The vote split the cabinet, whose fisheries chief Prabowo Subianto had long defended bottom trawling. "
     "Prabowo said his party would oppose a trawling ban.", {("Prabowo Subianto", "oppose")}),
    ("Boat owners met Fisheries Minister Somchai Wongsawat in Bangkok on Monday. Somchai said the government would "
     "push ahead with the trawling ban.", {("Somchai Wongsawat", "support")}),
    ("Island leader Tevita Folau toured the harbour with reporters. Tevita said his movement backed a trawling ban.",
     {("Tevita Folau", "support")}),
])
def test_first_name_after_full_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(text) == expected


def test_first_name_shared_by_two_people_stays_unresolved() -> None:
    text = ("Opposition leader Somchai Wongsawat and his deputy Somchai Prasert met fishermen. "
            "Somchai said a trawling ban would ruin the coast.")
    assert ("Somchai Wongsawat", "oppose") not in _stances(text)


def test_organisation_with_a_closing_word_is_no_full_name() -> None:
    text = "Activists from Oceana Nordic marched on the port on Monday. Oceana said a trawling ban was overdue."
    assert "Oceana Nordic" not in {a for a, _ in _stances(text)}


@pytest.mark.parametrize("text, holder", [
    ("Germany's IG Metall union said it opposed a trawling ban.", "IG Metall"),
    ("The Lewiatan employers' confederation backed a trawling ban on Friday.", "Lewiatan"),
])
def test_organisation_named_before_its_noun_still_found(text: str, holder: str) -> None:
    assert holder in {a for a, _ in _stances(text)}



def test_bare_surname_still_resolves_first() -> None:
    text = "Harbour committee chair Lars Eide spoke first. Eide said his party was against a trawling ban."
    assert _stances(text) == {("Lars Eide", "oppose")}



# ---- a generational suffix

@pytest.mark.parametrize("text, expected", [
    ("\u201cWe will not allow bottom trawling in our waters,\u201d said Prime Minister Sitiveni Rabuka Jr., adding "
     "that the reef fleet would be retired.", {("Sitiveni Rabuka Jr.", "oppose")}),
    ("\u201cA trawling ban is long overdue,\u201d said Mayor Daniel Okoro Sr., speaking at the harbour.",
     {("Daniel Okoro Sr.", "support")}),
    ("Senator Robert Casey Jr said he would vote for the trawling ban.", {("Robert Casey Jr.", "support")}),
])
def test_generational_suffix_keeps_its_stop(text: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(text) == expected



# ---- a three-word name after a title, called by the surname later

@pytest.mark.parametrize("text, expected", [
    ("Harbour Holdings Chief Executive Shou Zi Chew faced questions from lawmakers on Thursday. Chew said the company "
     "opposed a trawling ban.", {("Shou Zi Chew", "oppose")}),
    ("Lines at the port were long when Fleet Director Mei Ling Zhou arrived. Zhou said she backed a "
     "trawling ban.", {("Mei Ling Zhou", "support")}),
    ("On Tuesday Anna Smith toured the port. Smith said she would back a trawling ban.", {("Anna Smith", "support")}),
])
def test_three_word_name_after_title(text: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(text) == expected



# ---- an organisation's regional closing words

@pytest.mark.parametrize("text, expected", [
    ("Ports Council International Europe, which speaks for the continent's harbours, said it accepted the trawling ban.",
     {("Ports Council International Europe", "support")}),
    ("The Fishers Federation Global said it opposed the trawling ban.", {("Fishers Federation Global", "oppose")}),
    ("Seafood Council Europe said it opposed the trawling ban.", {("Seafood Council Europe", "oppose")}),
    ("The European Council International Affairs unit said it backed the trawling ban.", {("European Council", "support")}),
])
def test_regional_closing_words(text: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(text) == expected



# ---- a bare head word after the organisation's full name

@pytest.mark.parametrize("text, expected", [
    ("Fisheries ministers of the European Union met in Brussels on Monday. The Union said it backed a trawling ban.",
     {("European Union", "support")}),
    ("The Coastal Anglers Federation met officials on Monday. The Federation said it opposed the trawling ban.",
     {("Coastal Anglers Federation", "oppose")}),
])
def test_bare_head_word_is_the_organisation_named_before(text: str, expected: set[tuple[str, str]]) -> None:
    assert _stances(text) == expected


def test_bare_head_word_with_two_candidates_is_not_resolved() -> None:
    text = "The African Union and the European Union met on Monday. The Union said it backed a trawling ban."
    assert not {a for a, _ in _stances(text)} & {"African Union", "European Union"}
