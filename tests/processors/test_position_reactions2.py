"""position-stated on user-defined issues in wire copy: reactions to a decision (a feeling, a legal remedy, `the ruling`,
`keep fighting the measure`), a stance in a past perfect relative clause, a regulator named by one word after what it
is, a lowercase portfolio before a title, `outlawed`. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.position_tuples import holders, stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

ISSUES = IssueSet(issues=(
    Issue(id="heathrow-runway", label="A third runway at Heathrow", proposition="A third runway should be built at Heathrow Airport",
          terms=("third runway", "Heathrow expansion")),
    Issue(id="glyphosate-ban", label="A ban on glyphosate", proposition="The weedkiller glyphosate should be banned",
          terms=("glyphosate", "weedkiller ban")),
))


@pytest.fixture(scope="module")
def rctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


APPROVED = "Ministers approved a third runway at Heathrow on Monday. "
REFUSED = "Ministers refused a third runway at Heathrow on Monday. "
BANNED = "France banned glyphosate last year. "


# ------------------------------------------------ reactions to a decision: legal remedies, delight (not regret)


@pytest.mark.parametrize("reaction", [
    pytest.param("Hillingdon Council said it was bitterly disappointed.", marks=pytest.mark.xfail(
        strict=True, reason="a feeling of regret is no cue (stance.py: its rule was shaped with blind results in view)")),
    "Hillingdon Council said it would seek a judicial review.",
    "Hillingdon Council vowed to seek a judicial review.",
    "Hillingdon Council said it planned to appeal.",
])
def test_a_reaction_against_an_approval_opposes_the_issue(rctx, reaction):
    assert ("Hillingdon Council", "heathrow-runway", "oppose") in stances(APPROVED + reaction, rctx)


@pytest.mark.xfail(strict=True, reason="a feeling of regret is no cue (stance.py)")
def test_disappointment_at_a_refusal_supports_the_issue(rctx):
    assert ("Heathrow Airport Limited", "heathrow-runway", "support") in stances(
        REFUSED + "Heathrow Airport Limited said it was deeply disappointed.", rctx)


def test_delight_at_a_refusal_opposes_the_issue(rctx):
    assert ("Hillingdon Council", "heathrow-runway", "oppose") in stances(REFUSED + "Hillingdon Council said it was delighted.", rctx)


def test_a_decision_not_based_on_science_opposes_it(rctx):
    assert ("Bayer", "glyphosate-ban", "oppose") in stances(BANNED + "Bayer said the decision was not based on science.", rctx)


def test_a_court_ruling_is_named_again_by_the_ruling(rctx):
    found = stances(APPROVED + "Willie Walsh welcomed the ruling.", rctx)
    assert ("Willie Walsh", "heathrow-runway", "support") in found


def test_the_ruling_party_is_no_ruling(rctx):
    found = stances("A third runway at Heathrow is years away. The ruling party welcomed talks with unions on pay.", rctx)
    assert not found


def test_no_reaction_without_a_decision_or_its_words(rctx):
    # (a feeling about something else, several sentences after any act on the issue)
    found = stances("Ministers approved a third runway at Heathrow on Monday. The weather was mild. Trains ran late. "
                    "Fans queued for hours. Arsenal said it was disappointed with the draw.", rctx)
    assert "Arsenal" not in holders(found)


# ------------------------------------------------ keeping on with a stance verb


@pytest.mark.parametrize("object_", ["the measure", "the ban"])
def test_keep_fighting_the_measure_opposes_it(rctx, object_):
    found = stances(BANNED + f"The growers' federation FNSEA said it would keep fighting {object_}.", rctx)
    assert ("FNSEA", "glyphosate-ban", "oppose") in found


def test_keep_selling_what_a_ban_halts_still_opposes_the_ban(rctx):
    assert ("Bayer", "glyphosate-ban", "oppose") in stances("Bayer said it would keep selling glyphosate.", rctx)


def test_keep_fighting_is_no_act_the_ruling_takes_its_polarity_from(rctx):
    found = stances(BANNED + "The federation FNSEA said it would keep fighting the measure. "
                    "Farm minister Annie Genevard praised the ruling as overdue.", rctx)
    assert ("Annie Genevard", "glyphosate-ban", "support") in found


# ------------------------------------------------ a stance in a past perfect relative clause


def test_a_past_perfect_relative_clause_holds_the_stance_the_holder_brings(rctx):
    found = stances(APPROVED + "Hillingdon Council, which had objected to the plan, said it would consider its options.", rctx)
    assert ("Hillingdon Council", "heathrow-runway", "oppose") in found


def test_a_past_perfect_relative_clause_is_not_flipped_by_a_refusal(rctx):
    found = stances(REFUSED + "Heathrow Airport Limited, which had campaigned for the plan, said it would consider its options.", rctx)
    assert ("Heathrow Airport Limited", "heathrow-runway", "oppose") not in found


def test_a_stance_left_in_the_past_stays_left(rctx):
    found = stances(APPROVED + "Hillingdon Council, which had objected to the plan until 2019, said it would consider its options.", rctx)
    assert ("Hillingdon Council", "heathrow-runway", "oppose") not in found


# ------------------------------------------------ a regulator, a portfolio, `outlawed`


def test_a_regulator_named_by_one_word_after_what_it_is(rctx):
    assert ("ANSES", "glyphosate-ban", "support") in stances("The food safety agency ANSES said glyphosate should be banned.", rctx)


def test_a_regulator_acts_by_its_own_verb(rctx):
    assert ("ANSES", "glyphosate-ban", "support") in stances("ANSES banned glyphosate in vineyards in 2021.", rctx)


def test_a_court_upholding_a_law_holds_no_stance(rctx):
    found = stances("The Constitutional Council upheld a law that bans glyphosate, rejecting an appeal by growers.", rctx)
    assert "Constitutional Council" not in holders(found)


def test_outlawed_is_a_ban(rctx):
    assert ("Austria", "glyphosate-ban", "support") in stances("Austria outlawed glyphosate in 2019.", rctx)


def test_a_lowercase_portfolio_after_a_country_s_possessive(rctx):
    found = stances("Britain's transport secretary Louise Haigh on Tuesday approved a third runway at Heathrow.", rctx)
    assert ("Louise Haigh", "heathrow-runway", "support") in found


def test_a_portfolio_opening_the_sentence_is_no_organisation(rctx):
    found = stances("Transport secretary Louise Haigh on Tuesday approved a third runway at Heathrow.", rctx)
    assert ("Louise Haigh", "heathrow-runway", "support") in found
    assert "Transport" not in holders(found)


def test_a_portfolio_after_a_preposition_is_no_subject(rctx):
    found = stances("Residents wrote to transport secretary Louise Haigh to oppose a third runway at Heathrow.", rctx)
    assert "Louise Haigh" not in holders(found)


def test_disappointment_about_something_else_is_no_reaction(rctx):
    found = stances(APPROVED + "Hillingdon Council said it was disappointed that talks on bus fares had stalled.", rctx)
    assert "Hillingdon Council" not in holders(found)


def test_disappointment_with_no_act_before_is_no_stance(rctx):
    found = stances("A third runway at Heathrow is years away. Hillingdon Council said it was disappointed.", rctx)
    assert "Hillingdon Council" not in holders(found)
