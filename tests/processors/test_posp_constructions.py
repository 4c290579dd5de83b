"""Precision of positions and the words of a change (positions 1.73.0 to 1.75.0, pass posp).

Invented wire copy on issues of our own (a sugar levy, a dam on a shared river, sanctions on Belarus). The classes:

- a stance dated to a term or government the holder has left (`Lars Eide, who tried to block the levy during his first
  term, ...`, `a plan that Hanoi had fiercely resisted under the previous government`, `As opposition leader, Eide had
  called for ...`): recalled in contrast, no stance now;
- a reason clause after a statement (`..., arguing that Chile wanted good relations`): its subject holds nothing on the
  issue named in the statement, unless the reason names the issue or refers back to it;
- a call to stop evading (`should build the dam without delay and stop hiding behind ambiguity`): the stopped thing is
  the delay, not the measure (`stop the dam project`, `stop funding the dam project` still oppose it);
- (1.74.0) keeping quiet on the issue named only by its head noun (`did not comment on the project, saying Norway would
  continue to provide support`), as pos44a did for its terms; not when the issue is taken up again (`... but said Norway
  backed it`);
- (1.75.0) the issue left to others (`said the dam project was a matter for the region and that ...`, `a matter for
  those who build the dam`): as silent on it as `did not comment on`; not `a matter of urgency`, `a matter for us`;
- a stance of one's own object pronounced by a relative clause on a holder (`Prime Minister Lars Eide, who has said he is
  ready to discuss tax justice`): not a stance on the issue the main clause names.

Not kept (strict xfails): words of an article that tell of a shift (`a move that breaks with decades of policy`,
`turning away from`, `which spent five years fighting the rules`, `had fought the law`, `dropped the Biden-era support
for curbs`, `now backed`). They found 7 missed changes on the development rounds with no false one there, but made a
false change on a held-out round, so they were withdrawn (docs/quality.md, pass posp).

Guards: a term or government that dates the measure, not the stance (`reverse the levy introduced under the previous
government`); a role in an appositive (`a minister in the previous government, backed ...`); a present perfect after the
opening role (`As opposition leader, Eide has called for ...`); a reason clause that names the issue or refers back to it;
a relative clause that names the issue or refers back to it (`who has said he backs the levy`, `ready to discuss it`).
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.processors.shifts import signals_shift
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="levy", label="The sugar levy", proposition="The sugar levy should be introduced",
          terms=("sugar levy", "the levy")),
    Issue(id="dam", label="The dam", proposition="The dam on the shared river should be built",
          terms=("dam project", "the dam")),
    Issue(id="sanctions", label="Sanctions on Belarus", proposition="Sanctions should be imposed on Belarus",
          terms=("sanctions",)),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"

CASES = [
    # a stance of a term or government left behind
    ("Lars Eide, who tried to block the sugar levy during his first term, vowed during the campaign to save the bakers.",
     set()),
    ("The ministry said it had approved the dam project, a plan that Vietnam had fiercely resisted under the previous "
     "government.", set()),
    ("Lars Eide, who opposed the sugar levy throughout his previous term, now heads the finance committee.", set()),
    # guards: the measure dated, an appositive, a present perfect, another date
    ("Norway will reverse the sugar levy introduced under the previous Labour government.", {("Norway", "levy", O)}),
    ("Lars Eide, a minister in the previous government, backed the sugar levy.", {("Lars Eide", "levy", S)}),
    ("As opposition leader, Lars Eide has called for the sugar levy to be introduced.", {("Lars Eide", "levy", S)}),
    ("Lars Eide, who tried to block the sugar levy in 2019, vowed to save the bakers.", {("Lars Eide", "levy", O)}),
    ("Norway opposed the dam project under the new government.", {("Norway", "dam", O)}),
    # a reason clause on its own object
    ("Gabriel Boric said that his government would not impose any sanctions on Belarus, arguing that Chile wanted good "
     "relations.", {("Gabriel Boric", "sanctions", O)}),
    ("Gabriel Boric said that his government would not impose any sanctions on Belarus, because Chile backed dialogue.",
     {("Gabriel Boric", "sanctions", O)}),
    # guards: the reason names the issue or refers back to it
    ("Gabriel Boric said the talks had failed, arguing that Chile now backed sanctions on Belarus.",
     {("Chile", "sanctions", S)}),
    ("Gabriel Boric said the sanctions were unfair, arguing that Chile would veto them.", {("Chile", "sanctions", O)}),
    # a call to stop evading
    ("Lars Eide said the government should build the dam without delay and stop hiding behind ambiguity.",
     {("Lars Eide", "dam", S)}),
    ("Lars Eide urged ministers to approve the dam project and stop playing games with farmers.", {("Lars Eide", "dam", S)}),
    # guards: stopping the measure, or stopping an obstruction of it
    ("Lars Eide said the government should stop the dam project.", {("Lars Eide", "dam", O)}),
    ("Lars Eide urged ministers to stop funding the dam project.", {("Lars Eide", "dam", O)}),
    ("Lars Eide urged ministers to stop blocking the dam project.", {("Lars Eide", "dam", S)}),
    ("Lars Eide urged ministers to stop delaying the dam project.", {("Lars Eide", "dam", S)}),
    # a relative clause with its own object
    ("The union has made the sugar levy a condition for its support of Prime Minister Lars Eide, who has said he is ready "
     "to discuss tax justice.", set()),
    ("The union has made the levy a condition for its support of Prime Minister Lars Eide, who has said he backs the levy.",
     {("Lars Eide", "levy", S)}),
    ("The union has made the levy a condition for its support of Prime Minister Lars Eide, who has said he is ready to "
     "discuss it.", {("Lars Eide", "levy", S)}),
    # (1.74.0) keeping quiet on the issue named by its head noun only
    ("Sweden backed the dam project on Monday. Prime Minister Lars Eide, the summit host, did not comment on the project, "
     "saying Norway would continue to provide support within its legal framework.", {("Sweden", "dam", S)}),
    ("Sweden backed the dam project on Monday. Lars Eide did not comment on the project, saying Norway would keep providing "
     "support to farmers.", {("Sweden", "dam", S)}),
    # guards: the issue taken up again after the silence
    ("Sweden backed the dam project on Monday. Lars Eide declined to comment on the project but said Norway backed it.",
     {("Sweden", "dam", S), ("Norway", "dam", S)}),
    ("Sweden backed the dam project on Monday. Lars Eide declined to comment on the project, but Norway said it backed the "
     "plan.", {("Sweden", "dam", S), ("Norway", "dam", S)}),
    # (1.75.0) the issue left to others
    ("Lars Eide said the dam project was a matter for the region and that Norway would keep supporting farmers.", set()),
    ("Lars Eide said the plan was a matter for those who build the dam project and that Norway would keep supporting "
     "farmers.", set()),
    # guards: the issue taken up again, a matter of something, a matter for the speaker
    ("Lars Eide said the sugar levy was a matter for parliament, but Norway backed the levy.", {("Norway", "levy", S)}),
    ("Lars Eide said the sugar levy was a matter of urgency and Norway backed it.", {("Norway", "levy", S)}),
    ("Lars Eide said it was a matter for us to decide and that Norway would back the sugar levy.", {("Norway", "levy", S)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_posp_constructions(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(text, _CTX) == expected


SHIFTS = [
    "Three countries recognised the state in a coordinated move that breaks with decades of Western policy.",
    "The chancellor said Berlin would fight the ban, turning away from the restriction it co-authored in 2023.",
    "The bakers' federation, which spent five years fighting the levy, said it would comply.",
    "The company had fought the law through the courts for more than a year.",
    "Washington had dropped the Biden-era support for curbs even before the session opened.",
    "The lobby group said it now backed the rules.",
]

NO_SHIFTS = [
    "The minister said he did not break with the party line on the levy.",
    "The firm fought the law in court and lost.",
    "Bakers spent five years building the new plant.",
    "The lobby group said it backed the rules.",
]


@pytest.mark.parametrize("text", [pytest.param(t, marks=xf("shift words withdrawn: a false change on a held-out round")) for t in SHIFTS])
def test_posp_shift_told(text: str) -> None:
    assert signals_shift(text)


@pytest.mark.parametrize("text", NO_SHIFTS)
def test_posp_no_shift_told(text: str) -> None:
    assert not signals_shift(text)
