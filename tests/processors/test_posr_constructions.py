"""position-stated (pass posr, positions 1.73.0): stances missed where the holder is found elsewhere, because the stance
sentence itself was not read. Wire copy written for these tests, on issues of our own (a levy on plastic bags, a rent
cap); none copied from an evaluation set. The classes of the pass:

- a harm predicted of the measure that the effect lexicon lacked (`would fuel a black market`, `would bury shopkeepers in
  red tape`, `would take away ...`, `would take "..." out of the pockets of ...`, `might push tenants towards the black
  market`);
- the same harm predicted as possible (`could cut landlords' incomes`, `might drive small landlords out`): `could` and
  `might` right before a predicted effect are no hedge;
- a concern or an objection put on record (`was "deeply concerned" about the levy`, `raised formal objections to`), and
  standing by a measure (`said it stood by the levy`);
- a longer quote whose first sentence is the verdict and whose last carries the attribution (`"This is a victory for
  tenants. We have waited years for it," Ann Cole told reporters.`): the opening sentence is that speaker's;
- a person speaking of `the group`, `the federation`, `the utility`, `the chain` (`Tom Hale, head of the landlords'
  association, said the group would fight the rent cap`) speaks of their own organisation, as `the party` and `the
  company` already did;
- an act named as one that did not happen (`sparing the city an embarrassing veto`, `without a veto`) is no act against
  the measure that a later `This is a victory` could react to.

Guards, each a near sentence that must not fire: the same verbs with another object or subject (`would fuel demand for
paper bags`, `would take effect`, `would push shoppers into reusable bags`, `smugglers would fuel a black market`); a
possible harm asked about or said of something else (`asked whether the rent cap could ...`, `higher interest rates could
...`); a concern about a harm the speaker wants tackled (`concerned about plastic waste on its beaches, backed the levy`);
`stood by for the result`; `the government` or `the council` after a person, `the group` after a country; a quote closed before the next sentence, and a next sentence that opens a quote of its own; a
veto that did happen.
"""

from __future__ import annotations

import pytest

from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="bag-levy", label="Plastic bag levy", proposition="A levy should be charged on plastic bags",
          terms=("bag levy", "levy on plastic bags")),
    Issue(id="rent-cap", label="Rent cap", proposition="Rents should be capped", terms=("rent cap", "cap on rents")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"
BAG, RENT = "bag-levy", "rent-cap"

FIRES = [
    # ---- harms predicted of the measure, new to the effect lexicon
    ("The city council approved a bag levy on Tuesday. The Grocers' Federation said the levy would fuel a black market "
     "in imported bags.", ("Grocers' Federation", BAG, O)),
    ("The city council approved a bag levy on Tuesday. Greenpeace said the bag levy would bury shopkeepers and "
     "wholesalers in red tape.", ("Greenpeace", BAG, O)),
    ("The city council approved a bag levy on Tuesday. Greenpeace said the bag levy would take away a cheap convenience "
     "that pensioners rely on.", ("Greenpeace", BAG, O)),
    ("The city approved a rent cap on Tuesday. Landlords Ireland said the rent cap would take \"hundreds of millions of "
     "euros\" out of the pockets of small landlords.", ("Landlords Ireland", RENT, O)),
    ("The city approved a rent cap on Tuesday. Germany said the rent cap might push tenants towards the black market.",
     ("Germany", RENT, O)),
    # ---- a harm predicted as possible
    ("The city approved a rent cap on Tuesday. Germany said the rent cap could cut landlords' incomes by a fifth.",
     ("Germany", RENT, O)),
    ("The city approved a rent cap on Tuesday. Germany said the rent cap might drive small landlords out of the market.",
     ("Germany", RENT, O)),
    # ---- a concern, an objection, standing by
    ("The city council debated a bag levy on Tuesday. Greenpeace said it was \"deeply concerned\" about the bag levy.",
     ("Greenpeace", BAG, O)),
    ("The city council debated a bag levy on Tuesday. Germany raised formal objections to the bag levy.",
     ("Germany", BAG, O)),
    ("The city council debated a bag levy on Tuesday. Germany said it stood by the bag levy.", ("Germany", BAG, S)),
    # ---- the opening sentence of a longer quote
    ("The city approved a rent cap on Tuesday.\n\n\"This is a victory for tenants. We have waited years for it,\" Mayor "
     "Ann Cole told reporters.", ("Ann Cole", RENT, S)),
    ("The city approved a rent cap on Tuesday.\n\n\"This is a dark day for small landlords. We will fight on,\" said Tom "
     "Hale, head of the landlords' association.", ("Tom Hale", RENT, O)),
    # ---- a person speaking of `the group`, `the chain`: their own organisation's course
    ("The city approved a rent cap on Tuesday.\n\nTom Hale, head of the landlords' association, said the group would fight "
     "the rent cap in court.", ("Tom Hale", RENT, O)),
    ("The city approved a rent cap on Tuesday.\n\nTom Hale, chief executive of the city's largest letting agency, said the "
     "chain would not accept the rent cap.", ("Tom Hale", RENT, O)),
    # ---- an act that did not happen
    ("Councillors agreed on Tuesday to introduce a rent cap after Mayor Tom Hale walked out of the chamber, sparing the "
     "city an embarrassing veto.\n\nAnn Cole called the decision \"a strong signal of hope\" for tenants.", ("Ann Cole", RENT, S)),
    ("Councillors agreed on Tuesday to introduce a rent cap, after Mayor Tom Hale stepped out to let the decision pass "
     "without a veto.\n\n\"This is a victory for tenants,\" Ann Cole said.", ("Ann Cole", RENT, S)),
]


@pytest.mark.parametrize("text,expected", FIRES)
def test_fires(text: str, expected: tuple[str, str, str]) -> None:
    found = stances(text, _CTX)
    assert expected in found, found
    holder, issue, stance = expected
    assert (holder, issue, O if stance == S else S) not in found, found


GUARDS = [
    # the same verbs, with another object or subject
    ("The city council approved a bag levy on Tuesday. Germany said the bag levy would fuel demand for paper bags.",
     "Germany", BAG),
    ("The city council approved a bag levy on Tuesday. Germany said the bag levy would take effect in March.",
     "Germany", BAG),
    ("The city council approved a bag levy on Tuesday. Germany said the bag levy would push shoppers into reusable bags.",
     "Germany", BAG),
    ("The city council approved a bag levy on Tuesday. Germany said smugglers would fuel a black market.", "Germany", BAG),
    # a possible harm asked about, or said of something else
    ("The city approved a rent cap on Tuesday. Germany asked whether the rent cap could cut landlords' incomes.",
     "Germany", RENT),
    ("The city approved a rent cap on Tuesday. Germany said higher interest rates could cut landlords' incomes.",
     "Germany", RENT),
    # `the government`, `the council` are bodies of their own, and a country speaking of `the group` speaks of another
    ("The city approved a rent cap on Tuesday.\n\nTom Hale said the government would fight the rent cap.", "Tom Hale", RENT),
    ("The city approved a rent cap on Tuesday.\n\nTom Hale said the council would fight the rent cap.", "Tom Hale", RENT),
    ("The city approved a rent cap on Tuesday.\n\nGermany said the group would fight the rent cap.", "Germany", RENT),
    # `stood by` as waiting
    ("The city council debated a bag levy on Tuesday. Germany said it stood by for the result of the vote on the bag levy.",
     "Germany", BAG),
    # a quote closed before the next sentence; a next sentence that opens a quote of its own
    ("The city approved a rent cap on Tuesday.\n\n\"This is a victory for tenants. We have waited years for it.\" Mayor "
     "Ann Cole then left the chamber.", "Ann Cole", RENT),
    ("The city approved a rent cap on Tuesday.\n\n\"This is a victory for tenants.\n\n\"We will fight on,\" Tom Hale said.",
     "Tom Hale", RENT),
]


@pytest.mark.parametrize("text,holder,issue", GUARDS)
def test_guards(text: str, holder: str, issue: str) -> None:
    found = stances(text, _CTX)
    assert not any(a == holder and i == issue for a, i, _ in found), found


def test_concern_about_a_harm_is_no_opposition() -> None:
    found = stances("The city council debated a bag levy on Tuesday. Germany, concerned about plastic waste on its "
                    "beaches, backed the bag levy.", _CTX)
    assert ("Germany", BAG, S) in found and ("Germany", BAG, O) not in found, found


def test_a_veto_that_happened_is_still_an_act_against() -> None:
    # the averted-act rule leaves a real veto alone: a victory after it is a victory over the measure
    found = stances("The governor vetoed the rent cap on Tuesday.\n\n\"This is a victory for common sense,\" Ann Cole "
                    "told reporters.", _CTX)
    assert ("Ann Cole", RENT, O) in found, found
