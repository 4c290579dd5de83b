"""Holders and acts still missed after rounds 39 and 40 (positions 1.61.0, pass pos40b).

Invented wire copy on issues of our own (a ban on flavoured vapes, a cap on rents, long-range missiles for a country at
war, a forest-protection law). The classes of the pass:

- a place enacting its own ban: a finite `banned`/`bans` opening the issue's own `<item> ban` term (`Oregon banned
  flavoured vapes in 2021`), a ban verb on a bare pronoun (`after Vermont, which outlawed them in 2020`), a place
  `becomes the second state to ban ...`; one-word place names ending in `s` are no plural nouns (`Massachusetts`, `Texas`);
- the measure as the sentence's subject enacted by a passive's agent (`The law, signed by Gov. X, ...`);
- a motion's sponsor named in a reduced relative or with a bare `by` (`The motion tabled by the Liberal group was
  defeated`), after a sentence saying what the motion calls for; `these weapons` as an anaphor;
- an accusation as a named subject's verb, gutting a measure as undoing it (`Greenpeace accused the EPP of gutting the
  law`);
- the lead's measure named again (`the plan`) a few sentences after the last sentence naming it with its country;
- a country's own weapons ruled out for use where a located issue places it (`Czech weapons could not be used on
  Russian territory`): the country and its own people in the sentence;
- a measure carried by a named actor in an object relative clause (`the increase that Yoon had championed`);
- thanks to a named actor for their own act up to seven sentences back (`Zelensky thanked Scholz in a phone call`).
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="vape-ban", label="A ban on flavoured vapes", proposition="Flavoured vapes should be banned",
          terms=("flavoured vapes", "flavored vapes", "vape ban", "flavour ban")),
    Issue(id="strikes-in-russia", label="Strikes inside Russia",
          proposition="Ukraine should be allowed to use Western-supplied long-range weapons against targets inside Russia",
          terms=("Russian territory", "strikes inside Russia", "deep strikes")),
    Issue(id="cruise-missiles", label="Cruise missiles for Ukraine",
          proposition="Germany should deliver cruise missiles to Ukraine",
          terms=("cruise missiles", "Taurus missiles", "Taurus")),
    Issue(id="forest-law", label="The forest law", proposition="The forest protection law should be applied in full",
          terms=("forest law", "forest protection law")),
    Issue(id="clinic-quota", label="More places at medical schools in Korea",
          proposition="South Korea should raise the medical school quota",
          terms=("medical school quota", "medical school admissions")),
))
_CTX = ExtractionContext(issues=_ISSUES)

_VAPE = "WASHINGTON - Federal regulators are weighing a ban on flavoured vapes. "
_TAURUS = "BERLIN - Lawmakers debated a motion calling on the government to deliver Taurus missiles to Ukraine. "
_FOREST = "STRASBOURG - The forest law was pushed back by a year on Thursday. "


def _stances(text: str) -> set[tuple[str, str, str]]:
    return stances(text, _CTX, published_at="2025-03-01T00:00:00Z", title="t")


def test_version() -> None:
    assert tuple(map(int, positions.PRODUCER.version.split("."))) >= (1, 61, 0)


@pytest.mark.parametrize("text, expected", [
    # a place's own ban: a finite verb opening the term, a pronoun, a place after another
    pytest.param(_VAPE + "Canada banned flavoured vapes in 2021.", {("Canada", "vape-ban", "support")}, id="banned-term"),
    pytest.param(_VAPE + "Sweden bans flavoured vapes from next June.", {("Sweden", "vape-ban", "support")}, id="bans-term"),
    pytest.param(_VAPE + "Texas has banned flavoured vapes.", {("Texas", "vape-ban", "support")}, id="place-in-s"),
    pytest.param(_VAPE + "Illinois outlawed flavoured vapes last year.", {("Illinois", "vape-ban", "support")}, id="outlawed-place-in-s"),
    pytest.param(_VAPE + "Poland, which banned them in 2022, saw sales fall.", {("Poland", "vape-ban", "support")}, id="which-banned-them"),
    pytest.param(_VAPE + "Denmark banned them last year.", {("Denmark", "vape-ban", "support")}, id="banned-them-last-year"),
    pytest.param("HARTFORD - Connecticut becomes the third state to ban flavoured vapes, after Kansas, which outlawed them in 2020.",
                 {("Connecticut", "vape-ban", "support"), ("Kansas", "vape-ban", "support")}, id="third-state-after"),
    pytest.param("SALEM - Oregon has become the latest state to ban flavoured vapes.", {("Oregon", "vape-ban", "support")},
                 id="latest-state"),
    pytest.param("OTTAWA - Canada became the second country to reject a vape ban.", {("Canada", "vape-ban", "oppose")},
                 id="second-country-reject"),
    # guards: a participle before the item, a pronoun banned from somewhere
    pytest.param(_VAPE + "Customs officers seized banned flavoured vapes at the border.", set(), id="banned-as-adjective"),
    pytest.param(_VAPE + "Shops that sold them were banned from trading, Ohio said.", set(), id="banned-from-trading"),
    # the measure enacted by a passive's agent
    pytest.param("ALBANY - New York's ban on flavoured vapes, signed by Gov. Kathy Hochul last year, takes effect on Monday.",
                 {("Kathy Hochul", "vape-ban", "support")}, id="possessive-ban-signed-by"),
    pytest.param(_VAPE + "The ban was signed into law by Gov. Gavin Newsom in 2020.",
                 {("Gavin Newsom", "vape-ban", "support")}, id="signed-into-law-by"),
    pytest.param(_VAPE + "The law, passed in 2020 and signed by Governor Charlie Baker that August, had been on hold.",
                 {("Charlie Baker", "vape-ban", "support")}, id="law-passed-and-signed-by"),
    pytest.param(_VAPE + "The bill to repeal the ban, signed by Gov. Gavin Newsom, takes effect.", set(), id="repeal-signed-by"),
    pytest.param(_VAPE + "The ban on smoking in parks, signed by Gov. Gavin Newsom, takes effect.", set(), id="other-ban-signed-by"),
    # a motion's sponsor after the sentence saying what it calls for; `these weapons`
    pytest.param(_TAURUS + "The motion tabled by the CDU/CSU alliance was rejected by 480 votes to 180.",
                 {("CDU/CSU", "cruise-missiles", "support")}, id="motion-tabled-by"),
    pytest.param(_TAURUS + "The motion by the CDU/CSU group was defeated on Thursday.",
                 {("CDU/CSU", "cruise-missiles", "support")}, id="motion-by"),
    pytest.param(_TAURUS + "The motion was rejected by 480 votes to 180.", set(), id="motion-by-a-count"),
    pytest.param(_TAURUS + "\"Kyiv needs these weapons today,\" Friedrich Merz told the chamber.",
                 {("Friedrich Merz", "cruise-missiles", "support")}, id="these-weapons"),
    # an accusation; gutting a measure
    pytest.param(_FOREST + "Greenpeace accused the EPP of weakening the law.", {("Greenpeace", "forest-law", "support")},
                 id="accused-of-weakening"),
    pytest.param(_FOREST + "The S&D accused the EPP of gutting the forest law.",
                 {("Socialists and Democrats", "forest-law", "support")}, id="accused-of-gutting"),
    pytest.param(_FOREST + "Fern accused the Commission of gutting the regulation.", {("Fern", "forest-law", "support")},
                 id="gutting-the-regulation"),
    pytest.param("CANBERRA - Lawmakers debated sending Taurus missiles to Ukraine. The opposition Liberal-National "
                 "coalition said it supported the idea.", {("Liberal-National Coalition", "cruise-missiles", "support")},
                 id="liberal-national-coalition"),
    # the lead's measure named again a few sentences on
    pytest.param("SEOUL - The government will raise the medical school quota by 2,000, the health minister said. "
                 "\"We cannot wait any longer,\" he said. \"Rural hospitals are closing.\"\n\nThe Korean Medical "
                 "Association denounced the plan.",
                 {("South Korea", "clinic-quota", "support"), ("Korean Medical Association", "clinic-quota", "oppose")},
                 id="plan-three-sentences-on"),
    # a measure carried by a named actor, in a relative clause with the measure as its object
    pytest.param("SEOUL - The medical school quota stays at 3,058. The decision reverses the 2,000-student increase that "
                 "former President Yoon Suk Yeol had championed.", {("Yoon Suk Yeol", "clinic-quota", "support")},
                 id="increase-that-x-championed"),
    pytest.param("SEOUL - The medical school quota stays at 3,058, scrapping a plan that Yoon Suk Yeol had spearheaded.",
                 {("Yoon Suk Yeol", "clinic-quota", "support")}, id="plan-that-x-spearheaded"),
    pytest.param("SEOUL - The medical school quota stays at 3,058. Critics attacked the repeal of the increase that Yoon "
                 "Suk Yeol had proposed.", set(), id="repeal-of-increase-that-x-proposed"),
    pytest.param(_VAPE + "The vape ban was approved by EU member states in March.", set(), id="approved-by-member-states"),
    # thanks to a named actor for their own act a few sentences back, past others' acts and reactions
    pytest.param("BERLIN - Germany will deliver Taurus missiles to Ukraine, Chancellor Olaf Scholz said. The first missiles "
                 "will arrive in May. Hours later, France said it would send cruise missiles too. \"They are the best "
                 "cruise missiles in Europe,\" a French minister said. Poland welcomed the move.\n\nPresident Volodymyr "
                 "Zelensky thanked Scholz in a phone call.",
                 {("Germany", "cruise-missiles", "support"), ("Olaf Scholz", "cruise-missiles", "support"),
                  ("France", "cruise-missiles", "support"), ("Poland", "cruise-missiles", "support"),
                  ("Volodymyr Zelensky", "cruise-missiles", "support")}, id="thanked-for-own-act-earlier"),
    pytest.param("BERLIN - Germany will not deliver Taurus missiles to Ukraine, Chancellor Olaf Scholz said. Britain said "
                 "it would send cruise missiles. Poland welcomed the move.\n\nPresident Volodymyr Zelensky thanked "
                 "Scholz in a phone call.",
                 {("Germany", "cruise-missiles", "oppose"), ("Olaf Scholz", "cruise-missiles", "oppose"),
                  ("United Kingdom", "cruise-missiles", "support"), ("Poland", "cruise-missiles", "support")},
                 id="thanked-after-own-refusal"),
    # a country's own weapons ruled out
    pytest.param("PRAGUE - Defence Minister Jan Novak said Czech weapons could not be used on Russian territory.",
                 {("Czech Republic", "strikes-in-russia", "oppose")}, id="czech-weapons-not-used"),
    pytest.param("ROME - Italy will send generators to Ukraine, Antonio Tajani said, adding that Italian weapons could not "
                 "be used on Russian territory.",
                 {("Italy", "strikes-in-russia", "oppose"), ("Antonio Tajani", "strikes-in-russia", "oppose")},
                 id="italian-weapons-not-used"),
    pytest.param("BERLIN - Chancellor Olaf Scholz said German arms would never be used against Russian territory.",
                 {("Germany", "strikes-in-russia", "oppose"), ("Olaf Scholz", "strikes-in-russia", "oppose")},
                 id="german-arms-never-used"),
    pytest.param("WASHINGTON - The US will send rocket systems after Kyiv assured Washington the launchers would not be "
                 "used against Russian territory.", set(), id="assurance-no-demonym"),
    pytest.param("PARIS - French weapons can be used on Russian territory, a minister said.", set(), id="can-be-used"),
    # still read wrong
    pytest.param(_FOREST + "The S&D accused the EPP of gutting a law that parliament itself had adopted.",
                 {("Socialists and Democrats", "forest-law", "support")},
                 marks=xf("`a law` with an indefinite article is no anaphor of the measure"), id="gutting-a-law"),
    pytest.param(_VAPE + "The measure, passed by the Legislature in 2020, was put on hold.",
                 {("California Legislature", "vape-ban", "support")},
                 marks=xf("a bare `the Legislature` is not resolved to its state"), id="the-legislature"),
    pytest.param(_FOREST + "The Greens said they would fight to keep the original text.",
                 {("Greens/EFA", "forest-law", "support")},
                 marks=xf("`the Greens` in the European Parliament is not told from a national Green party"), id="greens-efa"),
    pytest.param(_TAURUS + "Marie-Agnes Strack-Zimmermann broke ranks and voted with the opposition.",
                 {("Marie-Agnes Strack-Zimmermann", "cruise-missiles", "support")},
                 marks=xf("a vote with the motion's sponsor is not read as a vote for the motion"), id="voted-with-opposition"),
])
def test_constructions(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _stances(text) == expected
