"""Pass posword: stance wording the reader lacked, in a sentence that names both the holder and the issue.

- a measure the speaker says has failed, has backfired or has been a fiasco (the issue's own measure term the verb's
  subject; the `had` of reported speech is a backshift, not a past stance);
- a measure said only to help a third party (`would benefit only the cartels`);
- a measure called divisive or said to divide the country (as a predicate or in the speaker's own quote);
- a measure said to be constitutional or lawful;
- a reporter's question answered anywhere in the article, after a dateline, or in a word given as such (`gave a
  one-word answer: "No."`).
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext
from wirewatch.schemas import IssueSet
from tests.position_tuples import assert_stance_not_flipped, stances

ISSUES = IssueSet.model_validate({"issues": [
    {"id": "grain-embargo", "label": "Grain embargo on Ostrava", "proposition": "An embargo on grain exports to Ostrava should be imposed or tightened",
     "terms": ["grain embargo", "embargo", "export ban"]},
    {"id": "river-truce", "label": "A truce on the river front", "proposition": "There should be an immediate truce on the river front",
     "terms": ["truce", "river truce", "ceasefire"]},
    {"id": "sugar-levy", "label": "Sugar levy", "proposition": "Valmoria should levy a tax on sugary drinks",
     "terms": ["sugar levy", "levy", "sugar tax"]},
    {"id": "dock-limits", "label": "Lifting the dock limits", "proposition": "The limits on night work at the docks should be lifted",
     "terms": ["dock limits", "restrictions", "night work"]},
]})
CTX = ExtractionContext(issues=ISSUES)
LEAD = "VALMORIA CITY (Reuters) - The government debated the grain embargo, the sugar levy and a river truce on Tuesday. "


@pytest.mark.parametrize("text, expected", [
    # a measure that has failed, backfired, been a fiasco (backshifted `had` included)
    ("Farm minister Tomas Ferrat said the embargo had failed to hurt Ostrava.", ("Tomas Ferrat", "grain-embargo", "oppose")),
    ("Senator Ana Brill repeated that the embargo has backfired on our own farmers.", ("Ana Brill", "grain-embargo", "oppose")),
    ("Mayor Paulo Resende said the sugar levy had been a costly fiasco.", ("Paulo Resende", "sugar-levy", "oppose")),
    ("Senator Ana Brill, whose party had opposed the reform, told reporters the sugar tax had clearly failed.",
     ("Ana Brill", "sugar-levy", "oppose")),
    # a measure said only to help a third party
    ("Tomas Ferrat said a truce would benefit only the Red Brigades.", ("Tomas Ferrat", "river-truce", "oppose")),
    ("Ana Brill said the embargo would only help Lavania.", ("Ana Brill", "grain-embargo", "oppose")),
    # divisive, or dividing the country
    ("Paulo Resende said the sugar levy was \"unfair, divisive and permanent\".", ("Paulo Resende", "sugar-levy", "oppose")),
    ("Tomas Ferrat said the sugar tax \"will divide the nation\".", ("Tomas Ferrat", "sugar-levy", "oppose")),
    ("Ana Brill said voters had voted \"for schools, not for another divisive sugar levy\".", ("Ana Brill", "sugar-levy", "oppose")),
    # constitutional, lawful
    ("Justice Minister Paulo Resende said the sugar levy was fully constitutional.", ("Paulo Resende", "sugar-levy", "support")),
])
def test_wording_gives_the_stance(text, expected):
    assert_stance_not_flipped(LEAD + text, CTX, expected)


@pytest.mark.parametrize("text, actor, issue", [
    # an event or an actor that failed is no verdict on the measure
    ("Tomas Ferrat said the talks on the embargo had failed.", "Tomas Ferrat", "grain-embargo"),
    ("Ana Brill said the truce had failed within hours.", "Ana Brill", "river-truce"),
    ("Paulo Resende said the levy had failed to pass the Senate.", "Paulo Resende", "sugar-levy"),
    # a question or a condition
    ("Tomas Ferrat asked whether the embargo had failed.", "Tomas Ferrat", "grain-embargo"),
    ("Ana Brill said she would know by June if the sugar levy has failed.", "Ana Brill", "sugar-levy"),
    # a writer's attributive `divisive` is no one's verdict
    ("Tomas Ferrat addressed the divisive debate over the sugar levy.", "Tomas Ferrat", "sugar-levy"),
    # a verdict on the measure's constitutional court, not on the measure
    ("Ana Brill said she would take the sugar levy to the constitutional court.", "Ana Brill", "sugar-levy"),
])
def test_no_stance(text, actor, issue):
    found = stances(LEAD + text, CTX)
    assert not any(a == actor and i == issue for a, i, _ in found), found


def test_curbs_that_only_helped_are_not_read_against_lifting_them():
    # the negator of the issue said to have failed is not the issue failing
    found = stances(LEAD + "Ana Brill said the restrictions had failed.", CTX)
    assert ("Ana Brill", "dock-limits", "oppose") not in found, found


JETS = IssueSet.model_validate({"issues": [
    {"id": "jets-for-lavania", "label": "Jets for Lavania", "proposition": "Valmoria should supply fighter jets to Lavania",
     "terms": ["fighter jets", "jets", "warplanes"]},
]})
JETS_CTX = ExtractionContext(issues=JETS)


@pytest.mark.parametrize("text, expected", [
    # after a dateline, answered in one word given as such
    ("VALMORIA CITY (AP) \u2014 Asked on Monday whether Valmoria would send fighter jets to Lavania, President Tomas Ferrat "
     "gave a one-word answer: \"No.\"", ("Tomas Ferrat", "jets-for-lavania", "oppose")),
    ("VALMORIA CITY (AP) \u2014 Asked whether Valmoria would send fighter jets to Lavania, President Tomas Ferrat answered "
     "a shouted question outside the palace with a single word: \"No.\"", ("Tomas Ferrat", "jets-for-lavania", "oppose")),
    # not the article's first sentence
    ("Lavania wants fighter jets. Asked whether Valmoria would send fighter jets, President Tomas Ferrat said: \"No.\"",
     ("Tomas Ferrat", "jets-for-lavania", "oppose")),
    ("Lavania wants fighter jets. Asked whether Valmoria would send fighter jets, President Tomas Ferrat replied: \"Yes.\"",
     ("Tomas Ferrat", "jets-for-lavania", "support")),
])
def test_question_answered(text, expected):
    assert_stance_not_flipped(text, JETS_CTX, expected)


def test_only_helping_someone_do_something_is_no_verdict():
    found = stances(LEAD + "Paulo Resende said the truce would only help Lavania rebuild its bridges.", CTX)
    assert ("Paulo Resende", "river-truce", "oppose") not in found, found


def test_a_one_word_answer_that_is_neither_yes_nor_no_gives_no_refusal():
    text = ("VALMORIA CITY (AP) \u2014 Asked whether Valmoria would send fighter jets to Lavania, President Tomas Ferrat "
            "gave a one-word answer: \"Soon.\"")
    found = stances(text, JETS_CTX)
    assert ("Tomas Ferrat", "jets-for-lavania", "oppose") not in found, found
