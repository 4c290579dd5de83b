"""position-stated (pass pos19): a status conferred (`made Iceland a candidate for EU membership`), a status named by its
holder (`a candidate to join`, `a candidate for membership`), `called it a good day` / `a dark day`, and a short quoted
verdict opening the sentence right after the news (`"A historic day," the mayor said`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.position_tuples import holders, stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

ISSUES = IssueSet(issues=(
    Issue(id="iceland-eu-membership", label="Iceland joining the European Union",
          proposition="Iceland should be admitted to the European Union",
          terms=("EU membership", "accession talks", "join the EU", "candidate status")),
    Issue(id="e-scooter-ban", label="A ban on rental e-scooters", proposition="Rental e-scooters should be banned",
          terms=("e-scooter ban", "rental e-scooters", "ban on e-scooters")),
))
EU, SCOOTER = "iceland-eu-membership", "e-scooter-ban"


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


BANNED = "Madrid's city council banned rental e-scooters on Monday after a string of accidents on crowded pavements. "


# ------------------------------------------------ a status conferred, a status named by its holder


@pytest.mark.parametrize("text", [
    "BRUSSELS (Reuters) - EU foreign ministers on Tuesday made Iceland a candidate for EU membership.",
    "BRUSSELS (Reuters) - European Union leaders agreed on Friday to make Iceland a candidate for membership, a step "
    "Reykjavik had sought since its new government took office.",
    "BRUSSELS (AP) - European Union leaders agreed on Friday to make Iceland a candidate to join the bloc.",
])
def test_a_status_conferred_is_support(ctx, text):
    assert ("European Union", EU, "support") in stances(text, ctx)


def test_a_candidate_for_an_office_is_no_position(ctx):
    text = "REYKJAVIK (Reuters) - The Social Democrats on Saturday made Kristrun Frostadottir their candidate for prime minister."
    assert stances(text, ctx) == set()


def test_joining_another_bloc_is_not_the_issue(ctx):
    # `the bloc` may be any bloc: `joining the bloc` alone names no membership of Iceland's
    text = ("CHISINAU (AP) - The European Union will give Moldova 1.2 billion euros in grants and loans ahead of a "
            "referendum on joining the bloc, European Commission President Ursula von der Leyen said on Thursday.")
    assert not {s for s in stances(text, ctx) if s[1] == EU}


# ------------------------------------------------ `called it a good day`, `a dark day`


def test_a_good_day_is_support(ctx):
    found = stances(BANNED + "Deputy mayor Inmaculada Sanz called it a good day for pedestrians.", ctx)
    assert ("Inmaculada Sanz", SCOOTER, "support") in found


def test_a_dark_day_is_opposition(ctx):
    found = stances(BANNED + "The operator Dott called it a dark day for clean transport in the city.", ctx)
    assert ("Dott", SCOOTER, "oppose") in found


def test_a_good_day_not_said_of_the_act_is_no_stance(ctx):
    found = stances(BANNED + "Inmaculada Sanz said Monday had been a good day for the city's football fans.", ctx)
    assert "Inmaculada Sanz" not in holders(found)


# ------------------------------------------------ a short quoted verdict opening the sentence


@pytest.mark.parametrize("reaction, holder, stance", [
    ('"A historic day for pedestrians," Deputy mayor Inmaculada Sanz said.', "Inmaculada Sanz", "support"),
    ('"Long overdue," said Deputy mayor Inmaculada Sanz.', "Inmaculada Sanz", "support"),
    ('\u201cA welcome step,\u201d Deputy mayor Inmaculada Sanz told reporters.', "Inmaculada Sanz", "support"),
])
def test_a_quoted_verdict_after_the_news(ctx, reaction, holder, stance):
    assert (holder, SCOOTER, stance) in stances(BANNED + reaction, ctx)


@pytest.mark.parametrize("reaction", [
    # no verdict in the quote
    '"We will study the details," Deputy mayor Inmaculada Sanz said.',
    # a long quote is a statement of its own, not a verdict on the news (`historic` here is the old town's)
    '"The old town has a historic centre that visitors come from all over the world to see," Deputy mayor Inmaculada Sanz said.',
])
def test_a_quote_that_is_no_verdict(ctx, reaction):
    assert "Inmaculada Sanz" not in holders(stances(BANNED + reaction, ctx))


# ------------------------------------------------ a government body by its possessive, a day between it and its verb

WORK = IssueSet(issues=(
    Issue(id="four-day-school-week", label="A four-day school week", proposition="Schools should move to a four-day week",
          terms=("four-day school week", "four-day week in schools")),
    Issue(id="national-service", label="Compulsory national service", proposition="Young people should do compulsory national service",
          terms=("compulsory national service", "national service", "conscription")),
))
SCHOOL, SERVICE = "four-day-school-week", "national-service"


@pytest.fixture(scope="module")
def wctx() -> ExtractionContext:
    return ExtractionContext(issues=WORK)


@pytest.mark.parametrize("text", [
    "PRAGUE (Reuters) - Poland's cabinet on Tuesday approved a bill to bring in a four-day school week from September.",
    "Poland's education ministry on Friday backed a four-day school week for primary pupils.",
])
def test_a_possessive_body_with_a_day_before_its_verb(wctx, text):
    assert ("Poland", SCHOOL, "support") in stances(text, wctx)


def test_a_body_on_a_topic_is_no_subject(wctx):
    # `the ministry on school hours` is its remit, not a day: the country is not the subject of `criticised`
    text = "A report by Poland's ministry on school hours criticised a four-day school week."
    assert ("Poland", SCHOOL, "oppose") not in stances(text, wctx)


# ------------------------------------------------ `said the party` / `the company`: the speaker's own


@pytest.mark.parametrize("text, holder, stance", [
    ("Greens leader Marta Lempart said the party rejected compulsory national service and would vote against it.",
     "Marta Lempart", "oppose"),
    ("Chief executive Tomasz Zielinski said the company backed a four-day school week for its staff's children.",
     "Tomasz Zielinski", "support"),
])
def test_a_person_speaking_of_the_party_or_company(wctx, text, holder, stance):
    found = stances(text, wctx)
    assert any(h == holder and st == stance for h, _, st in found)


def test_the_government_after_a_person_is_not_theirs(wctx):
    # an opposition figure's `the government` is someone else's: no stance for the speaker
    text = "Opposition leader Marta Lempart said the government backed compulsory national service."
    assert ("Marta Lempart", SERVICE, "support") not in stances(text, wctx)


# ------------------------------------------------ an act that `stops short of` the issue


def test_an_act_stopping_short_of_the_issue_is_no_stance(wctx):
    text = ("WARSAW (Reuters) - Poland's cabinet on Wednesday approved a defence bill that requires 18-year-olds to attend a "
            "one-day military course, but stops short of reinstating national service.")
    assert ("Poland", SERVICE, "support") not in stances(text, wctx)


def test_a_declaration_stopping_short_of_a_next_step_still_holds(wctx):
    # (a stance, not an act on a measure: `backed` stays, though the next step named after `short of` is the issue's)
    text = ("WARSAW (Reuters) - Poland's cabinet backed compulsory national service on Wednesday, but stopped short of "
            "reinstating national service this year.")
    assert ("Poland", SERVICE, "support") in stances(text, wctx)
