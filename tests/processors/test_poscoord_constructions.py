"""position-stated (pass poscoord): every conjunct of a coordinated subject holds the stance, with descriptors, an
appositive or a title of its own (`the conservative A and the far-right B voted against`, `A, the B's ally, and the
opposition C called for`, `Health Secretary A, Justice Secretary B and ... voted against`); and a country or body that
a user's issue names in its own terms (`Rwanda`, `Greenland` as bare terms) still holds a stance when it acts on the
measure named again (`Rwanda's government said it remained committed to the partnership`), while a mention of it as part
of the measure, or an act on something else, gives no stance. Sentences written for these tests (none copied from an
evaluation set), with user-defined issues of their own."""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

ISSUES = IssueSet(issues=(
    Issue(id="vape-ban", label="Disposable vape ban", proposition="Disposable vapes should be banned",
          terms=("vape ban", "ban on disposable vapes")),
    Issue(id="ferry-subsidy", label="Ferry subsidy", proposition="The island ferry should be subsidised by the state",
          terms=("ferry subsidy",)),
    Issue(id="island-sale", label="Sale of Nauru's phosphate port",
          proposition="Australia should buy the phosphate port of Nauru", terms=("Nauru", "buy the port", "port sale")),
    Issue(id="offshore-processing", label="Offshore processing in Rwanda",
          proposition="Asylum seekers should be processed in Rwanda", terms=("Rwanda", "Rwanda scheme", "processing in Rwanda")),
))
VAPE, FERRY, SALE, OFF = "vape-ban", "ferry-subsidy", "island-sale", "offshore-processing"
S, O = "support", "oppose"


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


CASES = [
    # ---- coordinated subjects: each conjunct with descriptors of its own
    ("The conservative CDU/CSU and the far-right AfD voted against the vape ban.", {("CDU/CSU", VAPE, O), ("AfD", VAPE, O)}),
    ("The conservative CDU/CSU and the ruling SPD backed the ferry subsidy.", {("CDU/CSU", FERRY, S), ("Social Democratic Party", FERRY, S)}),  # (pass posparty) SPD by its full name
    ("Senator Joe Manchin of West Virginia and independent Bernie Sanders of Vermont backed the ferry subsidy.",
     {("Joe Manchin", FERRY, S), ("Bernie Sanders", FERRY, S)}),
    ("Komeito, the LDP's junior partner, and the opposition Constitutional Democratic Party of Japan opposed the vape ban.",
     {("Komeito", VAPE, O), ("Constitutional Democratic Party of Japan", VAPE, O)}),
    ("Health Secretary Wes Streeting, Justice Secretary Shabana Mahmood and Conservative leader Kemi Badenoch backed the "
     "vape ban.", {("Wes Streeting", VAPE, S), ("Shabana Mahmood", VAPE, S), ("Kemi Badenoch", VAPE, S)}),
    ("Palau and Fiji called for a ferry subsidy.", {("Palau", FERRY, S), ("Fiji", FERRY, S)}),
    # (coordinations that worked before, kept)
    ("Poland, Italy and the Czech Republic opposed the vape ban.",
     {("Poland", VAPE, O), ("Italy", VAPE, O), ("Czech Republic", VAPE, O)}),
    ("Both Labour and the Liberal Democrats backed the ferry subsidy.", {("Labour Party", FERRY, S), ("Liberal Democrats", FERRY, S)}),
    ("Labour as well as the Liberal Democrats backed the ferry subsidy.", {("Labour Party", FERRY, S), ("Liberal Democrats", FERRY, S)}),
    # ---- guards: an addressee before a titled list, objects of a verb
    ("In a letter to Commission President Ursula von der Leyen, Foreign Minister Mauro Vieira and Agriculture Minister "
     "Carlos Favaro said the vape ban was a mistake.", {("Mauro Vieira", VAPE, O), ("Carlos Favaro", VAPE, O)}),
    ("Sweden urged Poland and the Czech Republic to back the vape ban.", {("Sweden", VAPE, S)}),
    # ---- an actor the issue's own terms name: a holder when it acts on the measure named again
    ("Rwanda's government said it remained committed to the partnership.", {("Rwanda", OFF, S)}),
    ("Rwanda said it would honour the agreement.", {("Rwanda", OFF, S)}),
    ("Nauru rejected the offer.", {("Nauru", SALE, O)}),
    # ---- guards: a mention inside the measure, an act on something else
    ("The plan to process asylum seekers in Rwanda was backed by Rishi Sunak.", {("Rishi Sunak", OFF, S)}),
    ("Rwanda's government rejected the report by UN experts.", set()),
    ("Nauru's government backed a new fishing law on Tuesday.", set()),
    ("Rwanda said the border with Congo would stay closed.", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_poscoord_constructions(ctx: ExtractionContext, text: str, expected: set) -> None:
    assert stances(text, ctx) == expected


@pytest.mark.parametrize("text,verb,expected", [
    # an act after a temporal preposition dates a stance whose cue has an object of its own
    ("Sweden and Norway both called for new legislation after the ruling.", "called for", False),
    ("Sweden called for new legislation following the vote.", "called for", False),
    # the act is what the stance is on when the cue has no object of its own
    ("Sweden protested after the vote.", "protested", True),
    ("Sweden welcomed the decision.", "welcomed", True),
])
def test_act_after_a_temporal_preposition(text: str, verb: str, expected: bool) -> None:
    from wirewatch.processors import positions, stance
    at = text.index(verb)
    cue = stance.Cue(at, at + len(verb), 1, "request")
    assert positions._act_in_reach(text, text.index(" "), len(text), cue, [cue]) is expected
