"""Speakers found but no position given (positions 1.50.0, pass pos26b).

Invented wire copy on issues of our own. The classes of the pass:

- an anaphor reaches back a few sentences from the last sentence that was about the issue, not only from the last one
  that named it: a discussion that goes on sentence after sentence (`the change`, `the limit`, `the rules`) keeps the
  measure in sight, so a fourth or fifth sentence's `the measure would drive small owners out` is still on it; a
  sentence about something else breaks the chain, and the old reach applies again;
- a call to resist the lobbying and do the act (`urged the regulator to resist industry pressure and adopt the ban`) is
  no resistance to the measure: the coordinated verb carries the stance (resisting pressure on its own, or pressure to
  adopt the measure, still opposes it);
- a patchwork, distortions or bureaucracy the measure would create are a harm predicted of it, like confusion or
  uncertainty before.
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="rent-limit", label="Limits on rent increases", proposition="Annual rent increases should be limited by law",
          terms=("rent control", "rent limits", "limit on rent increases", "rent brake")),
    Issue(id="plastic-tax", label="A tax on plastic packaging", proposition="A tax should be imposed on plastic packaging",
          terms=("plastic tax", "packaging levy", "plastic packaging tax")),
))
_CTX = ExtractionContext(issues=_ISSUES)


def _stances(text: str) -> set[tuple[str, str, str]]:
    return stances(text, _CTX, published_at="2025-03-01T00:00:00Z", title="t")


def test_version() -> None:
    # pos26b changed positions' output: it needs 1.50.0 or later (1.52.0 once pos26a and pos26d were merged)
    assert tuple(map(int, positions.PRODUCER.version.split("."))) >= (1, 50, 0)


# ---- an anaphor chain: the reach counts from the last sentence about the issue

_LEAD = ("LISBON, March 3 - Portugal's housing market cooled in the first quarter, figures showed on Monday. Prices in the "
         "capital fell for the second month running. Parliament on Friday approved a rent brake for the next five years. "
         "The measure caps yearly increases at 2 percent. Housing Minister Rui Matos said the change would give tenants "
         "certainty. The change takes effect in July. ")
_MATOS = ("Rui Matos", "rent-limit", "support")

_PLASTIC = ("OSLO, May 9 - Norway's retailers reported weaker sales in April. Grocery chains blamed the cold spring. "
            "The Storting on Thursday voted for a plastic packaging tax from next year. The charge adds 2 crowns a kilo. "
            "Climate Minister Siri Dahl said the levy would cut waste. The change takes effect in January. ")
_DAHL = {("Siri Dahl", "plastic-tax", "support"), ("Storting", "plastic-tax", "support")}


@pytest.mark.parametrize("text, expected", [
    pytest.param(_LEAD + "The left-wing Bloco party said the change would be reviewed in the autumn. The landlords' "
                 "association ALP warned that the measure would drive small owners out of the market.",
                 {_MATOS, ("ALP", "rent-limit", "oppose")}, id="effect-after-chain"),
    pytest.param(_LEAD + "The left-wing Bloco party said the change would be reviewed in the autumn. The landlords' "
                 "association ALP said the rules were disproportionate.",
                 {_MATOS, ("ALP", "rent-limit", "oppose")}, id="verdict-after-chain"),
    pytest.param(_PLASTIC + "The Progress Party said the change would be debated again in the autumn. The packaging federation "
                 "Emballasjeforeningen warned that the measure would cost jobs in the bottling industry.",
                 _DAHL | {("Emballasjeforeningen", "plastic-tax", "oppose")}, id="cost-jobs-after-chain"),
])
def test_anaphor_chain_keeps_the_measure_in_sight(text: str, expected: set) -> None:
    assert _stances(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence on something else breaks the chain: a later `the measure` is beyond the old reach
    pytest.param(_LEAD + "Tourism rose 4 percent in the quarter. Lisbon hotels were full over the Easter weekend. The "
                 "landlords' association ALP warned that the measure would drive small owners out of the market.",
                 {_MATOS}, id="broken-chain"),
    # a speaker reporting others' fears states no stance of his own
    pytest.param(_LEAD + "The left-wing Bloco party said the change would be reviewed in the autumn. Economist Ana "
                 "Reis said landlords feared that the measure would drive small owners out of the market.",
                 {_MATOS}, id="others-fears"),
    # a fact reported about the measure is no stance
    pytest.param(_LEAD + "The left-wing Bloco party said the change would be reviewed in the autumn. Statistics "
                 "office head Paulo Neves said the measure would take effect in July.",
                 {_MATOS}, id="fact-after-chain"),
])
def test_anaphor_chain_guards(text: str, expected: set) -> None:
    assert _stances(text) == expected


# ---- a call to resist the lobbying and adopt the measure; harms the measure creates

_DRAFT = "The government on Friday published draft rules for a rent brake. "


@pytest.mark.parametrize("text, expected", [
    pytest.param(_DRAFT + "The tenants' union AIL called on parliament to resist pressure from landlords and adopt the broadest "
                 "possible brake.", {("AIL", "rent-limit", "support")}, id="resist-pressure-and-adopt"),
    pytest.param(_DRAFT + "The tenants' union AIL urged the regulator to resist industry pressure and adopt a strict rent brake.",
                 {("AIL", "rent-limit", "support")}, id="resist-industry-pressure-and-adopt"),
    pytest.param(_DRAFT + "The landlords' association ALP said the rules would create a patchwork across the regions.",
                 {("ALP", "rent-limit", "oppose")}, id="create-patchwork"),
    pytest.param(_DRAFT + "The landlords' association ALP said the law went further than EU rules and would create "
                 "distortions within the single market.", {("ALP", "rent-limit", "oppose")}, id="create-distortions"),
])
def test_resisted_lobbying_and_created_harms(text: str, expected: set) -> None:
    assert _stances(text) == expected


@pytest.mark.parametrize("text, expected", [
    # resisting the pressure for the measure is still against it
    pytest.param("Mayor Ana Costa continued to resist mounting pressure from tenants, who have pleaded for a rent brake "
                 "for months.", {("Ana Costa", "rent-limit", "oppose")}, id="resist-pressure-for-it"),
    pytest.param(_DRAFT + "The landlords' association ALP urged parliament to resist pressure to adopt the rent brake.",
                 {("ALP", "rent-limit", "oppose")}, id="resist-pressure-to-adopt"),
    pytest.param(_DRAFT + "The landlords' association ALP vowed to resist the rent brake.", {("ALP", "rent-limit", "oppose")},
                 id="resist-the-measure"),
    # a patchwork said of something else is no verdict on the measure
    pytest.param(_DRAFT + "The landlords' association ALP said the old system had created a patchwork of local rules.",
                 set(), id="old-patchwork"),
])
def test_resisted_lobbying_guards(text: str, expected: set) -> None:
    assert _stances(text) == expected
