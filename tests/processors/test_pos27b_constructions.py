"""Requests and acts whose object is a bare pronoun or a measure's own rules (positions 1.54.0, pass pos27b).

Invented wire copy on issues of our own (a tax on sugary drinks, a ban on disposable vapes). The classes of the pass:

- a request or a stance verb whose object is a bare `it` or `them`, followed by a time or manner adjunct (`urged
  parliament to approve it next week`, `asked the government to introduce it quickly`), or with an act verb the old
  list lacked (`pass`, `adopt`, `enact`, `introduce`, `bring in`): the measure of the sentence before;
- the measure's own rules named with an adjective (`urged ministers to publish the final rules`, `the detailed
  regulations`), like `the rules` before.

Guards: a request to delay or review the measure is no support; `it` after a sentence on another measure is not the
issue; a question states nothing.
"""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="sugar-tax", label="A tax on sugary drinks", proposition="A tax should be imposed on sugary drinks",
          terms=("sugar tax", "soda tax", "levy on sugary drinks", "sugary drinks levy")),
    Issue(id="vape-ban", label="A ban on disposable vapes", proposition="Disposable vapes should be banned",
          terms=("disposable vape ban", "ban on disposable vapes", "ban disposable vapes")),
))
_CTX = ExtractionContext(issues=_ISSUES)

_TAX = "DUBLIN, June 4 - Ireland's government on Monday published plans for a levy on sugary drinks from next year. "
_VAPE = "CANBERRA, June 4 - Australia's government on Monday set out plans for a ban on disposable vapes. "
_IHF = ("Irish Heart Foundation", "sugar-tax", "support")
_PHA = ("Public Health Association", "vape-ban", "support")


def _stances(text: str) -> set[tuple[str, str, str]]:
    return stances(text, _CTX, published_at="2025-03-01T00:00:00Z", title="t")


def test_version() -> None:
    assert tuple(map(int, positions.PRODUCER.version.split("."))) >= (1, 54, 0)


@pytest.mark.parametrize("text, expected", [
    # already read before this pass
    pytest.param(_TAX + "The Irish Heart Foundation urged parliament to approve it.", {_IHF}, id="approve-it"),
    pytest.param(_TAX + "The Irish Heart Foundation urged ministers to publish the rules quickly.", {_IHF}, id="publish-rules"),
    pytest.param(_TAX + "The Irish Heart Foundation called on the government to get on with the levy.", {_IHF}, id="get-on-with"),
    # a pronoun object with a time or manner adjunct after it
    pytest.param(_TAX + "The Irish Heart Foundation urged parliament to approve it without delay.", {_IHF}, id="approve-it-without-delay"),
    pytest.param(_TAX + "The Irish Heart Foundation urged parliament to back it next week.", {_IHF}, id="back-it-next-week"),
    pytest.param(_VAPE + "The Vaping Trade Council urged senators to reject it next month.",
                 {("Vaping Trade Council", "vape-ban", "oppose")}, id="reject-it-next-month"),
    # act verbs the pronoun list lacked
    pytest.param(_VAPE + "The Public Health Association urged the Senate to pass it this week.", {_PHA}, id="pass-it"),
    pytest.param(_VAPE + "The Public Health Association urged the Senate to pass it.", {_PHA}, id="pass-it-bare"),
    pytest.param(_TAX + "The Irish Heart Foundation called on ministers to adopt it in full.", {_IHF}, id="adopt-it"),
    pytest.param(_TAX + "The Irish Heart Foundation asked the government to introduce it quickly.", {_IHF}, id="introduce-it"),
    pytest.param(_VAPE + "The Public Health Association pressed ministers to bring it in before Christmas.", {_PHA}, id="bring-it-in"),
    # the measure's rules with an adjective
    pytest.param(_TAX + "The Irish Heart Foundation urged ministers to publish the final rules quickly.", {_IHF}, id="final-rules"),
    pytest.param(_VAPE + "The Public Health Association urged the health department to publish the detailed regulations "
                 "before Christmas.", {_PHA}, id="detailed-regulations"),
])
def test_request_on_pronoun_or_rules(text: str, expected: set) -> None:
    assert _stances(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a request to delay or review the measure is no support for it
    pytest.param(_TAX + "The Irish Heart Foundation urged parliament to delay it.", set(), id="delay-it"),
    pytest.param(_TAX + "The Irish Heart Foundation urged parliament to review it next year.", set(), id="review-it"),
    pytest.param(_TAX + "The Irish Heart Foundation urged ministers to postpone it until 2027.", set(), id="postpone-it"),
    # `it` after a sentence on another measure
    pytest.param(_TAX + "Separately, ministers sent the housing budget to the Senate on Tuesday. The Irish Heart Foundation "
                 "urged senators to pass it quickly.", set(), id="it-another-measure"),
    # passing it on is no act on the measure
    pytest.param(_TAX + "The Irish Heart Foundation said it would pass it on to its members.", set(), id="pass-it-on"),
    # a question
    pytest.param(_VAPE + "Will the Senate pass it this week?", set(), id="question"),
])
def test_guards(text: str, expected: set) -> None:
    assert _stances(text) == expected


# a second battery, probed before the fix (all gave no position at 1.54.0's first form): going on with the measure named
# by a pronoun, dropping it, and pledges to keep pushing for it
@pytest.mark.parametrize("text, expected", [
    pytest.param(_TAX + "The Irish Heart Foundation said it would keep pushing for it.", {_IHF}, id="keep-pushing-for-it"),
    pytest.param(_VAPE + "The Public Health Association said it would continue to campaign for it.", {_PHA},
                 id="continue-to-campaign-for-it"),
    pytest.param(_TAX + "The Irish Heart Foundation called on ministers to press ahead with it.", {_IHF}, id="press-ahead-with-it"),
    pytest.param(_TAX + "The Irish Heart Foundation called on ministers to get on with it.", {_IHF}, id="get-on-with-it"),
    pytest.param(_VAPE + "The Public Health Association urged ministers to push it through before the summer.", {_PHA},
                 id="push-it-through"),
    pytest.param(_VAPE + "The Vaping Trade Council urged senators to drop it.", {("Vaping Trade Council", "vape-ban", "oppose")},
                 id="drop-it"),
    pytest.param(_TAX + "The Beverage Council urged ministers to abandon it without delay.",
                 {("Beverage Council", "sugar-tax", "oppose")}, id="abandon-it"),
])
def test_going_on_with_it(text: str, expected: set) -> None:
    assert _stances(text) == expected


@pytest.mark.parametrize("text, expected", [
    # pushing for it after a sentence on something else: `it` is that
    pytest.param(_TAX + "Separately, teachers' unions demanded a pay rise on Tuesday. The Irish Heart Foundation said it "
                 "would keep pushing for it.", set(), id="pushing-for-another-thing"),
    # keeping a measure under review is no stance
    pytest.param(_TAX + "The Irish Heart Foundation urged ministers to keep it under review.", set(), id="keep-under-review"),
    # dropping something else
    pytest.param(_VAPE + "The Vaping Trade Council urged senators to drop the licensing fee.", set(), id="drop-other"),
])
def test_going_on_guards(text: str, expected: set) -> None:
    assert _stances(text) == expected
