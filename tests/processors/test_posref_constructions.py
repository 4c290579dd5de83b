"""position-stated (pass posref): a stance told across sentences. A sentence opening with `He` / `She` goes on with the
person who is the subject of the sentence before (not with a person that sentence names later), and a pledge by that
pronoun for the government the speaker's party would form (`He promised that a Conservative government would scrap the
tax`) is the speaker's, as it is after a name. Sentences written for these tests, with an issue of their own."""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

SUGAR = Issue(id="sugar-tax", label="Sugar tax", proposition="Sugary drinks should be taxed",
              terms=("sugar tax", "levy on sugary drinks"))
ISSUES = IssueSet(issues=(SUGAR,))

LEAD = "Ruritania will introduce a sugar tax from January, the finance ministry said on Monday. "


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


def test_pronoun_pledge_for_the_party_government(ctx):
    text = LEAD + "Opposition leader Tomas Varga spoke at a rally in the capital. He promised that a Liberal government would scrap the sugar tax."
    assert ("Tomas Varga", "sugar-tax", "oppose") in stances(text, ctx)


def test_pronoun_goes_on_with_the_subject_not_the_person_named_last(ctx):
    text = (LEAD + "Opposition leader Tomas Varga attacked the budget and said Finance Minister Ilse Brandt had misled voters. "
            "He promised that a Liberal government would scrap the sugar tax.")
    got = stances(text, ctx)
    assert ("Tomas Varga", "sugar-tax", "oppose") in got
    assert not any(actor == "Ilse Brandt" for actor, _, _ in got)


def test_named_speaker_still_reads_the_party_government(ctx):
    text = LEAD + "Opposition leader Tomas Varga promised that a Liberal government would scrap the sugar tax."
    assert ("Tomas Varga", "sugar-tax", "oppose") in stances(text, ctx)


def test_guard_pronoun_after_a_sentence_opening_with_a_quote(ctx):
    # the sentence before opens with a quote: its subject is no person at its start, the last-named person stays
    text = (LEAD + "\u201cThe budget is fair,\u201d Finance Minister Ilse Brandt said. "
            "She added that the sugar tax would fund school meals.")
    got = stances(text, ctx)
    assert not any(actor == "Tomas Varga" for actor, _, _ in got)


def test_guard_party_government_without_a_person(ctx):
    # `It said` after an organisation: no person goes on, the party government's pledge is no one's
    text = LEAD + "The Liberal Party held its congress on Sunday. It said that a Liberal government would scrap the sugar tax."
    assert not any(actor == "Tomas Varga" for actor, _, _ in stances(text, ctx))


MERCO = Issue(id="pacific-trade-deal", label="Ratifying the Pacific trade agreement",
              proposition="Ruritania should ratify the Pacific trade agreement",
              terms=("Pacific trade agreement", "trade deal", "Pacific agreement"))
SUGAR_TAX = Issue(id="sugar-tax", label="Sugar tax", proposition="Sugary drinks should be taxed", terms=("sugar tax",))
TRADE = IssueSet(issues=(MERCO, SUGAR_TAX))
TRADE_LEAD = ("Ruritania's cabinet on Monday sent the Pacific trade agreement to parliament for ratification. "
              "Officials expect a vote in the spring. Exporters of wine and machinery stand to gain most. ")


@pytest.fixture(scope="module")
def trade_ctx() -> ExtractionContext:
    return ExtractionContext(issues=TRADE)


def test_document_head_noun_names_the_lead_measure_beyond_the_reach(trade_ctx):
    text = (TRADE_LEAD + "Farmers staged protests in three cities. Police said the marches were peaceful. "
            "Agriculture Minister Ilse Brandt said the agreement remained unacceptable to her ministry.")
    assert ("Ilse Brandt", "pacific-trade-deal", "oppose") in stances(text, trade_ctx)


def test_guard_document_noun_the_issue_does_not_end_in(trade_ctx):
    # `the accord` is no head of the issue's terms here: beyond the reach it names nothing
    text = (TRADE_LEAD + "Farmers staged protests in three cities. Police said the marches were peaceful. "
            "Agriculture Minister Ilse Brandt said the accord remained unacceptable to her ministry.")
    assert not any(actor == "Ilse Brandt" for actor, _, _ in stances(text, trade_ctx))


def test_guard_document_noun_of_a_tax_issue(trade_ctx):
    # the lead issue is the sugar tax: `the agreement` is no head of its terms
    text = ("Ruritania will introduce a sugar tax from January, the finance ministry said on Monday. "
            "Officials expect it to raise 200 million crowns a year. Retailers will have six months to adjust. "
            "Bottlers have cut sugar in several brands. Police said the marches were peaceful. "
            "Agriculture Minister Ilse Brandt said the agreement remained unacceptable to her ministry.")
    assert not any(actor == "Ilse Brandt" for actor, _, _ in stances(text, trade_ctx))
