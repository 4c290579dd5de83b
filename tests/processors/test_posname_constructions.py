"""Holders under names the gazetteer does not know (positions 1.89.0, pass posname).

Invented wire copy on an issue of our own (a ban on fur farming in Norland, a made-up country). The classes of the pass:

- a city's court, named as written (`the Brenford High Court ruled`): the court holds the stance, not the government the
  city's name stands for (`Tokyo` alone names Japan), and a city the gazetteer does not know still names a court;
- a country's possessive before its constitutional or supreme court (`Spain's Constitutional Court upheld`): the court,
  named without its country, holds the stance (as `the U.S. Supreme Court` already did);
- an office not yet taken is still a title (`Prime Minister-elect X`): the person's name is filed without it;
- `weakened` right after a possessive or an article is an adjective (`the premier's weakened government`), no cue.

Guards: a country's own name before a court is not a city's court; a court named alone keeps no city; a verb `weakened`
after a holder still reads as undoing the measure.
"""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext, positions, speakers
from wirewatch.processors.entities import article_refs
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="fur-ban", label="A ban on fur farming", proposition="Fur farming should be banned",
          terms=("fur farming ban", "ban on fur farming", "fur farming")),
    Issue(id="jp-marriage", label="Same-sex marriage in Japan", proposition="Japan should legally recognise same-sex marriage",
          terms=("same-sex marriage", "unconstitutional")),
    Issue(id="es-amnesty", label="Spain's amnesty law", proposition="Spain should pass the amnesty law",
          terms=("amnesty law",)),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"

CASES = [
    # a city's court the gazetteer does not know
    ("The Brenford District Court ruled on Monday that the ban on fur farming was lawful and must stay in force.",
     ("Brenford District Court", "fur-ban", S)),
    # a city the gazetteer knows as its country's capital: the court, not Japan
    ("The Tokyo High Court on Thursday backed same-sex marriage, saying the law must change.",
     ("Tokyo High Court", "jp-marriage", S)),
    # a country's possessive before its constitutional court
    ("Spain's Constitutional Court on Thursday upheld the amnesty law.",
     ("Constitutional Court", "es-amnesty", S)),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_court_holds_the_stance(text, expected):
    found = stances(text, _CTX)
    assert expected in found, found


def test_city_court_is_not_the_country():
    found = stances("The Tokyo High Court on Thursday backed same-sex marriage, saying the law must change.", _CTX)
    assert not any(actor == "Japan" for actor, _, _ in found), found


def test_possessive_court_is_not_the_country():
    found = stances("Spain's Constitutional Court on Thursday upheld the amnesty law.", _CTX)
    assert not any(actor == "Spain" for actor, _, _ in found), found


def test_country_name_before_court_is_no_city_court():
    # a country's own name: the pattern of a city's court does not take it
    text = "The Japan High Court backed same-sex marriage."
    refs = positions._country_courts(text, article_refs(text, _CTX.for_article(text)))
    assert [r.text for r in refs] == ["Japan"], refs


@pytest.mark.parametrize("phrase,name", [
    ("Prime Minister-elect Anna Holt", "Anna Holt"),
    ("President-elect Marco Vell", "Marco Vell"),
    ("Foreign Minister-designate Ilse Baar", "Ilse Baar"),
    ("Prime Minister Anna Holt", "Anna Holt"),
])
def test_elect_title_is_stripped(phrase, name):
    assert speakers.person_name(phrase) == name


def test_elect_title_named_subject():
    found = stances("Prime Minister-elect Anna Holt said on Monday her government would scrap the fur farming ban.", _CTX)
    assert ("Anna Holt", "fur-ban", O) in found, found
    assert not any("elect" in actor for actor, _, _ in found), found


def test_weakened_adjective_is_no_cue():
    # `weakened` before its noun after a possessive: no undoing of anything
    found = stances("The Brenford High Court backed the ban on fur farming, adding pressure on the premier's weakened "
                    "government.", _CTX)
    assert ("Brenford High Court", "fur-ban", O) not in found, found


def test_weakened_verb_still_undoes():
    found = stances("Germany weakened the ban on fur farming last year.", _CTX)
    assert ("Germany", "fur-ban", O) in found, found
