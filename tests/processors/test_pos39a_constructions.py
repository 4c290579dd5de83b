"""Wrong stances and false changes (positions 1.58.0, pass pos39a).

Invented wire copy on issues of our own (a tax on sugary drinks, a ban on disposable vapes, a cap on nursing places,
strikes with long-range weapons). The classes of the pass:

- keeping on watching or studying something is no course on it (`would continue to closely watch`, `will keep
  monitoring`);
- the one a `proposed that` / `demanded that` / `urged that` asks to act is no holder (`proposed that the government
  postpone the tax`);
- a verdict on a proposal named by its owner alone takes the owner's stance stated earlier (`welcomed Byrne's
  proposal` after Byrne asked for a delay);
- obstruction and lapse idioms (`holding the tax hostage`, `letting the levy lapse`), a date pushed back (`pushed back
  its target date for the ban`), putting a measure into effect (`apply the levy`, `implement the ban`);
- two undoings side by side do not cancel (`voted to postpone the ban and to weaken it`);
- restrictions on trade or energy are sanctions, not curbs on where weapons may be used;
- `in what it called "a bad decision"` (a quote before the verdict), `the sugar tax requirement` (a term's own
  requirement is no negator), `welcomed the deal` after a deal to postpone;
- an issue discussed before the last one and referred back to becomes the topic again (`urged Berlin to supply the
  weapon` after a sentence on the Taurus, not the long-range weapons named before it).
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import holders, stances
from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="sugar-tax", label="A tax on sugary drinks", proposition="A tax should be imposed on sugary drinks",
          terms=("sugar tax", "soda tax", "levy on sugary drinks", "sugary drinks levy")),
    Issue(id="vape-ban", label="A ban on disposable vapes", proposition="Disposable vapes should be banned",
          terms=("disposable vape ban", "ban on disposable vapes", "ban disposable vapes", "vape ban")),
    Issue(id="long-range-strikes", label="Long-range strikes",
          proposition="Ukraine should be allowed to use Western-supplied long-range weapons against targets inside Russia",
          terms=("ATACMS", "long-range", "strikes inside Russia", "restrictions", "Storm Shadow", "Russian territory")),
    Issue(id="sanctions-on-russia", label="Sanctions on Russia", proposition="Sanctions on Russia should be imposed or tightened",
          terms=("sanctions", "sanction package", "price cap", "embargo")),
    Issue(id="taurus-for-ukraine", label="Taurus for Ukraine", proposition="Germany should supply Taurus cruise missiles to Ukraine",
          terms=("Taurus", "cruise missiles")),
))
_CTX = ExtractionContext(issues=_ISSUES)

_TAX = "DUBLIN, June 4 - Ireland's government on Monday published plans for a sugar tax from next year. "
_VAPE = "CANBERRA, June 4 - Australia's government on Monday set out plans for a ban on disposable vapes. "
_WAR = "BRUSSELS, June 4 - European Union foreign ministers met on Monday as Russia's invasion of Ukraine went on. "


def _stances(text: str) -> set[tuple[str, str, str]]:
    return stances(text, _CTX, published_at="2025-03-01T00:00:00Z", title="t")


def test_version() -> None:
    assert tuple(map(int, positions.PRODUCER.version.split("."))) >= (1, 58, 0)


_IHF_S = ("Irish Heart Foundation", "sugar-tax", "support")
_IHF_O = ("Irish Heart Foundation", "sugar-tax", "oppose")


@pytest.mark.parametrize("text, expected", [
    # a request, a lapse, an obstruction
    pytest.param(_TAX + "The Irish Heart Foundation urged rival parties to stop holding the sugar tax hostage.", {_IHF_S}, id="stop-hostage"),
    pytest.param(_TAX + "The Irish Heart Foundation urged the opposition to stop holding the sugar tax hostage.", {_IHF_S},
                 id="stop-hostage-opposition", marks=xf("`the opposition to stop` is read as `opposition to`, a stance noun")),
    pytest.param(_TAX + "The Irish Heart Foundation said rival parties were holding the sugar tax hostage.", {_IHF_S}, id="hostage-verdict",
                 marks=xf("a verdict on others' obstruction is the speaker's support; read as the speaker's own obstruction")),
    pytest.param(_TAX + "The Irish Heart Foundation warned that letting the sugar tax lapse would be a mistake.", {_IHF_S}, id="lapse-mistake"),
    pytest.param(_TAX + "The Irish Heart Foundation said allowing the sugar tax to expire would be a grave mistake.", {_IHF_S}, id="expire-mistake"),
    # putting a measure into effect
    pytest.param(_TAX + "The Irish Heart Foundation urged ministers to implement the sugar tax in full.", {_IHF_S}, id="implement"),
    pytest.param(_TAX + "The Soft Drinks Association asked ministers not to apply the sugar tax next year.",
                 {("Soft Drinks Association", "sugar-tax", "oppose")}, id="not-apply"),
    pytest.param(_VAPE + "The Vaping Retailers Association urged Canberra not to implement the vape ban before 2027.",
                 {("Vaping Retailers Association", "vape-ban", "oppose")}, id="not-implement"),
])
def test_acts_and_idioms(text: str, expected: set) -> None:
    assert _stances(text) == expected


@pytest.mark.parametrize("text, absent", [
    # keeping on watching or studying
    pytest.param(_TAX + "Finance Minister Paschal Donohoe said Ireland would continue to closely watch the lawsuits over the sugar tax.",
                 {"Ireland", "Paschal Donohoe"}, id="continue-watch"),
    pytest.param(_TAX + "Chancellor Olaf Scholz said Germany would keep monitoring how the sugar tax works in Ireland.",
                 {"Germany", "Olaf Scholz"}, id="keep-monitoring"),
    pytest.param(_VAPE + "Australia will continue to carefully examine the vape ban, a minister said.", {"Australia"}, id="continue-examine"),
    pytest.param(_VAPE + "Prime Minister Anthony Albanese said Australia would continue to study the vape ban.",
                 {"Australia", "Anthony Albanese"}, id="continue-study"),
    # the one asked to act
    pytest.param(_TAX + "The Irish Heart Foundation proposed on Monday that the government postpone the sugar tax.", {"Ireland"}, id="proposed-that"),
    pytest.param(_VAPE + "The Vaping Retailers Association demanded that the government scrap the vape ban.", {"Australia"}, id="demanded-that"),
    pytest.param(_VAPE + "Retailers urged that Australia delay the ban on disposable vapes.", {"Australia"}, id="urged-that"),
    pytest.param(_WAR + "Lithuania asked that Hungary lift its veto on the sanctions.", {"Hungary"}, id="asked-that"),
    # restrictions on trade are sanctions
    pytest.param(_WAR + "Ministers approved the rollover, which keeps in place restrictions on trade, finance and energy. "
                 "Hungary's foreign minister said Budapest had backed the extension.", {"Hungary"}, id="trade-restrictions"),
])
def test_no_holder(text: str, absent: set) -> None:
    found = _stances(text)
    assert not (holders(found) & absent), found


@pytest.mark.parametrize("text, expected", [
    pytest.param(_TAX + "The Irish Heart Foundation proposed on Monday that the government postpone the sugar tax.", _IHF_O,
                 id="proposer-holds", marks=xf("the proposer of a mandative `that` clause is not read as the holder")),
    pytest.param(_WAR + "Ministers approved the rollover of the sanctions, which keeps in place restrictions on trade, finance and energy. "
                 "Hungary's foreign minister Peter Szijjarto said Budapest had backed the extension.",
                 ("Peter Szijjarto", "sanctions-on-russia", "support"), id="extension-sanctions"),
    pytest.param(_WAR + "EU foreign policy chief Kaja Kallas urged Budapest to stop holding the sanctions hostage.",
                 ("Kaja Kallas", "sanctions-on-russia", "support"), id="kallas-hostage"),
    pytest.param(_WAR + "Kaja Kallas, who had warned that letting the sanctions lapse would be a gift to Moscow, welcomed the vote.",
                 ("Kaja Kallas", "sanctions-on-russia", "support"), id="lapse-gift"),
    # a date pushed back
    pytest.param("WASHINGTON, June 4 - The United States has pushed back its target date for a vape ban to March 2026.",
                 ("United States", "vape-ban", "oppose"), id="pushed-back-date"),
    pytest.param(_VAPE + "Australia on Tuesday pushed back the deadline for the vape ban by a year.",
                 ("Australia", "vape-ban", "oppose"), id="pushed-back-deadline"),
    # two undoings side by side
    pytest.param(_VAPE + "Australia voted to postpone the ban on disposable vapes and to weaken it.",
                 ("Australia", "vape-ban", "oppose"), id="postpone-and-weaken"),
    pytest.param(_TAX + "Ireland decided to delay the sugar tax and to water it down.",
                 ("Ireland", "sugar-tax", "oppose"), id="delay-and-water-down"),
    # what the holder calls a bad decision, before the verdict's opening quote
    pytest.param(_VAPE + "Speaking of the vape ban, the Vaping Retailers Association said it did not want to take part in what it called "
                 "\"a bad decision\".",
                 ("Vaping Retailers Association", "vape-ban", "oppose"), id="what-called-quoted"),
    # a requirement named by one of the issue's terms is part of the measure
    pytest.param(_TAX + "The Soft Drinks Association said its members were not ready and that the sugar tax requirement was costly.",
                 ("Soft Drinks Association", "sugar-tax", "oppose"), id="term-requirement"),
    # `the deal` names an act agreed before: welcoming a deal to delay is against the measure
    pytest.param(_VAPE + "Australia and New Zealand agreed on Friday to postpone the vape ban by a year. "
                 "Prime Minister Anthony Albanese welcomed the deal.", ("Anthony Albanese", "vape-ban", "oppose"), id="welcomed-deal"),
    # an issue discussed before the last one, referred back to, stays the topic for the next anaphor
    pytest.param("BERLIN, March 3 - A motion passed on Tuesday backs more long-range weapons for Ukraine but does not name the "
                 "Taurus. Olaf Scholz has refused to supply the cruise missiles. Andrii Sybiha urged Berlin to send the weapon.",
                 ("Andrii Sybiha", "taurus-for-ukraine", "support"), id="back-to-earlier-issue"),
    pytest.param("BERLIN, March 3 - A motion passed on Tuesday backs more long-range weapons for Ukraine but does not name the "
                 "Taurus. Chancellor Olaf Scholz has long refused to send the missiles, which can fly about 500 kilometres. "
                 "Andrii Sybiha has pressed Berlin to deliver the weapon.", ("Andrii Sybiha", "taurus-for-ukraine", "support"),
                 id="back-to-earlier-issue-relative", marks=xf("`send the missiles` after a sentence naming long-range weapons "
                                                              "stays on long-range strikes, so the topic never goes back")),
    # a verdict on a proposal named by its owner
    pytest.param(_TAX + "Tanaiste Micheal Martin said the sugar tax should be delayed by a year. "
                 "The Irish Heart Foundation rejected Martin's proposal.", _IHF_S, id="rejected-owner-proposal",
                 marks=xf("a rejection of a proposal named by its owner alone, in a sentence naming no term, is not tied to the issue")),
    pytest.param(_TAX + "Tanaiste Micheal Martin said the sugar tax should be delayed by a year. "
                 "The Soft Drinks Association welcomed Martin's proposal.", ("Soft Drinks Association", "sugar-tax", "oppose"),
                 id="welcomed-owner-proposal"),
    pytest.param(_VAPE + "Health Minister Mark Butler said the vape ban must go ahead. "
                 "The Vaping Retailers Association criticised Butler's plan.", ("Vaping Retailers Association", "vape-ban", "oppose"),
                 id="criticised-owner-plan", marks=xf("as rejected-owner-proposal: the sentence is not tied to the issue")),
])
def test_stance(text: str, expected: tuple) -> None:
    assert expected in _stances(text)


@pytest.mark.parametrize("text, wrong", [
    pytest.param(_TAX + "Tanaiste Micheal Martin said the sugar tax should be delayed by a year. "
                 "The Soft Drinks Association welcomed Martin's proposal.", ("Soft Drinks Association", "sugar-tax", "support"),
                 id="welcomed-not-support"),
    pytest.param(_VAPE + "Australia voted to postpone the ban on disposable vapes and to weaken it.", ("Australia", "vape-ban", "support"),
                 id="postpone-weaken-not-support"),
    pytest.param("WASHINGTON, June 4 - The United States has pushed back its target date for a vape ban to March 2026.",
                 ("United States", "vape-ban", "support"), id="pushed-back-not-support"),
    pytest.param(_WAR + "EU foreign policy chief Kaja Kallas urged Budapest to stop holding the sanctions hostage.",
                 ("Kaja Kallas", "sanctions-on-russia", "oppose"), id="hostage-not-oppose"),
])
def test_not_wrong_sign(text: str, wrong: tuple) -> None:
    assert wrong not in _stances(text)
