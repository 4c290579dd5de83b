"""position-stated on user-defined issues in realistic copy: an organisation whose name joins two fields (`Oil and Gas
Heating Alliance`), Irish-style names (`O'Brien`), a regulator's `rule` or a council's `ordinance` named again,
harms such as `would put jobs at risk` or `push up prices`, and two unknown firms sharing one verb. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.position_tuples import holders, stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

ISSUES = IssueSet(issues=(
    Issue(id="boiler-ban", label="Phasing out gas boilers", proposition="New gas boilers should be banned",
          terms=("gas boilers", "boiler ban", "gas hookups")),
    Issue(id="courier-status", label="Employee status for couriers",
          proposition="App couriers should be classified as employees", terms=("gig workers", "couriers", "reclassify")),
))


@pytest.fixture(scope="module")
def rctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


BOILERS = "The government will phase out gas boilers from 2035. "
HOOKUPS = "The town council voted on Monday to ban gas hookups in new homes. "
RULE = "The agency issued a rule on Tuesday that could reclassify gig workers as employees. "
PROPOSAL = "The ministry proposed that couriers should be presumed to be employees. "


# ------------------------------------------------ names: two fields joined before the head, O'Brien


@pytest.mark.parametrize("name", ["Oil and Gas Heating Alliance", "Food & Drink Federation"])
def test_an_organisation_joining_two_fields_keeps_its_whole_name(rctx, name):
    found = stances(BOILERS + f"The {name} said the ban would hurt families.", rctx)
    assert (name, "boiler-ban", "oppose") in found
    assert holders(found) == {name}


def test_two_countries_joined_before_a_head_are_no_one_name(rctx):
    found = stances(BOILERS + "Spain and Portugal Heating Council said the ban would hurt families.", rctx)
    assert not any(" and " in actor for actor in holders(found))


@pytest.mark.parametrize("speaker, name", [("Union President Sean O'Brien", "Sean O'Brien"),
                                           ("Sean O\u2019Brien, the union's president,", "Sean O\u2019Brien")])
def test_an_irish_surname_is_a_name(rctx, speaker, name):
    assert (name, "courier-status", "support") in stances(RULE + f"{speaker} said the rule would help drivers.", rctx)


# ------------------------------------------------ `the rule`, `the ordinance` named again


def test_the_rule_named_again_carries_the_issue(rctx):
    assert ("Freight Drivers Union", "courier-status", "support") in stances(
        RULE + "The Freight Drivers Union said the rule would help drivers.", rctx)
    assert ("Freight Drivers Union", "courier-status", "support") in stances(
        RULE + "The Freight Drivers Union welcomed the rule.", rctx)


def test_the_ordinance_named_again_carries_the_issue(rctx):
    assert ("Ohio Builders Association", "boiler-ban", "oppose") in stances(
        HOOKUPS + "The Ohio Builders Association said the ordinance would raise costs for builders.", rctx)


def test_a_rule_of_something_else_is_no_anaphor(rctx):
    found = stances(RULE + "The Freight Drivers Union said the rule of law would help drivers.", rctx)
    assert "Freight Drivers Union" not in holders(found)


# ------------------------------------------------ harms: jobs at risk, prices pushed up


@pytest.mark.parametrize("harm", ["would put thousands of jobs at risk", "would push up prices for consumers",
                                  "could put small firms in jeopardy"])
def test_a_harm_predicted_of_the_plan_opposes_it(rctx, harm):
    assert ("Zoomly", "courier-status", "oppose") in stances(PROPOSAL + f"Zoomly said the plan {harm}.", rctx)


def test_putting_something_at_risk_without_a_measure_is_no_stance(rctx):
    found = stances(PROPOSAL + "Zoomly said the storm would put thousands of homes at risk.", rctx)
    assert "Zoomly" not in holders(found)


# ------------------------------------------------ two unknown firms sharing one verb


def test_two_unknown_firms_sharing_a_verb_both_hold_the_stance(rctx):
    found = stances(PROPOSAL + "Zoomly and Ridex said the plan would push up prices for consumers.", rctx)
    assert {("Zoomly", "courier-status", "oppose"), ("Ridex", "courier-status", "oppose")} <= found


def test_a_pronoun_before_and_is_no_firm(rctx):
    found = stances(PROPOSAL + "It and Ridex said the plan would push up prices for consumers.", rctx)
    assert holders(found) == {"Ridex"}


# ------------------------------------------------ an outcome that did not come about is no stance


@pytest.mark.parametrize("sentence", [
    "EU member states on Friday failed to endorse a provisional deal on the boiler ban.",
    "EU member states on Friday failed to endorse new rules for gig workers.",
    "EU ministers again failed to back new rules for gig workers, diplomats said.",
])
def test_failing_to_adopt_a_measure_is_no_stance(rctx, sentence):
    assert stances(sentence, rctx) == set()


def test_the_same_act_done_is_a_stance(rctx):
    assert ("European Union", "boiler-ban", "support") in stances(
        "EU member states on Friday endorsed a provisional deal on the boiler ban.", rctx)


# ------------------------------------------------ the headline says what the story is about

COURIER_STORY = ("The labour ministry on Tuesday presented a draft decree on app-based delivery work. "
                 "The Riders Collective backed the decree, while the Delivery Platforms Association criticised the measure. "
                 "The GMB union welcomed the decree.")


def test_the_headline_gives_the_measure_its_issue(rctx):
    found = stances(COURIER_STORY, rctx, title="Ministry moves to reclassify couriers as employees")
    assert ("Riders Collective", "courier-status", "support") in found
    assert ("Delivery Platforms Association", "courier-status", "oppose") in found
    assert ("GMB", "courier-status", "support") in found


def test_without_the_headline_the_measure_has_no_issue(rctx):
    assert stances(COURIER_STORY, rctx) == set()


def test_a_headline_on_something_else_gives_no_issue(rctx):
    assert stances(COURIER_STORY, rctx, title="Ministry publishes its spring budget") == set()


def test_a_sentence_that_names_no_measure_takes_no_issue_from_the_headline(rctx):
    text = "The Riders Collective said drivers deserved better pay. The union held a rally in the capital."
    assert stances(text, rctx, title="Ministry moves to reclassify couriers as employees") == set()


@pytest.mark.parametrize("lead, stance", [
    ("Germany on Tuesday delayed its planned decree on app-based delivery work by a year, saying firms needed time.", "oppose"),
    ("The Netherlands on Tuesday proposed new rules for delivery apps.", "support"),
])
def test_the_lead_introduces_the_headline_measure(rctx, lead, stance):
    country = lead.split(" on ")[0].removeprefix("The ")
    assert stances(lead, rctx, title="Ministry moves to reclassify couriers as employees") == {(country, "courier-status", stance)}
    assert stances(lead, rctx) == set()


def test_only_the_lead_introduces_the_headline_measure(rctx):
    text = ("The ministry held talks with unions on Monday. Officials met again on Tuesday. Talks went on for hours. "
            "Later, the Netherlands proposed new rules for delivery apps.")
    assert stances(text, rctx, title="Ministry moves to reclassify couriers as employees") == set()


# ------------------------------------------------ `the government` of a story filed from a capital


@pytest.mark.parametrize("dateline, country", [("LONDON (Reuters) - ", "United Kingdom"), ("MADRID, Oct 28 (EFE) - ", "Spain"),
                                               ("BERLIN (dpa) \u2014 ", "Germany")])
def test_the_government_of_a_story_filed_from_a_capital_is_that_country(rctx, dateline, country):
    text = dateline + "The government on Tuesday delayed the boiler ban by a year, saying families needed time."
    assert stances(text, rctx) == {(country, "boiler-ban", "oppose")}


@pytest.mark.parametrize("text", [
    "The government on Tuesday delayed the boiler ban by a year, saying families needed time.",  # no dateline
    "GENEVA (Reuters) - The government of Norway on Tuesday delayed the boiler ban by a year.",  # named, and not the home
    "BRUSSELS (Reuters) - The government on Tuesday delayed the boiler ban by a year.",  # Brussels stands for the EU
])
def test_no_home_country_no_government_holder(rctx, text):
    assert not any(actor in {"United Kingdom", "Switzerland", "European Union", "Belgium"} for actor, _, _ in stances(text, rctx))


# ------------------------------------------------ an organisation named again by what it is


@pytest.mark.parametrize("first, again, holder", [
    ("The Riders Union of Leeds held a rally on Monday.", "The union said it backed the plan to reclassify couriers.",
     "Riders Union of Leeds"),
    ("The Courier Firms Association met ministers on Monday.", "The association said it opposed the plan to reclassify couriers.",
     "Courier Firms Association"),
])
def test_an_organisation_named_again_by_its_head_noun(rctx, first, again, holder):
    found = stances(first + " " + again, rctx)
    assert holders(found) == {holder}


def test_the_union_needs_a_union_before_it(rctx):
    found = stances("The Courier Firms Association met ministers on Monday. The union said it backed the plan to reclassify "
                    "couriers.", rctx)
    assert "Courier Firms Association" not in holders(found)
