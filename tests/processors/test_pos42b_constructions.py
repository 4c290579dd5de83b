"""Positions holders: who holds a stance, and under which name (positions 1.64.0, pass pos42b).

Invented wire copy on issues of our own (a tax on sugary drinks, a ban on disposable vapes). The classes of the pass:

- a ministry's or government's spokesperson the gazetteer does not know voices the country (`Chinese Foreign Ministry
  spokeswoman Li Mei said`, `Japan's Foreign Ministry spokesman ...`; with no country in the title, the only country
  named from the sentence before: `The move drew criticism from Moscow. Foreign Ministry spokeswoman ...`; a government's
  spokesperson with none named before, the dateline's: `PARIS (AFP) - Government spokeswoman ...`), not a stance of
  their own;
- a company's name that opens with a place (`Berlin Water Supply Company Holdings Inc.`, up to five words before the
  legal form) is the company's, not cut at its start with the place left to the country;
- a capitalised foreign article opening a name headed by a country (`La France Insoumise`) is part of the name;
- a party written without its country qualifier in copy about one country is the gazetteer's qualified party of that
  country (`The Greens` in Australian copy -> Australian Greens; `the Democratic Party` in Korean copy -> Democratic
  Party of Korea);
- France's chambers are filed as `National Assembly` and `Senate`, however written (`the French National Assembly`,
  `France's Senate`), as gold files them; the bare names are still never read as France's (`canonical_written: false`
  in the gazetteer). Slovenia's parliament is `Slovenian parliament`.

Guards: a spokesperson the gazetteer knows stays themselves; an opposition or party spokesperson keeps their own
stance; two countries named before leave the spokesperson as they are; a city alone is still its country; the Greens in
German copy and the Democratic Party in American copy stay as written (the copy's country: the dateline's, else the
one named most, ahead of every other); `Canada Uni` with no article stays as it is.
"""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="sugar-tax", label="A tax on sugary drinks", proposition="A tax should be imposed on sugary drinks",
          terms=("sugar tax", "soda tax", "levy on sugary drinks")),
    Issue(id="vape-ban", label="A ban on disposable vapes", proposition="Disposable vapes should be banned",
          terms=("disposable vape ban", "ban on disposable vapes")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"

CASES = [
    # a ministry's or government's spokesperson voices the country
    ("Chinese Foreign Ministry spokeswoman Li Mei said the sugar tax was a mistake.", {("China", "sugar-tax", O)}),
    ("Japan's Foreign Ministry spokesman Kenji Sato said the ban on disposable vapes was \"a mistake\".",
     {("Japan", "vape-ban", O)}),
    ("The move drew sharp criticism from Moscow. Foreign Ministry spokeswoman Olga Petrova called the sugar tax \"absurd\".",
     {("Russia", "sugar-tax", O)}),
    ("Seoul reacted within hours. Foreign Ministry spokesman Lim Soo-jin said the sugar tax was \"a welcome step\".",
     {("South Korea", "sugar-tax", S)}),
    ("The plan drew criticism from Beijing. Foreign Ministry spokesman Zhou Bin called the ban on disposable vapes "
     "\"extremely irresponsible\".", {("China", "vape-ban", O)}),
    # a government's spokesperson, no country named before: the dateline's
    ("PARIS (AFP) - Government spokeswoman Claire Dubois said the sugar tax was \"a mistake\".", {("France", "sugar-tax", O)}),
    ("MADRID (Reuters) - Government spokesman Pablo Ortiz said on Tuesday that the ban on disposable vapes was overdue.",
     {("Spain", "vape-ban", S)}),
    # guards: known to the gazetteer; a party's or the opposition's spokesperson; two countries before; a ministry's
    # spokesperson under a foreign dateline; no dateline, no country
    ("WASHINGTON (AP) - Foreign Ministry spokeswoman Olga Petrova called the sugar tax \"absurd\".",
     {("Olga Petrova", "sugar-tax", O)}),
    ("Government spokeswoman Claire Dubois said the sugar tax was \"a mistake\".", {("Claire Dubois", "sugar-tax", O)}),
    ("Russian Foreign Ministry spokeswoman Maria Zakharova said the sugar tax was a mistake.",
     {("Maria Zakharova", "sugar-tax", O)}),
    ("Party spokeswoman Ana Ruiz said the sugar tax was \"a welcome step\".", {("Ana Ruiz", "sugar-tax", S)}),
    ("The move drew criticism from Moscow and Beijing. Foreign Ministry spokeswoman Olga Petrova called the sugar tax "
     "\"absurd\".", {("Olga Petrova", "sugar-tax", O)}),
    # a company's name opening with a place
    ("Tokyo Metro Bus Company Holdings Inc. said it opposed the sugar tax.",
     {("Tokyo Metro Bus Company Holdings", "sugar-tax", O)}),
    ("Berlin Water Supply Company Holdings Inc. said it opposed the sugar tax.",
     {("Berlin Water Supply Company Holdings", "sugar-tax", O)}),
    ("Canada Dry Pacific Bottling Holdings Ltd. warned the sugar tax would cost jobs.",
     {("Canada Dry Pacific Bottling Holdings", "sugar-tax", O)}),
    ("Tokyo said it opposed the sugar tax.", {("Japan", "sugar-tax", O)}),  # guard: the city alone
    # a foreign article opening a name headed by a country
    ("The Socialists and La France Insoumise voted in favour of the sugar tax.", {("La France Insoumise", "sugar-tax", S)}),
    ("On Monday the unions and La Spain Unida said they backed the sugar tax.", {("La Spain Unida", "sugar-tax", S)}),
    ("The Liberals and Les Canada Forts voted against the sugar tax.", {("Les Canada Forts", "sugar-tax", O)}),
    ("Canada Uni said it opposed the sugar tax.", {("Canada Uni", "sugar-tax", O)}),  # guard: no article
    # a party without its country qualifier, in copy about one country
    ("CANBERRA (AAP) - Australia's government introduced the sugar tax on Monday. The Greens said they would vote "
     "against the sugar tax.", {("Australia", "sugar-tax", S), ("Australian Greens", "sugar-tax", O)}),
    ("MELBOURNE, Australia (AP) - Australia's parliament will vote on the sugar tax. Australia's health minister said it "
     "was needed. The Greens voted against the sugar tax.", {("Australian Greens", "sugar-tax", O)}),
    ("SEOUL, South Korea (AP) - South Korea approved the ban on disposable vapes. South Korea's health ministry said it "
     "would act. The Democratic Party opposed the ban on disposable vapes.",
     {("South Korea", "vape-ban", S), ("Democratic Party of Korea", "vape-ban", O)}),
    ("SEOUL (Yonhap) - South Korea introduced the sugar tax. The main opposition Democratic Party said it opposed the "
     "sugar tax.", {("South Korea", "sugar-tax", S), ("Democratic Party of Korea", "sugar-tax", O)}),
    # guards: another country's copy
    ("BERLIN (dpa) - Germany's cabinet approved the sugar tax. The Greens welcomed the sugar tax.",
     {("Germany", "sugar-tax", S), ("Greens", "sugar-tax", S)}),
    ("WASHINGTON (AP) - The Democratic Party opposed the sugar tax.", {("Democratic Party", "sugar-tax", O)}),
    # France's lower chamber, however written
    ("PARIS (AFP) - The French National Assembly on Thursday approved the sugar tax.",
     {("National Assembly", "sugar-tax", S)}),
    ("PARIS (AFP) - France's National Assembly on Thursday rejected the sugar tax.", {("National Assembly", "sugar-tax", O)}),
    # France's upper house likewise (`Senate`), Slovenia's parliament by the name gold gives it
    ("PARIS (AFP) - France's Senate on Thursday rejected the sugar tax.", {("Senate", "sugar-tax", O)}),
    ("PARIS (AFP) - The French Senate on Thursday rejected the sugar tax.", {("Senate", "sugar-tax", O)}),
    # (pass posact: a country's parliament written so also gives the country, as gold does in r42-14)
    ("LJUBLJANA (Reuters) - Slovenia's parliament on Tuesday approved the sugar tax.",
     {("Slovenian parliament", "sugar-tax", S), ("Slovenia", "sugar-tax", S)}),
    # the country named once, no other: still the copy's country
    ("SYDNEY, Nov 29 (Reuters) - Australia passed the sugar tax. The Greens voted against the sugar tax.",
     {("Australian Greens", "sugar-tax", O)}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_pos42b_constructions(text, expected):
    assert stances(text, _CTX) == expected


def test_bare_national_assembly_is_not_france():
    from wirewatch.processors.gazetteer import default_gazetteer
    gaz = default_gazetteer()
    assert not [m for m in gaz.mentions("The National Assembly met.") if m.actor.part_of == "France"]
    assert gaz.lookup("French National Assembly").canonical == "National Assembly"
