"""A head of government or minister announcing the government's course gives the country's stance too (positions
1.89.0, pass poscountry).

Invented copy on an invented issue (a levy on e-bikes). Constructions:

- `Chancellor of the Exchequer X` is an office (the title before the name makes its holder a minister);
- `announced` right after the name (a time adjunct or an auxiliary between), however far into the sentence the stance's
  cue comes after it: before, it had to be within 80 characters of the name (the development case, r45-05, has its cue
  more than 200 characters on; the invented long sentences here were already read through the announcement's own cue).

Guards: a title out of office, a call on others, a
verdict far from the name, and the decisions the development gold splits on (`ruled out`, `authorised`: person only, as
the older sets keep them).
"""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="bike-tax", label="A levy on e-bikes", proposition="A levy should be imposed on electric bicycles",
          terms=("e-bike levy", "levy on e-bikes")),
))
_CTX = ExtractionContext(issues=_ISSUES)
S, O = "support", "oppose"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return stances(text, _CTX, published_at="2025-03-01T00:00:00Z", title="t")


POSITIVE = [
    ("LONDON - Chancellor of the Exchequer Jeremy Hunt announced a levy on e-bikes on Wednesday, to the surprise of "
     "retailers.", ("United Kingdom", "bike-tax", S)),
    ("COPENHAGEN - Prime Minister Mette Frederiksen on Thursday announced her long-awaited plan, after a year of "
     "wrangling in parliament and months of protests by cycling groups across the country, to impose an e-bike levy.",
     ("Denmark", "bike-tax", S)),
    ("OSLO - Prime Minister Jonas Gahr Store has announced a package of measures for the coming budget year that, among "
     "other things, includes a levy on e-bikes.", ("Norway", "bike-tax", S)),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_announcement_gives_the_country(text: str, expected: tuple[str, str, str]) -> None:
    got = _stances(text)
    assert expected in got
    assert any(a != expected[0] and (i, s) == expected[1:] for a, i, s in got)  # the minister too


GUARDS = [
    # out of office
    "Former Prime Minister Jonas Gahr Store on Monday announced a campaign, with friends from the cycling clubs and "
    "several retired mayors of the northern towns, for a levy on e-bikes.",
    # a call on others
    "Prime Minister Jonas Gahr Store urged Sweden to scrap its e-bike levy.",
    # a verdict far from the name
    "Prime Minister Jonas Gahr Store, asked by reporters at a campaign stop in the rain on Tuesday about his plans for "
    "the coming year, said he hoped the e-bike levy would pass.",
    # split in the development gold: person only
    "OSLO - Prime Minister Jonas Gahr Store on Monday ruled out an e-bike levy, saying families could not afford it.",
    "OSLO - Prime Minister Jonas Gahr Store has authorised the finance ministry to collect the e-bike levy from March.",
]


@pytest.mark.parametrize("text", GUARDS)
def test_no_country_stance(text: str) -> None:
    assert "Norway" not in {a for a, _, _ in _stances(text)}
