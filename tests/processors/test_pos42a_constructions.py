"""Positions precision: wrong stances and false changes (positions 1.64.0, pass pos42a).

Invented wire copy on issues of our own (recognising Kosovo, a treaty cap on coal mining, a ban on disposable vapes, the
release of treated mine water). The classes of the pass:

- a verdict adjective inside the object of a verdict verb is the same verdict said twice, not a double negation
  (`condemned the reckless decision`, `rejected what it called a reckless move`): against the act, as the verb says;
- a reaction to another's act is no act of its own (`Belgrade "strongly rejects" what it called a reckless decision`,
  `rejected the move`): a later `welcomed the decision` still names the act before it;
- a verdict on an act named as a gerund is no act (`said recognising Kosovo now would be a mistake`): a later `the
  decision` names the real act, not this opinion;
- an issue that is itself a cap (`A treaty should cap coal mining`) owns its limits, curbs, restrictions and bans: they
  are the measure, not its negation (`resisted limits on coal mining` is against the cap, `pushed for curbs` for it);
- restrictions imposed are a punitive issue's own measure (`would impose financial restrictions`, `opposed new
  restrictions`);
- a one-word term that is only the proposition's own verb (`release` on `... should be released`) names no issue
  alone (`the World Bank will release a delayed loan tranche`);
- diluting a liquid is no weakening of a measure (`will dilute the treated water before release`);
- keeping aloof is no keeping of a measure (`kept a careful distance from the decision`, `kept quiet about`), and keeping
  on coordinating or consulting is no course (`would continue to coordinate closely with Brazil`);
- `there was no news on ...` is no refusal;
- a body named as what the subject is a member of is no holder (`Peru, a NATO partner that ...`);
- a stance noun said to stay as it is is explicitly unchanged (`said her refusal to recognise Kosovo would not change`);
- the alternative set aside after `, not` (`should be settled through direct talks, not through unilateral recognition
  of Kosovo`): against the issue named there;
- a main verb on another thing, with the issue named only in a clause of time after it (`Peru will resume imports of
  copper after the two agreed on a cap on coal mining`, `Serbia called for calm after Chile decided to recognise
  Kosovo`): no stance for the subject of a request or a keeping verb (the act inside the clause, which must have a verb of
  its own, is its own subject's).

Guards: a plain `rejected the decision` after a recognition is still against it; `welcomed the brave decision` is for
it; an act in progress (`is recognising`) is an act; `EU member states agreed` is still the EU; a cap named before a
clause of time keeps its reading, and a phrase of time with no verb of its own sets nothing apart (`agreed after weeks
of pressure to recognise Kosovo`); `would not change the situation` is no unchanged stance; `, not only ...` sets no
alternative aside.
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article, Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="kosovo-recognition", label="Recognising Kosovo",
          proposition="Governments should formally recognise Kosovo as an independent state now",
          terms=("recognise Kosovo", "recognize Kosovo", "recognition of Kosovo", "recognising Kosovo")),
    Issue(id="coal-cap", label="A treaty cap on coal mining", proposition="A global treaty should cap the mining of coal",
          terms=("cap on coal mining", "coal mining limits", "limits on coal mining", "curbs on coal mining", "coal cap")),
    Issue(id="vape-ban", label="A ban on disposable vapes", proposition="Disposable vapes should be banned",
          terms=("disposable vape ban", "ban on disposable vapes")),
    Issue(id="mine-water", label="Releasing the Kola mine water",
          proposition="Treated water from the Kola mine should be released into the Tana river",
          terms=("treated mine water", "release of the mine water", "mine water release")),
    Issue(id="sanctions-on-belarus", label="Sanctions on Belarus", proposition="Sanctions on Belarus should be imposed or tightened",
          terms=("sanctions on Belarus", "Belarus sanctions")),
    Issue(id="aral-release", label="Releasing the Aral reservoir water",
          proposition="Water from the Aral reservoir should be released into the Syr river",
          terms=("Aral reservoir", "release", "reservoir water")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"
K = "kosovo-recognition"
_ACT = "Chilean President Ana Rojas said on Monday that Chile would recognise Kosovo next month. "
_ACT_S = {("Ana Rojas", K, S), ("Chile", K, S)}

CASES = [
    # a verdict adjective inside the object of a verdict verb
    (_ACT + "Serbia condemned what it called a reckless decision.", _ACT_S | {("Serbia", K, O)}),
    (_ACT + "Serbia condemned the reckless decision.", _ACT_S | {("Serbia", K, O)}),
    (_ACT + "Serbia denounced what it called a dangerous move.", _ACT_S | {("Serbia", K, O)}),
    (_ACT + 'The Serbian foreign ministry said Belgrade "strongly rejects" what it called a reckless decision.',
     _ACT_S | {("Serbia", K, O)}),
    ("Tom Walsh rejected what he called a reckless ban on disposable vapes.", {("Tom Walsh", "vape-ban", O)}),
    ("Ana Rojas denounced the dangerous cap on coal mining.", {("Ana Rojas", "coal-cap", O)}),
    # a reaction to another's act is no act: the later reaction names the real act
    (_ACT + 'Serbia "firmly rejects" what it called a reckless decision. Albania welcomed the decision.',
     _ACT_S | {("Serbia", K, O), ("Albania", K, S)}),
    (_ACT + "Serbia rejected the move. Brazil called the move historic.", _ACT_S | {("Serbia", K, O), ("Brazil", K, S)}),
    # a verdict on an act named as a gerund is no act
    (_ACT + "Marco Bruni said recognising Kosovo now would be a mistake. Albania welcomed the decision.",
     _ACT_S | {("Marco Bruni", K, O), ("Albania", K, S)}),
    (_ACT + 'Marco Bruni told a newspaper that recognising Kosovo "could be counterproductive". Brazil called the move historic.',
     _ACT_S | {("Marco Bruni", K, O), ("Brazil", K, S)}),
    # an issue that is itself a cap owns its limits
    ("At the coal talks, Brazil resisted limits on coal mining, while Norway pushed for a cap on coal mining.",
     {("Brazil", "coal-cap", O), ("Norway", "coal-cap", S)}),
    ("Chile refused to accept any limits on coal mining.", {("Chile", "coal-cap", O)}),
    ("India said it could not support restrictions on coal mining under the treaty.", {("India", "coal-cap", O)}),
    ("Ghana called for curbs on coal mining in the treaty.", {("Ghana", "coal-cap", S)}),
    ("Peru welcomed the cap on coal mining.", {("Peru", "coal-cap", S)}),
    # restrictions are a punitive issue's own measure
    ("Asian governments joined the sanctions on Belarus on Monday. Singapore said it would impose its own export controls "
     "and financial restrictions, a step it called necessary.", {("Singapore", "sanctions-on-belarus", S)}),
    ("Hungary opposed new restrictions on Belarusian potash as part of the sanctions on Belarus.",
     {("Hungary", "sanctions-on-belarus", O)}),
    ("Malaysia said it would introduce financial restrictions against Minsk, joining the Belarus sanctions.",
     {("Malaysia", "sanctions-on-belarus", S)}),
    # a one-word term that is only the proposition's own verb names no issue alone
    ("Kazakhstan is also expecting the World Bank to release a delayed $300m loan tranche this week.", set()),
    ("Uzbekistan said the lender would release the money only after reforms.", set()),
    ("Kazakhstan said on Monday it would release the Aral reservoir water next month.", {("Kazakhstan", "aral-release", S)}),
    # diluting a liquid is no weakening
    ("Norway decided on Tuesday to release the treated mine water into the Tana river. The Kola Mining Company, the "
     'operator, will dilute the water so that its salt content falls below the limit. Sweden called it "extremely '
     'irresponsible."', {("Norway", "mine-water", S), ("Sweden", "mine-water", O)}),
    ("Norway decided on Tuesday to release the treated mine water into the Tana river. The operator will dilute the "
     "treated mine water before the release. The decision drew criticism from Sweden.",
     {("Norway", "mine-water", S), ("Sweden", "mine-water", O)}),
    ("Finland accused Norway of diluting the mine water release with loopholes.", {("Finland", "mine-water", S)}),
    # keeping aloof, coordinating
    ("Serbia called for calm on Monday after Chile decided to recognise Kosovo, while Peru and Bolivia kept a careful "
     "distance from the decision.", {("Chile", K, S)}),
    ("Bolivia keeps its distance from the cap on coal mining.", set()),
    ("Peru will keep consulting its neighbours on the cap on coal mining.", set()),
    ("Peru will continue to enforce the cap on coal mining.", {("Peru", "coal-cap", S)}),
    ("Bolivia kept its ban on disposable vapes in place.", {("Bolivia", "vape-ban", S)}),
    # `there was no news`
    ("Chile's spokesman said there was no news on the question of recognising Kosovo and that Chile would continue to "
     "coordinate closely with Brazil.", set()),
    ("Peru said there would be no recognition of Kosovo.", {("Peru", K, O)}),
    # a body the subject is a member of
    ("Bolivia, an EU partner that never recognised Kosovo, said it would not do so now.", set()),
    ("EU member states agreed to recognise Kosovo.", {("European Union", K, S)}),
    # the alternative set aside after `, not`
    ("A government spokesperson said President Ana Rojas believed Kosovo's status should be settled through direct talks "
     "between the parties, not through unilateral recognition of Kosovo.", {("Ana Rojas", K, O)}),
    ("Tom Walsh said young people should be protected by education, not by a disposable vape ban.",
     {("Tom Walsh", "vape-ban", O)}),
    ("Ana Rojas said the treaty should tackle waste, not a cap on coal mining.", {("Ana Rojas", "coal-cap", O)}),
    ("Ana Rojas said Peru should recognise Kosovo now, not only at the end of talks.", {("Ana Rojas", K, S)}),
    ("Ana Rojas backed the cap on coal mining, not a tax on oil.", {("Ana Rojas", "coal-cap", S)}),
    # the issue named only in a clause of time after the verb's object
    ("Peru will resume imports of Chilean copper after the two countries agreed on a cap on coal mining.", set()),
    ("Serbia called for calm on Monday after Chile decided to recognise Kosovo.", {("Chile", K, S)}),
    ("Serbia urged restraint after Chile recognised Kosovo, while Peru welcomed the decision.",
     {("Chile", K, S), ("Peru", K, S)}),
    ("Peru will recognise Kosovo after the elections.", {("Peru", K, S)}),
    ("Bolivia will enforce the cap on coal mining once the treaty enters into force.", {("Bolivia", "coal-cap", S)}),
    ("Bolivia said it would join the cap on coal mining after Peru did.", {("Bolivia", "coal-cap", S)}),
    ("Chile agreed on Tuesday after weeks of pressure to recognise Kosovo.", {("Chile", K, S)}),
    ("Peru called on Monday for a cap on coal mining after talks collapsed.", {("Peru", "coal-cap", S)}),
    # guards
    (_ACT + "Serbia rejected the decision.", _ACT_S | {("Serbia", K, O)}),
    (_ACT + "Albania welcomed what it called a brave decision.", _ACT_S | {("Albania", K, S)}),
    (_ACT + "Chile is recognising Kosovo in a historic step. Albania welcomed the decision.", _ACT_S | {("Albania", K, S)}),
    (_ACT + "Spain said it would not recognise Kosovo. Albania welcomed the decision.",
     _ACT_S | {("Spain", K, O), ("Albania", K, O)}),
    # not fixed
    pytest.param("Peru, a NATO partner that has never joined the ban on disposable vapes, said it would continue to apply "
                 "only its own rules.", {("Peru", "vape-ban", O)},
                 marks=xf("a stance in a relative clause on the subject is lost to the main verb's `continue to apply only`")),
    pytest.param(_ACT + "Serbia's ambassador, Marko Ilic, had urged member states to boycott the summit and said recognition "
                 "of Kosovo would reward the 1999 attacks.", _ACT_S | {("Marko Ilic", K, O)}),  # (pass polar: fixed)
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pos42a_constructions(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(text, _CTX) == expected


def _unchanged(text: str) -> list[tuple[str, str, bool]]:
    events = positions.extract(Article(id="t-pos42a", text=text, published_at="2025-03-01T00:00:00+00:00"), _CTX)
    return sorted((e.payload["actor"]["canonical"], e.payload["stance"], bool(e.payload.get("explicitly_unchanged"))) for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru's President Ana Rojas said her refusal to recognise Kosovo would not change.", [("Ana Rojas", O, True)]),
    ("Tom Walsh said his opposition to the ban on disposable vapes will not change.", [("Tom Walsh", O, True)]),
    ("Ana Rojas said her support for the cap on coal mining would not change.", [("Ana Rojas", S, True)]),
    # guards: a change to something else, a position that is not stated
    ("Ana Rojas said her support for the cap on coal mining would not change the situation for miners.", [("Ana Rojas", S, False)]),
    ("Ana Rojas said her position on the cap on coal mining would not change.", []),
])
def test_stance_that_would_not_change(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _unchanged(text) == expected
