"""position-stated and statement-made (pass stm24): holders named in the text who were neither speaker nor holder,
because of how they are written: a person followed by the party, body or place they belong to (`Tom Hale of the
Liberal Party called ...`, `Sen. Ada Brook of Vermont said ...`, in an appositive after a title too), and look-alikes
whose `of` belongs to an organisation's own name (`the Chamber of Commerce`, `Friends of the Earth`) or to a title
(`Secretary of State`). Sentences written for these tests, with user-defined issues of their own (none copied from an
evaluation set).

The first battery is the pass's probe, scored on main before the rules were written and after; the cases it still gets
wrong are `xfail`."""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext, statements
from wirewatch.schemas import Article, Issue, IssueSet

ISSUES = IssueSet(issues=(
    Issue(id="congestion-charge", label="Congestion charge",
          proposition="A congestion charge should be levied on cars entering the city centre",
          terms=("congestion charge", "congestion fee")),
    Issue(id="vape-ban", label="Disposable vape ban", proposition="Disposable vapes should be banned",
          terms=("vape ban", "ban on disposable vapes")),
    Issue(id="night-trains", label="Night train subsidy", proposition="Night trains should be subsidised by the state",
          terms=("night train subsidy", "subsidy for night trains")),
    Issue(id="bee-pesticide-ban", label="Neonicotinoid ban", proposition="Neonicotinoid pesticides should be banned",
          terms=("neonicotinoid ban", "ban on neonicotinoids")),
))
CC, VAPE, NIGHT, NEO = "congestion-charge", "vape-ban", "night-trains", "bee-pesticide-ban"
S, O = "support", "oppose"


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


PROBE = [
    # ---- a person named with the party, body or place they belong to, before the verb
    pytest.param("The city approved a congestion charge on Monday. Tom Hale of the Liberal Party called the congestion charge "
     "\"a tax on commuters\".", {("Tom Hale", CC, O)}),  # (pass posrec: the tier's `called` verdicts)
    ("Tom Hale of the Liberal Party said the congestion charge was a mistake.", {("Tom Hale", CC, O)}),
    ("Greta Sundqvist of the Green Party welcomed the congestion charge.", {("Greta Sundqvist", CC, S)}),
    ("Parliament voted on the vape ban on Tuesday. Sen. Ada Brook of Vermont said the vape ban would protect children.",
     {("Ada Brook", VAPE, S)}),
    ("Senator Ada Brook of Vermont opposed the vape ban, saying it would push teenagers to the black market.",
     {("Ada Brook", VAPE, O)}),
    ("Ruth Adler of the Conservatives called the night train subsidy \"a waste of money\".", {("Ruth Adler", NIGHT, O)}),
    ("Lena Fiore of the Social Democrats backed the subsidy for night trains.", {("Lena Fiore", NIGHT, S)}),
    pytest.param("Jan Pelt of the Farmers' Union called the neonicotinoid ban \"a disaster for sugar beet growers\".",
     {("Jan Pelt", NEO, O)},
                 marks=xf("an organisation's name with a plural possessive (`Farmers' Union`) ends the name run")),
    # ---- the same, in an appositive after a title
    ("The council voted for a congestion charge. The region's transport chief, Tom Hale of the Liberal Party, called "
     "the congestion charge \"a dangerous signal\".", {("Tom Hale", CC, O)}),
    ("Norway's farm minister, Jan Pelt of the Centre Party, said the ban on neonicotinoids was overdue.",
     {("Jan Pelt", NEO, S)}),
    ("The chair of the health committee, Ruth Adler of the Conservatives, called the vape ban \"long overdue\".",
     {("Ruth Adler", VAPE, S)}),
    # ---- followed by an appositive of their own
    ("Lena Fiore of the Social Democrats, a coalition partner, called the night train subsidy \"a lifeline\".",
     {("Lena Fiore", NIGHT, S)}),
    ("Sen. Ada Brook of Vermont, the committee's top Democrat, said the vape ban would save lives.", {("Ada Brook", VAPE, S)}),
    # ---- look-alikes: `of` inside an organisation's own name, or a title's `of`
    ("The Chamber of Commerce said the congestion charge would hurt city-centre shops.", {("Chamber of Commerce", CC, O)}),
    ("Friends of the Earth welcomed the ban on neonicotinoids.", {("Friends of the Earth", NEO, S)}),
    ("Secretary of State Ada Brook said the vape ban would protect children.", {("Ada Brook", VAPE, S)}),
    ("The Bank of England said the congestion charge would have little effect on inflation.", set()),
    # ---- a verdict, then a second speech act of the same holder joined by `and`: the two do not compose
    ("The city approved a congestion charge. Tom Hale called the policy \"absolutely bonkers\" and said his party would "
     "campaign to scrap it.", {("Tom Hale", CC, O)}),
    ("Parliament passed the vape ban. Ruth Adler called the decision \"a disaster\" and vowed to repeal it.",
     {("Ruth Adler", VAPE, O)}),
    ("The city approved a congestion charge. Tom Hale welcomed the decision and said his party would fight any attempt "
     "to scrap it.", {("Tom Hale", CC, S)}),
    # ---- negatives: no stance, or the stance is another's
    ("Tom Hale of the Liberal Party said the council would vote on the congestion charge next month.", set()),
    ("Ruth Adler of the Conservatives said critics claimed the vape ban would push teenagers to smoking.", set()),
    ("Jan Pelt of the Centre Party declined to comment on the neonicotinoid ban.", set()),
]


@pytest.mark.parametrize("text,expected", PROBE)
def test_probe(ctx, text, expected):
    assert stances(text, ctx) == expected


def _speakers(text: str, ctx: ExtractionContext) -> list[str]:
    article = Article(id="t-stm24", text=text, published_at="2025-03-01T00:00:00+00:00")
    return [e.payload["speaker"]["canonical"] for e in statements.extract(article, ctx)]


@pytest.mark.parametrize("text,expected", [
    # the statement's speaker is the person, not the party or place written after `of`
    ("Tom Hale of the Liberal Party said the charge was a mistake.", ["Tom Hale"]),
    ("Sen. Ada Brook of Vermont said the ban would protect children.", ["Ada Brook"]),
    ("Senator Ada Brook of Vermont told reporters the ban would protect children.", ["Ada Brook"]),
    # an organisation's own `of` (read as the words after it on main), a title's `of`
    ("The Chamber of Commerce said the charge would hurt shops.", ["Chamber of Commerce"]),  # (`The` dropped: stm25)
    ("Secretary of State Ada Brook said the ban would protect children.", ["Ada Brook"]),
    ("Friends of the Earth said the ban was overdue.", ["Friends of the Earth"]),
])
def test_speaker_of_a_party_or_place(ctx, text, expected):
    assert _speakers(text, ctx) == expected


@pytest.mark.parametrize("text,expected", [
    # a title described, then the name in commas: the person speaks (not `Norway's farm minister`)
    ("Norway's farm minister, Jan Pelt, warned that the ban would hurt growers.", ["Jan Pelt"]),
    ("The union's new leader, Ruth Adler, said the strike would go on.", ["Ruth Adler"]),
    ("Its chief executive, Lena Fiore, said the rules were unworkable.", ["Lena Fiore"]),
    ("Sweden's ambassador in Oslo, Tom Hale, said the talks had stalled.", ["Tom Hale"]),
    # the name first, the source read being the appositive after it
    ("Tom Hale, Sweden's ambassador to Norway, wrote on Facebook that the talks had stalled.", ["Tom Hale"]),
    # look-alikes: a described title with no name, a body
    ("The party's leader said the strike would go on.", ["The party's leader"]),
    ("Sweden's foreign ministry said the talks had stalled.", ["Sweden's foreign ministry"]),
])
def test_speaker_named_beside_a_title(ctx, text, expected):
    assert _speakers(text, ctx) == expected


@pytest.mark.parametrize("text,expected", [
    # a quoted risk the measure poses is against it
    ("Ruth Adler said the vape ban would pose \"enormous risks\" for small shops.", {("Ruth Adler", VAPE, O)}),
    ("Tom Hale warned that a congestion charge carried \"serious risks\" for city-centre trade.", {("Tom Hale", CC, O)}),
])
def test_quoted_risks(ctx, text, expected):
    assert stances(text, ctx) == expected


@pytest.mark.parametrize("text,expected", [
    # a country's name opening an organisation's name: the organisation holds the stance, not the country
    ("The city approved a congestion charge on Monday. UK Cycling, which has lobbied for a congestion charge for years, "
     "welcomed the decision.", {("UK Cycling", CC, S)}),
    ("Norway Vapers said the vape ban would hurt small shops.", {("Norway Vapers", VAPE, O)}),
    ("France Apiculture, the beekeepers' federation, said the ban on neonicotinoids was overdue.",
     {("France Apiculture", NEO, S)}),
    # look-alikes: a title or a state body after the country's name, a day
    ("UK Transport Secretary Tom Hale said the congestion charge was a mistake.", {("Tom Hale", CC, O)}),
    ("Sweden on Monday said the vape ban would protect children.", {("Sweden", VAPE, S)}),
])
def test_country_opening_an_organisation(ctx, text, expected):
    assert stances(text, ctx) == expected


@pytest.mark.parametrize("text,expected", [
    ("Norway Vapers said the ban would push smokers back to cigarettes.", ["Norway Vapers"]),
    ("Greenpeace UK said the ban was overdue.", ["Greenpeace UK"]),
    ("The UK Treasury said the charge would raise money.", ["United Kingdom"]),
])
def test_speaker_country_opening_an_organisation(ctx, text, expected):
    assert _speakers(text, ctx) == expected


@pytest.mark.parametrize("text,expected", [
    # asking a court to review a measure is a challenge to it
    ("The city approved a congestion charge on Monday. The Motorists Union asked the High Court to review the "
     "congestion charge.", {("Motorists Union", CC, O)}),
    ("The Vape Traders Association and the Association of Corner Shops asked the Court of Appeal to review the vape ban.",
     {("Vape Traders Association", VAPE, O), ("Association of Corner Shops", VAPE, O)}),
    # look-alikes: a review that is no court's, a court's own review, a court asked to uphold
    ("The mayor asked officials to review the congestion charge.", set()),
    ("The court will review the congestion charge next month.", set()),
    ("The Clean Air Trust urged the court to uphold the congestion charge.", {("Clean Air Trust", CC, S)}),
])
def test_court_asked_to_review(ctx, text, expected):
    assert stances(text, ctx) == expected


def test_versions():
    from wirewatch.processors import positions
    assert tuple(map(int, positions.PRODUCER.version.split("."))) >= (1, 46, 0)  # 1.46.0 on the stm24 branch; 1.47.0 with pos24e merged; 1.48.0 rev25; 1.49.0 roll back; 1.50.0 pos26b; 1.51.0 pos26a; 1.52.0 pos26d; 1.53.0 pos26c; 1.54.0 pos27c, pos27b; 1.55.0 both merged; 1.56.0 pos27a; 1.57.0 pos27d
    assert tuple(map(int, statements.PRODUCER.version.split("."))) >= (1, 3, 0)  # (1.2.0 at pass stm24; 1.3.0 at stm25)
