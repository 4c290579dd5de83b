"""Verdicts, wishes and harms on a trade deal or on sanctions that were not read (positions 1.68.0, pass pos43c).

Invented wire copy on issues of our own (a Canada-Andean trade deal, a ports treaty, sanctions on a junta). The classes of
the pass:

- a deal or an agreement called good in a small clause (`called the deal "historic"`, `described the accord as "good at
  this stage"`, `described the pact as "balanced"`, `called it "a win-win"`): `deal`, `agreement`, `pact` join the
  heads of `called the ... "..."`, and `good`, `positive`, `balanced`, `a win-win` join its good verdicts;
- a deal good for both sides said in a quote (`"This is a win-win agreement," Soto told reporters`) and a deal predicted to
  open markets (`the accord would open markets for Canadian wheat`);
- being positive about a measure (`he was "rather positive" about the trade deal`, `remained cautiously positive on`);
- hoping to sign, ratify or conclude a text (`hoped to sign the accord in December`): a wish, not a hedge (any other
  `hoped to` stays a hedge);
- `not the appropriate answer` / `not the right response` predicated of a refusal (`said that not concluding the deal
  was "not the appropriate answer"`): the mirror of `the right answer`, `appropriate` and `correct` added;
- a remedy called a mere patch (`described the safeguard clause as "a band-aid"`, `called the deal "window dressing"`, `a
  fig leaf`): against it;
- blaming a measure for a harm (`blamed Western sanctions for the shortages`, `blamed what he called "illegitimate"
  sanctions for ...`, `blames the trade deal for falling prices`): against it;
- a measure that only hurts the vulnerable (`"unilateral sanctions" only hurt the poorest`): against it;
- `no way` is a negation (`said there was no way he would vote for the deal`).

Guards: blaming a country for a war is no stance on sanctions against it; blaming something else while naming the
sanctions after `not` gives nothing; `good luck` is no verdict; `hoped to` / `hopes to` before any other act (`join`,
`discuss`) stays a hedge; the right answer said of the deal stays support.
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="andes-deal", label="Ratifying the Canada-Andean trade deal",
          proposition="The trade agreement between Canada and the Andean Community should be concluded, signed and ratified",
          terms=("Andean Community", "Canada-Andean", "Andean deal", "Andean agreement", "trade pact", "trade deal",
                 "safeguard clause")),
    Issue(id="ports-treaty", label="The Baltic ports treaty", proposition="The Baltic ports treaty should be ratified",
          terms=("ports treaty", "ports agreement", "ports pact")),
    Issue(id="junta-sanctions", label="Sanctions on the junta", proposition="Countries should impose sanctions on the junta",
          terms=("sanctions on the junta", "junta sanctions", "sanctions against the junta")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"
_LEAD = "Canada and the Andean Community clinched a trade deal on Friday.\n\n"

CASES = [
    # a deal called good in a small clause
    (_LEAD + 'Peruvian President Ana Soto described the accord as "good at this stage".', {("Ana Soto", "andes-deal", S)}),
    (_LEAD + 'Chilean President Luis Mora described the trade deal as "good".', {("Luis Mora", "andes-deal", S)}),
    (_LEAD + 'Chilean President Luis Mora described the accord as "balanced".', {("Luis Mora", "andes-deal", S)}),
    (_LEAD + 'Soto called the deal "historic".', {("Soto", "andes-deal", S)}),
    ('Estonia\'s Prime Minister Kadri Tamm called the ports pact "positive" for the region.', {("Kadri Tamm", "ports-treaty", S)}),
    (_LEAD + 'Soto called the accord "a win-win".', {("Soto", "andes-deal", S)}),
    # a win-win said in a quote, markets predicted to open
    (_LEAD + '"This is a win-win agreement," Ana Soto told a summit in Lima.', {("Ana Soto", "andes-deal", S)}),
    ('"The ports treaty is a real win-win," Kadri Tamm told reporters in Tallinn.', {("Kadri Tamm", "ports-treaty", S)}),
    (_LEAD + 'Trade Minister Mark Duval said the accord would open markets for Canadian wheat "at a time when we need partners".',
     {("Mark Duval", "andes-deal", S)}),
    ("Kadri Tamm said the ports treaty will open up new markets for Estonian timber.", {("Kadri Tamm", "ports-treaty", S)}),
    # positive about a measure
    (_LEAD + 'Chilean President Luis Mora said he was "rather positive" about the trade deal.', {("Luis Mora", "andes-deal", S)}),
    ("Kadri Tamm said she remained cautiously positive about the ports treaty.", {("Kadri Tamm", "ports-treaty", S)}),
    # hoping to sign, ratify or conclude a text
    (_LEAD + "Soto said he hoped to sign the accord in December.", {("Soto", "andes-deal", S)}),
    (_LEAD + "Soto said he hoped to sign the trade deal in December.", {("Soto", "andes-deal", S)}),
    ("Estonia hopes to sign the ports treaty before the summer.", {("Estonia", "ports-treaty", S)}),
    # not the appropriate answer, said of a refusal
    (_LEAD + 'Chile\'s President Luis Mora said that not concluding the trade deal was "not the appropriate answer" to the crisis.',
     {("Luis Mora", "andes-deal", S)}),
    ("Kadri Tamm said that rejecting the ports treaty was not the right response.", {("Kadri Tamm", "ports-treaty", S)}),
    # a remedy called a mere patch
    (_LEAD + 'The Farmers Union called the deal "window dressing".', {("Farmers Union", "andes-deal", O)}),
    (_LEAD + 'The Farmers Union called it "a fig leaf".', {("Farmers Union", "andes-deal", O)}),
    ('The Dockers Union called the ports treaty "a sticking plaster".', {("Dockers Union", "ports-treaty", O)}),
    # blaming a measure for a harm
    ("Thailand's Prime Minister Somchai Wong blamed Western sanctions on the junta for the shortages.",
     {("Somchai Wong", "junta-sanctions", O)}),
    ('Thailand\'s Prime Minister Somchai Wong blamed what he called "illegitimate" sanctions on the junta for the shortages.',
     {("Somchai Wong", "junta-sanctions", O)}),
    (_LEAD + "The Farmers Union blamed the trade deal for falling beef prices.", {("Farmers Union", "andes-deal", O)}),
    # a measure that only hurts the vulnerable
    ('Thailand\'s Prime Minister Somchai Wong said that "unilateral sanctions" on the junta only hurt the poorest.',
     {("Somchai Wong", "junta-sanctions", O)}),
    ("Laos said sanctions on the junta would mostly hurt ordinary people.", {("Laos", "junta-sanctions", O)}),
    # no way
    (_LEAD + "Chilean President Luis Mora said there was no way he would vote for the deal.", {("Luis Mora", "andes-deal", O)}),
    # guards
    ("Thailand's Prime Minister Somchai Wong blamed the junta for the war and said sanctions on the junta must stay.",
     {("Somchai Wong", "junta-sanctions", S)}),
    ("Thailand's Prime Minister Somchai Wong blamed the drought for the shortages, not the sanctions on the junta.", set()),
    ("Estonia hopes to join the ports treaty before the summer.", set()),
    (_LEAD + 'Soto wished the negotiators "good luck".', set()),
    (_LEAD + "Soto said he hoped to discuss the trade deal with Mora.", set()),
    (_LEAD + "Chilean President Luis Mora said the trade deal was the right answer to the crisis.", {("Luis Mora", "andes-deal", S)}),
    (_LEAD + "Chile said it would vote against the trade deal.", {("Chile", "andes-deal", O)}),
    # not fixed
    pytest.param(_LEAD + 'Chilean President Luis Mora said there was "no way" Chile would vote for the deal.',
                 {("Luis Mora", "andes-deal", O), ("Chile", "andes-deal", O)},
                 marks=xf("`no way` before the clause's own subject does not reach that clause, nor across quotes")),
    pytest.param("Thailand's Prime Minister Somchai Wong said Thailand was ready to boost rice exports, but blamed Western "
                 "sanctions on the junta for the shortages.", {("Somchai Wong", "junta-sanctions", O)},
                 marks=xf("a second verb after `but`, past an embedded clause, loses its subject")),
    pytest.param(_LEAD + 'The Farmers Union described the safeguard as "a band-aid".', {("Farmers Union", "andes-deal", O)},
                 marks=xf("`the safeguard` is no term and no anaphor of the deal")),
    pytest.param(_LEAD + "The Farmers Union said it would lobby provincial capitals to block ratification.",
                 {("Farmers Union", "andes-deal", O)},
                 marks=xf("a bare `ratification` with no term or anaphor of the deal is not linked to it")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pos43c_constructions(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(text, _CTX) == expected
