"""Issues whose proposition abolishes something (`The TV licence fee should be abolished`), positions 1.26.0.

On a measure to be introduced, scrapping it reverses the issue (`vowed to axe the soda tax` opposes a soda tax). On an
abolition the same words enact it: `vowed to scrap the licence fee` supports abolishing the fee. Until 1.26.0 they read
as opposition, and the plain-words reversers added in this release (`axe`, `ditch`, `get rid of`) spread that error;
a blind round caught it as a false position change. Not undone by a reversal of a plan (`scrapped plans to abolish`).

Known limit (strict xfail): keeping or defending the thing an abolition would remove (`would keep the licence fee`)
still reads as support for the abolition, as it does on closing issues (`Nuclear plants should be shut down`).
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article, Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="fee-abolition", label="Abolishing the broadcasting fee",
          proposition="The broadcasting licence fee should be abolished",
          terms=("licence fee", "broadcasting fee")),
    Issue(id="stamp-duty-repeal", label="Repealing stamp duty",
          proposition="Stamp duty on homes should be scrapped",
          terms=("stamp duty",)),
    Issue(id="soda-levy", label="A levy on sugary drinks",
          proposition="A tax on sugary drinks should be introduced or raised",
          terms=("soda tax", "sugar levy")),
))
_CTX = ExtractionContext(issues=_ISSUES)


def _stances(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", title="t", source="test", published_at="2025-03-01T00:00:00Z", language="en", text=text)
    return {(e.payload["actor"]["canonical"], e.payload["issue"], e.payload["stance"])
            for e in positions.extract(article, _CTX)}


@pytest.mark.parametrize("text, expected", [
    ("Opposition leader Maria Lund vowed to scrap the licence fee.", ("Maria Lund", "fee-abolition", "support")),
    ("Opposition leader Maria Lund vowed to ditch the licence fee.", ("Maria Lund", "fee-abolition", "support")),
    ("Opposition leader Maria Lund vowed to axe the licence fee if elected.", ("Maria Lund", "fee-abolition", "support")),
    ("Opposition leader Maria Lund promised to get rid of the licence fee.", ("Maria Lund", "fee-abolition", "support")),
    ("Opposition leader Maria Lund said she would do away with the licence fee.", ("Maria Lund", "fee-abolition", "support")),
    ("Opposition leader Maria Lund pledged to abolish the licence fee.", ("Maria Lund", "fee-abolition", "support")),
    ("Finance Minister Tom Berg said he would repeal stamp duty on first homes.", ("Tom Berg", "stamp-duty-repeal", "support")),
    ("Finance Minister Tom Berg called for stamp duty to be axed.", ("Tom Berg", "stamp-duty-repeal", "support")),
    ("Finance Minister Tom Berg opposed scrapping stamp duty, calling it a vital source of revenue.",
     ("Tom Berg", "stamp-duty-repeal", "oppose")),
    # on a measure to be introduced the same words still reverse it
    ("Opposition leader Maria Lund vowed to axe the soda tax.", ("Maria Lund", "soda-levy", "oppose")),
    ("Opposition leader Maria Lund vowed to scrap the soda tax.", ("Maria Lund", "soda-levy", "oppose")),
])
def test_removing_what_an_abolition_removes_enacts_it(text, expected):
    assert expected in _stances(text)


@pytest.mark.parametrize("text, expected", [
    ("Opposition leader Maria Lund scrapped plans to abolish the licence fee.", ("Maria Lund", "fee-abolition", "oppose")),
    ("Finance Minister Tom Berg ditched his pledge to scrap stamp duty.", ("Tom Berg", "stamp-duty-repeal", "oppose")),
])
def test_scrapping_a_plan_to_abolish_is_no_abolition(text, expected):
    found = _stances(text)
    assert (expected[0], expected[1], "support") not in found


@pytest.mark.xfail(strict=True, reason="known limit: keeping what an abolition removes reads as support")
@pytest.mark.parametrize("text", [
    "Culture Secretary Lisa Nandy said the government would keep the licence fee.",
    "Culture Secretary Lisa Nandy defended the licence fee.",
])
def test_keeping_what_an_abolition_removes_opposes_it(text):
    assert ("Lisa Nandy", "fee-abolition", "oppose") in _stances(text)
