"""Institutions acting on their own measures: delays, withdrawals, freezes and increases (positions 1.58.0, pass pos39c).

Invented wire copy on issues of our own (an EU methane import regulation applied in full and on time, a US ban on
disposable vapes, an increase of Spain's nursing school places). The classes of the pass:

- an organisation the gazetteer does not know (a regulator, an agency) withdrawing, postponing, delaying, scrapping or
  shelving a measure: a stance against it, as the same verbs already were for countries and known bodies;
- withdrawing or pulling a measure (`withdrew its proposed ban`, `pulled the draft rules`) undoes it; `the withdrawal`
  is an act on it, and a verdict on the withdrawal is the opposite stance;
- proposing an act in the gerund (`proposed banning ...`, `proposed delaying ...`);
- raising a number or a quota enacts an issue that proposes increasing it (`will increase the quota by 2,000`);
- a delay and an undoing coordinated as two infinitives (`voted to postpone the law and to weaken it`) are side by
  side, not a double negation;
- needing or taking more time for a measure, or pushing it back, is a delay (unless pushed back to a date the
  proposition itself names);
- a country's lawmakers voting as one (`German lawmakers on Thursday voted down a motion`) are its chamber;
- a law named after the harm it targets, said the other way round (`a law to curb plastic waste`);
- the article tells of a shift when an actor withdraws or delays its own measure (`withdrew its proposed ban`,
  `proposed delaying its landmark law`) or acts against what it itself had adopted: the tracker may then report the
  actor's change.
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext, positions
from wirewatch.processors.shifts import signals_shift
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="methane-rules", label="Applying the EU methane import rules",
          proposition="Gas imports should be kept to the EU methane rules, applied in full and on time",
          terms=("methane regulation", "methane rules", "methane law")),
    Issue(id="vape-ban", label="A ban on disposable vapes", proposition="Disposable vapes should be banned",
          terms=("disposable vapes", "vape ban", "ban on disposable vapes")),
    Issue(id="nursing-places", label="More nursing school places",
          proposition="Spain should increase the number of students admitted to nursing schools",
          terms=("nursing school places", "nursing quota", "nursing admissions")),
    Issue(id="strikes-in-russia", label="Strikes inside Russia",
          proposition="Ukraine should be allowed to use Western weapons against targets inside Russia",
          terms=("Russian territory", "strikes inside Russia")),
    Issue(id="plastic-law", label="A plastic waste law", proposition="Plastic waste should be curbed by a binding law",
          terms=("plastic law",)),
))
_CTX = ExtractionContext(issues=_ISSUES)

_MADRID = "MADRID, May 4 (Reuters) - "


def _stances(text: str) -> set[tuple[str, str, str]]:
    return stances(text, _CTX, published_at="2025-03-01T00:00:00Z", title="t")


def test_version() -> None:
    assert tuple(map(int, positions.PRODUCER.version.split("."))) >= (1, 58, 0)


@pytest.mark.parametrize("text, expected", [
    # an agency the gazetteer does not know, acting on a measure
    pytest.param("The Environmental Protection Agency postponed the ban on disposable vapes.",
                 {("Environmental Protection Agency", "vape-ban", "oppose")}, id="agency-postponed"),
    pytest.param("The Consumer Product Safety Commission on Tuesday delayed the vape ban until next year.",
                 {("Consumer Product Safety Commission", "vape-ban", "oppose")}, id="agency-delayed-time-adjunct"),
    pytest.param("The Medicines Control Agency scrapped its ban on disposable vapes.",
                 {("Medicines Control Agency", "vape-ban", "oppose")}, id="agency-scrapped"),
    pytest.param("The Environmental Protection Agency shelved the vape ban after the election.",
                 {("Environmental Protection Agency", "vape-ban", "oppose")}, id="agency-shelved"),
    # withdrawing or pulling a measure
    pytest.param("The Environmental Protection Agency withdrew its proposed ban on disposable vapes.",
                 {("Environmental Protection Agency", "vape-ban", "oppose")}, id="agency-withdrew-proposed-ban"),
    pytest.param("The US Food and Drug Administration on Friday withdrew its proposed ban on disposable vapes, days before "
                 "the new president takes office.",
                 {("Food and Drug Administration", "vape-ban", "oppose")}, id="fda-withdrew-before-inauguration"),
    pytest.param("Australia has withdrawn the proposed ban on disposable vapes.",
                 {("Australia", "vape-ban", "oppose")}, id="country-has-withdrawn"),
    pytest.param("The European Commission pulled its draft methane rules on Wednesday.",
                 {("European Commission", "methane-rules", "oppose")}, id="commission-pulled-draft"),
    pytest.param("The Food and Drug Administration withdrew its proposed ban on disposable vapes. The American Lung "
                 "Association called the withdrawal \"a betrayal\" of young people.",
                 {("Food and Drug Administration", "vape-ban", "oppose"), ("American Lung Association", "vape-ban", "support")},
                 id="verdict-on-the-withdrawal"),
    pytest.param("The FDA scrapped its proposed ban on disposable vapes. The American Lung Association said the decision "
                 "was \"a shameful failure\".",
                 {("Food and Drug Administration", "vape-ban", "oppose"), ("American Lung Association", "vape-ban", "support")},
                 id="verdict-on-the-decision"),
    # not a measure withdrawn
    pytest.param("Australia withdrew its ambassador over the vape ban dispute.", set(), id="withdrew-ambassador"),
    # proposing an act in the gerund
    pytest.param("The Food and Drug Administration proposed banning disposable vapes on Thursday.",
                 {("Food and Drug Administration", "vape-ban", "support")}, id="proposed-banning"),
    pytest.param("The European Commission on Wednesday proposed postponing the methane regulation by a year.",
                 {("European Commission", "methane-rules", "oppose")}, id="proposed-postponing"),
    pytest.param("The European Commission proposed delaying its landmark methane law by 12 months, bowing to pressure "
                 "from gas exporters.",
                 {("European Commission", "methane-rules", "oppose")}, id="proposed-delaying-own-law"),
    # a quota raised
    pytest.param(_MADRID + "The government will increase nursing admissions by 2,000 from next year, Health Minister "
                 "Ana Lopez said on Tuesday.",
                 {("Spain", "nursing-places", "support"), ("Ana Lopez", "nursing-places", "support")},
                 id="government-will-increase"),
    pytest.param("Spain will raise the nursing quota by 1,500 places.",
                 {("Spain", "nursing-places", "support")}, id="country-will-raise"),
    pytest.param("Spain boosted nursing school places by a third last year.",
                 {("Spain", "nursing-places", "support")}, id="country-boosted"),
    pytest.param("The Spanish Nurses' Union raised concerns about the nursing quota.",
                 {("Spanish Nurses' Union", "nursing-places", "oppose")}, id="raised-concerns-not-a-raise"),
    pytest.param(_MADRID + "The government on Friday decided to freeze next year's nursing admissions at 9,000, scrapping a "
                 "planned increase.", {("Spain", "nursing-places", "oppose")}, id="government-freezes"),
    # a delay and an undoing side by side
    pytest.param("The European Parliament on Thursday voted to postpone the methane law by a year and to weaken it.",
                 {("European Parliament", "methane-rules", "oppose")}, id="postpone-and-to-weaken"),
    pytest.param("The European Parliament voted to delay the methane rules and to water them down.",
                 {("European Parliament", "methane-rules", "oppose")}, id="delay-and-to-water-down"),
    # more time, pushed back
    pytest.param("Health Secretary Maria Okafor said she needed more time on the vape ban.",
                 {("Maria Okafor", "vape-ban", "oppose")}, id="needed-more-time"),
    pytest.param("The Biden administration has pushed back its target date for a final vape ban to March.",
                 {("United States", "vape-ban", "oppose")}, id="pushed-back-target-date"),
    pytest.param("The European Commission pushed back the start of the methane rules by a year.",
                 {("European Commission", "methane-rules", "oppose")}, id="pushed-back-start"),
    # a law named after the harm it targets
    pytest.param("The European Parliament on Wednesday adopted a law to curb plastic waste from packaging.",
                 {("European Parliament", "plastic-law", "support")}, id="law-to-curb-the-harm"),
    pytest.param("The European Parliament on Tuesday passed a law against plastic waste by 500 votes to 90.",
                 {("European Parliament", "plastic-law", "support")}, id="law-against-the-harm"),
    # a country's lawmakers voting as one: its chamber
    pytest.param("Swedish lawmakers on Tuesday voted down a motion calling for a ban on disposable vapes.",
                 {("Riksdag", "vape-ban", "oppose")}, id="demonym-lawmakers-voted-down"),
    pytest.param("Polish MPs overwhelmingly backed the ban on disposable vapes.",
                 {("Sejm", "vape-ban", "support")}, id="demonym-mps-backed"),
    # not a body: no holder of a measure put off
    pytest.param("Covid delayed the ban on disposable vapes.", set(), id="covid-delayed"),
    pytest.param("Brexit postponed the methane rules.", set(), id="brexit-postponed"),
    # still read wrong
    pytest.param("HHS Secretary Maria Okafor said: \"There are still more conversations to have, and that will take "
                 "significantly more time.\" The vape ban has been pending since 2022.",
                 {("Maria Okafor", "vape-ban", "oppose")},
                 marks=xf("a quote whose sentence names no issue: the measure comes only in the next sentence"),
                 id="more-time-in-a-quote-before-the-issue"),
    pytest.param("The Environmental Protection Agency first proposed a vape ban in 2022. The agency said it remains "
                 "committed to the ban.",
                 {("Environmental Protection Agency", "vape-ban", "support")},
                 marks=xf("`the agency` is no reference to the agency named before"), id="the-agency-anaphor"),
    pytest.param(_MADRID + "The health ministry has withdrawn the draft rules on disposable vapes.",
                 {("Spain", "vape-ban", "oppose")},
                 marks=xf("an unnamed ministry under a dateline is not its country"), id="ministry-under-dateline"),
    pytest.param("Defence Minister Jan Novak said Czech weapons could not be used on Russian territory.",
                 {("Jan Novak", "strikes-in-russia", "oppose")},
                 marks=xf("a use ruled out where the proposition places it: the same words after `Kyiv assured Washington` "
                          "are no stance of Kyiv's (r18-05), and a speaker's own course is not told from an assurance"),
                 id="not-used-on-russian-territory"),
    pytest.param("The Biden administration asked for more time on the vape ban.",
                 {("United States", "vape-ban", "oppose")},
                 marks=xf("`asked for` is read as a request for the measure"), id="asked-for-more-time"),
])
def test_institution_acts(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _stances(text) == expected


@pytest.mark.parametrize("text, shift", [
    ("The regulator on Wednesday withdrew its proposed ban on disposable vapes.", True),
    ("The Commission proposed delaying its landmark methane law by 12 months.", True),
    ("The government postponed its planned increase in nursing places.", True),
    ("Critics said the vote gutted a law that parliament itself had adopted a year earlier.", True),
    ("The government postponed its decision until next week.", False),
    ("The minister withdrew his candidacy.", False),
    ("The EU delayed the talks on the methane rules.", False),
])
def test_own_measure_put_off_tells_of_a_shift(text: str, shift: bool) -> None:
    assert signals_shift(text) is shift
