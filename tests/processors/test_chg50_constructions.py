"""position-stated (pass chg50): the wording behind round 50's two false position changes, and its near-misses.
Sentences written for these tests, with a user-defined issue of their own (none copied from an evaluation set).

- a measure taken back, named by a pronoun (`had decided to withdraw them`, `would not sign it and would withdraw
  it`): an undoing, as `withdrew the bill` is; not troops or envoys pulled from a place (`withdrew them from the border`);
  and, coordinated after another predicate, an undoing of the measure, not of that predicate;
- a measure said to serve someone, after a copula (`the laws are in the interest of tenants`, `is not in their
  interest`): a verdict for it; not an adjunct of a course (`scrapped them in the larger interest of the country`);
- the opening sentence of a quote that the next sentence closes with a pronoun (`"... tenants. We ...," she said.`):
  the speaker of the sentence before;
- a bare `its position had not changed` (no stance named): the stance the holder states in the next sentence of its
  paragraph is the one that holds, for every holder the marker was read for;
- a noun in apposition to the holder's act, judged by others (`, a plan critics say would ...`): their verdict, not the
  holder's;
- a quote closed by a person named with the body they are of (`"...," Ana Ruiz of the Tenants' Union said`): the person
  speaks, not the body;
- a speaker's second complement with a country as its subject (`said the chancellor was wrong and that Austria should
  ...`): the speaker's call, not the country's stance;
- a stance in a pluperfect relative clause on the holder (`, who had defended the laws for months, moved ...`): held
  before the news, background;
- `the people of X`: citizens, not the state;
- shift words (what a position change must rest on): a leader's retreat or concession, a measure withdrawn by a pronoun;
  not an army retreating from a place, conceding defeat, troops withdrawn from the front."""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.processors.shifts import signals_shift
from wirewatch.schemas import Issue, IssueSet

ISSUES = IssueSet(issues=(
    Issue(id="rent-laws", label="Rent control laws", proposition="The rent control laws passed last year should be kept",
          terms=("rent laws", "rent control laws", "rent control")),
))
RENT, S, O = "rent-laws", "support", "oppose"
LEAD = "VIENNA (Reuters) - Tenants marched on Saturday against attempts to weaken the rent control laws.\n\n"


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    return ExtractionContext(issues=ISSUES)


POSITIVE = [
    # ---- withdrawing a measure named by a pronoun
    (LEAD + "Housing Minister Clara Voss, who moved the motion in parliament, said the government had decided to withdraw "
     "them after a year of protests.", ("Austria", RENT, O)),
    (LEAD + "Chancellor Erik Lund said he would not sign the rent laws and would withdraw them.", ("Erik Lund", RENT, O)),
    # ---- a measure said to serve someone
    (LEAD + "\"The rent laws are in the interest of tenants,\" Housing Minister Clara Voss said.", ("Clara Voss", RENT, S)),
    (LEAD + "\"The rent laws are not in the interest of tenants,\" said Mia Brandt, a landlords' leader.", ("Mia Brandt", RENT, O)),
    # ---- the opening sentence of a quote closed by a pronoun in the next sentence
    (LEAD + "Housing Minister Clara Voss spoke after the march. \"The rent laws are in the interest of tenants. We will "
     "talk to the landlords,\" she said.", ("Clara Voss", RENT, S)),
    # ---- a bare unchanged marker, the stance told in the next sentence
    (LEAD + "Housing Minister Clara Voss said the government respected the court but that its position had not changed. "
     "\"The rent laws are in the interest of tenants. We are ready to talk,\" she said.", ("Clara Voss", RENT, S)),
]


POSITIVE += [
    (LEAD + "Opposition leader Mia Brandt said the chancellor was wrong and that Austria should keep the rent control laws.",
     ("Mia Brandt", RENT, S)),
    (LEAD + "\"We will march until the rent control laws are scrapped,\" Karl Weber of the Landlords Association said on "
     "Monday.", ("Karl Weber", RENT, O)),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_positive(ctx, text, expected):
    found = stances(text, ctx)
    assert expected in found, found
    actor, issue, stance = expected
    assert (actor, issue, S if stance == O else O) not in found, found


GUARDS = [
    # troops pulled from a place are no measure taken back
    (LEAD + "Chancellor Erik Lund said the rent laws would stay. He sent two police units to the march and withdrew them "
     "from the square at night.", ("Erik Lund", RENT, O)),
    # an adjunct of a course is no verdict on the measure
    (LEAD + "Chancellor Erik Lund said the government had scrapped the rent laws in the larger interest of the country.",
     ("Erik Lund", RENT, S)),
    # a bare unchanged marker followed by another holder's stance keeps its own reading
    (LEAD + "Chancellor Erik Lund said his position had not changed. \"The rent laws are in the interest of tenants,\" "
     "said Mia Brandt, a tenants' leader.", ("Erik Lund", RENT, S)),
]


GUARDS += [
    # the critics' verdict on the holder's own act
    ("VIENNA (Reuters) - Chancellor Erik Lund on Monday sent parliament a package of changes to the rent control laws, "
     "a plan critics say would undermine investment in housing.", ("Erik Lund", RENT, O)),
    ("VIENNA (Reuters) - Chancellor Erik Lund on Monday presented new rent control laws, a plan critics say would hurt "
     "landlords and undermine investment.", ("Erik Lund", RENT, O)),
]


GUARDS += [
    (LEAD + "Housing Minister Clara Voss, who had defended the rent control laws through months of talks, moved the repeal "
     "bill in parliament.", ("Clara Voss", RENT, S)),
    (LEAD + "\"Listening to the people of Austria, who have said they want the rent control laws, I will sign,\" Chancellor "
     "Erik Lund said.", ("Austria", RENT, S)),
    (LEAD + "Opposition leader Mia Brandt said the chancellor was wrong and that Austria should keep the rent control laws.",
     ("Austria", RENT, S)),
    # the body of the person who speaks holds nothing of its own
    (LEAD + "\"We will march until the rent control laws are scrapped,\" Karl Weber of the Landlords Association said on "
     "Monday.", ("Landlords Association", RENT, O)),
]


@pytest.mark.parametrize("text,absent", GUARDS)
def test_guard(ctx, text, absent):
    found = stances(text, ctx)
    assert absent not in found, found


@pytest.mark.parametrize("text", [
    "The prime minister's decision to scrap the levy was a rare retreat for a leader who prides himself on firmness.",
    "\"The people have spoken. I concede, and I will not sign the bill,\" the president said.",
    "The president said he would not sign the bill and would withdraw it.",
])
def test_shift_told(text):
    assert signals_shift(text)


@pytest.mark.parametrize("text", [
    "Government troops retreated from the town on Sunday after heavy shelling.",
    "The candidate conceded defeat on Sunday night.",
    "The army sent two brigades to the border and later withdrew them from the front.",
])
def test_no_shift_told(text):
    assert not signals_shift(text)
