"""position-stated (pass pos24e): speakers the system finds but gives no stance, where what they say evaluates the
measure the article is about without naming the issue's terms: the measure named again by a noun (`the freeze`, `the
restrictions`, `the increase`) with an effect predicted of it, a verdict on the news in a short quotation (`"This is a
landmark day," X said`), and the same evaluation turned when the news went against the issue (praising a delay is
opposing the measure). Sentences written for these tests, with user-defined issues of their own (none copied from an
evaluation set). Look-alikes that must give nothing are mixed in.

The battery was committed before the rules; the cases the code still gets wrong are `xfail`."""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

ISSUES = IssueSet(issues=(
    Issue(id="moldova-eu", label="Moldova's EU membership", proposition="Moldova should join the European Union",
          terms=("Moldova's EU membership", "Moldova joining the EU", "Moldova's accession")),
    Issue(id="drink-ban", label="Energy drink ban for children",
          proposition="Sales of energy drinks to under-16s should be banned",
          terms=("energy drink ban", "ban on energy drinks", "energy drinks to under-16s")),
    Issue(id="congestion-charge", label="City congestion charge",
          proposition="A congestion charge should be introduced in the city centre",
          terms=("congestion charge", "congestion fee")),
    Issue(id="parking-freeze", label="Parking fee freeze",
          proposition="Residential parking fees should be frozen",
          terms=("parking fee freeze", "freeze on parking fees", "freezing parking fees")),
    Issue(id="wage-rise", label="Minimum wage rise",
          proposition="The statutory minimum wage should be raised",
          terms=("minimum wage rise", "minimum wage increase", "raise the minimum wage")),
    Issue(id="glyphosate-ban", label="Glyphosate ban",
          proposition="Glyphosate should be banned",
          terms=("glyphosate ban", "ban on glyphosate", "banning glyphosate")),
))
DRINK, CHARGE, PARK, WAGE, GLY = "drink-ban", "congestion-charge", "parking-freeze", "wage-rise", "glyphosate-ban"
S, O = "support", "oppose"


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


PROBE = [
    # ---- the measure named again by a noun that is itself the issue's act (`the freeze`) with an effect predicted of it
    pytest.param("The city council approved a freeze on parking fees on Monday.\n"
     "Transport councillor Ana Berg said the freeze would give residents \"much-needed certainty\".", {("Ana Berg", PARK, S)}, marks=xf("a lowercase `councillor` title: the name finder misses the speaker")),
    ("The city council approved a freeze on parking fees on Monday.\n"
     "Transport Minister Ana Berg said the freeze would give residents \"much-needed certainty\".", {("Ana Berg", PARK, S)}),
    pytest.param("The city council approved a freeze on parking fees on Monday.\n"
     "The Retailers Guild said the freeze would cut revenues for the city's bus services.", {("Retailers Guild", PARK, O)}),
    pytest.param("Parliament voted to raise the minimum wage by 8 percent from April.\n"
     "Labour Minister Paul Strand said the increase would lift 200,000 workers out of poverty.", {("Paul Strand", WAGE, S)}),
    ("Parliament voted to raise the minimum wage by 8 percent from April.\n"
     "The Small Firms Federation warned that the increase would cost jobs in rural areas.", {("Small Firms Federation", WAGE, O)}),
    pytest.param("Parliament voted to raise the minimum wage by 8 percent from April.\n"
     "The Hospitality Council said the rise would force small restaurants to close.", {("Hospitality Council", WAGE, O)}),
    # ---- a verdict on the news in a short quotation opening the sentence
    pytest.param("Regulators proposed a ban on glyphosate on Wednesday.\n"
     "\"This is a landmark day for farmworkers and for rivers,\" Environment Minister Lise Dahl said.", {("Lise Dahl", GLY, S)}),
    pytest.param("Regulators proposed a ban on glyphosate on Wednesday.\n"
     "\"This is historic, wonderful news for our rivers,\" Environment Minister Lise Dahl said.", {("Lise Dahl", GLY, S)}),
    pytest.param("Lawmakers approved a ban on energy drinks for under-16s on Tuesday.\n"
     "\"Today is a good day for children's health,\" Health Minister Jonas Ek told reporters.", {("Jonas Ek", DRINK, S)}),
    pytest.param("Lawmakers approved a ban on energy drinks for under-16s on Tuesday.\n"
     "\"Today marks a crucial step for children's health,\" Health Minister Jonas Ek said.", {("Jonas Ek", DRINK, S)}),
    pytest.param("The assembly approved a congestion charge for the city centre.\n"
     "Mayor Tomas Riva said the vote was a good day for clean air.", {("Tomas Riva", CHARGE, S)}),
    # ---- the same verdicts on news that went against the issue: the other stance
    ("The government delayed its ban on glyphosate by two years on Friday.\n"
     "\"This is a sensible decision,\" said the Farmers Union.", {("Farmers Union", GLY, O)}),
    pytest.param("The city dropped its congestion charge on Monday.\n"
     "\"This is a great day for drivers,\" said the Motorists Association.", {("Motorists Association", CHARGE, O)}),
    # ---- an effect predicted of the measure with verbs the lexicon lacked
    pytest.param("The assembly approved a congestion charge for the city centre.\n"
     "The Drivers Alliance said the charge would cost commuters hundreds of euros a year.", {("Drivers Alliance", CHARGE, O)}),
    ("Ministers approved the energy drink ban on Thursday.\n"
     "The Paediatric Society said the ban would protect children's sleep and concentration.", {("Paediatric Society", DRINK, S)}),
    pytest.param("Ministers approved the energy drink ban on Thursday.\n"
     "The Beverage Makers Association said the ban would violate EU single-market rules.", {("Beverage Makers Association", DRINK, O)}),
    # ---- look-alikes: no stance
    ("Parliament voted to raise the minimum wage by 8 percent from April.\n"
     "Labour Minister Paul Strand said the increase would take effect on April 1.", set()),
    ("The city council approved a freeze on parking fees on Monday.\n"
     "Transport councillor Ana Berg said the freeze would last until 2027.", set()),
    ("Regulators proposed a ban on glyphosate on Wednesday.\n"
     "\"We will study the text carefully,\" Environment Minister Lise Dahl said.", set()),
    ("The assembly approved a congestion charge for the city centre.\n"
     "The Drivers Alliance said the storm would cost the city millions in repairs.", set()),
    ("Lawmakers approved a ban on energy drinks for under-16s on Tuesday.\n"
     "\"Today is a busy day in parliament,\" Health Minister Jonas Ek told reporters.", set()),
]


@pytest.mark.parametrize("text,expected", PROBE)
def test_probe(ctx, text, expected):
    assert stances(text, ctx) == expected


# ------------------------------------------------ each rule, in other words (the first and the four after the rollback
# fail on main; the rollback, the comparison and the look-alikes pin what must not move)


@pytest.mark.parametrize("text,expected", [
    # a curb noun names the measure when the issue is a curb itself; a listing aside before the modal
    ("Ministers approved the energy drink ban on Thursday.\nThe Paediatric Society said the restrictions, which cover cans, "
     "shots, powders and syrups, would help reduce sleep problems.", {("Paediatric Society", DRINK, S)}),
    # an undoing in the subject still turns the harm
    ("The city dropped its congestion charge on Monday.\nThe Clean Air Trust said the rollback would hurt children's lungs.",
     {("Clean Air Trust", CHARGE, S)}),
    # a comparison closes the predicate: what the measure is compared with is no second cue
    ("Ministers approved the energy drink ban on Thursday.\nHealth Minister Jonas Ek said the ban would protect children "
     "better than the voluntary code had.", {("Jonas Ek", DRINK, S)}),
    # a verdict on the measure named by a noun, the complement's subject
    ("The assembly approved a congestion charge for the city centre.\nThe Drivers Alliance said the scheme was disproportionate.",
     {("Drivers Alliance", CHARGE, O)}),
    ("The assembly approved a congestion charge for the city centre.\nThe Taxi Drivers Guild said the rules \"create more "
     "confusion\" for visitors.", {("Taxi Drivers Guild", CHARGE, O)}),
    # a quote opening the sentence with a verdict on `this`, the issue named only after the speaker
    ("Lawmakers approved a ban on energy drinks for under-16s on Tuesday.\n\"This is wonderful news for parents,\" Jonas Ek "
     "said, calling the energy drink ban overdue.", {("Jonas Ek", DRINK, S)}),
    # a quote of more than eight words that opens with its verdict on `this`
    ("Lawmakers approved a ban on energy drinks for under-16s on Tuesday.\n\"This is a truly historic, brave and inspiring "
     "decision,\" Jonas Ek said.", {("Jonas Ek", DRINK, S)}),
    # where a country's future lies, the place word quoted
    ("EU leaders on Thursday agreed to open talks on Moldova's accession.\nCouncil President Anna Varga said Moldova's future "
     "lay \"within the EU\".", {("Anna Varga", "moldova-eu", S), ("European Union", "moldova-eu", S)}),
    pytest.param("EU leaders on Thursday agreed to open talks on Moldova's accession.\nCouncil President Anna Varga said Moldova's "
                 "future \"is within the European Union\".", {("Anna Varga", "moldova-eu", S), ("European Union", "moldova-eu", S)},
                 marks=xf("the proposition's own actor written in full inside the quote takes the stretch from the speaker")),
    # look-alikes: a breach by someone else, a cost that is a price, a verdict on something else, a quote with no verdict
    ("Ministers approved the energy drink ban on Thursday.\nThe Beverage Makers Association said the company breached EU "
     "rules.", set()),
    ("The assembly approved a congestion charge for the city centre.\nThe Drivers Alliance said the scheme would cost 40 million "
     "euros to set up.", set()),
    ("The assembly approved a congestion charge for the city centre.\nThe Drivers Alliance said the weather was disproportionate "
     "to the season.", set()),
    ("Lawmakers approved a ban on energy drinks for under-16s on Tuesday.\n\"We will read the text,\" Jonas Ek said, calling the "
     "energy drink ban a matter for parliament.", set()),
])
def test_each_rule(ctx, text, expected):
    assert stances(text, ctx) == expected

