"""position-stated (pass posanaph): a measure term `N on X` (`levy on sugar`, `ban on petrol cars`) named again later in the
article by its head noun alone (`the levy`, `the ban`), beyond the few sentences an anaphor reaches; and guards: the same
head noun with an object of its own (`the ban on Russian oil`), or after another measure with that head noun was named,
is that other measure. Sentences written for these tests, with issues of their own."""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.processors.stance import matcher
from wirewatch.schemas import Issue, IssueSet

SUGAR = Issue(id="sugar-levy", label="Sugar levy", proposition="Sugary drinks should be taxed",
              terms=("levy on sugary drinks", "sugar tax"))
PETROL = Issue(id="petrol-car-ban", label="Petrol car ban", proposition="Sales of new petrol cars should be banned",
               terms=("ban on new petrol cars", "petrol car ban"))
ISSUES = IssueSet(issues=(SUGAR, PETROL))


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


LEAD = ("Ruritania will introduce a levy on sugary drinks from January, the finance ministry said on Monday. "
        "Officials expect it to raise 200 million crowns a year. Retailers will have six months to adjust prices. "
        "Bottlers have already cut the sugar content of several brands. Doctors have campaigned on obesity for years. ")


def test_head_noun_names_the_measure_far_from_the_term(ctx):
    text = LEAD + "Opposition leader Tomas Varga vowed to scrap the levy if he wins the next election."
    assert stances(text, ctx) == {("Tomas Varga", "sugar-levy", "oppose")}


def test_head_noun_with_an_object_of_its_own_is_another_measure(ctx):
    m = matcher(PETROL)
    assert m.refers_back("Critics said the ban would hurt car dealers.")
    assert not m.refers_back("Critics said the ban on Russian oil would hurt refiners.")


def test_another_measure_with_the_head_noun_named_in_between(ctx):
    text = ("Ruritania will impose a ban on new petrol cars from 2030, the transport ministry said. "
            "Officials say charging points will double by then. Carmakers have asked for more time. "
            "Separately, the government extended its ban on Russian oil imports until next year. "
            "Refiners have found other suppliers. Fuel prices have fallen this month. "
            "Opposition leader Tomas Varga vowed to scrap the ban if he wins the next election.")
    assert not any(issue == "petrol-car-ban" and actor == "Tomas Varga" for actor, issue, _ in stances(text, ctx))


def test_same_measure_in_other_words_is_no_other_measure(ctx):
    text = ("Ruritania will introduce a levy on sugary drinks from January, the finance ministry said on Monday. "
            "The 10 percent levy on sugary drinks and sweetened juices was first proposed in 2022. "
            "Officials expect it to raise 200 million crowns a year. Retailers will have six months to adjust prices. "
            "Bottlers have already cut the sugar content of several brands. Doctors have campaigned on obesity for years. "
            "Opposition leader Tomas Varga vowed to scrap the levy if he wins the next election.")
    assert ("Tomas Varga", "sugar-levy", "oppose") in stances(text, ctx)


def test_nominalisation_head_refers_back():
    m = matcher(Issue(id="gig-employees", label="Gig workers as employees",
                      proposition="Delivery couriers should be classified as employees",
                      terms=("presumption of employment", "employee status")))
    assert m.refers_back("The firm warned that the presumption would raise prices.")
    assert not m.refers_back("The firm warned that the presumption of innocence was at stake.")
    # a head noun that names no measure (`the end` of `end of life`) is no head
    assert not matcher(Issue(id="assisted-dying", label="Assisted dying", proposition="Assisted dying should be legal",
                             terms=("end of life", "assisted dying"))).refers_back("The end came quickly.")
