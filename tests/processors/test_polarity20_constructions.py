"""position-stated (pass polarity20): the stance of a reaction to an act on a measure is the product of the two. An act named
by its own noun (`welcomed the delay`, `criticised the veto`, `called the U-turn a betrayal`, `disappointed by the
postponement`) takes the polarity of the act told before; a noun that is itself a negation (`the veto`, `an exemption from`)
is counted once, not twice; a ban among the issue's own names is the measure itself (`scrapped the gas boiler ban`); going
on with a measure (`press ahead with`, `stick to the timetable`) keeps it; `kicked into the long grass` shelves it; a term
that names undoing the measure (`repeal the levy`) enacts nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

ISSUES = IssueSet(issues=(
    Issue(id="vape-ban", label="Ban on disposable vapes", proposition="Disposable vapes should be banned",
          terms=("disposable vapes", "vape ban", "single-use vapes")),
    Issue(id="boiler-phase-out", label="Phase-out of new gas boilers",
          proposition="The installation of new gas boilers should be phased out",
          terms=("gas boilers", "gas boiler ban", "boiler ban")),
    Issue(id="rent-cap", label="Cap on rent increases", proposition="Residential rent increases should be capped",
          terms=("rent cap", "rent controls", "rent freeze")),
    Issue(id="congestion-charge", label="Congestion charge", proposition="Drivers should pay a charge to enter the city centre",
          terms=("congestion charge", "road pricing")),
    Issue(id="glyphosate-ban", label="Ban on glyphosate", proposition="The weedkiller glyphosate should be banned",
          terms=("glyphosate", "glyphosate ban")),
    Issue(id="tourist-levy", label="Overnight tourist levy", proposition="Visitors should pay an overnight tourist levy",
          terms=("tourist levy", "tourist tax", "repeal the levy")),
    Issue(id="sanctions-on-russia", label="Sanctions on Russia",
          proposition="Sanctions on Russia should be imposed or tightened",
          terms=("sanctions", "sanction package", "price cap", "embargo", "frozen assets")),
))
VAPE, BOILER, RENT, CHARGE, GLY, LEVY, SANCTIONS = (
    "vape-ban", "boiler-phase-out", "rent-cap", "congestion-charge", "glyphosate-ban", "tourist-levy", "sanctions-on-russia")


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


DELAYED = "LONDON (Reuters) - The health department on Wednesday delayed its ban on disposable vapes by eighteen months. "
PAUSED = "The city council has put the congestion charge on hold after a month of protests by taxi drivers. "
SCRAPPED = "Ministers on Thursday scrapped the gas boiler ban that was due to take effect in 2026. "
VETOED = "President Maria Santos vetoed the rent freeze approved by lawmakers last week. "
POSTPONED = "The farm ministry has postponed the glyphosate ban until 2028. "


# ------------------------------------------------ a reaction to an act named by its noun


@pytest.mark.parametrize("text, holder, stance", [
    (DELAYED + "The UK Vaping Industry Association welcomed the delay, saying retailers needed time to clear stock.",
     "UK Vaping Industry Association", "oppose"),
    (DELAYED + "Cancer Research UK condemned the delay.", "Cancer Research UK", "support"),
    (PAUSED + "The Chamber of Commerce welcomed the pause.", "Chamber of Commerce", "oppose"),
    (PAUSED + "The Cyclists Federation urged councillors to reverse the decision.", "Cyclists Federation", "support"),
    (POSTPONED + "The Agrochemical Association welcomed the postponement.", "Agrochemical Association", "oppose"),
])
def test_a_reaction_to_an_act_against_the_measure_is_reversed(ctx, text, holder, stance):
    found = {s for s in stances(text, ctx) if s[0] == holder}
    assert found and {s[2] for s in found} == {stance}


@pytest.mark.parametrize("text, holder, stance", [
    # the noun is a negation itself: counted once (`welcomed the veto` is against the freeze)
    (VETOED + "The Landlords Alliance welcomed the veto.", "Landlords Alliance", "oppose"),
    (VETOED + "The Tenants Union said it was deeply disappointed by the veto.", "Tenants Union", "support"),
    ("Hungary vetoed the EU's new sanctions package against Russia on Monday. Poland criticised the veto.", "Poland", "support"),
])
def test_a_negating_noun_is_counted_once(ctx, text, holder, stance):
    assert (holder, RENT if "freeze" in text else SANCTIONS, stance) in stances(text, ctx)


@pytest.mark.parametrize("text, holder, stance", [
    (POSTPONED + "The Green Party called the postponement a betrayal of farmworkers.", "Green Party", "support"),
    (SCRAPPED + "The Climate Alliance said it was dismayed by the decision.", "Climate Alliance", "support"),
    (SCRAPPED + "The Heating Installers Federation said it was relieved.", "Heating Installers Federation", "oppose"),
    ("The government has abandoned its plan for rent controls. Shelter said the climbdown was a betrayal of renters.",
     "Shelter", "support"),
])
def test_a_verdict_on_an_act_against_the_measure(ctx, text, holder, stance):
    found = {s for s in stances(text, ctx) if s[0] == holder}
    assert found and {s[2] for s in found} == {stance}


# ------------------------------------------------ the measure itself, kept on course or shelved


def test_a_ban_among_the_issues_names_is_the_measure(ctx):
    found = stances("Energy Secretary Claire Dunmore scrapped the gas boiler ban on Friday.", ctx)
    assert ("Claire Dunmore", BOILER, "oppose") in found


@pytest.mark.parametrize("text", [
    "Energy minister Tom Ashby said the government would press ahead with the gas boiler ban despite criticism from installers.",
    "The Green Party urged the government to stick to the timetable for the gas boiler ban.",
])
def test_going_on_with_the_measure_is_support(ctx, text):
    found = {s for s in stances(text, ctx) if s[1] == BOILER}
    assert found and {s[2] for s in found} == {"support"}


def test_kicked_into_the_long_grass_is_against(ctx):
    text = "Ministers have kicked the gas boiler ban into the long grass. The Sierra Club said the move was a disaster for the climate."
    found = stances(text, ctx)
    assert ("Sierra Club", BOILER, "support") in found


# ------------------------------------------------ exemptions


def test_winning_an_exemption_is_against_the_measure(ctx):
    text = "The Vineyard Growers Association won an exemption from the glyphosate ban for steep slopes."
    assert ("Vineyard Growers Association", GLY, "oppose") in stances(text, ctx)


def test_an_exemption_granted_then_welcomed(ctx):
    text = ("The farm ministry granted orchard owners an exemption from the glyphosate ban. "
            "The Fruit Growers Federation welcomed the exemption, while the Pesticide Action Network criticised it.")
    found = stances(text, ctx)
    assert ("Fruit Growers Federation", GLY, "oppose") in found


def test_an_exemption_as_the_price_of_a_deal_is_no_negation(ctx):
    # (dropping an objection in return for a carve-out still lets the package through)
    text = ("BRUSSELS (AFP) - The European Union on Friday adopted a new sanctions package against Russia after Slovakia "
            "dropped its objections in return for an exemption for gas delivered by pipeline.")
    assert ("Slovakia", SANCTIONS, "oppose") not in stances(text, ctx)


# ------------------------------------------------ courts


@pytest.mark.parametrize("text, holder, stance", [
    ("The constitutional court upheld the rent freeze on Thursday. The Tenants Union welcomed the ruling.", "Tenants Union", "support"),
    ("The constitutional court struck down the rent freeze on Thursday. The Landlords Alliance welcomed the ruling.",
     "Landlords Alliance", "oppose"),
])
def test_a_reaction_to_a_ruling(ctx, text, holder, stance):
    assert (holder, RENT, stance) in stances(text, ctx)


# ------------------------------------------------ a term that names undoing the measure


def test_a_term_naming_repeal_enacts_nothing(ctx):
    text = "Venice city councillors voted on Tuesday to repeal the levy on day-trippers, the tourist tax introduced last year."
    found = {s for s in stances(text, ctx) if s[1] == LEVY}
    assert "support" not in {s[2] for s in found}


# ------------------------------------------------ must not fire


@pytest.mark.parametrize("text", [
    "The housing ministry published its annual report on Tuesday. The Tenants Union welcomed the report.",
    "The transport authority delayed the publication of its bus strategy. The Cyclists Federation criticised the delay.",
    "The veto of the appointment was criticised by the Landlords Alliance on Monday.",
])
def test_no_measure_no_stance(ctx, text):
    assert stances(text, ctx) == set()


def test_a_delay_on_another_matter_is_not_the_measure(ctx):
    text = (DELAYED + "Separately, the port authority delayed the opening of a new ferry terminal. "
            "The Ferry Operators Association criticised the delay to the terminal.")
    assert not {s for s in stances(text, ctx) if s[0] == "Ferry Operators Association"}


# ------------------------------------------------ a rule stated as a content clause; a decision no longer to apply a measure


def test_scrapping_a_requirement_that_states_the_measure_is_against_it(ctx):
    text = ("THE HAGUE (Reuters) - Housing minister Mona Keijzer will scrap the requirement that homeowners replace gas "
            "boilers with hybrid heat pumps from 2026, she said on Friday.")
    found = {s for s in stances(text, ctx) if s[1] == BOILER}
    assert ("Mona Keijzer", BOILER, "oppose") in found and "support" not in {s[2] for s in found}


def test_a_reaction_to_a_measure_no_longer_applied(ctx):
    text = ("MADRID (AP) - The regional government said on Monday it will no longer enforce the rent freeze in the city. "
            "The Landlords Alliance praised the decision.")
    assert ("Landlords Alliance", RENT, "oppose") in stances(text, ctx)
