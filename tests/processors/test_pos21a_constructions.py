"""position-stated (pass pos21a): holders named in the text who state no quote but a stance by an act or a description
(`X voted against the ban`, `X, which has campaigned for a ban, ...`, `the bill, backed by X and Y`, `X and Y signed a
letter urging ...`, `X is among the countries pushing for ...`, `X filed a lawsuit to block ...`, `X's plan to ...`),
lists of holders, and organisations the gazetteer does not know. Sentences written for these tests, with user-defined
issues of their own (none copied from an evaluation set).

The first battery is the pass's probe: short paragraphs scored before the rules were written and after; the cases it
still gets wrong are `xfail`. The tests after it pin each rule with other wording, and cases that must not fire."""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet
from tests.marks import xf

ISSUES = IssueSet(issues=(
    Issue(id="night-flight-ban", label="Night-flight ban", proposition="Night flights at the city airport should be banned",
          terms=("night flights", "night-flight ban", "night-time flights")),
    Issue(id="glyphosate-ban", label="Glyphosate ban", proposition="The weedkiller glyphosate should be banned",
          terms=("glyphosate", "glyphosate ban")),
    Issue(id="motorway-tolls", label="Motorway tolls", proposition="Tolls should be charged on motorways",
          terms=("motorway tolls", "road tolls", "toll charges")),
    Issue(id="whaling-moratorium", label="Whaling moratorium", proposition="A moratorium on commercial whaling should be adopted",
          terms=("whaling moratorium", "commercial whaling", "whaling ban")),
    Issue(id="scooter-ban", label="Rental e-scooter ban", proposition="Rental e-scooters should be banned from city streets",
          terms=("e-scooters", "e-scooter ban", "rental scooters")),
))
NF, GLY, TOLL, WHALE, SCO = "night-flight-ban", "glyphosate-ban", "motorway-tolls", "whaling-moratorium", "scooter-ban"
S, O = "support", "oppose"


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


PROBE = [
    # ---- votes
    ("Poland and Hungary voted against the glyphosate ban on Monday, while Austria abstained.", {("Poland", GLY, O), ("Hungary", GLY, O)}),
    ("Eleven member states, including Spain and Portugal, voted for the e-scooter ban.", {("Spain", SCO, S), ("Portugal", SCO, S)}),
    ("The National Growers Association voted against the glyphosate ban at its congress.", {("National Growers Association", GLY, O)}),
    ("The assembly debated a bill to ban rental scooters for six hours.\n\nThe Forward Party voted for it, while the Rural Party voted against.",
     {("Forward Party", SCO, S), ("Rural Party", SCO, O)}),
    ("City councillors approved a night-flight ban on Tuesday by 31 votes to 12. The Liberal Alliance voted against.",
     {("Liberal Alliance", NF, O)}),
    # ---- passive agents
    ("The motorway tolls bill, tabled by Transport Minister Ilse Brandt and backed by the Liberal Alliance and the Rural Party, passed on Thursday.",
     {("Ilse Brandt", TOLL, S), ("Liberal Alliance", TOLL, S), ("Rural Party", TOLL, S)}),
    ("A whaling moratorium, agreed by Australia, New Zealand and Mexico, takes effect next year.",
     {("Australia", WHALE, S), ("New Zealand", WHALE, S), ("Mexico", WHALE, S)}),
    ("The plan for motorway tolls, championed by the Road Safety Foundation, was shelved in March.", {("Road Safety Foundation", TOLL, S)}),
    ("The night-flight ban was opposed by the Airport Business Forum and the Charter Airlines Group.",
     {("Airport Business Forum", NF, O), ("Charter Airlines Group", NF, O)}),
    # ---- relative clauses
    ("The Baltic Ferry Operators Association, which has campaigned against motorway tolls for years, said it would study the text.",
     {("Baltic Ferry Operators Association", TOLL, O)}),
    ("The Clean Skies Coalition, which has long lobbied for a night-flight ban, said it would study the ruling.", {("Clean Skies Coalition", NF, S)}),
    ("Agrovia, which has fought a glyphosate ban in three countries, declined to comment.", {("Agrovia", GLY, O)}),
    ("Farm minister Jonas Berg, who has repeatedly opposed a glyphosate ban, was absent from the vote.", {("Jonas Berg", GLY, O)}),
    ("Mayor Clara Voss, who pushed for the e-scooter ban last year, said the first results were encouraging.", {("Clara Voss", SCO, S)}),
    ("Germany, the Netherlands and Denmark, which drafted the proposal, want a glyphosate ban by 2030.",
     {("Germany", GLY, S), ("Netherlands", GLY, S), ("Denmark", GLY, S)}),
    # ---- coordinated holders, letters
    ("Greenpeace and the Soil Association signed a letter urging ministers to ban glyphosate.",
     {("Greenpeace", GLY, S), ("Soil Association", GLY, S)}),
    ("Spain, Italy and Greece back motorway tolls, diplomats said.", {("Spain", TOLL, S), ("Italy", TOLL, S), ("Greece", TOLL, S)}),
    ("The Drivers' Club and the Haulage Federation oppose the road tolls.", {("Drivers' Club", TOLL, O), ("Haulage Federation", TOLL, O)}),
    ("Norway and Iceland have long opposed a whaling moratorium.", {("Norway", WHALE, O), ("Iceland", WHALE, O)}),
    # ---- among, including, such as
    ("France and Chile are among the countries pushing for a whaling moratorium.", {("France", WHALE, S), ("Chile", WHALE, S)}),
    ("Supporters of the night-flight ban include the Lakeside Residents Association and Mayor Tom Reyes.",
     {("Lakeside Residents Association", NF, S), ("Tom Reyes", NF, S)}),
    ("Critics of the motorway tolls, such as the Automobile Club and the Freight Transport Association, say they will hit small firms.",
     {("Automobile Club", TOLL, O), ("Freight Transport Association", TOLL, O)}),
    ("More than 30 countries, including Kenya and Peru, called for a whaling moratorium.", {("Kenya", WHALE, S), ("Peru", WHALE, S)}),
    ("The number of countries backing a whaling moratorium rose to 24, with Belgium and Austria among the latest to join.",
     {("Belgium", WHALE, S), ("Austria", WHALE, S)}),
    # ---- lawsuits and challenges
    ("The Scooter Operators Association filed a lawsuit to block the e-scooter ban.", {("Scooter Operators Association", SCO, O)}),
    ("Bayerwald Chemie said it would challenge the glyphosate ban in court.", {("Bayerwald Chemie", GLY, O)}),
    ("The Green Lawyers Network said it would go to court to defend the night-flight ban.", {("Green Lawyers Network", NF, S)}),
    ("The Airline Operators Council sued the city on Monday over its night-flight ban.", {("Airline Operators Council", NF, O)}),
    # ---- acts of advocacy
    ("The Airport Business Forum lobbied against the night-flight ban.", {("Airport Business Forum", NF, O)}),
    ("The Whale Trust has campaigned for a whaling moratorium since 1990.", {("Whale Trust", WHALE, S)}),
    ("The Haulage Federation has long opposed motorway tolls.", {("Haulage Federation", TOLL, O)}),
    pytest.param("Pedestrians First led the push for the e-scooter ban.", {("Pedestrians First", SCO, S)},
                 marks=xf("a name of plain words with no organisation word, before no speech or stance verb")),
    ("The Rural Party has vowed to scrap the motorway tolls.", {("Rural Party", TOLL, O)}),
    ("Senator Joan Pike introduced a bill to ban rental scooters.", {("Joan Pike", SCO, S)}),
    # ---- possessives
    ("Mayor Clara Voss's plan to ban rental scooters drew protests from riders.", {("Clara Voss", SCO, S)}),
    ("The Forward Party's push for a glyphosate ban failed on Thursday.", {("Forward Party", GLY, S)}),
    ("Canada's proposal for a whaling moratorium was defeated.", {("Canada", WHALE, S)}),
    # ---- coalitions
    ("Eleven countries led by Mexico and Chile formed a coalition to push for a whaling moratorium.", {("Mexico", WHALE, S), ("Chile", WHALE, S)}),
    # (pass poscoord: Samoa is in the gazetteer now)
    ("Samoa and Tonga set up a group of countries calling for a whaling moratorium.", {("Samoa", WHALE, S), ("Tonga", WHALE, S)}),
    # ---- unknown organisations and titled people with an act
    ("The Lakeside Residents Association backed the night-flight ban.", {("Lakeside Residents Association", NF, S)}),
    ("The Forward Party voted against the motorway tolls.", {("Forward Party", TOLL, O)}),
    ("Dr Ana Ortiz, head of the Hospital Doctors Group, backed the glyphosate ban.",
     {("Ana Ortiz", GLY, S), ("Hospital Doctors Group", GLY, S)}),
    # ---- more of each kind, other wording
    ("The glyphosate ban, proposed by the European Commission and backed by France, Spain and Belgium, failed to win a majority.",
     {("European Commission", GLY, S), ("France", GLY, S), ("Spain", GLY, S), ("Belgium", GLY, S)}),
    ("The repeal of the motorway tolls, backed by the Rural Party, passed on Friday.", {("Rural Party", TOLL, O)}),
    ("Opponents of the whaling moratorium include Japan and Norway.", {("Japan", WHALE, O), ("Norway", WHALE, O)}),
    ("Several governments have called for a glyphosate ban, including Austria and Luxembourg.",
     {("Austria", GLY, S), ("Luxembourg", GLY, S)}),
    ("The number of countries still allowing commercial whaling fell to three, with Norway and Iceland among the last.",
     {("Norway", WHALE, O), ("Iceland", WHALE, O)}),
    ("Nations led by Kenya formed an alliance calling for a whaling moratorium.", {("Kenya", WHALE, S)}),
    ("Austria's push for a glyphosate ban won backing from five countries.", {("Austria", GLY, S)}),
    ("The Charter Airlines Group filed a legal challenge against the night-flight ban.", {("Charter Airlines Group", NF, O)}),
    ("Ferrovia, which has lobbied against motorway tolls for a decade, declined to comment.", {("Ferrovia", TOLL, O)}),
    ("Oceana, which has campaigned for a whaling moratorium, said the vote was a setback.", {("Oceana", WHALE, S)}),
    ("Chile, Peru and Ecuador, which tabled the motion, have called for a whaling moratorium.",
     {("Chile", WHALE, S), ("Peru", WHALE, S), ("Ecuador", WHALE, S)}),
    ("The left-wing Solidarity Alliance voted against the motorway tolls.", {("Solidarity Alliance", TOLL, O)}),
    ("Chile and Peru joined a coalition of countries calling for a whaling moratorium.", {("Chile", WHALE, S), ("Peru", WHALE, S)}),
    ("The Pirate party voted against the night-flight ban.", {("Pirate Party", NF, O)}),
    ("The Rural Party had campaigned for motorway tolls before the election.", {("Rural Party", TOLL, S)}),
    # ---- what a holder is called, what a measure drew, coordinations (added to the probe after the first rules)
    ("The Haulage Federation, a longtime opponent of motorway tolls, said it would study the plan.", {("Haulage Federation", TOLL, O)}),
    ("Mayor Clara Voss, a vocal supporter of the e-scooter ban, opened the session.", {("Clara Voss", SCO, S)}),
    ("Senator Joan Pike is a co-sponsor of the e-scooter ban.", {("Joan Pike", SCO, S)}),
    ("Japan voted no on the whaling moratorium.", {("Japan", WHALE, O)}),
    ("The ban on rental scooters drew support from the Cyclists' Union and Mayor Tom Reyes.",
     {("Cyclists' Union", SCO, S), ("Tom Reyes", SCO, S)}),
    ("The glyphosate ban was adopted despite opposition from Poland, Hungary and Romania.",
     {("Poland", GLY, O), ("Hungary", GLY, O), ("Romania", GLY, O)}),
    ("The repeal of the motorway tolls drew fierce criticism from the Road Safety Foundation.", {("Road Safety Foundation", TOLL, S)}),
    ("Neither Poland nor Hungary supports the glyphosate ban.", {("Poland", GLY, O), ("Hungary", GLY, O)}),
    ("Greenpeace, along with the Soil Association and the Bee Trust, has called for a glyphosate ban.",
     {("Greenpeace", GLY, S), ("Soil Association", GLY, S), ("Bee Trust", GLY, S)}),
    ("Among the supporters of the night-flight ban are the Lakeside Residents Association and Mayor Tom Reyes.",
     {("Lakeside Residents Association", NF, S), ("Tom Reyes", NF, S)}),
    ("Among its fiercest critics is the Haulage Federation, which says the motorway tolls will hit small firms.",
     {("Haulage Federation", TOLL, O)}),
    ("The Rural Party's bid to scrap the motorway tolls failed.", {("Rural Party", TOLL, O)}),
    # ---- no stance
    ("Supporters of the mayor include the Lakeside Residents Association; the night-flight ban was not discussed.", set()),
    ("The number of delegates attending talks on a whaling moratorium rose to 40, with Peru and Chile among the latest to arrive.", set()),
    ("Parliament voted no confidence in the government over the motorway tolls.", set()),
    ("The night-flight ban was approved by EU member states in March.", set()),
    ("Canada's plan for the summit did not mention a whaling moratorium.", set()),
    ("The motorway tolls bill was debated by the Liberal Alliance for six hours.", set()),
    ("The glyphosate ban was discussed by ministers from Austria and Luxembourg.", set()),
    ("Spain, which hosts the airline's hub, said nothing about the night-flight ban.", set()),
    ("Spain and Portugal abstained in the vote on the glyphosate ban.", set()),
    ("Reporters asked whether Chile would back a whaling moratorium.", set()),
    ("The ferry company said bookings were up; the night-flight ban was not discussed.", set()),
    ("Spain hosted the talks on motorway tolls, which Italy opposed.", {("Italy", TOLL, O)}),
    ("The Haulage Federation, which represents 4,000 firms, held its congress in Lyon.", set()),
]


@pytest.mark.parametrize("text,expected", PROBE)
def test_probe(ctx, text, expected):
    assert stances(text, ctx) == expected


# ------------------------------------------------ each rule, in other words (each fails without the pass)


@pytest.mark.parametrize("text,expected", [
    # the agents of a passive, listed, and of a chamber's or a body's acts
    ("The road tolls bill, drawn up by the Transport Institute and backed by the Greens, the Centre Party and the Farmers' Union, "
     "passed.", {("Transport Institute", TOLL, S), ("Centre Party", TOLL, S), ("Farmers' Union", TOLL, S), ("Greens", TOLL, S)}),
    ("The night-flight ban was approved by the Valmont Council in May but thrown out by the Alder Forum in June.",
     {("Valmont Council", NF, S), ("Alder Forum", NF, O)}),
    # an undoing named before the passive: its agents are against the issue
    ("The scrapping of the night-flight ban, proposed by the Airport Business Forum, was rejected on Monday.",
     {("Airport Business Forum", NF, O)}),
])
def test_agents_of_a_passive(ctx, text, expected):
    assert stances(text, ctx) == expected


@pytest.mark.parametrize("text,expected", [
    ("Chile, Peru and Ecuador, which co-wrote the draft, now back a whaling moratorium, diplomats said.",
     {("Chile", WHALE, S), ("Peru", WHALE, S), ("Ecuador", WHALE, S)}),
    ("Belgium, along with Austria, voted for the glyphosate ban.", {("Belgium", GLY, S), ("Austria", GLY, S)}),
    ("Neither Spain nor Italy has backed the whaling moratorium.", {("Spain", WHALE, O), ("Italy", WHALE, O)}),
])
def test_coordinated_holders(ctx, text, expected):
    assert stances(text, ctx) == expected


@pytest.mark.parametrize("text,expected", [
    ("Critics of the whaling moratorium, such as Japan and Norway, say it ignores science.", {("Japan", WHALE, O), ("Norway", WHALE, O)}),
    ("Backers of the night-flight ban include the Harbour Residents Group and Senator Ana Lind.",
     {("Harbour Residents Group", NF, S), ("Ana Lind", NF, S)}),
    ("A dozen states have demanded motorway tolls, including Slovenia and Croatia.", {("Slovenia", TOLL, S), ("Croatia", TOLL, S)}),
    ("The number of countries opposing a whaling moratorium has shrunk to five, with Iceland among the last.", {("Iceland", WHALE, O)}),
    ("A group of nations led by Fiji and Palau has launched an alliance calling for a whaling moratorium.", {("Fiji", WHALE, S)}),
    ("Seven states led by Ireland and Portugal called for a glyphosate ban.", {("Ireland", GLY, S), ("Portugal", GLY, S)}),
])
def test_members_of_a_group(ctx, text, expected):
    assert stances(text, ctx) >= expected


@pytest.mark.parametrize("text,expected", [
    ("Rotterdam's plan to ban rental scooters was shelved.", {("Rotterdam", SCO, S)}),
    ("The Rural Party's bid to scrap the motorway tolls failed.", {("Rural Party", TOLL, O)}),
    ("Mayor Ines Berg's proposal for a night-flight ban was defeated.", {("Ines Berg", NF, S)}),
])
def test_a_possessors_own_plan(ctx, text, expected):
    assert stances(text, ctx) == expected


@pytest.mark.parametrize("text,expected", [
    ("The city council adopted a night-flight ban by 30 votes to 9. The Rural Party voted in favour.", {("Rural Party", NF, S)}),
    ("The centre-right Unity Alliance group voted against the night-flight ban.", {("Unity Alliance", NF, O)}),
    ("The Green party backed the night-flight ban.", {("Green Party", NF, S)}),
    ("The night-flight ban was opposed by the Harbour Club.", {("Harbour Club", NF, O)}),
    ("The assembly approved the glyphosate ban, with the Farmers Alliance (FA) voting against.", {("Farmers Alliance", GLY, O)}),
    ("Peru voted yes on the whaling moratorium.", {("Peru", WHALE, S)}),
])
def test_votes_and_parties(ctx, text, expected):
    assert stances(text, ctx) >= expected


@pytest.mark.parametrize("text,expected", [
    ("The Scooter Operators Association sued the city over the e-scooter ban.", {("Scooter Operators Association", SCO, O)}),
    ("The Chemical Makers Group filed its own challenge to the glyphosate ban.", {("Chemical Makers Group", GLY, O)}),
    ("The Bee Trust has long campaigned for a glyphosate ban.", {("Bee Trust", GLY, S)}),
    ("The Rural Party had campaigned for motorway tolls before the election.", {("Rural Party", TOLL, S)}),
    ("Norway, Iceland and Japan formed a coalition to fight a whaling moratorium.",
     {("Norway", WHALE, O), ("Iceland", WHALE, O), ("Japan", WHALE, O)}),
    ("Vetra, which has resisted a glyphosate ban for years, declined to comment.", {("Vetra", GLY, O)}),
    ("Poland held out for a glyphosate ban until the end.", {("Poland", GLY, S)}),
    ("Mayor Clara Voss pushed through the e-scooter ban last year.", {("Clara Voss", SCO, S)}),
])
def test_acts_of_advocacy(ctx, text, expected):
    assert stances(text, ctx) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Automobile Club, a fierce critic of road tolls, said it would study the text.", {("Automobile Club", TOLL, O)}),
    ("Senator Ana Lind, one of the main backers of the night-flight ban, chaired the meeting.", {("Ana Lind", NF, S)}),
    ("The e-scooter ban has the support of the Cyclists' Union.", {("Cyclists' Union", SCO, S)}),
    ("The night-flight ban passed despite objections from the Charter Airlines Group.", {("Charter Airlines Group", NF, O)}),
    ("Environment Minister Lena Ortiz, whose government proposed the glyphosate ban, said it would pass.", {("Lena Ortiz", GLY, S)}),
])
def test_what_a_holder_is_called(ctx, text, expected):
    assert stances(text, ctx) == expected


def test_a_country_head_whose_government_proposed_the_measure(ctx):
    text = "Portugal's Finance Minister Rui Costa, whose government proposed a glyphosate ban, attended the talks."
    assert ("Portugal", GLY, S) in stances(text, ctx)


def test_an_act_named_again_turns_the_stance_it_drew(ctx):
    text = ("The council refused to impose a night-flight ban on Monday.\n\n"
            "The decision drew sharp criticism from the Lakeside Residents Association.")
    assert ("Lakeside Residents Association", NF, S) in stances(text, ctx)

