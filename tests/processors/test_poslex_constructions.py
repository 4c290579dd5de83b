"""Pass poslex: the general stance lexicon, the fallback tier after the rules and the recall tier.

- a benefit predicted of the measure named as the subject (`would heal`, `made the country safer`), a harm or good it
  would bring (`would lead to more suffering`), with a negation between them turning it (`would not help a single
  docker`); harm verbs (`would crush`) only with `READ_HARM_VERBS` (off, measured);
- a verdict predicated of the measure (`would be a coup against ...`, `was the right one`, `is "the wrong signal"`);
- a verdict the measure is called or considered (`considered the bill "a failure"`), praise or blame on it (`derided`);
- a predicate of a term naming the issue's opposite gives the other stance (`the tram phase-out made the streets safer` on
  building new tram lines);
- guards: another's claim, a question or condition, an undoing before the measure, the measure as a preposition's object,
  the status quo (`the current rules`), an adversary as the harmed party, a passive, a bare classifier adjective.

All sentences are invented for this file (none copied from an evaluation set).
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, stance_lexicon
from wirewatch.schemas import IssueSet
from tests.position_tuples import assert_stance_not_flipped, stances

ISSUES = IssueSet.model_validate({"issues": [
    {"id": "dock-reform", "label": "Dock reform", "proposition": "Valmoria should deregulate night work at its docks",
     "terms": ["dock reform", "dock labour bill", "dock bill"]},
    {"id": "tram-expansion", "label": "Tram expansion", "proposition": "Valmoria should build new tram lines",
     "terms": ["tram expansion", "new tram lines", "tram phase-out"]},
    {"id": "kelp-levy", "label": "Kelp levy", "proposition": "Ostrava should tax kelp exports to Lavania",
     "terms": ["kelp levy", "levy on kelp exports"]},
]})
CTX = ExtractionContext(issues=ISSUES)
LEAD = "VALMORIA CITY (Reuters) - Valmoria's parliament began debating the dock reform on Tuesday. The session ran late. "


@pytest.mark.parametrize("text, expected", [
    # benefit and harm verbs, the measure the subject
    ("Senator Ana Brill said the dock reform would heal the wounds of the long strike.", ("Ana Brill", "dock-reform", "support")),
    ("Labour Minister Paulo Resende said the dock reform would revitalise the harbour towns.", ("Paulo Resende", "dock-reform", "support")),
    # a harm or a good the measure would bring
    ("Senator Ana Brill said the dock reform would lead to more human suffering.", ("Ana Brill", "dock-reform", "oppose")),
    ("Labour Minister Paulo Resende said the dock bill would bring much-needed certainty to shippers.", ("Paulo Resende", "dock-reform", "support")),
    # a negation between the measure and its predicate turns it
    ("Senator Ana Brill said the dock bill would not help a single docker.", ("Ana Brill", "dock-reform", "oppose")),
    ("Labour Minister Paulo Resende said the dock bill was not a mistake.", ("Paulo Resende", "dock-reform", "support")),
    # verdicts predicated of the measure
    ("Senator Ana Brill said the reform would be a coup against the constitutional order.", ("Ana Brill", "dock-reform", "oppose")),
    ("Labour Minister Paulo Resende said the dock bill was the right one.", ("Paulo Resende", "dock-reform", "support")),
    ("Union leader Tomas Ferrat said the dock bill was \"the wrong signal\" to young workers.", ("Tomas Ferrat", "dock-reform", "oppose")),
    # a verdict it is called or considered, praise or blame on it
    ("Union leader Tomas Ferrat still considered the dock bill \"a failure\".", ("Tomas Ferrat", "dock-reform", "oppose")),
    ("Labour Minister Paulo Resende called the dock bill \"a lifeline\" for the ports.", ("Paulo Resende", "dock-reform", "support")),
    ("Senator Ana Brill derided the dock reform.", ("Ana Brill", "dock-reform", "oppose")),
    ("Labour Minister Paulo Resende rallied behind the dock bill.", ("Paulo Resende", "dock-reform", "support")),
])
def test_lexicon_reads_the_holders_verdict(text, expected):
    assert_stance_not_flipped(LEAD + text, CTX, expected)


@pytest.mark.parametrize("text, actor", [
    # another's claim, a question, a condition
    ("Senator Ana Brill said critics claimed the dock reform would crush workers.", "Ana Brill"),
    ("Senator Ana Brill asked whether the dock reform would help workers.", "Ana Brill"),
    ("Senator Ana Brill said she would make sure the dock bill is workable if the chamber passes it.", "Ana Brill"),
    # the measure is a preposition's object, or undergoes the predicate, or is the status quo
    ("Senator Ana Brill said the debate on the dock reform would harm the ruling party.", "Ana Brill"),
    ("Senator Ana Brill said the dock reform was weakened in committee.", "Ana Brill"),
    ("Senator Ana Brill said the current rules had failed the ports.", "Ana Brill"),
    # a classifier adjective, not a verdict
    ("Senator Ana Brill said the dock bill was a constitutional amendment.", "Ana Brill"),
    # a deal or an agreement named in a sentence on the issue is another text unless it is the issue's own head noun
    ("Senator Ana Brill said the coalition deal would bolster the navy.", "Ana Brill"),
    ("Senator Ana Brill said the trade agreement would revitalise the harbour towns.", "Ana Brill"),
])
def test_lexicon_guards(text, actor):
    found = stances(LEAD + text, CTX)
    assert not any(a == actor and i == "dock-reform" for a, i, _ in found), found


HARM_VERBS = [
    ("Senator Ana Brill said the dock reform would crush ordinary dock workers.", ("Ana Brill", "dock-reform", "oppose")),
    ("Union leader Tomas Ferrat said the dock bill would sabotage safety at the piers.", ("Tomas Ferrat", "dock-reform", "oppose")),
    ("Union leader Tomas Ferrat said the dock reform \"sends the wrong message\" to dockers.", ("Tomas Ferrat", "dock-reform", "oppose")),
    ("Senator Ana Brill said the dock bill would not hurt anyone.", ("Ana Brill", "dock-reform", "support")),
]


@pytest.mark.parametrize("text, expected", HARM_VERBS)
def test_harm_verbs_are_switched_off(text, expected):
    # (measured at stop 31: off by default; the flag reads them)
    assert not any(a == expected[0] for a, _, _ in stances(LEAD + text, CTX))
    stance_lexicon.READ_HARM_VERBS = True
    try:
        assert_stance_not_flipped(LEAD + text, CTX, expected)
    finally:
        stance_lexicon.READ_HARM_VERBS = False


def test_harm_to_the_target_is_the_measures_aim():
    lead = "OSTRAVA (Reuters) - Ostrava's cabinet approved the kelp levy on Monday. "
    stance_lexicon.READ_HARM_VERBS = True
    try:
        found = stances(lead + "Trade Minister Ilse Varga said the kelp levy would impoverish Lavania's exporters.", CTX)
    finally:
        stance_lexicon.READ_HARM_VERBS = False
    assert not any(a == "Ilse Varga" for a, _, _ in found), found


def test_benefit_to_an_adversary_is_a_harm():
    found = stances(LEAD + "Senator Ana Brill said the dock reform would only enrich the smugglers.", CTX)
    assert ("Ana Brill", "dock-reform", "oppose") in found, found


def test_a_predicate_of_the_issues_opposite_gives_the_other_stance():
    lead = "VALMORIA CITY (Reuters) - The city council debated the tram phase-out on Monday. "
    found = stances(lead + "Mayor Lina Oster said the tram phase-out made the streets safer.", CTX)
    assert ("Lina Oster", "tram-expansion", "oppose") in found, found


def test_gate_is_a_cheap_literal_check():
    text = "The weather was cold and the ferry left at noon."
    assert not stance_lexicon.gate(text, 0, len(text))
    assert stance_lexicon.gate("it would hurt them", 0, 18)
