"""A head of government or minister deciding the government's course gives the country's stance too (positions 1.89.0,
pass poscountry).

Invented copy on an invented issue (a levy on e-bikes). Constructions, the decision right after the titled name:

- `has authorised` / `authorizes`, `ruled out`, `lifted restrictions on` (added to the leader's acts);
- `Chancellor of the Exchequer X` is an office;
- `signed` / `announced` right after the name, however far into the sentence the issue is named.

Guards: a view given up (`lifted his objection`), an answer (`refused to rule out`), a title out of office (`former`,
`opposition`), a call on others, a person with no office named.
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
    ("OSLO - Prime Minister Jonas Gahr Store on Monday ruled out an e-bike levy, saying families could not afford it.",
     ("Norway", "bike-tax", O)),
    ("THE HAGUE - Prime Minister Dick Schoof has authorised the finance ministry to collect the e-bike levy from March.",
     ("Netherlands", "bike-tax", S)),
    ("LONDON - Chancellor of the Exchequer Jeremy Hunt announced a levy on e-bikes on Wednesday, to the surprise of "
     "retailers.", ("United Kingdom", "bike-tax", S)),
    ("COPENHAGEN - Prime Minister Mette Frederiksen on Thursday signed orders that, after a year of wrangling in parliament "
     "and months of protests by cycling groups across the country, will impose the e-bike levy from May.",
     ("Denmark", "bike-tax", S)),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_decision_gives_the_country(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


GUARDS = [
    # a view given up, not the decision
    "Prime Minister Jonas Gahr Store lifted his objection to the e-bike levy on Wednesday.",
    # an answer, not a decision
    "Prime Minister Jonas Gahr Store refused to rule out an e-bike levy on Monday.",
    # out of office
    "Former Prime Minister Jonas Gahr Store on Monday ruled out an e-bike levy.",
    "Opposition leader Jonas Gahr Store on Monday ruled out an e-bike levy.",
    # a call on others
    "Prime Minister Jonas Gahr Store urged Sweden to scrap its e-bike levy.",
    # the act far from the name, and not right after it
    "Prime Minister Jonas Gahr Store, asked by reporters at a campaign stop in the rain on Tuesday about his plans for "
    "the coming year, said he hoped the e-bike levy would pass.",
]


@pytest.mark.parametrize("text", GUARDS)
def test_no_country_stance(text: str) -> None:
    assert "Norway" not in {a for a, _, _ in _stances(text)}
