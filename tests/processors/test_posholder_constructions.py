"""Pass posholder: the stance read for the wrong holder (or for no holder) in a sentence that names both.

- a speaker whose speech verb follows an adverb of sequence (`X also said`, `X later said Denmark would ...`);
- the speaker of a second clause (`A said ..., while B said Lisbon would ...`) voicing their own country;
- an officer speaking for the body named in their title (`Green co-leader X said his party would ...`,
  `People's Party leader X said the PP's position ...`), not when the body is an office voicing a principal;
- a speaker behind a relative clause longer than the speaker gap (`X, who ... , told reporters that ...`);
- a speaker whose own short predicate comes first (`X called it "a first step" and said Kyiv would ...`).
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext
from wirewatch.schemas import IssueSet
from tests.position_tuples import stances

ISSUES = IssueSet.model_validate({"issues": [
    {"id": "jets-for-ukraine", "label": "Fighter jets for Ukraine", "proposition": "Western countries should supply fighter jets to Ukraine",
     "terms": ["F-16", "fighter jets"]},
    {"id": "river-referendum", "label": "A referendum on the river charter", "proposition": "A referendum on the river charter should be held",
     "terms": ["river charter", "referendum on the charter", "charter referendum"]},
]})
CTX = ExtractionContext(issues=ISSUES)
LEAD = "COPENHAGEN (Reuters) - Allies met on Tuesday to discuss fighter jets for Ukraine and the river charter. "


@pytest.mark.parametrize("text, expected", [
    # an adverb of sequence between the name and the speech verb
    ("Danish Prime Minister Lise Holmgaard later said Denmark would send 12 F-16s to Ukraine.",
     ("Lise Holmgaard", "jets-for-ukraine", "support")),
    ("Danish Prime Minister Lise Holmgaard also said Denmark would send 12 F-16s to Ukraine.",
     ("Lise Holmgaard", "jets-for-ukraine", "support")),
    ("Danish Prime Minister Lise Holmgaard has again said Denmark would send 12 F-16s to Ukraine.",
     ("Lise Holmgaard", "jets-for-ukraine", "support")),
    # the second clause's own speaker
    ("Britain's Foreign Office said the talks would go on, while Portugal's foreign minister Rui Calado said Lisbon would "
     "not send fighter jets to Ukraine.", ("Rui Calado", "jets-for-ukraine", "oppose")),
    # a long relative clause on the speaker
    ("Danish Prime Minister Lise Holmgaard, who spent the morning at an air base in the north with pilots and engineers "
     "from three countries, told reporters that Denmark would send F-16s to Ukraine.",
     ("Lise Holmgaard", "jets-for-ukraine", "support")),
    # a short predicate of the speaker's own, then `and said`
    ("Danish Prime Minister Lise Holmgaard called it \"a fair deal\" and said Denmark would send F-16s to Ukraine.",
     ("Lise Holmgaard", "jets-for-ukraine", "support")),
    # an officer of the body named in the title
    ("Scottish Greens co-leader Moira Tullis said her party would press for a charter referendum.",
     ("Moira Tullis", "river-referendum", "support")),
])
def test_speaker_holds_the_stance(text, expected):
    found = stances(LEAD + text, CTX)
    assert expected in found, found


def test_the_body_keeps_its_stance_beside_its_officer():
    found = stances(LEAD + "Scottish Greens co-leader Moira Tullis said her party would press for a charter referendum.", CTX)
    assert ("Scottish Greens", "river-referendum", "support") in found, found


@pytest.mark.parametrize("text, actor", [
    # the first clause's speaker does not take the second clause's country
    ("Britain's Foreign Office said the talks would go on, while Portugal's foreign minister Rui Calado said Lisbon would "
     "not send fighter jets to Ukraine.", "British Foreign Office"),
    # an adverb that is no sequence adverb before the verb is not read as speech (`Holmgaard rarely said`)
    ("Lise Holmgaard rarely visited Denmark, which later said it would send F-16s to Ukraine.", "Lise Holmgaard"),
    # `and` joining another subject's speech: not the first name's
    ("Lise Holmgaard met the foreign minister and Denmark said it would send F-16s to Ukraine.", "Lise Holmgaard"),
    # a relative clause with no speech verb after it: no speaker
    ("Lise Holmgaard, who flew in from Oslo, visited the base where Denmark will send F-16s to Ukraine.", "Lise Holmgaard"),
])
def test_no_stance_for(text, actor):
    found = stances(LEAD + text, CTX)
    assert not any(a == actor for a, _, _ in found), found


def test_an_officer_of_another_body_does_not_take_the_named_partys_course():
    # the title names one party, the complement another: the speaker reports the other party's course
    found = stances(LEAD + "Scottish Greens co-leader Moira Tullis said the SNP would press for a charter referendum.", CTX)
    assert not any(a == "Moira Tullis" for a, _, _ in found), found
    assert ("Scottish National Party", "river-referendum", "support") in found, found
