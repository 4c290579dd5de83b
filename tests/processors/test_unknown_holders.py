"""Holders the gazetteer does not know, whose stance the article states (positions 1.28.0, pass `unkact`).

Invented wire sentences on an issue of our own. The classes of the pass:

- the speaker of a quote named after it with an appositive (`"...," said Anna Berg, the transport minister.`,
  `"...," Anna Berg, the union's leader, said.`); not a staff member of an organisation (`a campaigner with X`);
- an organisation's officer introduced by its possessive (`Its president, Anna Berg, said ...`, `but its general
  secretary Tom Reid said ...`), right after the organisation stated its stance: the officer states it too; not the tail
  reporting that stance (`X will fight the ban, its president said`), not a former officer, not when the organisation
  stated no stance;
- a member speaking in a `with` clause on the stance of its party or group (`The Greens voted against, with senator
  Anna Berg calling the ban "a blunt instrument"`); not an opponent (`with opposition leader X calling`), not a member
  who does not speak (`with leader X absent`), not a country's minister;
- a holder restating its own stance with no object (`repeated its opposition`, `reaffirmed its support`, `said its
  opposition was unchanged`) on the measure in discussion, however far back the lead named it; against an act that
  went against the issue, the opposite; not `its opposition to X` (its own object).
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article, Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="night-flights", label="A ban on night flights", proposition="Night flights should be banned at airports",
          terms=("night flights", "night flight ban", "night-time flights", "curfew on flights")),
))
_CTX = ExtractionContext(issues=_ISSUES)

_LEAD = "The government on Monday announced a ban on night flights at the capital's main airport from next spring. "
_FAR = ("The ban on night flights will apply between 11 pm and 6 am. Airlines will have a year to adapt their timetables. "
        "Freight operators will be allowed a few exemptions. Airport staff will be retrained. ")


def _stances(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", title="t", source="test", published_at="2025-03-01T00:00:00Z", language="en", text=text)
    return {(e.payload["actor"]["canonical"], e.payload["issue"], e.payload["stance"])
            for e in positions.extract(article, _CTX)}


@pytest.mark.parametrize("text, expected", [
    # the speaker of a quote, with an appositive after the name
    (_LEAD + '"The ban on night flights will save lives," said Marit Olsen, the transport minister.',
     {("Marit Olsen", "night-flights", "support")}),
    (_LEAD + '"The ban on night flights will cost jobs," said Jonas Kerr, the airline federation\'s president.',
     {("Jonas Kerr", "night-flights", "oppose")}),
    (_LEAD + '"The ban on night flights will save lives," Marit Olsen, the residents\' spokeswoman, said.',
     {("Marit Olsen", "night-flights", "support")}),
    (_LEAD + '"The ban on night flights will save lives," said Marit Olsen, a retired nurse, adding that she slept badly.',
     {("Marit Olsen", "night-flights", "support")}),
    # an officer introduced by the organisation's possessive, after the organisation's stance
    (_LEAD + "The Northern Airlines Association warned that the ban on night flights would cost jobs. "
             "Its chief executive, Jonas Kerr, said members were already moving routes abroad.",
     {("Northern Airlines Association", "night-flights", "oppose"), ("Jonas Kerr", "night-flights", "oppose")}),
    (_LEAD + "The Quiet Skies Coalition welcomed the ban on night flights, but its general secretary Marit Olsen said "
             "it came \"a decade too late\".",
     {("Quiet Skies Coalition", "night-flights", "support"), ("Marit Olsen", "night-flights", "support")}),
    (_LEAD + "The Freedom Party opposes the ban on night flights. Their aviation spokesperson Jonas Kerr said voters "
             "should decide.",
     {("Freedom Party", "night-flights", "oppose"), ("Jonas Kerr", "night-flights", "oppose")}),
    # a member speaking in a `with` clause on the group's stance
    (_LEAD + 'The Freedom Party voted against, with leader Jonas Kerr calling the ban "a gift to the railways".',
     {("Freedom Party", "night-flights", "oppose"), ("Jonas Kerr", "night-flights", "oppose")}),
    (_LEAD + "The Greens backed the ban on night flights, with their transport spokesperson Marit Olsen saying it was overdue.",
     {("Greens", "night-flights", "support"), ("Marit Olsen", "night-flights", "support")}),
    # a stance restated with no object
    (_LEAD + "The Northern Airlines Association repeated its opposition.",
     {("Northern Airlines Association", "night-flights", "oppose")}),
    (_LEAD + "The Quiet Skies Coalition reaffirmed its support, saying residents would sleep better.",
     {("Quiet Skies Coalition", "night-flights", "support")}),
    (_LEAD + _FAR + "The Northern Airlines Association said its opposition was unchanged.",
     {("Northern Airlines Association", "night-flights", "oppose")}),
    (_LEAD + "The tourism employers' group Reisekraft repeated its opposition, saying the ban would hit small hotels hardest.",
     {("Reisekraft", "night-flights", "oppose")}),
])
def test_unknown_holder_found(text, expected):
    assert expected <= _stances(text)


@pytest.mark.parametrize("text, absent", [
    # a quote not about the issue: the speaker states no stance on it
    (_LEAD + '"Our members fly to meetings every week," said Jonas Kerr, the airline federation\'s president.', "Jonas Kerr"),
    # staff of an organisation, not the person speaking for it
    (_LEAD + '"The ban on night flights is a step forward," said Marit Olsen, a campaigner with Quiet Skies.', "Marit Olsen"),
    # a name only mentioned in an appositive-free tail
    (_LEAD + '"The ban on night flights will save lives," said Marit Olsen.', "Marit Olsen"),
    # the tail reporting the organisation's own stance is not a second holder
    (_LEAD + "The Northern Airlines Association will fight the ban on night flights, its president Jonas Kerr said on Monday.",
     "Jonas Kerr"),
    # a former officer; an officer doing something else; an organisation that stated no stance
    (_LEAD + "The Northern Airlines Association warned that the ban on night flights would cost jobs. Its former president, "
             "Jonas Kerr, said members were moving abroad.", "Jonas Kerr"),
    (_LEAD + "The Northern Airlines Association warned that the ban on night flights would cost jobs. Its president, "
             "Jonas Kerr, was re-elected on Tuesday.", "Jonas Kerr"),
    (_LEAD + "The Northern Airlines Association was founded in 1990. Its president, Jonas Kerr, said members were "
             "moving abroad.", "Jonas Kerr"),
    # an opponent, a silent member, a country's minister in the `with` clause
    (_LEAD + 'The Freedom Party voted against the ban on night flights, with opposition leader Jonas Kerr calling it "a good start".',
     "Jonas Kerr"),
    (_LEAD + "The Freedom Party voted against the ban on night flights, with leader Jonas Kerr absent.", "Jonas Kerr"),
    (_LEAD + 'France voted against the ban on night flights, with Transport Minister Jonas Kerr calling it "a tax on travel".',
     "Jonas Kerr"),
    # a stance noun with its own object; a stance noun that is no stance of the subject
    (_LEAD + "The Northern Airlines Association repeated its opposition to new fuel taxes.", "Northern Airlines Association"),
    (_LEAD + "The Northern Airlines Association said it had lost support among members.", "Northern Airlines Association"),
])
def test_unknown_holder_not_found(text, absent):
    assert not any(actor == absent for actor, _, _ in _stances(text))


def test_restated_opposition_to_a_repeal_supports_the_issue():
    text = ("Parliament voted on Tuesday to scrap the ban on night flights at the capital's main airport. "
            "The Quiet Skies Coalition repeated its opposition.")
    assert ("Quiet Skies Coalition", "night-flights", "support") in _stances(text)
