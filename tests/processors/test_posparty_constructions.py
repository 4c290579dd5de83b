"""Parties by their acronyms and a party named only as a person's affiliation (positions 1.92.0, pass posparty).

Invented wire copy on an issue of our own (a ban on fur farming). The classes of the pass:

- Germany's, Spain's and New Zealand's parties by the names wire copy uses (`SPD`, `CDU`, `CSU`, `PP`, `the ACT party`)
  are the parties, filed under the names the newer rounds use; a bare `Social Democrats`, `Free Democrats` or
  `Socialists` is the German or French party only in copy from that country;
- a party named only as a person's affiliation (`X of the conservative CDU has called`, `Y, a CDU foreign policy expert,
  said`, `Minister Z (PSOE) said`) gives the stance to the person, not to the party; a party's title before a name
  (`SPD lawmaker Z`) already did.

Guards: the party acting on its own (`The CDU said`) keeps its stance; a bare `Social Democrats` or `Free Democrats` in
copy from elsewhere stays as written.
"""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="fur-ban", label="A ban on fur farming", proposition="Fur farming should be banned",
          terms=("fur farming ban", "ban on fur farming", "fur farming")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"

CASES = [
    # parties by their acronyms and English names
    ("BERLIN (Reuters) - The SPD said on Monday it backed a ban on fur farming.", ("Social Democratic Party", "fur-ban", S)),
    ("BERLIN (Reuters) - The CDU said on Monday it opposed a ban on fur farming.", ("Christian Democratic Union", "fur-ban", O)),
    ("MUNICH (Reuters) - The CSU said on Monday it opposed a ban on fur farming.", ("Christian Social Union", "fur-ban", O)),
    ("BERLIN (Reuters) - The Free Democrats said on Monday they opposed a ban on fur farming.", ("Free Democratic Party", "fur-ban", O)),
    ("BERLIN (Reuters) - The Social Democrats said on Monday they backed a ban on fur farming.", ("Social Democratic Party", "fur-ban", S)),
    ("PARIS (AFP) - The Socialists said on Monday they backed a ban on fur farming.", ("Socialist Party", "fur-ban", S)),
    ("MADRID (Reuters) - The PP said on Monday it opposed a ban on fur farming.", ("People's Party", "fur-ban", O)),
    ("WELLINGTON (Reuters) - The opposition ACT party said on Monday it opposed a ban on fur farming.", ("ACT Party", "fur-ban", O)),
    # a party as a person's affiliation: the person holds the stance
    ("BERLIN (Reuters) - Opposition leader Friedrich Merz of the conservative CDU has repeatedly called for a ban on fur farming.",
     ("Friedrich Merz", "fur-ban", S)),
    ("BERLIN (Reuters) - Roderich Kiesewetter, a CDU farm policy expert, said a ban on fur farming was overdue.",
     ("Roderich Kiesewetter", "fur-ban", S)),
    ("BERLIN (Reuters) - SPD lawmaker Anna Berg said she opposed a ban on fur farming.", ("Anna Berg", "fur-ban", O)),
    ("MADRID (Reuters) - Farm Minister Ana Ruiz (PSOE) said a ban on fur farming was overdue.", ("Ana Ruiz", "fur-ban", S)),
    # a particle inside a titled name keeps the full name
    ("RIYADH (Reuters) - Farm Minister Prince Khalid bin Saud said a ban on fur farming was overdue.",
     ("Khalid bin Saud", "fur-ban", S)),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_party_constructions(text, expected):
    found = stances(text, _CTX)
    assert expected in found, found


@pytest.mark.parametrize("text,party", [
    ("BERLIN (Reuters) - Opposition leader Friedrich Merz of the conservative CDU has repeatedly called for a ban on fur farming.",
     "Christian Democratic Union"),
    ("BERLIN (Reuters) - Roderich Kiesewetter, a CDU farm policy expert, said a ban on fur farming was overdue.",
     "Christian Democratic Union"),
    ("BERLIN (Reuters) - SPD lawmaker Anna Berg said she opposed a ban on fur farming.", "Social Democratic Party"),
    ("MADRID (Reuters) - Farm Minister Ana Ruiz (PSOE) said a ban on fur farming was overdue.", "PSOE"),
])
def test_affiliation_is_not_the_party(text, party):
    found = stances(text, _CTX)
    assert not any(actor == party for actor, _, _ in found), found


def test_party_acting_keeps_its_stance():
    # guard: the party as the subject of its own statement
    found = stances("BERLIN (Reuters) - The CDU, which leads the polls, said it opposed a ban on fur farming.", _CTX)
    assert ("Christian Democratic Union", "fur-ban", O) in found, found


@pytest.mark.parametrize("text,expected", [
    ("COPENHAGEN (Reuters) - The Social Democrats said on Monday they backed a ban on fur farming.", ("Social Democrats", "fur-ban", S)),
    ("The Free Democrats said on Monday they opposed a ban on fur farming.", ("Free Democrats", "fur-ban", O)),
])
def test_bare_party_elsewhere_stays_as_written(text, expected):
    found = stances(text, _CTX)
    assert expected in found, found
