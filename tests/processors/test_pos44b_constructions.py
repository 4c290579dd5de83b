"""Acts that carry a stance missed on a forced sale of an app, a bill and a restart (positions 1.68.0, pass pos44b).

Invented wire copy on issues of our own (a German law forcing Telegram to hand over data or be banned, restarting
Poland's idled coal plants). The classes of the pass:

- a suit to undo a measure (`sued to block the law`, `has sued to overturn the ban`): against it; a person the gazetteer
  does not know opens a holder's predicate with `sued`/`sues` (`Pavel Durov sued ...`);
- pausing the enforcement of a measure (`signed an order pausing enforcement of the law`): against it, like suspending
  or delaying it;
- signing an executive order or decree that instructs, pauses, delays or suspends (`signed an executive order on Monday
  instructing the ministry not to enforce a law that would ...`): the verb the order carries is the cue, not `signed`;
- every name listed after `as did` (`X voted against, as did A, B and the defence minister C`): all hold the stance,
  not only the first; a comma or `and` and a title of at most three words between two names, no verb;
- a measure's sponsors in a reduced relative with `pushed through by` / `championed by`, and a second agent joined by
  `and` (`The change to the ... rules, pushed through by A and the smaller B, ...`): for it; `The change` is a measure
  subject when the issue's term follows it.

Guards: an order that enforces the measure (`instructing the ministry to enforce the ban`), an order that is the
measure (`signed an executive order that will ban ...`), a name after `as did` followed by a clause of its own (`while B
voted against`, `and B said she would abstain`), a change that is no measure (`The change in the weather, pushed
through by the storm`).
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="telegram-ban", label="Forcing Telegram to comply or banning it in Germany",
          proposition="Telegram should be forced to hand over user data to German courts or else be banned in Germany",
          terms=("Telegram", "Telegram ban", "ban Telegram")),
    Issue(id="coal-restart", label="Restarting coal plants in Poland",
          proposition="Poland should bring idled coal plants back into service",
          terms=("coal plant", "coal plants", "Belchatow", "restart")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"
_LAW = "The Bundestag passed a law to ban Telegram. "
_BT = ("Bundestag", "telegram-ban", S)

CASES = [
    # a suit to undo a measure
    (_LAW + "Pavel Durov sued to block the law.", {_BT, ("Pavel Durov", "telegram-ban", O)}),
    (_LAW + "Pavel Durov has sued to overturn the law.", {_BT, ("Pavel Durov", "telegram-ban", O)}),
    ("Germany's Pirate Party sues to strike down the Telegram ban.", {("Pirate Party", "telegram-ban", O)}),
    ("Pavel Durov sued the government over the Telegram ban.", {("Pavel Durov", "telegram-ban", O)}),
    # pausing the enforcement of a measure
    (_LAW + "Olaf Scholz signed an order pausing enforcement of the law for 60 days.", {_BT, ("Olaf Scholz", "telegram-ban", O)}),
    ("Olaf Scholz signed an order pausing enforcement of the Telegram ban.", {("Olaf Scholz", "telegram-ban", O)}),
    ("The Bundestag passed the Telegram ban. Olaf Scholz paused enforcement of the law.", {_BT, ("Olaf Scholz", "telegram-ban", O)}),
    # an executive order that carries its own verb
    ("Chancellor Olaf Scholz signed an executive order on Monday instructing the Interior Ministry not to enforce a law "
     "that would ban Telegram for 90 days.", {("Germany", "telegram-ban", O), ("Olaf Scholz", "telegram-ban", O)}),
    ("President Andrzej Duda signed an executive order on Tuesday delaying the restart of the Belchatow coal plant by a year.",
     {("Andrzej Duda", "coal-restart", O), ("Poland", "coal-restart", O)}),
    # every name listed after `as did`
    ("Olaf Scholz voted against the Telegram ban, as did Finance Minister Christian Lindner and Economy Minister Robert Habeck.",
     {("Olaf Scholz", "telegram-ban", O), ("Christian Lindner", "telegram-ban", O), ("Robert Habeck", "telegram-ban", O)}),
    ("Olaf Scholz voted against the Telegram ban, as did Christian Lindner and Robert Habeck.",
     {("Olaf Scholz", "telegram-ban", O), ("Christian Lindner", "telegram-ban", O), ("Robert Habeck", "telegram-ban", O)}),
    ("Friedrich Merz voted for the Telegram ban, as did Christian Lindner, Robert Habeck and the defence minister Boris Pistorius.",
     {("Friedrich Merz", "telegram-ban", S), ("Christian Lindner", "telegram-ban", S), ("Robert Habeck", "telegram-ban", S),
      ("Boris Pistorius", "telegram-ban", S)}),
    # sponsors that pushed a measure through
    ("The change to the Belchatow rules, pushed through by Law and Justice and the smaller Civic Platform, takes effect in May.",
     {("Law and Justice", "coal-restart", S), ("Civic Platform", "coal-restart", S)}),
    ("The amendment on coal plants, pushed through by Law and Justice, takes effect in May.", {("Law and Justice", "coal-restart", S)}),
    ("The Telegram ban, championed by Nancy Faeser and Olaf Scholz, takes effect in May.",
     {("Nancy Faeser", "telegram-ban", S), ("Olaf Scholz", "telegram-ban", S)}),
    # guards
    ("Olaf Scholz signed an executive order on Monday instructing the Interior Ministry to enforce the Telegram ban at once.",
     {("Olaf Scholz", "telegram-ban", S)}),
    ("Olaf Scholz signed an executive order that will ban Telegram in 45 days.", {("Olaf Scholz", "telegram-ban", S)}),
    ("Friedrich Merz voted for the Telegram ban, as did Christian Lindner, while Robert Habeck voted against.",
     {("Friedrich Merz", "telegram-ban", S), ("Christian Lindner", "telegram-ban", S), ("Robert Habeck", "telegram-ban", O)}),
    ("Friedrich Merz voted for the Telegram ban, as did Christian Lindner, and Robert Habeck said he would abstain.",
     {("Friedrich Merz", "telegram-ban", S), ("Christian Lindner", "telegram-ban", S)}),
    ("The change in the weather, pushed through by the storm, closed the Belchatow coal plant.", set()),
    ("Pavel Durov sued his former business partner over a debt.", set()),
    # not fixed
    # (fixed in pass poscoord: a titled list closing with `and`)
    ("Interior Minister Nancy Faeser, Finance Minister Christian Lindner and Economy Minister Robert Habeck were "
     "among those who voted against the Telegram ban.",
     {("Nancy Faeser", "telegram-ban", O), ("Christian Lindner", "telegram-ban", O), ("Robert Habeck", "telegram-ban", O)}),
    pytest.param("Nancy Faeser said she had voted against the Telegram ban in 2019 and expected to do so again.",
                 {("Nancy Faeser", "telegram-ban", O)}, marks=xf("a vote in the past perfect, renewed by `do so again`, is not read")),
    pytest.param(_LAW + "Telegram said it would challenge the law in court.", {_BT, ("Telegram", "telegram-ban", O)},
                 marks=xf("a holder named by the issue's own term is not taken as a holder")),
    pytest.param("Polish utility PGE said restarting the Belchatow coal plant was technically achievable.",
                 {("PGE", "coal-restart", S)}, marks=xf("`achievable` is no benefit word yet")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pos44b_constructions(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(text, _CTX) == expected
