"""User-defined issues on fresh wire copy (positions 1.27.0, pass `posgen`; the battery of the pass).

Three issues of our own, written as a user writes them (id, label, proposition, 4-6 terms), and a battery of invented
wire sentences stating (or only mentioning) actors' stances on them. The classes fixed in this pass:

- an adjective before an acronym or a name in a term (`digital ID`, `national ID scheme`) is no verb that enacts the
  issue: `digital` and `national` are no action cues (they made `condemned the digital ID scheme as a threat` support
  and `Estonia has had a national digital ID` a stance);
- an unknown actor before the present tense of a stance verb (`The Green Party backs`, `The Conservative Party opposes`),
  before `tabled`, `proposed`, `pushed for`, `championed`, or with an adverb between (`has long pushed for`);
- an unknown name holding a stance noun (`Privacy International's opposition to the scheme`);
- the agent of a passive verdict (`The ban was welcomed by ...`, `... was slammed by ...`) and a titled person as the
  agent (`tabled by Technology Secretary Peter Kyle`);
- the sentence's full stop is no part of an organisation's name (`... by the Institute of Directors.`);
- a known body's one-word name heading a longer name (`Trades Union Congress`) is another body, not `US Congress`;
- `open to a debate on X` is no support of X; `illegal` as the wrong a measure fights (`tackle illegal working`) is no
  verdict on the measure.
"""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, positions
from wirewatch.schemas import Article, Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="jets", label="A ban on private jets", proposition="Private jet flights should be banned or restricted by law",
          terms=("private jets", "private jet", "private jet flights", "business jets", "private aviation")),
    Issue(id="drinking-age", label="Lowering the drinking age", proposition="The legal drinking age should be lowered",
          terms=("drinking age", "legal drinking age", "minimum drinking age", "lower drinking age", "alcohol age limit")),
    Issue(id="digital-id", label="A national digital ID", proposition="A national digital identity scheme should be introduced",
          terms=("digital ID", "digital identity", "digital ID cards", "national ID scheme", "digital ID scheme", "identity cards")),
))
_CTX = ExtractionContext(issues=_ISSUES)

_LJ = 'The government unveiled a ban on private jets on Monday, covering flights under 500 km. '
_LD = 'Lawmakers debated a bill on Tuesday that would lower the drinking age from 21 to 18. '
_LI = 'Ministers unveiled plans for a national digital ID on Monday, to be stored on smartphones. '


def _stances(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", title="t", source="test", published_at="2025-03-01T00:00:00Z", language="en", text=text)
    return {(e.payload["actor"]["canonical"], e.payload["issue"], e.payload["stance"])
            for e in positions.extract(article, _CTX)}


@pytest.mark.parametrize("text, expected", [
    ('The French government said on Tuesday it would ban private jets on routes also served by trains.', [('France', 'jets', 'support')]),
    pytest.param('Transport Minister Claire Dubois told reporters the ban on private jets would take effect next year.', [('Claire Dubois', 'jets', 'support')], marks=pytest.mark.xfail(strict=True, reason='a minister announcing when a ban takes effect: a timetable, not a stance; no rule that would not also fire on plain reporting')),
    ('The European Business Aviation Association condemned the proposed private jet ban as symbolic and costly.', [('European Business Aviation Association', 'jets', 'oppose')]),
    ('Greenpeace welcomed the ban on private jets, calling it overdue.', [('Greenpeace', 'jets', 'support')]),
    ('The Green Party has long pushed for a ban on private jets.', [('Green Party', 'jets', 'support')]),
    pytest.param('The plan to ban private jets was rejected by the Senate on Thursday.', [('Senate', 'jets', 'oppose')], marks=pytest.mark.xfail(strict=True, reason='`the Senate` with no country in the article is no actor the gazetteer resolves')),
    ("Spain's opposition to the private jet ban surprised diplomats.", [('Spain', 'jets', 'oppose')]),
    ("Germany's backing of a private jet ban gave the proposal fresh momentum.", [('Germany', 'jets', 'support')]),
    pytest.param('"Banning private jets is pure populism," said Marco Ricci, head of the Italian Aviation Federation.', [('Marco Ricci', 'jets', 'oppose')], marks=pytest.mark.xfail(strict=True, reason='a verdict noun in a quote (`is pure populism`) is in no verdict list; adding loose insult nouns would misfire')),
    ("The pilots' union BALPA slammed the ban on business jets, warning that hundreds of jobs were at risk.", [('BALPA', 'jets', 'oppose')]),
    ('Climate Minister Lena Berg hailed the private jet ban as a turning point.', [('Lena Berg', 'jets', 'support')]),
    ('The Netherlands did not support a ban on private jets, officials said.', [('Netherlands', 'jets', 'oppose')]),
    ('The Social Democrats tabled a bill to ban private jets on domestic routes.', [('Social Democrats', 'jets', 'support')]),
    ('The ban on private jets was championed by Mayor Anne Hidalgo.', [('Anne Hidalgo', 'jets', 'support')]),
    ('Paris Mayor Anne Hidalgo has campaigned for a ban on private jets since 2022.', [('Anne Hidalgo', 'jets', 'support')]),
    ('The Conservative Party opposes a ban on private jets, its leader said.', [('Conservative Party', 'jets', 'oppose')]),
    pytest.param('The Liberal Youth wing called for the drinking age to be lowered to 18.', [('Liberal Youth', 'drinking-age', 'support')], marks=pytest.mark.xfail(strict=True, reason="a party's youth `wing` after its name: the named-subject finder stops at `wing`")),
    ('Health Minister Sarah Okafor said the government would not lower the drinking age.', [('Sarah Okafor', 'drinking-age', 'oppose')]),
    ('Mothers Against Drunk Driving condemned the proposal to lower the drinking age.', [('Mothers Against Drunk Driving', 'drinking-age', 'oppose')]),
    ('The National Restaurant Association welcomed the move to lower the legal drinking age.', [('National Restaurant Association', 'drinking-age', 'support')]),
    ('The American Medical Association opposes lowering the drinking age, saying it would cost lives.', [('American Medical Association', 'drinking-age', 'oppose')]),
    ('Senator Mark Ellis introduced a bill to lower the drinking age to 19.', [('Mark Ellis', 'drinking-age', 'support')]),
    ('"Lowering the drinking age would be a disaster for road safety," Police Commissioner Tom Reyes said.', [('Tom Reyes', 'drinking-age', 'oppose')]),
    ('The Brewers Association has lobbied for a lower drinking age for years.', [('Brewers Association', 'drinking-age', 'support')]),
    pytest.param('The bill to lower the drinking age was blocked by the House Judiciary Committee.', [('House Judiciary Committee', 'drinking-age', 'oppose')], marks=pytest.mark.xfail(strict=True, reason='an unknown `Committee` is no organisation head (a generic word in parliamentary copy)')),
    ('Governor Ana Ruiz vetoed the bill lowering the drinking age on Friday.', [('Ana Ruiz', 'drinking-age', 'oppose')]),
    ('Governor Ana Ruiz signed the bill lowering the drinking age into law on Friday.', [('Ana Ruiz', 'drinking-age', 'support')]),
    ('The Libertarian Party backs lowering the drinking age to 18.', [('Libertarian Party', 'drinking-age', 'support')]),
    pytest.param('Opposition from the Catholic Church doomed the drinking age bill.', [('Catholic Church', 'drinking-age', 'oppose')], marks=pytest.mark.xfail(strict=True, reason="`Opposition from X` as a sentence's subject: the holder after `from` is not read")),
    pytest.param('The Surgeon General warned against lowering the drinking age.', [('Surgeon General', 'drinking-age', 'oppose')], marks=pytest.mark.xfail(strict=True, reason="a bare office (`The Surgeon General`) without a person's name is no actor")),
    ('The Republican Party voted down the proposal to lower the drinking age.', [('Republican Party', 'drinking-age', 'oppose')]),
    ('The Youth Parliament endorsed lowering the legal drinking age.', [('Youth Parliament', 'drinking-age', 'support')]),
    ('The British government said it would introduce a national digital ID for all adults by 2029.', [('United Kingdom', 'digital-id', 'support')]),
    ('Big Brother Watch condemned the digital ID scheme as a threat to privacy.', [('Big Brother Watch', 'digital-id', 'oppose')]),
    # (pass `pos22s`: a benefit predicted of the measure named by its term)
    ('Home Secretary Yvette Cooper said digital ID cards would help tackle illegal working.', [('Yvette Cooper', 'digital-id', 'support')]),
    ('The Liberal Democrats voted against the digital ID bill on Wednesday.', [('Liberal Democrats', 'digital-id', 'oppose')]),
    ('The Confederation of British Industry welcomed the digital ID scheme, saying it would cut red tape.', [('Confederation of British Industry', 'digital-id', 'support')]),
    ('Reform UK leader Nigel Farage vowed to scrap the digital ID scheme if elected.', [('Nigel Farage', 'digital-id', 'oppose')]),
    # (a devolved government acting as a whole is its nation, as dev gold files it: pass `actors`)
    ('The Scottish Government said it would not take part in the digital ID scheme.', [('Scotland', 'digital-id', 'oppose')]),
    ('Liberty slammed the plan for digital identity cards, calling it intrusive.', [('Liberty', 'digital-id', 'oppose')]),
    ('The Tony Blair Institute has championed a national digital ID for years.', [('Tony Blair Institute', 'digital-id', 'support')]),
    ('The digital ID bill was tabled by Technology Secretary Peter Kyle on Monday.', [('Peter Kyle', 'digital-id', 'support')]),
    ('Unison said it had serious concerns about the digital ID scheme.', [('Unison', 'digital-id', 'oppose')]),
    ('The Conservative Party has pushed for a national digital ID to control immigration.', [('Conservative Party', 'digital-id', 'support')]),
    ('Labour MP Diane Abbott said she would vote against digital ID cards.', [('Diane Abbott', 'digital-id', 'oppose')]),
    ('Sir Keir Starmer defended the digital ID plan in Parliament on Wednesday.', [('Keir Starmer', 'digital-id', 'support')]),
    ("Privacy International's opposition to the digital identity scheme is well known.", [('Privacy International', 'digital-id', 'oppose')]),
    ('The Open Rights Group lobbied against the digital ID cards.', [('Open Rights Group', 'digital-id', 'oppose')]),
    ('The Trades Union Congress did not support the digital ID plan, its general secretary said.', [('Trades Union Congress', 'digital-id', 'oppose')]),
    (_LI + 'The scheme was backed by the Institute of Directors.', [('Institute of Directors', 'digital-id', 'support')]),
    (_LJ + 'The ban was welcomed by the Climate Action Network.', [('Climate Action Network', 'jets', 'support')]),
    (_LJ + 'The National Business Aviation Association said it would challenge the ban in court.', [('National Business Aviation Association', 'jets', 'oppose')]),
    (_LD + 'The Distilled Spirits Council said it supported the bill.', [('Distilled Spirits Council', 'drinking-age', 'support')]),
    (_LD + 'Mayor Joe Carter said he opposed the measure, citing road deaths.', [('Joe Carter', 'drinking-age', 'oppose')]),
    (_LI + 'Big Brother Watch said it would fight the plan, which it called a step towards a surveillance state.', [('Big Brother Watch', 'digital-id', 'oppose')]),
])
def test_stated_stance(text, expected):
    assert _stances(text) == set(expected)


# mentions, questions, conditionals, hedges and reports of fact: no stance
@pytest.mark.parametrize("text, expected", [
    ('Airport operators lobbied against the private jet ban for months.', []),
    ('Belgium stopped short of backing the private jet ban.', []),
    ('Would Italy support a private jet ban? Officials in Rome declined to say.', []),
    ('If the private jet ban passes, charter firms say they will move abroad.', []),
    ('Austria and Portugal attended the meeting on private jets in Brussels.', []),
    ('Private jets made up about 2 percent of flights at Paris airports last year, data showed.', []),
    ('Lawmakers voted down the private jet ban by 210 votes to 180.', []),
    ('Student groups hailed the decision to lower the drinking age.', []),
    ('Education Secretary Paul Green said he was open to a debate on the drinking age but stopped short of endorsing a change.', []),
    ('The drinking age is 21 in all 50 states.', []),
    ('Should the drinking age be lowered? Voters in Ohio will decide in November.', []),
    ('Senator Mark Ellis spoke at a dinner with Governor Ana Ruiz, where the drinking age was not discussed.', []),
    ('The Law Society stopped short of opposing the digital ID scheme but urged safeguards.', []),
    ('If the digital ID scheme goes ahead, the Home Office will need new data centres.', []),
    ('Estonia has had a national digital ID since 2002.', []),
    ('Is a digital ID really needed? Critics say no.', []),
    ('The scheme was backed by the Institute of Directors.', []),
    ('Ministers met Apple and Google to discuss the digital ID wallet on Tuesday.', []),
    (_LI + 'Amnesty International said it was studying the proposal.', []),
])
def test_no_stance(text, expected):
    assert _stances(text) == set(expected)


@pytest.mark.parametrize("text", [
    "The US Congress did not support the digital ID plan.",  # a country's code before the body: still the body
    "The Republican-controlled Congress did not support the digital ID plan.",
])
def test_known_body_after_a_modifier_stays_the_body(text):
    assert ("US Congress", "digital-id", "oppose") in _stances(text)


@pytest.mark.parametrize("text", [
    "Privacy International's offices were closed on Monday after a digital ID protest.",
    "The Heritage Group has long published reports on private jets.",  # an adverb before a verb that is no stance
    "Greenpeace's report on private jets was published on Monday.",
])
def test_no_stance_from_names_or_possessives_alone(text):
    assert not _stances(text)


def test_illegal_still_a_verdict_on_the_measure():
    assert ("Liberty", "digital-id", "oppose") in _stances("Liberty said the digital ID scheme was illegal.")
