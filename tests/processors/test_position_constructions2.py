"""position-stated: holders the article names while the stance is stated around them (a list before a relative clause,
the decider of an act named by an anaphor, the author of an idea, the `He said` that goes on with the last speaker).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.position_tuples import stances as _stances
from wirewatch.processors import ExtractionContext


@pytest.fixture(scope="module")
def pctx(issues) -> ExtractionContext:
    return ExtractionContext(issues=issues)


def stances(text, ctx):
    """This battery's stances, dated as its sentences were written."""
    return _stances(text, ctx, "t-poscon", "2024-01-01T00:00:00+00:00")


# ------------------------------------------------ a plural relative clause on a list


def test_every_item_of_a_list_holds_a_plural_relative_clause(pctx):
    found = stances("Poland signed the letter with Finland, Estonia and Latvia, which have urged the EU to tighten sanctions on Russia.", pctx)
    for country in ("Finland", "Estonia", "Latvia"):
        assert (country, "sanctions-on-russia", "support") in found


def test_a_singular_relative_clause_is_the_last_item_s_only(pctx):
    found = stances("The talks brought in Austria and Hungary, which has opposed new sanctions on Russia for months.", pctx)
    assert ("Hungary", "sanctions-on-russia", "oppose") in found
    assert not any(actor == "Austria" for actor, _, _ in found)


def test_a_name_before_a_list_without_and_is_no_item(pctx):
    # (`Austria, Hungary, which ...`: no `and` closes a list, the first name may be an apposition or a cut)
    found = stances("Officials from Austria, Hungary, which have opposed new sanctions on Russia, met in Vienna.", pctx)
    assert not any(actor == "Austria" for actor, _, _ in found)


# ------------------------------------------------ who took the decision named before


@pytest.mark.parametrize("text, holder", [
    pytest.param("Britain will send Challenger 2 tanks to Ukraine, the defence ministry said on Monday. "
                 "Prime Minister Rishi Sunak took the decision after a call with Zelensky.",
                 ("Rishi Sunak", "tanks-for-ukraine", "support"), id="took-the-decision"),
    pytest.param("Germany has refused to send Leopard tanks to Ukraine for now. "
                 "Chancellor Olaf Scholz, who faces growing pressure from allies, made the decision last week.",
                 ("Olaf Scholz", "tanks-for-ukraine", "oppose"), id="made-a-refusal"),
    # a decision dated after it is still the one named before
    pytest.param("The United States has lifted its restrictions on Ukraine using ATACMS missiles for strikes deep inside Russia. "
                 "President Joe Biden took the decision on Sunday.",
                 ("Joe Biden", "long-range-strikes", "support"), id="dated-decision"),
])
def test_who_took_the_decision_holds_the_act_s_stance(text, holder, pctx):
    assert holder in stances(text, pctx)


def test_a_decision_not_taken_holds_nothing(pctx):
    text = (
        "Germany will send Leopard tanks to Ukraine, the government said. "
        "Critics said Chancellor Olaf Scholz did not take the decision alone."
    )
    assert not any(actor == "Olaf Scholz" for actor, _, _ in stances(text, pctx))


def test_a_decision_with_its_own_act_is_not_the_one_named_before(pctx):
    # (`took the decision to wait`: what follows is its own act, not the tanks sent)
    text = (
        "Poland will send Leopard tanks to Ukraine, its defence minister said. "
        "Chancellor Olaf Scholz took the decision to wait for Washington."
    )
    assert ("Olaf Scholz", "tanks-for-ukraine", "support") not in stances(text, pctx)


# ------------------------------------------------ who floated the idea


def test_who_first_floated_the_idea_supports_it(pctx):
    text = (
        "EU ministers backed a new package of sanctions on Russia on Monday. "
        "Kaja Kallas, who first floated the idea, said the package would be adopted in June."
    )
    assert ("Kaja Kallas", "sanctions-on-russia", "support") in stances(text, pctx)


# ------------------------------------------------ `He said` goes on with the last speaker


def test_he_said_goes_on_with_who_spoke_before(pctx):
    text = (
        '"We will stand with Ukraine," Justin Trudeau told reporters alongside President Volodymyr Zelensky. '
        "He said Canada backed Ukraine's bid to join NATO."
    )
    found = stances(text, pctx)
    assert ("Justin Trudeau", "ukraine-nato-membership", "support") in found
    assert ("Canada", "ukraine-nato-membership", "support") in found


def test_he_said_of_another_country_is_not_the_speaker_s_course(pctx):
    text = (
        '"We will stand with Ukraine," Justin Trudeau told reporters alongside President Volodymyr Zelensky. '
        "He said Hungary opposed Ukraine's bid to join NATO."
    )
    found = stances(text, pctx)
    assert not any(actor == "Justin Trudeau" for actor, _, _ in found)
    assert not any(actor == "Volodymyr Zelensky" and stance == "oppose" for actor, _, stance in found)
