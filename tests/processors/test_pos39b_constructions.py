"""Holders found in the text but lost to their names (positions 1.58.0, pass pos39b).

Invented wire copy on issues of our own (a cap on rents, a ban on flavoured vapes). The classes of the pass:

- an organisation's name cut short or run on: five or more capitalised words before its head (`Pacific Islander Youth
  Smoke Free Action Council`), one headed name right after another (`Royal College Nursing Foundation Tobacco Policy
  Network`), a campaign named for its cause (`Campaign for Clean Air`, `Campaign Against Teen Vaping`), a head-of
  appositive closed by a sentence's end (`director of the Campaign for Clean Air.` then a new paragraph), a function
  word inside a name a country closes (`Pride For All Canada`);
- a company's legal form: no part of the actor (`Vapour Kings Ltd` -> Vapour Kings), a company wherever its name stands
  with one (`Homes Direct Corp., one of the largest landlords, said`), and its first word alone later (`Vapour said`);
- a person's role with a tenure word (`newly appointed head of`, `incoming president of`), a Korean given name written
  with a lowercase syllable (`Jung Hae-won praised`);
- names the gazetteer now knows: parties and European Parliament groups by acronym or a name no organisation word marks
  (Komeito, CDP, EPP, S&D), Keidanren as the Japan Business Federation, the KMA, the FDA, Global Witness.

Left as strict xfails: a court's ruling (no stance in rounds 19 and 25, a stance in round 39: the conventions differ),
a request in the subjunctive to undo the measure (`demanded that the government scrap the cap` reads as support), an
agency's act followed by an appositive with a modal (`proposed banning ..., a move that could push smokers to
quit`), and `welcomed the
extra time` after a delay.
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="rent-cap", label="A cap on rents", proposition="Rents should be capped",
          terms=("rent cap", "cap on rents", "rent control")),
    Issue(id="vape-ban", label="A ban on flavoured vapes", proposition="Flavoured vapes should be banned",
          terms=("flavoured vape ban", "ban on flavoured vapes", "vape ban", "flavoured vapes")),
))
_CTX = ExtractionContext(issues=_ISSUES)

_LON_RENT = "LONDON, May 2 - The government proposed a rent cap on Monday. "
_LON_VAPE = "LONDON, May 2 - The government proposed a ban on flavoured vapes on Monday. "
_TOK_RENT = "TOKYO, May 2 (Kyodo) - The government proposed a rent cap on Monday. "
_SEL_RENT = "SEOUL, May 2 (Yonhap) - The government proposed a rent cap on Monday. "


def _stances(text: str) -> set[tuple[str, str, str]]:
    return stances(text, _CTX, published_at="2025-03-01T00:00:00Z", title="t")


def test_version() -> None:
    assert tuple(map(int, positions.PRODUCER.version.split("."))) >= (1, 58, 0)


@pytest.mark.parametrize("text, expected", [
    # long names, and names joined or cut at a sentence's end
    pytest.param(_LON_VAPE + "The Pacific Islander Youth Smoke Free Action Council endorsed the vape ban.",
                 {("Pacific Islander Youth Smoke Free Action Council", "vape-ban", "support")}, id="seven-word-council"),
    pytest.param(_LON_VAPE + "The Caribbean African Heart Health Action Council backed the vape ban.",
                 {("Caribbean African Heart Health Action Council", "vape-ban", "support")}, id="five-words-before-head"),
    pytest.param(_LON_VAPE + "The British Heart Foundation Youth Action Network welcomed the vape ban.",
                 {("British Heart Foundation Youth Action Network", "vape-ban", "support")}, id="foundation-then-network"),
    pytest.param(_LON_VAPE + "The Royal College Nursing Foundation Tobacco Policy Network backed the vape ban.",
                 {("Royal College Nursing Foundation Tobacco Policy Network", "vape-ban", "support")}, id="two-heads-one-name"),
    pytest.param(_LON_VAPE + "The vape ban was welcomed by the Campaign Against Teen Vaping.",
                 {("Campaign Against Teen Vaping", "vape-ban", "support")}, id="campaign-against"),
    pytest.param(_LON_VAPE + "The Campaign for Smoke-Free Schools backed the vape ban.",
                 {("Campaign for Smoke-Free Schools", "vape-ban", "support")}, id="campaign-for"),
    pytest.param(_LON_VAPE + "\"It is long overdue,\" said Ann Lee, director of the Campaign for Clean Air.\n\n"
                 "Vapour Kings, the largest importer, condemned the vape ban.",
                 {("Campaign for Clean Air", "vape-ban", "support"), ("Ann Lee", "vape-ban", "support"),
                  ("Vapour Kings", "vape-ban", "oppose")}, id="head-of-closed-by-sentence-end"),
    pytest.param(_LON_VAPE + "\n\nPride For All Canada, which backs the plan, said parliament should pass the vape ban quickly.",
                 {("Pride For All Canada", "vape-ban", "support")}, id="function-word-before-country"),
    pytest.param(_LON_RENT + "Homes For All Britain welcomed the rent cap.",
                 {("Homes For All Britain", "rent-cap", "support")}, id="for-all-britain"),
    # a company's legal form
    pytest.param(_LON_VAPE + "Vapour Kings Ltd condemned the vape ban.", {("Vapour Kings", "vape-ban", "oppose")}, id="ltd-dropped"),
    pytest.param(_LON_VAPE + "Vapor Giant SpA and Cloud Makers AG, which had lobbied for the ban on flavoured vapes, said they were ready.",
                 {("Vapor Giant", "vape-ban", "support"), ("Cloud Makers", "vape-ban", "support")}, id="spa-and-ag-coordinated"),
    pytest.param(_LON_VAPE + "Dutch Vape Group NV, which had lobbied against the ban on flavoured vapes, said it would appeal.",
                 {("Dutch Vape Group", "vape-ban", "oppose")}, id="nv-with-demonym"),
    pytest.param(_LON_RENT + "Homes Direct Corp., one of the largest landlords in the country, said it would fight the rent cap.",
                 {("Homes Direct", "rent-cap", "oppose")}, id="corp-with-appositive"),
    pytest.param(_LON_VAPE + "Shares of Vapour Kings Plc fell 3%. Vapour said the vape ban would cost jobs and rejected it.",
                 {("Vapour Kings", "vape-ban", "oppose")}, id="first-word-later"),
    pytest.param(_LON_VAPE + "Cloud Makers Group said it would review the plan. Cloud condemned the vape ban.",
                 {("Cloud Makers Group", "vape-ban", "oppose")}, id="first-word-of-group"),
    # people: a tenure word before the role, a Korean given name
    pytest.param(_SEL_RENT + "Choi Eun-ji, acting head of the Seoul Tenants Federation, welcomed the rent cap.",
                 {("Choi Eun-ji", "rent-cap", "support"), ("Seoul Tenants Federation", "rent-cap", "support")}, id="acting-head"),
    pytest.param(_SEL_RENT + "Park Min-jun, newly elected president of the Korea Landlords Association, denounced the rent cap.",
                 {("Park Min-jun", "rent-cap", "oppose"), ("Korea Landlords Association", "rent-cap", "oppose")}, id="newly-elected-president"),
    pytest.param(_LON_RENT + "Mara Olsen, incoming president of the Landlords Federation, rejected the rent cap.",
                 {("Mara Olsen", "rent-cap", "oppose"), ("Landlords Federation", "rent-cap", "oppose")}, id="incoming-president"),
    pytest.param(_LON_RENT + "Tom Hale, newly appointed head of the Renters Alliance, vowed to defend the rent cap.",
                 {("Tom Hale", "rent-cap", "support"), ("Renters Alliance", "rent-cap", "support")}, id="vowed-after-appositive"),
    pytest.param(_SEL_RENT + "Jung Hae-won praised the rent cap.", {("Jung Hae-won", "rent-cap", "support")}, id="korean-given-name"),
    pytest.param(_SEL_RENT + "Lee Soo-jin denounced the rent cap.", {("Lee Soo-jin", "rent-cap", "oppose")}, id="korean-given-name-oppose"),
    # a party's leader stating the party's own course (and a second appositive clause after `, while`)
    pytest.param(_LON_RENT.replace("The government proposed a rent cap", "Ministers debated housing")
                 + "Ana Ruiz, leader of the opposition Green Party, said her party would submit a bill to introduce a rent cap.",
                 {("Ana Ruiz", "rent-cap", "support"), ("Green Party", "rent-cap", "support")}, id="leader-says-her-party-would"),
    pytest.param(_TOK_RENT.replace("The government proposed a rent cap", "Ministers debated housing")
                 + "Ken Sato, leader of the main opposition Constitutional Democratic Party of Japan, said his party would back a rent cap.",
                 {("Ken Sato", "rent-cap", "support"), ("Constitutional Democratic Party of Japan", "rent-cap", "support")},
                 id="leader-of-known-party"),
    pytest.param(_LON_RENT.replace("The government proposed a rent cap", "Ministers debated housing")
                 + "Tom Hale, head of the Renters Alliance, urged the government to act on rents, while Ana Ruiz, leader of the "
                 "opposition Green Party, said her party would again submit a bill to introduce a rent cap.",
                 {("Ana Ruiz", "rent-cap", "support"), ("Green Party", "rent-cap", "support")}, id="while-then-appositive"),
    # names the gazetteer knows
    pytest.param(_TOK_RENT + "Keidanren criticised the rent cap.", {("Japan Business Federation", "rent-cap", "oppose")}, id="keidanren"),
    pytest.param(_TOK_RENT + "Japan's biggest business lobby, Keidanren, condemned the rent cap.",
                 {("Japan Business Federation", "rent-cap", "oppose")}, id="keidanren-set-off"),
    pytest.param(_TOK_RENT + "The CDP said it would back the rent cap.",
                 {("Constitutional Democratic Party of Japan", "rent-cap", "support")}, id="cdp"),
    pytest.param(_TOK_RENT + "Komeito welcomed the rent cap.", {("Komeito", "rent-cap", "support")}, id="komeito"),
    pytest.param("STRASBOURG, May 2 (dpa) - The Commission proposed a rent cap on Monday. The EPP rejected the rent cap, while the S&D backed it.",
                 {("European People's Party", "rent-cap", "oppose"), ("Socialists and Democrats", "rent-cap", "support")}, id="epp-and-s-and-d"),
    pytest.param("WASHINGTON (AP) - The FDA on Tuesday proposed a ban on flavoured vapes.",
                 {("Food and Drug Administration", "vape-ban", "support")}, id="fda"),
    pytest.param("WASHINGTON (AP) - The U.S. Food and Drug Administration said it would ban flavoured vapes.",
                 {("Food and Drug Administration", "vape-ban", "support")}, id="fda-full-name"),
    pytest.param(_LON_RENT + "Global Witness welcomed the rent cap.", {("Global Witness", "rent-cap", "support")}, id="global-witness"),
    pytest.param(_SEL_RENT + "The KMA denounced the rent cap.", {("Korean Medical Association", "rent-cap", "oppose")}, id="kma"),
    # not fixed
    pytest.param("NAGOYA (Kyodo) - The Nagoya High Court ruled on Friday that the lack of a rent cap was unconstitutional.",
                 {("Nagoya High Court", "rent-cap", "support")}, id="court-ruling",
                 marks=xf("a court's ruling: no stance in rounds 19 and 25, a stance in round 39")),
    pytest.param(_SEL_RENT + "Park Min-jun, president of the Seoul Landlords Association, demanded that the government scrap the rent cap.",
                 {("Park Min-jun", "rent-cap", "oppose"), ("Seoul Landlords Association", "rent-cap", "oppose")}, id="demanded-that-scrap",
                 marks=xf("a subjunctive request to undo the measure reads as support; `demanded` is kept out of the appositive's verbs")),
    pytest.param("WASHINGTON (AP) - The FDA proposed banning flavoured vapes and menthol on Thursday, a move that could push smokers to quit.",
                 # cleared by pos39c's `proposed banning` once both passes were merged
                 {("Food and Drug Administration", "vape-ban", "support")}, id="act-then-modal-appositive"),
    pytest.param("LONDON, May 2 - The government delayed its ban on flavoured vapes on Monday. Vapour Kings welcomed the extra time.",
                 # cleared by pos40a (`the extra time` names a delay)
                 {("United Kingdom", "vape-ban", "oppose"), ("Vapour Kings", "vape-ban", "oppose")}, id="welcomed-extra-time"),
])
def test_holders(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = _stances(text)
    assert expected <= found, found
    # no name cut short or run on beside the one expected (`Islander Youth ... Council`, `Youth Action Network`)
    names = {actor for actor, _, _ in expected}
    assert not {actor for actor, _, _ in found if " " in actor and any(actor != n and (actor in n or n in actor) for n in names)}, found


@pytest.mark.parametrize("text, absent", [
    # a party's leader calling on the government speaks for herself (round 39: the person only)
    pytest.param(_LON_RENT.replace("The government proposed a rent cap", "Ministers debated housing")
                 + "Ana Ruiz, leader of the opposition Green Party, urged the government to introduce a rent cap.",
                 "Green Party", id="leader-urging-is-the-person-only"),
    # `said his party would` without the leader's appositive: no party named for it
    pytest.param(_LON_RENT.replace("The government proposed a rent cap", "Ministers debated housing")
                 + "Ana Ruiz said her party would back a rent cap.", "Party", id="no-party-named"),
    # a campaign that is not named for a cause is no organisation
    pytest.param(_LON_VAPE + "The Trump Campaign said nothing about it, but the Vape Council condemned the vape ban.",
                 "Trump Campaign", id="bare-campaign"),
    # a function word opening the words before a country is no name
    pytest.param(_LON_RENT + "All Britain welcomed the rent cap.", "All Britain", id="all-before-country"),
])
def test_guards(text: str, absent: str) -> None:
    found = _stances(text)
    assert not {actor for actor, _, _ in found if absent in actor}, found


# (merge of pos39b after pos39c) a group now known by name pushing through its own amendments: the verb does not say
# which way the amendments go, so no stance from it; the chamber's vote beside it still gives the chamber's
@pytest.mark.parametrize("text, expected", [
    pytest.param("BRUSSELS, May 2 - The European Parliament voted to delay the rent cap, with the centre-right European "
                 "People's Party (EPP) relying on far-right votes to push through its amendments.",
                 {("European Parliament", "rent-cap", "oppose")}, id="push-through-its-amendments"),
    pytest.param("LONDON, May 2 - The Liberal Democrats pushed through the rent cap on Tuesday.",
                 {("Liberal Democrats", "rent-cap", "support")}, id="push-through-the-measure-still-enacts"),
])
def test_own_amendments_pushed_through_give_no_stance(text, expected):
    assert _stances(text) == expected
