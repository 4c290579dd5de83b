"""Positions precision and holders (positions 1.68.0, pass pos44a).

Invented wire copy on issues of our own (a tax on sugary drinks, a ban on disposable vapes, a four-day week for civil
servants). The classes of the pass:

- support said to be at an end with a modal (`could no longer support`, `can no longer back`): against the issue; the
  modal `could` hedged it away before (`could no longer` is no hedge, like `could not` and `could never`);
- keeping quiet on the issue (`did not comment on the tax, saying ...`, `declined to comment on the ban`, `without
  commenting on the levy itself`): when every mention of the issue in the sentence is the object of keeping quiet, the
  sentence gives no stance (what it goes on to say is on another thing);
- a holder saying it takes no side (`said it remained neutral on the principle`, `said it was now neutral.`): no
  stance from its predicate, nor from a stance recalled in its relative clause (`X, which dropped its opposition in 2021,
  said it remained neutral`);
- the verdict `the right answer` said as `the appropriate/correct answer/response`, also denied (`not undoing the tax was
  "not the appropriate answer"`: for it; `was not the appropriate response`: against);
- a possessive opening a sentence before an organisation's name (`His Democratic Party said ...`, `Their Shopkeepers
  Federation ...`): no part of the name, like `The`.

Guards: `could support ... if` stays a hedge (nothing); `could no longer oppose` is for; a stance in the same sentence
on an issue that is not the uncommented one stays; a comment refused on another thing leaves the stance; a one-word
name after a possessive is left alone; a neutral state said in passing (`Austria, which remains neutral, backed ...`) and
another holder's neutrality after a stance keep the stance.
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="sugar-tax", label="A tax on sugary drinks", proposition="A tax should be imposed on sugary drinks",
          terms=("sugar tax", "soda tax", "levy on sugary drinks")),
    Issue(id="vape-ban", label="A ban on disposable vapes", proposition="Disposable vapes should be banned",
          terms=("disposable vape ban", "ban on disposable vapes")),
    Issue(id="four-day-week", label="A four-day week for civil servants",
          proposition="Civil servants should work a four-day week", terms=("four-day week", "four-day working week")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"

CASES = [
    # support at an end, with a modal
    ("Tom Walsh said he could no longer support the sugar tax.", {("Tom Walsh", "sugar-tax", O)}),
    ("Senator Mary Byrne said she could no longer back the ban on disposable vapes because the exemptions had been widened.",
     {("Mary Byrne", "vape-ban", O)}),
    ("Labour lawmaker Tom Walsh, who voted in favour in March, said he could no longer support the sugar tax because the "
     "exemptions had been removed.", {("Tom Walsh", "sugar-tax", O)}),
    ("Union leader Kate Doyle said she can no longer support the four-day week.", {("Kate Doyle", "four-day-week", O)}),
    # guards
    ("The Irish Grocers Federation said it could no longer oppose the sugar tax.", {("Irish Grocers Federation", "sugar-tax", S)}),
    ("Tom Walsh said he could support the sugar tax if exemptions were added.", set()),
    ("Senator Mary Byrne said she no longer supports the ban on disposable vapes.", {("Mary Byrne", "vape-ban", O)}),
    # keeping quiet on the issue
    ("Prime Minister Sean Kelly did not comment on the sugar tax, saying Ireland would continue to fund school meals.", set()),
    ("Chancellor Olaf Scholz declined to comment on the ban on disposable vapes, saying Germany would keep funding clinics.", set()),
    ("A spokesperson for the ministry said the government had no interest in new levies, without commenting on the sugar tax itself.",
     set()),
    ("President Emmanuel Macron refused to comment on the four-day week, saying France would continue to support its civil servants.",
     set()),
    # guards
    ("Tom Walsh said he opposed the sugar tax.", {("Tom Walsh", "sugar-tax", O)}),
    ("Mary Byrne did not comment on the sugar tax. Mary Byrne said she backed the ban on disposable vapes.", {("Mary Byrne", "vape-ban", S)}),
    ("Chancellor Olaf Scholz declined to comment on the poll. He said Germany opposed the ban on disposable vapes.",
     {("Olaf Scholz", "vape-ban", O), ("Germany", "vape-ban", O)}),
    # a holder that says it takes no side, after a stance recalled in its relative clause
    ("The Irish Medical Organisation, which dropped its longstanding opposition to the sugar tax in 2021, said it remained "
     "neutral on the principle but wanted doctors consulted.", set()),
    ("The Irish Medical Organisation, which dropped its opposition to the sugar tax last year, said it was now neutral.", set()),
    ("Finance Minister Mary Byrne, who opposed the four-day week in 2019, said she would stay neutral in the debate.", set()),
    # guards
    ("Austria, which remains neutral, backed the ban on disposable vapes.", {("Austria", "vape-ban", S)}),
    ("The Irish Medical Organisation backed the sugar tax, and the Retail Guild said it remained neutral.",
     {("Irish Medical Organisation", "sugar-tax", S)}),
    pytest.param("The Irish Medical Organisation, which is neutral on the sugar tax, said it opposed the ban on disposable vapes.",
                 {("Irish Medical Organisation", "vape-ban", O)},
                 marks=xf("neutrality in the holder's relative clause still lets the later verb reach the first issue")),
    # `not the appropriate answer`: a verdict of the measure, said with `appropriate`/`correct`, and denied
    ("Tom Walsh said that not introducing the sugar tax was \"not the appropriate answer\" to rising obesity.",
     {("Tom Walsh", "sugar-tax", S)}),
    ("Tom Walsh said that scrapping the sugar tax was \"not the appropriate answer\".", {("Tom Walsh", "sugar-tax", S)}),
    ("Mary Byrne said that dropping the four-day week was not the correct response.", {("Mary Byrne", "four-day-week", S)}),
    ("Mary Byrne said the four-day week was the appropriate answer to burnout.", {("Mary Byrne", "four-day-week", S)}),
    ("Mary Byrne said the four-day week was not the appropriate response to burnout.", {("Mary Byrne", "four-day-week", O)}),
    # guard: the verdict as the subject is on something else
    ("The appropriate answer was more funding, Mary Byrne said of the four-day week.", set()),
    # a possessive opening the name
    ("Their Shopkeepers Federation said it opposed the sugar tax.", {("Shopkeepers Federation", "sugar-tax", O)}),
    ("His Workers Union said it opposed the four-day week.", {("Workers Union", "four-day-week", O)}),
    ("Her Green Alliance Party said it backed the ban on disposable vapes.", {("Green Alliance Party", "vape-ban", S)}),
    ("Its Retail Traders Guild said it opposed the sugar tax.", {("Retail Traders Guild", "sugar-tax", O)}),
    # guard
    ("The Irish Grocers Federation said it opposed the sugar tax.", {("Irish Grocers Federation", "sugar-tax", O)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pos44a_constructions(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(text, _CTX) == expected
