"""position-stated (pass holders20): holders the gazetteer does not know. Sentences written for these tests, with
user-defined issues of their own (none copied from an evaluation set).

The first battery is the pass's probe: 59 short paragraphs scored before the rules were written and after; the cases it
still gets wrong are `xfail`. The tests after it pin each rule with other wording, and the cases that must not fire."""

from __future__ import annotations

import pytest

from tests.position_tuples import holders, stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet
from tests.marks import xf

ISSUES = IssueSet(issues=(
    Issue(id="congestion-charge", label="City-centre congestion charge",
          proposition="A congestion charge should be introduced in the city centre",
          terms=("congestion charge", "congestion charging", "road pricing")),
    Issue(id="incinerator", label="Waste incinerator", proposition="The planned waste incinerator should be built",
          terms=("incinerator", "waste-to-energy plant", "energy-from-waste plant")),
    Issue(id="four-day-week", label="Four-day working week", proposition="A four-day working week should be introduced",
          terms=("four-day week", "four-day working week")),
    Issue(id="packaging-levy", label="Plastic packaging levy", proposition="A levy on plastic packaging should be introduced",
          terms=("packaging levy", "plastic packaging tax")),
    Issue(id="rent-cap", label="Rent cap", proposition="Residential rents should be capped",
          terms=("rent cap", "rent controls", "rent freeze")),
))
CC, INC, FDW, PKG, RENT = "congestion-charge", "incinerator", "four-day-week", "packaging-levy", "rent-cap"
S, O = "support", "oppose"


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


PROBE = [
    ("Veolia said it would challenge the packaging levy in court, arguing it would raise costs for households.", {("Veolia", PKG, O)}),
    ("Ryanair said it opposed the congestion charge, which it said would drive visitors away.", {("Ryanair", CC, O)}),
    ("Tesco welcomed the packaging levy on Tuesday, saying it would cut waste.", {("Tesco", PKG, S)}),
    ("Iberia, the Spanish flag carrier, said it opposed the congestion charge.", {("Iberia", CC, O)}),
    ("Unite, which represents 40,000 council workers, said it backed a four-day working week.", {("Unite", FDW, S)}),
    ("The CBI said a four-day working week would hurt productivity.", {("CBI", FDW, O)}),
    ("Unison called for a four-day week across the public sector.", {("Unison", FDW, S)}),
    ("Housing charity Shelter urged ministers to introduce a rent cap.", {("Shelter", RENT, S)}),
    ("The campaign group Generation Rent said a rent freeze was long overdue.", {("Generation Rent", RENT, S)}),
    ("Residents' group Clean Air Lewisham said it supported the congestion charge.", {("Clean Air Lewisham", CC, S)}),
    ("UKHospitality, a trade body, said it opposed the congestion charge.", {("UKHospitality", CC, O)}),
    # a city council acting as a whole is the city (the sets' convention)
    ("Leeds City Council voted on Wednesday to introduce a congestion charge.", {("Leeds", CC, S)}),
    ("The British Retail Consortium said the packaging levy would push up prices.", {("British Retail Consortium", PKG, O)}),
    ("Friends of the Earth welcomed the plastic packaging tax, calling it a first step.", {("Friends of the Earth", PKG, S)}),
    ("The Federation of Small Businesses rejected the congestion charge.", {("Federation of Small Businesses", CC, O)}),
    ("The Association of Cosmetic Makers said it opposed the packaging levy.", {("Association of Cosmetic Makers", PKG, O)}),
    ("The Spanish Association of Property Owners said it opposed rent controls.", {("Spanish Association of Property Owners", RENT, O)}),
    ("The Food and Grocery Council rejected the packaging levy.", {("Food and Grocery Council", PKG, O)}),
    ("Marta Lindqvist, chief executive of Nordvik, said the packaging levy would cost jobs.",
     {("Marta Lindqvist", PKG, O), ("Nordvik", PKG, O)}),
    ("Nordvik's chief executive Tom Hale said the company would fight the packaging levy.", {("Tom Hale", PKG, O), ("Nordvik", PKG, O)}),
    pytest.param('"We oppose the incinerator," said Ingrid Falk, who chairs Zero Waste Cymru.',
                 {("Ingrid Falk", INC, O), ("Zero Waste Cymru", INC, O)}, marks=xf("a quote before `said NAME, who chairs`")),
    ("Mayor Ruth Calder said she would press ahead with the congestion charge.", {("Ruth Calder", CC, S)}),
    ("MEP Pieter Janssen said he opposed the plastic packaging tax.", {("Pieter Janssen", PKG, O)}),
    ("Green Party co-leader Aoife Brennan called for a rent freeze.", {("Aoife Brennan", RENT, S)}),
    pytest.param("Councillor Dan Harris spoke at the meeting.\nHarris said he opposed the incinerator.", {("Dan Harris", INC, O)},
                 marks=xf("`Councillor` is no title the titled people know")),
    ("The union's general secretary, Grace Okafor, addressed delegates on Monday.\nOkafor said she backed a four-day week.",
     {("Grace Okafor", FDW, S)}),
    ("Brexit has made the packaging levy harder to introduce, officials said.", set()),
    ("Monday saw protests against the incinerator.", set()),
    ("Covid delayed plans for the congestion charge.", set()),
    ("Biffa said it opposed the incinerator and would fight it in court.", {("Biffa", INC, O)}),
    ("Tomra welcomed the plastic packaging tax.", {("Tomra", PKG, S)}),
    ("Glovo warned against a four-day working week.", {("Glovo", FDW, O)}),
    ("Cefic, the European chemical industry council, said the packaging levy was unworkable.", {("Cefic", PKG, O)}),
    pytest.param("Consumer group Which? said it backed a rent cap.", {("Which?", RENT, S)}, marks=xf("a name ending in `?`")),
    pytest.param("Residents' group Stop the Burner said the incinerator should be scrapped.", {("Stop the Burner", INC, O)},
                 marks=xf("a lowercase `the` inside a campaign's name")),
    ("Living Streets, a walking charity, welcomed the congestion charge.", {("Living Streets", CC, S)}),
    ("Dublin City Council rejected the congestion charge on Monday.", {("Dublin", CC, O)}),
    ("Cork Chamber said it opposed road pricing.", {("Cork Chamber", CC, O)}),
    ("The National Landlords Association rejected rent controls.", {("National Landlords Association", RENT, O)}),
    ("Sarah Moss, the head of the Acme Group, said rent controls would backfire.", {("Sarah Moss", RENT, O), ("Acme Group", RENT, O)}),
    ("Liam Ward, chief executive of Kestrel Energy, said the company backed the waste-to-energy plant.",
     {("Liam Ward", INC, S), ("Kestrel Energy", INC, S)}),
    ("On Tuesday the council debated the incinerator.", set()),
    ("Oxfam said it supported the packaging levy.", {("Oxfam", PKG, S)}),
    ("Bristol Cycling Campaign welcomed the congestion charge.", {("Bristol Cycling Campaign", CC, S)}),
    ("The Community union said it backed the four-day week.", {("Community", FDW, S)}),
    ("Local councillor Anna Kowalski has campaigned for months. Kowalski said she opposed the incinerator.", {("Anna Kowalski", INC, O)}),
    pytest.param('"We support a rent cap," said Helen Ellis, who chairs the tenants\' union ACORN.', {("Helen Ellis", RENT, S)},
                 marks=xf("a quote before `said NAME, who chairs`")),
    ("Surfers Against Sewage called for a plastic packaging tax.", {("Surfers Against Sewage", PKG, S)}),
    ("Christmas trading was hit by the congestion charge, figures showed.", set()),
    ("Kildare County Council said it opposed the incinerator.", {("Kildare County Council", INC, O)}),
    ("Spanish food industry federation FIAB said it opposed the packaging levy.", {("FIAB", PKG, O)}),
    # (pass posr: `the airline` as the company its chief names)
    ("Aer Lingus chief executive Lynne Mahon said the airline supported the four-day week.",
     {("Lynne Mahon", FDW, S), ("Aer Lingus", FDW, S)}),
    ("Klaus Berger, the Greens' transport spokesman, said he backed road pricing.", {("Klaus Berger", CC, S)}),
    pytest.param('Campaigners led by Maria Hollis gathered outside the town hall on Saturday.\n"We back the rent cap," Hollis said.',
                 {("Maria Hollis", RENT, S)}, marks=xf("a name introduced after `led by`")),
    ("Citizens Advice said it supported a rent freeze.", {("Citizens Advice", RENT, S)}),
    ("Rent Cap Row Deepens As Ministers Meet", set()),
    ("Make UK, which represents manufacturers, said it opposed the plastic packaging tax.", {("Make UK", PKG, O)}),
    ("January marked a year since the congestion charge was proposed.", set()),
    ("The Confederation of Irish Industry rejected the packaging levy.", {("Confederation of Irish Industry", PKG, O)}),
]


@pytest.mark.parametrize("text,expected", PROBE)
def test_probe(ctx, text, expected):
    assert stances(text, ctx) == expected


# ------------------------------------------------ an appositive saying what an organisation is, between name and verb


@pytest.mark.parametrize("text,holder", [
    ("Lufthansa, the German flag carrier, said on Thursday it opposed road pricing at Frankfurt.", "Lufthansa"),
    ("Ocado, an online grocer, said it supported the plastic packaging tax.", "Ocado"),
    ("GMB, which represents 12,500 refuse collectors, said it opposed the incinerator.", "GMB"),
    ("Bectu, which has 1.2 million members, backed a four-day week.", "Bectu"),
])
def test_a_described_organisation_holds_the_stance(ctx, text, holder):
    assert holder in holders(stances(text, ctx))


@pytest.mark.parametrize("text", [
    "In Lisbon, the housing minister said he opposed rent controls.",
    "Earlier, the council, a Labour-run authority, said it backed the incinerator.",
    "Meanwhile, the retailer, a FTSE 100 company, said it opposed the packaging levy.",
])
def test_an_opening_adverb_or_place_is_no_holder(ctx, text):
    assert not holders(stances(text, ctx)) & {"In Lisbon", "Lisbon", "Earlier", "Meanwhile"}


# ------------------------------------------------ `of`/`for` inside a name, a place or nationality opening it


@pytest.mark.parametrize("text,holder", [
    ("Friends of the Parks said it opposed the incinerator.", "Friends of the Parks"),
    ("Alliance for Fair Rents welcomed the rent freeze.", "Alliance for Fair Rents"),
    ("Leicester Clean Air Campaign said it backed road pricing.", "Leicester Clean Air Campaign"),
    ("The Irish Hotels Federation said the congestion charge would hurt tourism.", "Irish Hotels Federation"),
    ("The German Packaging Consortium rejected the plastic packaging tax.", "German Packaging Consortium"),
])
def test_a_longer_organisation_name(ctx, text, holder):
    assert holder in holders(stances(text, ctx))


def test_a_nationality_before_a_government_is_the_country(ctx):
    assert holders(stances("The Spanish government said it backed rent controls.", ctx)) == {"Spain"}


def test_a_title_of_a_portfolio_still_drops(ctx):
    found = holders(stances("Minister for Housing Anna Berg said she backed rent controls.", ctx))
    assert "Anna Berg" in found and not any("Housing" in h for h in found)


# ------------------------------------------------ a capital's city council is the city, not the country


@pytest.mark.parametrize("text,city", [
    ("Paris City Council voted to adopt a congestion charge.", "Paris"),
    ("Dublin City Council said on Friday that it opposed the incinerator.", "Dublin"),
])
def test_a_capital_city_council_is_the_city(ctx, text, city):
    found = holders(stances(text, ctx))
    assert city in found and not found & {"France", "Ireland"}


def test_a_city_council_as_a_place_is_no_holder(ctx):
    found = holders(stances("Protesters gathered outside Dublin City Council on Monday to oppose the incinerator.", ctx))
    assert not found & {"Dublin", "Ireland"}


def test_a_multi_word_name_described_as_an_association(ctx):
    text = "Huurders Samen, the tenants' association with some 40,000 members, welcomed the rent freeze."
    assert ("Huurders Samen", RENT, S) in stances(text, ctx)


def test_a_person_with_a_title_appositive_is_left_to_the_titled_people(ctx):
    # the appositive names an office: not an organisation's description (the person's stance is read elsewhere or not at all)
    text = ("In a letter to the council, Jan Berg, the regional housing minister, said rent controls did not give "
            "tenants value for money and that the government would not support them.")
    assert ("Jan Berg", RENT, S) not in stances(text, ctx)


# ------------------------------------------------ a titled newcomer whose surname the gazetteer gives to someone else


def test_a_titled_newcomer_keeps_a_surname_the_gazetteer_knows(ctx):
    text = "Mayor Joe Harris opened the hearing on Thursday.\nHarris said he opposed the incinerator, calling it a health risk."
    found = holders(stances(text, ctx))
    assert "Joe Harris" in found and "Kamala Harris" not in found


def test_the_gazetteer_person_named_in_full_keeps_the_surname(ctx):
    text = "Vice President Kamala Harris toured the site. Harris said she opposed the incinerator."
    assert holders(stances(text, ctx)) == {"Kamala Harris"}


@pytest.mark.parametrize("text,holder", [
    ("The European Cycling Bureau, a federation of cycling groups, welcomed road pricing.", "European Cycling Bureau"),
    ("The Danish Renters Bureau, an association of tenants' groups, said it supported a rent freeze.", "Danish Renters Bureau"),
])
def test_a_nationality_opening_a_name_described_as_an_organisation(ctx, text, holder):
    assert holder in holders(stances(text, ctx))
