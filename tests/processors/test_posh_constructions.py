"""A party's leader, titled by the party before the name, holds for the party too; Taiwan's opposition parties by the
names copy writes (positions 1.73.0, pass posh).

Invented wire copy on issues of our own (a levy on sugary drinks, a ban on night flights). The classes of the pass:

- a party's title before its leader's name (`Socialist leader Ana Ruiz said ... her deputies would ...`, `Kuomintang
  chairman ... said his party would ...`) with a statement of the leader's own right after the name (`said`, `told
  reporters`) that tells the party's own course (`his party`, `her deputies`, `his MPs`, `the party`): the party states
  the stance too, as `_LEADER_OF_PARTY_SAYS` already read `X, leader of the Y Party, said his party would ...`. The party
  is a gazetteer organisation, a `... Party` name, or a plain party word (`Socialist` -> Socialist Party);
- an appositive that opens on a possessive (`Brightwave, Britain's biggest broadcaster, condemned ...`, `Ana Ruiz, Spain's
  richest woman, lashed out at ...`) and a description opening on one before a set-off name with its article (`Spain's
  largest farm union, the Agrovia, called ...`): the name holds the stance;
- Taiwan's opposition parties in the gazetteer: `KMT` is the Kuomintang, and `The Taiwan People's Party said ...` is that
  party (it was read as Taiwan, the possessive word cutting the name); and Andres Manuel Lopez Obrador, whose four-word
  name the person reader cut to `Andres Manuel Lopez`.

Guards: the leader's own words without the party's course (`Socialist leader Ana Ruiz said the levy was indispensable`,
`Labour leader X said a Labour government would ...`) are the person's only; so are a call on others (`urged her party to
...`), a vote (a party may allow a free one), a fear (`said she feared ...`), a company's chairman (`Tesla chairman`), a
country's possessive before the party (`Britain's Labour leader`), and a title that is no party (`Transport Minister`,
`Council president`). A possessive appositive naming a title is the titled people's to read (`Lars Eide, Norway's finance
minister, said` gives the person only).
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import LEVY_AND_NIGHT_FLIGHTS, stances
from wirewatch.processors import ExtractionContext

_CTX = ExtractionContext(issues=LEVY_AND_NIGHT_FLIGHTS)

S, O = "support", "oppose"

CASES = [
    # a party's title before its leader's name
    ("Socialist leader Ana Ruiz said the sugar levy was indispensable and that her deputies would table it again.",
     {("Ana Ruiz", "sugar-levy", S), ("Socialist Party", "sugar-levy", S)}),
    ("Conservative leader Tom Hale said his party would vote against the levy on sugary drinks.",
     {("Tom Hale", "sugar-levy", O), ("Conservative Party", "sugar-levy", O)}),
    ("Green Party leader Mia Holm told reporters that her party would back the ban on night flights.",
     {("Mia Holm", "night-flights", S), ("Green Party", "night-flights", S)}),
    ("KMT chairman Lin Wei-ming said the party opposed the ban on night flights.",
     {("Lin Wei-ming", "night-flights", O), ("Kuomintang", "night-flights", O)}),
    ("Kuomintang chairman Lin Wei-ming on Monday said his party would fight the ban on night flights.",
     {("Lin Wei-ming", "night-flights", O), ("Kuomintang", "night-flights", O)}),
    ("Labour leader Tom Hale said the sugar levy was a mistake and that his MPs would vote against it.",
     {("Tom Hale", "sugar-levy", O), ("Labour Party", "sugar-levy", O)}),
    # an appositive or a description opening on a possessive
    ("Brightwave, Britain's biggest broadcaster, condemned the sugar levy.", {("Brightwave", "sugar-levy", O)}),
    ("Ana Ruiz, Spain's richest woman, lashed out at the sugar levy.", {("Ana Ruiz", "sugar-levy", O)}),
    ("Spain's largest farm union, the Agrovia, called the sugar levy unacceptable.", {("Agrovia", "sugar-levy", O)}),
    ("Spain's largest farm union, Agrovia, condemned the sugar levy.", {("Agrovia", "sugar-levy", O)}),
    ("Lars Eide, Norway's finance minister, said the sugar levy was a mistake.", {("Lars Eide", "sugar-levy", O)}),
    ("Spain's largest city, the capital Madrid, condemned the sugar levy.", set()),
    # Taiwan's opposition parties by name
    ("The Taiwan People's Party said it supported the ban on night flights.", {("Taiwan People's Party", "night-flights", S)}),
    ("The KMT said it opposed the sugar levy.", {("Kuomintang", "sugar-levy", O)}),
    # a well-known four-word name the gazetteer now holds
    ("Mexican President Andres Manuel Lopez Obrador said the sugar levy was a mistake.",
     {("Andres Manuel Lopez Obrador", "sugar-levy", O)}),
    ("Lopez Obrador said the sugar levy was a mistake.", {("Andres Manuel Lopez Obrador", "sugar-levy", O)}),
    # guards: the leader's own words, not the party's course
    ("Socialist leader Ana Ruiz said the sugar levy was indispensable.", {("Ana Ruiz", "sugar-levy", S)}),
    ("Labour leader Tom Hale said a Labour government would scrap the sugar levy.", {("Tom Hale", "sugar-levy", O)}),
    # guards
    ("Green leader Mia Holm urged the government to adopt the ban on night flights.", {("Mia Holm", "night-flights", S)}),
    ("Tesla chairman Tom Hale said his group backed the sugar levy.", {("Tom Hale", "sugar-levy", S)}),
    ("Britain's Labour leader Tom Hale said his party backed the sugar levy.", {("Tom Hale", "sugar-levy", S)}),
    ("Transport Minister Tom Hale said his party backed the ban on night flights.", {("Tom Hale", "night-flights", S)}),
    ("Council president Tom Hale said his party backed the ban on night flights.", {("Tom Hale", "night-flights", S)}),
    ("Socialist leader Ana Ruiz said she feared the levy on sugary drinks would hurt the party's voters.",
     {("Ana Ruiz", "sugar-levy", O)}),
    ("Socialist leader Ana Ruiz and her party voted against the levy on sugary drinks.", {("Ana Ruiz", "sugar-levy", O)}),
    ("Green leader Mia Holm urged her party to back the ban on night flights.", {("Mia Holm", "night-flights", S)}),
    # not fixed
    pytest.param("The Swiss People's Party said it supported the ban on night flights.", {("Swiss People's Party", "night-flights", S)},
                 marks=xf("a name holding `People's` is cut at the possessive unless the gazetteer knows it")),
    pytest.param("Mexican President Juan Carlos Perez Garcia said the sugar levy was a mistake.",
                 {("Juan Carlos Perez Garcia", "sugar-levy", O)},
                 marks=xf("an unknown four-word name is cut to three words")),
    # (pass posholder: the officer of the body named in the title speaks too)
    pytest.param("Green Party co-leader Mia Holm said the ban on night flights was overdue.",
                 {("Mia Holm", "night-flights", S), ("Green Party", "night-flights", S)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_posh_constructions(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(text, _CTX) == expected
