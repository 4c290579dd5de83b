"""Acts and issue links missed on a wealth tax and on recognising a state (positions 1.64.0, pass pos42d).

Invented wire copy on issues of our own (a Belgian tax on private jets, recognising Somaliland, a cap on fish
catches). The classes of the pass:

- an attack in words on a measure (`Hans Keller attacked the jet tax`, `lashed out at`, `hit out at`, `came out
  against it`): against it; `attack` is a stance only before a measure noun;
- verdicts: a prize or reward for what the measure is said to reward (`a prize for terrorism`, `rewarded violence`,
  `would reward the attack`), an attack on others (`would be a "lethal attack" on airlines`), the wrong instrument (`was
  "not the right tool"`, `the wrong instrument`): against; the measure called indispensable (`remained
  "indispensable"`, `is essential`): for;
- a step put off until a process ends (`should come at the end of a negotiated process`, `only at the end of talks`,
  `one of the final steps towards a settlement`) and conditions not met (`the conditions have not been met`): against,
  read before `should` is taken for an entitlement;
- a measure made the condition of one's own course (`has made the jet tax a condition for not toppling the
  government`, `a condition of any budget deal`): for; a person's `made` opens a holder's predicate;
- a quotation that runs on into a second sentence keeps its topic for a bare `it` in the sentence after
  (`"The jet tax only hits the richest. It is fair," she said. The airline federation came out against it.`);
- accused of rewarding terror, recalling an envoy in protest: against; a counterfactual harm (`would have hit`): against;
- reactions to a vote's outcome (`welcomed the outcome`, `the vote was "a defeat for fiscal justice"`; not
  `the result`, which copy uses for much else): read against the
  act, as reactions to `the vote` are;
- the issue named as the way rejected after a comma (`should come through talks, not through unilateral recognition`):
  against, as `rather than` already was;
- a measure's sponsor in a reduced relative (`The text, tabled by ...`, `sponsored by`, `drafted by`): for it;
- an issue that caps something (`should cap ...`): the curb nouns among its terms (`catch limits`) are the measure
  itself, not its negation (`would keep pushing for binding limits` is for the cap).

Guards: an armed attack on tanks, a prize for a design, `on condition of anonymity`, `at the end of the year`, a
quotation that closed before a sentence on something else, opposing limits.
"""

from __future__ import annotations

import pytest

from tests.marks import xf
from tests.position_tuples import stances
from wirewatch.processors import ExtractionContext
from wirewatch.schemas import Issue, IssueSet

_ISSUES = IssueSet(issues=(
    Issue(id="jet-tax", label="A Belgian tax on private jets",
          proposition="Belgium should introduce a tax of 500 euros on every private jet flight",
          terms=("jet tax", "private jet tax", "tax on private jets")),
    Issue(id="somaliland-recognition", label="Recognising Somaliland",
          proposition="Governments should formally recognise Somaliland as a state now",
          terms=("recognition of Somaliland", "recognise Somaliland", "Somaliland's recognition")),
    Issue(id="catch-cap", label="A cap on fish catches",
          proposition="A regional fisheries pact should cap the catch of tuna",
          terms=("catch cap", "catch limits", "cap on catches", "curbs on fishing")),
    Issue(id="tanks-for-ukraine", label="Sending tanks to Ukraine",
          proposition="Western countries should send main battle tanks to Ukraine", terms=("tanks", "Leopard")),
))
_CTX = ExtractionContext(issues=_ISSUES)

S, O = "support", "oppose"

CASES = [
    # an attack in words on the measure
    ("Hans Keller attacked the jet tax on Monday.", {("Hans Keller", "jet-tax", O)}),
    ("Austria attacks the jet tax as a blow to tourism.", {("Austria", "jet-tax", O)}),
    ("Hans Keller lashed out at the tax on private jets.", {("Hans Keller", "jet-tax", O)}),
    ("Marie Dubois hit out at the jet tax in a radio interview.", {("Marie Dubois", "jet-tax", O)}),
    ("Marie Dubois lashed out at the finance minister and his proposed jet tax.", {("Marie Dubois", "jet-tax", O)}),
    ("The cabinet approved the jet tax. The Pilots Guild came out against it.", {("Pilots Guild", "jet-tax", O)}),
    ("The cabinet approved the jet tax. Hans Keller came out in favour of it.", {("Hans Keller", "jet-tax", S)}),
    ("Marie Dubois came out in favour of the jet tax.", {("Marie Dubois", "jet-tax", S)}),
    # verdicts
    ("Hans Keller called the recognition of Somaliland \"a prize for terrorism\".", {("Hans Keller", "somaliland-recognition", O)}),
    ("Marie Dubois said the recognition of Somaliland rewarded violence.", {("Marie Dubois", "somaliland-recognition", O)}),
    ("Hans Keller said the recognition of Somaliland would reward the March attack.", {("Hans Keller", "somaliland-recognition", O)}),
    ("Marie Dubois said the jet tax would be a \"lethal attack\" on small airlines.", {("Marie Dubois", "jet-tax", O)}),
    ("Hans Keller warned the jet tax would be an assault on regional airports.", {("Hans Keller", "jet-tax", O)}),
    ("Marie Dubois said the jet tax was \"not the right tool\".", {("Marie Dubois", "jet-tax", O)}),
    ("Hans Keller told senators the jet tax was not the right instrument.", {("Hans Keller", "jet-tax", O)}),
    ("Marie Dubois said the jet tax was the wrong tool for cutting emissions.", {("Marie Dubois", "jet-tax", O)}),
    ("Hans Keller said the jet tax remained \"indispensable\".", {("Hans Keller", "jet-tax", S)}),
    ("Marie Dubois said the jet tax is essential.", {("Marie Dubois", "jet-tax", S)}),
    ("Austria accused Norway of rewarding terrorism with the recognition of Somaliland.", {("Austria", "somaliland-recognition", O)}),
    ("Ethiopia recalled its ambassador in protest at the recognition of Somaliland.", {("Ethiopia", "somaliland-recognition", O)}),
    ("Kenya recalled its envoy to Vienna in protest against the recognition of Somaliland.", {("Kenya", "somaliland-recognition", O)}),
    ("\"The jet tax would have hit small airlines hardest,\" Olaf Scholz said.", {("Olaf Scholz", "jet-tax", O)}),
    ("Olaf Scholz said the jet tax would have hit regional airports.", {("Olaf Scholz", "jet-tax", O)}),
    # reactions to a vote's outcome
    ("The Belgian parliament rejected the jet tax. Olaf Scholz welcomed the outcome.", {("Olaf Scholz", "jet-tax", O)}),
    ("The Belgian parliament adopted the jet tax. Olaf Scholz welcomed the outcome.", {("Olaf Scholz", "jet-tax", S)}),
    ("The Belgian parliament rejected the jet tax. Olaf Scholz said the vote was \"a defeat for fiscal justice\".",
     {("Olaf Scholz", "jet-tax", S)}),
    ("The Belgian parliament adopted the jet tax. Olaf Scholz said the vote was a defeat for democracy.", {("Olaf Scholz", "jet-tax", O)}),
    # a measure's sponsor named in a reduced relative
    ("The jet tax bill, tabled by Olaf Scholz, passed by 80 votes to 41.", {("Olaf Scholz", "jet-tax", S)}),
    ("Parliament debated the jet tax. The text, sponsored by Olaf Scholz, was rejected.", {("Olaf Scholz", "jet-tax", S)}),
    ("The tax on private jets, drafted by Olaf Scholz, goes to the Senate.", {("Olaf Scholz", "jet-tax", S)}),
    # the issue named as the rejected way (`through talks, not through unilateral recognition`)
    ("Olaf Scholz said a Somaliland state should come through talks with Mogadishu, not through unilateral recognition of Somaliland.",
     {("Olaf Scholz", "somaliland-recognition", O)}),
    ("Austria said a settlement should be reached through direct talks, not via recognition of Somaliland.",
     {("Austria", "somaliland-recognition", O)}),
    # a step put off until a process ends, conditions not met
    ("Austria said recognition of Somaliland should come at the end of a negotiated process.", {("Austria", "somaliland-recognition", O)}),
    ("Hans Keller said the recognition of Somaliland must come only at the end of talks with Mogadishu.",
     {("Hans Keller", "somaliland-recognition", O)}),
    ("Austria regards recognition of Somaliland as one of the final steps towards a settlement.", {("Austria", "somaliland-recognition", O)}),
    ("Austria said the conditions for recognition of Somaliland had not been met.", {("Austria", "somaliland-recognition", O)}),
    ("Marie Dubois said the conditions have not yet been met to recognise Somaliland.", {("Marie Dubois", "somaliland-recognition", O)}),
    # a measure made a condition of one's own course
    ("Marie Dubois has made the jet tax a condition for not toppling the government.", {("Marie Dubois", "jet-tax", S)}),
    ("Hans Keller made the jet tax a condition of any budget deal.", {("Hans Keller", "jet-tax", S)}),
    ("Austria has made the jet tax a precondition for its support.", {("Austria", "jet-tax", S)}),
    # a quotation running on into the next sentence
    ("\"The jet tax only hits the richest travellers. It is fair,\" Marie Dubois said. The Pilots Guild came out against it.",
     {("Pilots Guild", "jet-tax", O)}),
    # an issue that caps something: its own curb nouns
    ("Talks on the catch cap stalled. Norway said it would keep pushing for binding limits.", {("Norway", "catch-cap", S)}),
    ("Iceland and Norway said they would push for binding catch limits.", {("Iceland", "catch-cap", S), ("Norway", "catch-cap", S)}),
    # guards
    ("Russian forces attacked the tanks near the river.", set()),
    ("Hans Keller won a prize for the design of the new airport.", set()),
    ("Marie Dubois made the remarks on condition of anonymity.", set()),
    ("Hans Keller said the jet tax would take effect at the end of the year.", set()),
    ("Talks on the catch cap stalled. Japan opposed any binding limits.", {("Japan", "catch-cap", O)}),
    ("Austria said recognition of Somaliland should come now.", {("Austria", "somaliland-recognition", S)}),
    ("\"The jet tax only hits the richest travellers.\" The football club said it was a fair season. The Pilots Guild came out against it.",
     set()),
    ("Olaf Scholz said he would have sent tanks if asked.", set()),
    ("The Belgian parliament adopted the jet tax. Olaf Scholz said the vote was a defeat for the opposition.", set()),
    ("The jet tax, opposed by Olaf Scholz, passed.", {("Olaf Scholz", "jet-tax", O)}),
    # not fixed
    pytest.param("Parliament debated the jet tax. The text, tabled by the deputy Eva Sas, passed by 80 votes to 41.",
                 {("Eva Sas", "jet-tax", S)}, marks=xf("an agent the gazetteer does not know is no ref for the by-phrase")),
    pytest.param("Marie Dubois, the airline's chief, lashed out at the jet tax.", {("Marie Dubois", "jet-tax", O)},
                 marks=xf("a verb after an appositive with no article is not yet a holder's verb")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pos42d_constructions(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(text, _CTX) == expected
