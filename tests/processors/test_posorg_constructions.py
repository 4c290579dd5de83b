"""Organisations the positions extractor never found as holders (positions 1.81.0, pass posorg).

Invented wire copy on issues of our own (a levy on sugary drinks, a ban on night flights). The classes of the pass:

- an organisation named by the one word before the title a person's mention opens with (`Dockers President Sean Hale
  said ...`, `RWU President Ana Lind said ...`): an acronym or a one-word plural name holds the stance its head states,
  as `Acme chairman X` already did with a lowercase title; an acronym spelled by the initials of an organisation the
  article names in full is that organisation;
- a capitalised name the gazetteer does not know, introducing an acronym in brackets (`Friends of the Moors Germany
  (FMG) said ...`): an organisation, named as written, the acronym its alias for the rest of the article (a place inside
  the name only says where it works);
- an acronym spelled by the initials of an organisation named in full before, and found as a holder of its own (`The
  Riverside Cycling Forum ... The RCF also criticised ...`): the organisation named in full;
- an appositive saying a name is one of a plural of organisations (`UGX, one of Spain's two largest unions, said ...`,
  `Vantor, one of the country's biggest business lobbies, welcomed ...`), as `X, a ... union,` already was;
- Scotland's parties in the gazetteer (`SNP`, `Scottish Labour`, `Scottish Greens`, `Scottish Conservatives`), so that a
  leader titled by the party and stating its course states the party's stance too.

Guards: a title before a longer name or a place (`European Commission President`, `Ukrainian President`, `Former
President`) gives no organisation; a dateline's agency (`LOS ANGELES (AP)`) and a person's party code (`Ana Ruiz (PSOE)`)
are no organisation named before an acronym; an acronym found as no holder (`said the RCF should be ashamed`) does not
become one.
"""

from __future__ import annotations

import pytest

from tests.position_tuples import LEVY_AND_NIGHT_FLIGHTS, holders, stances
from wirewatch.processors import ExtractionContext

_CTX = ExtractionContext(issues=LEVY_AND_NIGHT_FLIGHTS)

S, O = "support", "oppose"

CASES = [
    # the organisation before a title held in a person's mention
    ("Dockers President Sean Hale said the sugar levy would help families.",
     {("Sean Hale", "sugar-levy", S), ("Dockers", "sugar-levy", S)}),
    ("RWU President Ana Lind said the ban on night flights would protect sleep.",
     {("Ana Lind", "night-flights", S), ("RWU", "night-flights", S)}),
    ("The Riverside Workers Union has long campaigned on noise. RWU President Ana Lind said the ban on night flights would "
     "protect sleep.",
     {("Ana Lind", "night-flights", S), ("Riverside Workers Union", "night-flights", S)}),
    # a name introducing an acronym in brackets
    ("Friends of the Moors Germany (FMG) said the sugar levy was a mistake. The FMG vowed to fight the levy.",
     {("Friends of the Moors Germany", "sugar-levy", O)}),
    ("The Hillside Growers Circle (HGC) welcomed the sugar levy.", {("Hillside Growers Circle", "sugar-levy", S)}),
    # an acronym found as a holder of its own, spelled by a name written before
    ("The Riverside Cycling Forum said it backed the ban on night flights. The RCF also criticised the sugar levy.",
     {("Riverside Cycling Forum", "night-flights", S), ("Riverside Cycling Forum", "sugar-levy", O)}),
    # an appositive that makes a name one of a plural of organisations
    ("UGX, one of Spain's two largest unions, said the sugar levy was a mistake.", {("UGX", "sugar-levy", O)}),
    ("The government announced a sugar levy on Monday. Vantor, one of the country's biggest business lobbies, welcomed "
     "the sugar levy.", {("Vantor", "sugar-levy", S)}),
    # Scotland's parties
    ("Scottish Greens co-leader Mia Hale said her party would back the sugar levy.", {("Scottish Greens", "sugar-levy", S)}),
    ("The SNP said it would vote for the sugar levy.", {("Scottish National Party", "sugar-levy", S)}),
    ("Scottish Labour leader Tom Reid said his party would vote against the sugar levy.",
     {("Tom Reid", "sugar-levy", O), ("Scottish Labour", "sugar-levy", O)}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_construction(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= stances(text, _CTX)


GUARDS = [
    # a title after a longer name, a place or an office word: no organisation of its own
    ("European Commission President Ursula Hale said the sugar levy was needed.", {"Commission", "European Commission"}),
    ("Former President Dan Hale said the sugar levy was a disaster.", {"Former"}),
    ("Ukrainian President Dan Hale said the sugar levy was a disaster.", {"Ukrainian"}),
    # a dateline's agency, a person's party code: no name introducing an acronym
    ("LOS ANGELES (AP) \u2014 The sugar levy was a mistake, the mayor said.", {"LOS ANGELES", "AP"}),
    ("Health Minister Ana Ruiz (PSOE) said the sugar levy was needed.", {"Health Minister", "Health Minister Ana Ruiz", "PSOE"}),
    # one of a plural that is no organisation's: no organisation
    ("The sugar levy, one of the government's flagship bills, passed the chamber.", {"The sugar levy", "sugar levy"}),
    # an acronym found as no holder stays none
    ("The Riverside Cycling Forum backed the ban on night flights. Mayor Ana Lind said the RCF should be ashamed and "
     "that the sugar levy must stay.", {"RCF"}),
]


@pytest.mark.parametrize("text, absent", GUARDS, ids=[g[0][:60] for g in GUARDS])
def test_guard(text: str, absent: set[str]) -> None:
    assert not (holders(stances(text, _CTX)) & absent)


def test_acronym_found_as_no_holder_gives_the_organisation_no_new_stance() -> None:
    found = stances("The Riverside Cycling Forum backed the ban on night flights. Mayor Ana Lind said the RCF should be "
                    "ashamed and that the sugar levy must stay.", _CTX)
    assert ("Riverside Cycling Forum", "sugar-levy", S) not in found
    assert ("Riverside Cycling Forum", "sugar-levy", O) not in found
    assert ("Ana Lind", "sugar-levy", S) in found
