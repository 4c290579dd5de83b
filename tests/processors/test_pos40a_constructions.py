"""Stances given where none is held, or the wrong one (positions 1.61.0, pass pos40a).

Invented wire copy on issues of our own (a ban on rental e-scooters, a levy on plastic packaging, tanks for an
ally, sanctions). The classes of the pass:

- a judge reading out a ruling (`Presiding Judge X said ...`, `Chief Justice X`) holds no stance of their own: the
  ruling is the court's (but `Justice Minister X` is a minister);
- an act stated by an infinitive after a deciding verb (`agreed to delay the levy`, `voted on Tuesday to postpone
  the ban`) is an act, so a later reaction to `the delay`, `the move` is read against it;
- `the extra time`, `the additional year`, `the reprieve`, `the breathing room` name a delay, like `the delay`;
- an army or a defence ministry acts for its country (`the Bundeswehr will hand over ...` -> Germany);
- a conditional non-obstruction (`would not stand in the way of the extension if ...`, `would not block the package
  provided ...`) states a price, not a stance;
- a stance participle right after a noun with a by-agent (`ending an effort championed by health groups`) is the
  agent's, not that of a name before it;
- an unnamed member of staff as a verb's object with a relative clause of speech (`dismissed an aide who said ...`):
  the aide's words, not the stance of the one who dismissed him.

Guards: a plain non-obstruction without a condition is still support; a refusal with a condition (`would not back
... unless`) still refuses; `backed by profits` (no agent) leaves the sentence's own verb alone.
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="scooter-ban", label="A ban on rental e-scooters", proposition="Rental e-scooters should be banned",
          terms=("e-scooter ban", "ban on rental e-scooters", "ban on e-scooters", "scooter ban")),
    Issue(id="packaging-levy", label="A levy on plastic packaging", proposition="A levy should be imposed on plastic packaging",
          terms=("packaging levy", "levy on plastic packaging", "plastic packaging levy")),
    Issue(id="tanks-for-ally", label="Sending battle tanks to Ukraine", proposition="Western countries should send battle tanks to Ukraine",
          terms=("tanks", "Leopard", "battle tanks")),
    Issue(id="sanctions-on-russia", label="Sanctions on Russia", proposition="Sanctions on Russia should be imposed or tightened",
          terms=("sanctions", "sanctions package")),
))
_CTX = ExtractionContext(issues=_ISSUES)

_COURT = "LISBON, May 3 - A Lisbon court on Tuesday ruled that the city's ban on rental e-scooters was lawful. "
_LEVY = "MADRID, May 3 - "
_SCOOT = "PARIS, May 3 - "


def _stances(text: str) -> set[tuple[str, str, str]]:
    return stances(text, _CTX, published_at="2025-03-01T00:00:00Z", title="t")


def test_version() -> None:
    assert tuple(map(int, positions.PRODUCER.version.split("."))) >= (1, 61, 0)


def _no(actor: str):
    return lambda found: not any(a == actor for a, _, _ in found)


def _has(*items: tuple[str, str, str]):
    return lambda found: set(items) <= found


@pytest.mark.parametrize("text, check", [
    # a judge's words are the court's
    pytest.param(_COURT + "Presiding Judge Marta Lobo said the e-scooter ban was a proportionate answer to crowded pavements.",
                 _no("Marta Lobo"), id="presiding-judge"),
    pytest.param(_COURT + "Judge Rui Vaz said the ban on rental e-scooters \"can no longer be called arbitrary\".",
                 _no("Rui Vaz"), id="judge"),
    pytest.param("OTTAWA, May 3 - Chief Justice Helen Moore said the packaging levy was not a tax the province could impose.",
                 _no("Helen Moore"), id="chief-justice"),
    # ... but a justice minister is a minister
    pytest.param(_SCOOT + "Justice Minister Paul Brun said the government backed the ban on rental e-scooters.",
                 _has(("Paul Brun", "scooter-ban", "support")), id="justice-minister"),
    # an infinitive act after a deciding verb, reacted to later
    pytest.param(_LEVY + "Regional governments agreed on Monday to delay the packaging levy by a year. "
                 "The Retail Federation welcomed the delay.",
                 _has(("Retail Federation", "packaging-levy", "oppose")), id="agreed-to-delay-welcomed-delay"),
    pytest.param(_LEVY + "The Senate decided to postpone the packaging levy until 2027. The Retail Federation welcomed the move.",
                 _has(("Retail Federation", "packaging-levy", "oppose")), id="decided-to-postpone-welcomed-move"),
    pytest.param(_LEVY + "Ministers voted on Tuesday to delay the packaging levy. Greenpeace condemned the decision.",
                 _has(("Greenpeace", "packaging-levy", "support")), id="voted-to-delay-condemned"),
    pytest.param(_SCOOT + "City councillors agreed to suspend the e-scooter ban for the summer. Lime welcomed the decision.",
                 _has(("Lime", "scooter-ban", "oppose")), id="agreed-to-suspend-welcomed"),
    # guard: a stance to delay is no act (the welcome is then of the measure's news)
    pytest.param(_LEVY + "The Retail Federation wants to delay the packaging levy.",
                 _has(("Retail Federation", "packaging-levy", "oppose")), id="wants-to-delay"),
    # a delay named by the time it gives
    pytest.param(_LEVY + "The government pushed back the packaging levy to 2027. The Retail Federation welcomed the extra time.",
                 _has(("Retail Federation", "packaging-levy", "oppose")), id="extra-time"),
    pytest.param(_LEVY + "The government postponed the packaging levy. Bottlers welcomed the reprieve, and the Plastics Council "
                 "praised the additional year.",
                 _has(("Plastics Council", "packaging-levy", "oppose")), id="reprieve-additional-year"),
    pytest.param(_SCOOT + "The city delayed its e-scooter ban. Lime said it welcomed the breathing room.",
                 _has(("Lime", "scooter-ban", "oppose")), id="breathing-room"),
    pytest.param(_LEVY + "The government postponed the packaging levy. Greenpeace criticised the extra time given to producers.",
                 _has(("Greenpeace", "packaging-levy", "support")), id="extra-time-given"),
    # outside the pass: a position on keeping a measure said to be unchanged
    pytest.param(_LEVY + "Environment Minister Lucia Gil said the government's position on keeping the packaging levy remains "
                 "unchanged, rejecting calls from retailers to scrap it.",
                 _has(("Lucia Gil", "packaging-levy", "support")), id="position-on-keeping"),  # (pass pos41: fixed)
    # an army or a defence ministry acts for its country
    pytest.param("BERLIN, Jan 25 - The Bundeswehr will hand over 14 Leopard tanks to Ukraine from its own stocks, a government "
                 "spokesman said.", _has(("Germany", "tanks-for-ally", "support")), id="bundeswehr"),
    pytest.param("BERLIN, Jan 25 - The Bundeswehr will hand over 14 Leopard tanks to Ukraine from its own stocks, a government "
                 "spokesman said.", _no("Bundeswehr"), id="bundeswehr-not-itself"),
    pytest.param("LONDON, Jan 16 - Britain's Ministry of Defence said it would send 14 Challenger battle tanks to Ukraine.",
                 _no("UK Ministry of Defence"), id="uk-mod"),
    pytest.param("WASHINGTON, Jan 25 - The Pentagon said sending Abrams tanks to Ukraine made no sense for now.",
                 _has(("United States", "tanks-for-ally", "oppose")),
                 marks=xf("the Pentagon stays itself: the oldest gold files it so, and mapping it made a false change there"),
                 id="pentagon"),
    # a conditional non-obstruction
    pytest.param("BRUSSELS, Jan 20 - EU envoys agreed to extend the sanctions on Russia. Slovak Prime Minister Jan Novak said he "
                 "would not stand in the way of the extension if Brussels opened talks on gas transit.",
                 _no("Jan Novak"), id="not-stand-in-way-if"),
    pytest.param("BUDAPEST, Jan 20 - Prime Minister Gabor Szabo said he would not block the new sanctions on Russia provided "
                 "Budapest received guarantees on energy.", _no("Gabor Szabo"), id="not-block-provided"),
    pytest.param("VIENNA, Jan 20 - Chancellor Karl Huber said Austria would not veto the sanctions package as long as gas "
                 "imports were left out.", _no("Karl Huber"), id="not-veto-as-long-as"),
    pytest.param("SOFIA, Jan 20 - Prime Minister Ivan Petrov said Bulgaria would not oppose the sanctions on Russia on condition "
                 "that nuclear fuel was exempted.", _no("Ivan Petrov"), id="not-oppose-on-condition"),
    # guards: no condition, or a refusal with one
    pytest.param("BRATISLAVA, Jan 20 - Prime Minister Jan Novak said Slovakia would not stand in the way of the sanctions on Russia.",
                 _has(("Jan Novak", "sanctions-on-russia", "support")), id="not-stand-in-way-plain"),
    pytest.param("BRATISLAVA, Jan 20 - Prime Minister Jan Novak said he would not back further sanctions on Russia unless Brussels "
                 "met his concerns.", _has(("Jan Novak", "sanctions-on-russia", "oppose")), id="not-back-unless"),
    # a passive participle's agent
    pytest.param(_LEVY + "The government on Monday dropped the packaging levy, weeks before Ana Ruiz takes over the ministry, ending "
                 "a plan championed by environmental groups.", _no("Ana Ruiz"), id="championed-by-groups"),
    pytest.param(_SCOOT + "The council scrapped the e-scooter ban, days after Marc Petit took office, abandoning a measure long "
                 "supported by residents' associations.", _no("Marc Petit"), id="long-supported-by"),
    # guards: an agent participle with a comma still lets the holder's own verb through; a loan `backed by` profits
    pytest.param(_SCOOT + "Mayor Anne Roux, backed by residents' groups, signed the e-scooter ban.",
                 _has(("Anne Roux", "scooter-ban", "support")), id="backed-by-comma"),
    pytest.param("TOKYO, May 3 - Japan will send Ukraine 20 battle tanks backed by spare parts from its own stocks, Tokyo said.",
                 _has(("Japan", "tanks-for-ally", "support")), id="backed-by-things"),
    # an unnamed member of staff, object of the verb, whose words a relative clause reports
    pytest.param(_SCOOT + "Mayor Anne Roux has dismissed an aide who said the e-scooter ban would ruin the city's tourism.",
                 _no("Anne Roux"), id="dismissed-aide-who-said"),
    pytest.param(_LEVY + "Prime Minister Luis Mora rebuked a senior official who called the packaging levy a disaster for farmers.",
                 _no("Luis Mora"), id="rebuked-official-who-called"),
    pytest.param(_LEVY + "Prime Minister Luis Mora sacked a spokesman who had told reporters the packaging levy was dead.",
                 _no("Luis Mora"), id="sacked-spokesman-who-told"),
    # guard: the named member of staff keeps their words
    pytest.param(_LEVY + "Carla Diaz, an adviser who helped draft the plan, said the packaging levy would cut waste.",
                 _has(("Carla Diaz", "packaging-levy", "support")), id="named-adviser"),
    # outside the pass: a spokesman's words on his leader's side, read before as they were
    pytest.param("MOSCOW, Jan 25 - Kremlin spokesman Dmitry Peskov said the tanks would burn like all the rest.",
                 _has(("Russia", "tanks-for-ally", "oppose")),
                 marks=xf("the Kremlin speaks for Putin in the older gold and for Russia in the newer: left as it was"),
                 id="kremlin-spokesman-country"),
])
def test_pos40a_constructions(text: str, check) -> None:
    found = _stances(text)
    assert check(found), found
