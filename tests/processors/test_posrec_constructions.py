"""A recall tier for positions (positions 1.68.0, pass posrec).

Invented wire copy on issues of our own (a levy on e-bikes, a four-day school week). When no stance rule fires in the
stretch of a holder (a known actor or a titled person in subject position) that names the issue, a general evaluative
word of the holder's next to the issue's term gives the stance (`positions.POSREC`, one switch). The classes of the tier:

- praise or blame verbs the rules do not know, before the issue (`lauded the levy`, `has fought the four-day week`);
- blame nouns raised by the holder (`raised questions about the levy`, `raised qualms over ...`);
- carrying a measure out (`would carry out the four-day week as planned`, `carried out the levy`);
- making the issue the holder's own aim (`has made the levy a priority`, `made ... the centrepiece of his budget`);
- a predicate on the issue named just before the word (`said the levy was misguided`);
- a verdict naming the issue after `called`/`described ... as`/`branded` (`called the levy "the gold standard"`, `a
  cynical tax grab`), good or bad by general words; none when both kinds or a negation come in the verdict.

Guards: an undoing between the word and the issue (`lambasted the delay of the levy`), another's claim (`said critics had
lambasted ...`), a question before the word (`Asked whether he would praise ...`), a reflexive `defended herself`, a
fight against the issue made the aim (`made the fight against the levy a priority`), a contrast between the issue and the
word (`was popular but misguided`), questions taken rather than raised (`took questions about the levy`), a failure to act (`failed to back the levy`), a
noun after the term (`the four-day school week protest`). A stance of the
tier alone never marks a change (`change_signalled` stays False even in an article that tells of a shift).
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="bike-tax", label="A levy on e-bikes", proposition="A levy should be imposed on electric bicycles",
          terms=("e-bike levy", "levy on e-bikes")),
    Issue(id="school-week", label="A four-day school week", proposition="Schools should move to a four-day week",
          terms=("four-day week for schools", "four-day school week")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"

CASES = [
    # praise or blame verbs the rules do not know
    ("Finance Minister Paul Girard lauded the levy on e-bikes as overdue.", {("Paul Girard", "bike-tax", S)}),
    ("Senator Marta Quinn lauded the four-day school week on Tuesday.", {("Marta Quinn", "school-week", S)}),
    ("Education Minister Sara Lind has fought the four-day week for schools since 2021.", {("Sara Lind", "school-week", O)}),
    # blame nouns raised by the holder
    ("Pierre Martin raised questions about the e-bike levy.", {("Pierre Martin", "bike-tax", O)}),
    ("Senator Marta Quinn raised qualms over the four-day school week.", {("Marta Quinn", "school-week", O)}),
    # carrying the measure out
    ("Education Minister Sara Lind said the government would carry out the four-day week for schools as planned.",
     {("Sara Lind", "school-week", S)}),
    ("Finance Minister Paul Girard carried out the e-bike levy despite protests.", {("Paul Girard", "bike-tax", S)}),
    # the issue made the holder's own aim
    ("Prime Minister Anne Roux has made the e-bike levy a priority of her government.", {("Anne Roux", "bike-tax", S)}),
    ("Finance Minister Paul Girard made the levy on e-bikes the centrepiece of his budget.", {("Paul Girard", "bike-tax", S)}),
    ("Senator Marta Quinn has made the four-day school week a key priority.", {("Marta Quinn", "school-week", S)}),
    # a predicate on the issue named just before
    ("Transport Minister Clara Dupont said the e-bike levy was misguided.", {("Clara Dupont", "bike-tax", O)}),
    # a verdict naming the issue after `called`
    ("Senator Marta Quinn called the e-bike levy \"the gold standard\" for cities.", {("Marta Quinn", "bike-tax", S)}),
    ("Paul Girard called the e-bike levy a cynical tax grab.", {("Paul Girard", "bike-tax", O)}),
    ("Education Minister Sara Lind called the four-day school week a welcome change.", {("Sara Lind", "school-week", S)}),
    # guards
    ("Paul Girard called the e-bike levy anything but a failure.", set()),
    ("Paul Girard called the e-bike levy a good deal for some and a burden for others.", set()),
    ("Pierre Martin lambasted the delay of the e-bike levy.", set()),
    ("Pierre Martin said critics had lambasted the e-bike levy.", set()),
    ("Asked whether he would praise the e-bike levy, Pierre Martin smiled.", set()),
    ("Senator Marta Quinn defended herself against claims about the four-day school week.", set()),
    ("Paul Girard made the fight against the e-bike levy a priority.", set()),
    ("Education Minister Sara Lind said the four-day school week was popular but misguided.", set()),
    ("Finance Minister Paul Girard took questions about the e-bike levy.", set()),
    ("Finance ministers again failed to back the e-bike levy, diplomats said.", set()),
    ("Senator Marta Quinn passed the school on her way to the four-day school week protest.", set()),
    # not fixed
    pytest.param("The mayor of Lyon, Jean Roche, fought the e-bike levy for two years.", {("Jean Roche", "bike-tax", O)},
                 marks=xf("a holder set off after a description is not in subject position for the tier")),
    pytest.param("Senator Marta Quinn said the four-day school week would be \"heavy-handed\".", {("Marta Quinn", "school-week", O)},
                 marks=xf("a quoted predicate after `would be` is not yet read")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_posrec_constructions(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(text, _CTX) == expected


def test_tier_switches_off() -> None:
    from wirewatch.processors import positions
    text = "Finance Minister Paul Girard lauded the levy on e-bikes as overdue."
    # (pass poslex: the lexicon tier after this one reads `lauded` too; both switched off, nothing is read)
    positions.POSREC = positions.POSLEX = False
    try:
        assert stances(text, _CTX) == set()
    finally:
        positions.POSREC = positions.POSLEX = True
    assert stances(text, _CTX) == {("Paul Girard", "bike-tax", S)}


def test_tier_stance_marks_no_change() -> None:
    from wirewatch.processors import positions
    from wirewatch.schemas import Article
    # an article that tells of a shift (`reversed course`) elsewhere: the tier's stance alone is no change
    text = ("The council reversed course on parking fees on Monday. Finance Minister Paul Girard lauded the levy on e-bikes "
            "as overdue.")
    events = positions.extract(Article(id="t-posrec", text=text, published_at="2025-03-01T00:00:00+00:00"), _CTX)
    tier = [e for e in events if e.payload["issue"] == "bike-tax"]
    assert [(e.payload["stance"], e.payload.get("change_signalled")) for e in tier] == [(S, False)]


# ---------------------------------------------------------------------------------------------------------------------
# Pass posrec (positions 1.81.0): missed stances of holders the extractor already finds in the article. Invented copy on
# the same invented issues; each construction with guards that must not fire.

_PREV_LEVY = "Parliament passed the e-bike levy on Tuesday. "
_PREV_WEEK = "Ministers approved a four-day school week on Monday. "

POWER_CONDITION_CASES = [
    # a pledge to undo the measure once the holder comes to power (the condition is the holder's own election)
    (_PREV_LEVY + "The Green Party said it would scrap the e-bike levy if it wins the next election.",
     {("Green Party", "bike-tax", O)}),
    (_PREV_LEVY + "Senator Marta Quinn said her party would repeal the levy on e-bikes if it returned to power.",
     {("Marta Quinn", "bike-tax", O)}),
    (_PREV_WEEK + "Opposition leader Pierre Martin has promised to repeal it if his party wins the general election.",
     {("Pierre Martin", "school-week", O)}),
    (_PREV_WEEK + "Opposition leader Pierre Martin has vowed to scrap it if elected.", {("Pierre Martin", "school-week", O)}),
    # guards: a condition that is not the holder's coming to power keeps the stance conditional (none)
    (_PREV_LEVY + "Senator Marta Quinn said she would back the e-bike levy if it were amended.", set()),
    (_PREV_WEEK + "Opposition leader Pierre Martin said he would accept it if the courts agreed.", set()),
]

OFFICIALS_OF_CASES = [
    # officials of several states named after `of`: each state holds the stance
    ("Interior ministers met on Friday. The finance ministers of Austria, Belgium and Portugal called for the e-bike levy "
     "to be adopted without delay.",
     {("Austria", "bike-tax", S), ("Belgium", "bike-tax", S), ("Portugal", "bike-tax", S)}),
    ("The leaders of Sweden and Norway backed the e-bike levy on Monday.", {("Sweden", "bike-tax", S), ("Norway", "bike-tax", S)}),
    # guards: states after `of` that do not open the clause are no holders
    ("The talks of Sweden and Norway on the e-bike levy failed.", set()),
    ("Pressure from the finance ministers of Austria and Belgium grew, but Paul Girard rejected the e-bike levy.",
     {("Paul Girard", "bike-tax", O)}),
]

WHAT_CALLED_CASES = [
    # a quoted verdict after `what he called` names the decision just reported
    (_PREV_WEEK + "Education Minister Sara Lind welcomed what she called a \"historic decision\".", {("Sara Lind", "school-week", S)}),
    (_PREV_WEEK + "Senator Marta Quinn condemned what she called a \"reckless decision\".", {("Marta Quinn", "school-week", O)}),
    # guard: a verdict on something other than a decision or step
    (_PREV_WEEK + "Senator Marta Quinn welcomed what she called a \"historic crowd\" at her rally.", set()),
]


@pytest.mark.parametrize(("text", "expected"), POWER_CONDITION_CASES + OFFICIALS_OF_CASES + WHAT_CALLED_CASES)
def test_posrec_pass_constructions(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = stances(text, _CTX)
    # the sentence before states the legislature's or ministers' own act; only the holders under test are compared
    assert {f for f in found if f[0] not in ("Parliament",)} == expected


_SANCTIONS_CTX = ExtractionContext(issues=IssueSet(issues=(
    Issue(id="belarus-sanctions", label="Sanctions on Belarus", proposition="Sanctions on Belarus should be imposed or tightened",
          terms=("sanctions", "sanctions package", "export ban")),
)))
_PREV_SANCTIONS = "Ministers agreed a fresh round of sanctions on Belarus on Monday. "

SANCTIONS_QUOTE_CASES = [
    # an opening quote on the target's revenues or on more pressure on it, attributed right after: the speaker supports
    (_PREV_SANCTIONS + "\"This squeezes Minsk's export revenues once again,\" Foreign Minister Ewa Lind told reporters.",
     {("Ewa Lind", "belarus-sanctions", S)}),
    (_PREV_SANCTIONS + "\"Our measures drain Belarus's war chest,\" Trade Minister Jonas Petersen said.",
     {("Jonas Petersen", "belarus-sanctions", S)}),
    (_PREV_SANCTIONS + "\"We will keep up the pressure on Belarus,\" Foreign Minister Ewa Lind said.", {("Ewa Lind", "belarus-sanctions", S)}),
    # guards: a denial, a report of revenues without a harm done, pressure without a verb raising it
    (_PREV_SANCTIONS + "\"We will not cut Minsk's revenues,\" Foreign Minister Ewa Lind said.", set()),
    (_PREV_SANCTIONS + "\"Belarus's revenues rose last year,\" Foreign Minister Ewa Lind said.", set()),
    (_PREV_SANCTIONS + "\"The pressure on Belarus is mounting,\" Foreign Minister Ewa Lind said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SANCTIONS_QUOTE_CASES)
def test_posrec_sanctions_quote(text: str, expected: set[tuple[str, str, str]]) -> None:
    # the sentence before has no holder; only the quote's speaker is under test
    assert stances(text, _SANCTIONS_CTX) == expected
