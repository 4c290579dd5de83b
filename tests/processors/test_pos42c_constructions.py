"""Acts and verdicts that carry a stance but were not read (positions 1.64.0, pass pos42c).

Invented wire copy on issues of our own (a global cap on coal mining, a ban on phones in schools, dumping treated sludge
at sea). The classes of the pass:

- on an issue whose measure is itself a curb (`A global treaty should cap coal mining`), limits, curbs, caps and bans
  are the measure, not its negation (`would keep pushing for binding limits`, `will not support a treaty that limits
  mining`); on any other issue they still negate it;
- fighting for a measure (`would keep fighting for a cap`) and fighting an act or a deal (`vowed to fight the release`,
  `would fight the coal treaty`; was read as support after `vowed to`);
- giving up on a measure, negated (`would "not give up" on a cap`): for it;
- good verdicts predicated of a measure or an act on it: needed as it is (`a cap was essential`, `was necessary`),
  going as it should (`the release was proceeding according to plan`), within the standards (`met international safety
  standards`, `consistent with ... standards`);
- doing as a forerunner did (`following France's lead`, `copy France's ban`);
- avoiding a measure (`managed to avoid a cap`; welcomed, against it);
- the act named as a noun before the verdict on it (`called the release "an irresponsible act"`): the verdict is the
  cue, not the noun read as the act (was read as support); a noun with no verdict after it is still the act;
- a group's leaders after `co-chaired by`, `co-led by`, `chaired by` (and a quoted group name before them): they hold
  the group's stance, as after `led by`;
- a measure that passed a chamber named as its object (`The bill cleared the Bundestag by 400 votes to 200`): the
  chamber supports it (not a bill undoing the measure);
- bad verdicts predicated of a measure: rushed, leaving those it protects less safe, pushing them somewhere worse, not
  keeping them safe; doubts in quotes before `about` (`"serious reservations" about the bill`); asking for a text `not
  to be passed`.

Guards: limits on a non-curbing issue still oppose; fighting for one's jobs is no stance; an infinitive after `essential`
(`it was essential to avoid a cap`) keeps the avoidance's reading; a bill to repeal the measure passing a chamber and a
person passing a building give no stance.
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="coal-cap", label="A global cap on coal mining", proposition="A global treaty should cap coal mining",
          terms=("coal treaty", "cap on coal mining", "mining cap", "coal output limits")),
    Issue(id="phone-ban", label="Banning phones in schools", proposition="Mobile phones should be banned in schools",
          terms=("school phone ban", "phones in schools", "phone ban")),
    Issue(id="sludge-dumping", label="Dumping treated sludge at sea",
          proposition="Treated sludge from the Harwell plant should be dumped at sea",
          terms=("treated sludge", "dumping", "sludge release")),
    Issue(id="brine-release", label="Releasing brine into the bay",
          proposition="Brine from the Kerr desalination plant should be released into the bay",
          terms=("brine release", "brine discharge", "brine")),
    Issue(id="drone-exports", label="Norwegian drone exports to Chile",
          proposition="Norway should be allowed to export drones to Chile",
          terms=("drone exports", "drone sales")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"

CASES = [
    # curbs are the measure on a curbing issue
    ("Chile said it would push for binding limits on coal mining.", {("Chile", "coal-cap", S)}),
    ("Panama called for a cap on coal mining.\n\nChile and Peru said they would keep pushing for binding limits.",
     {("Panama", "coal-cap", S), ("Chile", "coal-cap", S), ("Peru", "coal-cap", S)}),
    ("Indonesia said it will not support a coal treaty that limits mining.", {("Indonesia", "coal-cap", O)}),
    ('Indonesia said it "will not support" a coal treaty that limits mining or bans new pits.', {("Indonesia", "coal-cap", O)}),
    # fighting for a measure, fighting an act or a deal
    ("Peru would keep fighting for a cap on coal mining.", {("Peru", "coal-cap", S)}),
    ("Peru's minister said his country would keep fighting for a coal treaty that includes a mining cap.", {("Peru", "coal-cap", S)}),
    ("The Fishing Guild vowed to fight the dumping.", {("Fishing Guild", "sludge-dumping", O)}),
    ('Pablo Ruiz vowed to fight the sludge release "to the end."', {("Pablo Ruiz", "sludge-dumping", O)}),
    ("Pablo Ruiz said he would fight the coal treaty.", {("Pablo Ruiz", "coal-cap", O)}),
    # giving up on a measure
    ('Chile said it would "not give up" on a cap on coal mining.', {("Chile", "coal-cap", S)}),
    ("Chile said it would not give up on the coal treaty.", {("Chile", "coal-cap", S)}),
    ("Indonesia gave up on the coal treaty.", {("Indonesia", "coal-cap", O)}),
    # good verdicts on a measure or an act on it
    ("Chile said a cap on coal mining was essential.", {("Chile", "coal-cap", S)}),
    ("Chile's delegation said capping coal mining was essential.", {("Chile", "coal-cap", S)}),
    ("Chile said a cap on coal mining was necessary.", {("Chile", "coal-cap", S)}),
    ("The Coal Council said the mining cap was vital.", {("Coal Council", "coal-cap", S)}),
    ("Spain said the sludge release was proceeding according to plan.", {("Spain", "sludge-dumping", S)}),
    ("Spain said the sludge release met international safety standards.", {("Spain", "sludge-dumping", S)}),
    ("Spain said the sludge release was consistent with international safety standards.", {("Spain", "sludge-dumping", S)}),
    # the act named as a noun before the verdict on it
    ('Kerr Water began releasing brine into the bay on Monday.\n\nSpain called the brine release "an extremely selfish and '
     'irresponsible act."', {("Spain", "brine-release", O)}),
    ('Spain called the brine discharge "reckless."', {("Spain", "brine-release", O)}),
    ("The Greens said the brine release would threaten fisheries.", {("Greens", "brine-release", O)}),
    ("Portugal began the brine release on Monday.", {("Portugal", "brine-release", S)}),
    # following a forerunner
    ("Ireland is following France's lead with a school phone ban.", {("Ireland", "phone-ban", S)}),
    ("Norway plans to copy France's school phone ban.", {("Norway", "phone-ban", S)}),
    # avoiding a measure
    ("Indonesia managed to avoid a cap on coal mining.", {("Indonesia", "coal-cap", O)}),
    ('The Coal Council welcomed that governments had avoided what it called "an unworkable mining cap."',
     {("Coal Council", "coal-cap", O)}),
    # bad verdicts on a measure
    ('Ireland\'s government introduced a school phone ban bill on Monday.\n\nMeta said the legislation was "rushed" and that '
     "checks should be done by app stores instead.", {("Ireland", "phone-ban", S), ("Meta", "phone-ban", O)}),
    ("The school phone ban was rushed through parliament, Meta said.", {("Meta", "phone-ban", O)}),
    ("Ireland's school phone ban came into force on Monday.\n\nMeta said the law would leave pupils less protected.",
     {("Meta", "phone-ban", O)}),
    ("Meta warned the school phone ban would push pupils into unregulated corners of the internet.", {("Meta", "phone-ban", O)}),
    ('The Teachers Union warned that the school phone ban could push pupils towards "darker, less safe" corners of the internet.',
     {("Teachers Union", "phone-ban", O)}),
    ("Senator Mary Byrne said the school phone ban will not keep kids safe.", {("Mary Byrne", "phone-ban", O)}),
    ('Ireland\'s school phone ban came into force on Monday.\n\n"This bill will not keep kids safe," said Senator Mary Byrne.',
     {("Mary Byrne", "phone-ban", O)}),
    ('Ireland\'s government introduced a school phone ban bill on Monday.\n\nThe Irish Council for Civil Liberties said it had '
     '"serious reservations" about the bill.', {("Ireland", "phone-ban", S), ("Irish Council for Civil Liberties", "phone-ban", O)}),
    ("Ireland's government introduced a school phone ban bill on Monday.\n\nThe Irish Council for Civil Liberties called for "
     "the bill not to be passed.", {("Ireland", "phone-ban", S), ("Irish Council for Civil Liberties", "phone-ban", O)}),
    # a group's leaders after `co-chaired by` / `co-led by`, the group's name in quotes
    ("A coalition co-chaired by Norway and Chile said the coal treaty must cap mining.",
     {("Norway", "coal-cap", S), ("Chile", "coal-cap", S)}),
    ("A group of countries co-led by Peru said it would push for a cap on coal mining.", {("Peru", "coal-cap", S)}),
    # a measure that passed a chamber named as the object
    ("Germany's school phone ban bill cleared the Bundestag on Thursday by 400 votes to 200.", {("Bundestag", "phone-ban", S)}),
    ("Germany introduced a school phone ban bill on Monday.\n\nThe bill passed the Bundestag on Thursday by 400 votes to 200.",
     {("Germany", "phone-ban", S), ("Bundestag", "phone-ban", S)}),
    ("The school phone ban passed the Storting on Friday, but the Bundesrat blocked it.",
     {("Storting", "phone-ban", S), ("Bundesrat", "phone-ban", O)}),
    # guards
    ("The bill to repeal the school phone ban passed the Bundestag.", set()),
    ("Greta Olsen passed the Storting building on her way to the school phone ban protest.", set()),
    ("Norway pushed for limits on drone exports.", {("Norway", "drone-exports", O)}),
    ("Chile's miners are fighting for their jobs as the coal treaty talks open.", set()),
    ("Chile said it was essential to avoid a cap on coal mining.", {("Chile", "coal-cap", O)}),
    ("Chile said the lifting of the mining cap was vital.", {("Chile", "coal-cap", O)}),
    # not fixed
    pytest.param("Norma Foley said she would not back down in the face of legal challenges over the school phone ban.",
                 {("Norma Foley", "phone-ban", S)},
                 marks=xf("a bare `back down` as an undoing was tried and dropped: the act it records is not negated, so "
                          "a later `called it a proud day` read as a reaction against the measure")),
    pytest.param("Ireland's school phone ban came into force on Monday.\n\nPrime Minister Norma Foley said she would not be "
                 "intimidated by legal threats from Meta.", {("Norma Foley", "phone-ban", S)},
                 marks=xf("refusing to be intimidated, with the measure in the sentence before, is not yet read")),
    pytest.param('A "Clean Coal Coalition" co-chaired by Norway and Chile said the coal treaty must cap mining.',
                 {("Norway", "coal-cap", S), ("Chile", "coal-cap", S), ("Clean Coal Coalition", "coal-cap", S)},
                 marks=xf("the named group is lost once its leaders hold the stance (r41-06's High Ambition Coalition)")),
    pytest.param("Harwell Water began the sludge release on Monday.", {("Harwell Water", "sludge-dumping", S)},
                 marks=xf("an unknown company's name as the subject of a begun act is no holder")),
    pytest.param("The school phone ban passed the House of Representatives by 90 votes to 12.",
                 {("House of Representatives", "phone-ban", S)},
                 marks=xf("a text passing a chamber, the chamber as the object, is not yet read")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pos42c_constructions(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(text, _CTX) == expected
