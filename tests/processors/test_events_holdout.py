"""`wirewatch eval events` on the rounds written after the dev set: the issue's targets must hold
on copy the extractors were not first written for. Rounds 4 and 5 (varied issue phrasing, other
outlets' styles) are below the issue's position target; their floors are the measured final
figures with positions 1.3.0 (round 4 0.841, round 5 0.818), so a regression there fails too.
Round 6 (untuned 0.630, final 0.984) holds the 0.85 target; round 7 (untuned 0.364, final 0.907 with
positions 1.4.0 / aid 1.3.0) too. Round 8 (three user-defined issues outside the Ukraine frame; untuned
0.439, final 0.761 with positions 1.5.0, aid 0.941 untouched) is below the target: its floor is the
measured figure. Round 9 (ordinary wire copy, two new user-defined issues; untuned 0.510, final 0.712
with positions 1.6.0, aid 1.000) is below the target too: its floor is the measured figure; round 8's
floor rises to its positions 1.6.0 figure (0.800 after the convention edit in its README). Round 10 (ordinary
wire copy, two new user-defined issues; untuned 0.828 with positions 1.6.0, aid 0.941) ends at 0.900 with
positions 1.7.0, which also lifts round 9 to 0.812: both floors are the measured figures. Rounds 12 (Ukraine war
wire copy, untuned positions 0.599, aid 0.677) and 13 (shipped issues plus `eu-ai-act` and `arms-embargo-israel`,
untuned positions 0.529, aid 0.500) end at positions 0.926 and 0.943 with positions 1.8.0 (which also lifts rounds 5,
7, 8 and 9 to 0.844, 0.919, 0.825, 0.899) and aid 0.984 and 1.000 with aid 1.4.0 (which also lifts rounds 4, 8 and
10 to 1.000): the floors are the measured figures. Rounds 14 (Ukraine war wire copy, untuned positions 0.725 with 1.8.0)
and 15 (shipped issues plus `windfall-tax-energy` and `recognise-palestinian-state`, untuned 0.544 with 1.8.0) end at
positions 0.917 and 0.917 with positions 1.9.0 (which also lifts rounds 5, 10 and 12 to 0.870, 0.918 and 0.932): the
floors are the measured figures. Their aid floors are aid 1.5.0's figures (untuned with aid 1.4.0: 0.800 and 0.682):
round 14 1.000, round 15 0.909 (its remaining gap is its `European Commission` donor, which the dev set writes
`European Union`). Rounds 16 (Ukraine war wire copy, seed issues) and 17 (seed issues plus `nuclear-power-expansion` and
`ban-russian-athletes`) were measured untuned with aid 1.5.0 / positions 1.9.0 (aid 0.742 with 3 running totals counted
as new, and 0.789; positions 0.769 and 0.609, one false change each). Positions 1.10.0 ends them at 0.877 and 0.811 with
no false change (and lifts rounds 12 and 13 to 0.944 and 0.955); aid 1.6.0 ends them at 1.000 and 0.974 with no running
total counted as new (and lifts round 12 to 1.000): the floors are the measured figures.
Rounds 18 (Ukraine war wire copy) and 19 (humanitarian and development aid, mixed topics, two user-defined issues)
were measured untuned (READMEs: aid 1.5.0 0.831 and 0.480 with one running total counted as new each, aid 1.6.0 0.831
and 0.507 with none; positions 1.9.0 0.725 with 3 false changes and 0.507, positions 1.10.0 0.722 with 2 and 0.507):
their aid floors are aid 1.7.0's figures rounded down (round 18 0.987, round 19 0.881; round 19's remaining gap is
mostly its `Palestinians` recipient, which rounds 13 and 15 write `Gaza`); positions 1.11.0 ends them at 0.796 and
0.662 with no false change (and lifts round 17 to 0.819): their position floors are those figures rounded down.
Round 20 (half Ukraine war, half elsewhere with `cannabis-legalisation` and `social-media-age-limit`) is untuned:
its first score was aid 0.824 / positions 0.561 with aid 1.7.0 / positions 1.11.0, no false change;
positions 1.12.0 (general rules for user-defined ban and legalisation issues, and for its shipped-issue misses) lifts its
positions to 0.759 (floor 0.75), no false change, and aid 1.8.0 its aid to 1.000 with no running total counted as new
(every other round's aid unchanged): its floors are those figures.
Round 21 (seed issues plus `nuclear-phase-out` and `assisted-dying`) scored 0.448 untuned with positions 1.12.0;
positions 1.13.0 (a proposition's rejected alternative, closing verbs, bare votes after a bill) lifts it to 0.610
(F1 0.6099, floor 0.60), no false change.
Round 22 (seed issues plus `generational-smoking-ban` and `combustion-car-ban`) scored 0.482 untuned with positions 1.12.0
and 0.514 with 1.13.0 (two false changes); positions 1.14.0 (purpose clauses, curbs on use, acts named by an anaphor,
chambers, parties, titles set off before names, a government's measures and acts) lifts it to 0.771 with no false change
(floor 0.77) and rounds 12, 16, 19, 20 and 21 to 0.951, 0.881, 0.690, 0.768 and 0.662 (floors raised). Aid 1.9.0
lifts rounds 21 and 22 (untuned 0.727 and 0.744) to 0.929 and 0.988, none counted as new (rules written for classes
of sentences, not for their sentences): their aid floors are those figures rounded down. Round 23 (blind; untuned
aid 0.441 with 1.8.0 and 0.535 with 1.9.0, positions 0.521 with 1.13.0 and one false change) ends at aid 0.873
(1.10.0) and positions 0.577 (1.15.0, which also lifts rounds 19 and 20 to 0.699 and 0.791) with no false change.
Round 24 was written last and no rule was written from it: its floors are its score with the final extractors (aid
1.10.0 0.721 with one running total counted as new; positions 1.15.0 0.532, no false change); aid 1.11.0, written
from it afterwards (sums given over a past period or in the perfect tense are running totals, and four more classes),
ends its aid at 0.807 with none counted as new, and positions 1.16.0 (second voices: appositive and role-introduced
names before a stance verb, verdicts on the measure, `the reform` as an anaphor) its positions at 0.566 (and rounds 20
and 22 at 0.808 and 0.787), no false change: its floors are those figures. Positions 1.17.0 (classes each seen in two
or more of rounds 19-24: double-barrelled surnames, a stance verb on the measure or an act on it reaching the lead's
measure, the measure's author in a relative clause) lifts rounds 19, 21, 22, 23 and 24 to 0.716, 0.698, 0.795, 0.593
and 0.585 with no false change (every other figure unchanged): their position floors are those figures rounded down. Aid 1.12.0 (mechanisms from two rounds
each or general classes: deposits with a central bank, sums given in a year before the article's, transfers restricted
to a condition, `the agency` named before, counted vehicles) lifts rounds 17, 23 and 24 to 1.000, 0.917 and 0.915 with
none counted as new (every other set unchanged): their aid floors are those figures rounded down. Rounds 25 and 26
(blind, measured on arrival with aid 1.11.0 and positions 1.16.0: aid 0.800 and 0.725, positions 0.457 and 0.565, one
running total counted as new in each, 1 and 2 false changes) were seen by none of those passes: their floors are
their figures after them (aid 1.12.0 gives round 26 one more spurious event: 0.716). Aid 1.13.0 (mechanisms from the
misses of rounds 19-26) lifts rounds 25 and 26 to 0.939 and 0.880 with no running total counted as new in any set (every
other set's aid events unchanged): their aid floors are those figures rounded down. Positions 1.21.0 (recall classes
for unseen copy, issue #4: verbs acting on a measure named by a head noun, defeats of a text, verdicts of unfairness,
a government acting as a whole through its ministry or cabinet, chambers of states and city councils, AP datelines cut
at a state abbreviation) lifts rounds 17, 22-28 to 0.836, 0.802, 0.601, 0.608, 0.544, 0.663, 0.699 and 0.600 with no
false change (the `events` set falls from 0.996 to 0.992, a Kremlin verdict its older gold leaves out): their position
floors are those figures rounded down. Aid 1.15.0 (generic classes of the
misses of rounds 23-28 on unseen copy, tests/processors/test_aid_unseen.py: sums in words, first payouts of a loan, third
parties allowed to re-export, a law's envelope after a time adverbial, owned bodies as subjects of a second clause,
budgets, bills, old levels and investments, relief flown in, the agent of a sent load, long-adjunct shares, `security`,
schemes named after a country) lifts rounds 23-28 to 0.944, 0.947, 0.971, 0.931, 0.857 and 0.894 with no running total
counted as new and every other set's aid and positions unchanged: their aid floors are those figures rounded down. Positions 1.22.0 (holders and background clauses: thanks, relative clauses dated
to a finished past, coordinated unknown names, presidents the gazetteer does not know, `said it was <verdict>`) lifts
rounds 24-28 to 0.617, 0.551, 0.693, 0.709 and 0.620 with no false change (every other set unchanged): their position
floors are those figures rounded down.
Rounds 27 and 28 were blind until stop 15, when positions 1.21.0 was written from them. Rounds 29 and 30 (blind, written by annotators who
never saw the extractors, scored on arrival at e98d56c: aid 0.846 and 0.898, positions 0.448 and 0.474; round 30 has two
false changes): floors at the arrival figures, then at the stop's final figures (aid 1.16.0, positions 1.23.0): round 29,
still blind (only its summary lines were ever read), aid 0.846, positions 0.469; round 30 (its two false changes were
read and their mechanisms fixed with sentences of our own, halting issues and a speaker's own government) aid 0.941,
positions 0.523, no false change.
Positions 1.21.0 (halting issues) lifts rounds 17, 23 and 28 to 0.836, 0.601 and 0.522 with no false change: their
position floors are those figures rounded down. Aid 1.16.0 (second pass on unseen-copy classes, issue #4,
tests/processors/test_aid_unseen2.py: a second giver after `while`, a relative clause naming another actor, a
participle's tense, `for each of` recipients, donors named by their ruler, relief teams named by coordinated demonyms,
an in-kind transfer in its own clause beside a sum, deliveries that `came from` givers, the same giver's shipment beside
its sum, relief air bridges) lifts rounds 26-28 to 0.973, 0.938 and 0.980 with no running total counted as new and every
other set's aid and positions unchanged: their aid floors are those figures rounded down.
Positions 1.34.0 (pass pos19: a status conferred, quoted verdicts, `called it a good day`, a country's body with a day
before its verb, `said the party`, acts that stop short of the issue) lifts rounds 9, 18, 20, 25, 30, 36 and 38 to 0.914,
0.813, 0.833, 0.601, 0.590, 0.516 and 0.448 (round 11 to 0.945) with no new false change: their position floors are
those figures rounded down. Aid 1.23.0 (pass aid21: the recipient of money) drops round 30's comparison with last
year's sum (aid 0.962 to 0.980, every other set unchanged): its aid floor is 0.98.
Positions 1.42.0 (pass pos21a: holders named by an act or a description, not a quote, tests/processors/
test_pos21a_constructions.py: the agents of a passive listed, lists through a relative clause, a group's members, a
possessor's plan, role nouns, `whose government`, parties written with a lowercase `party`) lifts rounds 16, 23, 25-27,
30, 36 and 38 to 0.887, 0.632, 0.633, 0.734, 0.758, 0.613, 0.604 and 0.548 with no new false change (every other set
unchanged): their position floors are those figures rounded down.
Positions 1.43.0 (pass pos22s: speakers' stances by effects predicted of the measure, quoted or called verdicts, an
inverted `said the X` speaker, a pledge of the government the speaker's party would form, tests/processors/
test_pos22s_constructions.py) lifts rounds 22, 25-28, 30, 36 and 38 to 0.832, 0.645, 0.744, 0.770, 0.703, 0.620, 0.618
and 0.556 with no new false change (every other set unchanged): their position floors are those figures rounded down.

Positions 1.44.0 (pass pol22, merged after pos22s: stance polarity, tests/processors/test_pol22_constructions.py: renounced objections and
withdrawn support, an undoing's predicted harm, a verdict after `as` counted once, a position named by its direction, a
concessive opening clause, a raised cap) lifts rounds 24, 25 and 36 to 0.675, 0.654 and 0.627 with no new false change
(every other development set unchanged): their position floors are those figures rounded down.

Positions 1.45.0 (pass prec23: spurious holders that are the right holder named the wrong way, tests/processors/
test_prec23_constructions.py: an agency `Administrator` title, a first name after the full name, `Jr.`, a three-word name
after a title, an organisation's regional closing words, `the Union` after the European Union) lifts rounds 19, 20, 23,
30 and 38 to 0.730 (0.7297), 0.839, 0.644, 0.631 and 0.578 with no new false change (every other development set unchanged):
their position floors are those figures rounded down.
Positions 1.46.0 (pass pos24e: speakers evaluating the article's measure without its terms, tests/processors/
test_pos24e_constructions.py) lifts rounds 25-28, 30, 36 and 38 to 0.678, 0.750, 0.781, 0.711, 0.638, 0.634 and 0.607
with no new false change (every other development set unchanged): their position floors are those figures rounded down.
Positions 1.46.0 on its own branch / statements 1.2.0 (pass stm24: a person written with the party or place they are of, a person named
beside a described title, a country opening an organisation's name, a quoted risk, a court asked to review a measure,
tests/processors/test_stm24_constructions.py) lifts rounds 27 and 38 to 0.785 and 0.610 (0.6096) with no new false change
(every other development set unchanged): their position floors are those figures rounded down to three decimals.
Positions 1.47.0 (pos24e and stm24 merged): rounds 27 and 38 at 0.796 and 0.639 (0.6387), their floors those figures
rounded down; every other set as with either pass alone.
Positions 1.48.0 (pass rev25: an issue term that itself names undoing the measure, `suspend the pension reform`, its verb
read outside the term, tests/processors/test_rev25_constructions.py) lifts round 24 to 0.689 (0.6887) with no new false change
(every other development set unchanged): its floor that figure rounded down.
Stop 24: rounds 39 and 40, written blind (untuned positions 0.559 / 0.435 with two false changes in round 39, aid 0.675 /
0.794); passes pos39a-c, pos40a-b, aid39 and aid40 (positions 1.62.0, aid 1.28.0) end them at 0.746 / 0.775 and 0.938 /
0.986 with no false change (pos41, positions 1.63.0: round 39 to 0.764), and lift rounds 18, 26-28 and 30 to 0.821, 0.789, 0.802, 0.729 and 0.688; the blind
rounds' floors rise to their summary figures (positions 0.470-0.511, aid 0.712-0.941). Floors are those figures
rounded down to three decimals (two for the blind rounds).
Stop 25: rounds 41-44, written blind (41/42 untuned at 3b07602: positions 0.437 / 0.497, aid 0.724 / 0.523, one false
change in round 42; 43/44 untuned after the first wave at 0724b8a: positions 0.540 / 0.457, aid 0.708 / 0.571); passes
pos42a-d, aid42a-c, pos43c, pos44a-b, aid43 and posrec (positions 1.71.0, aid 1.32.0) end them at positions 0.593 /
0.667 / 0.655 / 0.500 and aid 0.842 / 0.871 / 0.775 / 0.667 with no false change and no running total counted as new,
and lift rounds 17, 20, 23-25, 30, 36, 38 and 40; the recall tier (posrec) costs round 44 one wrong stance (0.502 ->
0.500). Blind rounds 29, 32, 33 and 37 rise to their summary figures.
A round's details appear only when its assertion fails."""

from __future__ import annotations

import json
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

import pytest

from tests.evaluation_sets import BLIND
from wirewatch.evaluation import events as eval_events

DATA = Path(__file__).resolve().parents[1] / "data"


# position F1 floor and aid F1 floor per round (a figure that rose at stop 29 has its floor raised to it)
TARGETS = {
    "events_holdout": (0.85, 0.9),
    "events_round3": (0.85, 0.9),
    "events_round4": (0.84, 1.0),
    "events_round5": (0.86, 0.95),
    "events_round6": (0.85, 0.95),
    "events_round7": (0.91, 0.95),
    "events_round8": (0.82, 1.0),
    "events_round9": (0.91, 0.95),
    "events_round10": (0.93, 1.0),
    "events_round12": (0.957, 1.0),
    "events_round13": (0.96, 1.0),
    "events_round14": (0.92, 1.0),
    "events_round15": (0.91, 0.9),
    "events_round16": (0.892, 1.0),
    "events_round17": (0.883, 1.0),
    "events_round18": (0.838, 0.98),
    "events_round19": (0.767, 0.97),
    "events_round20": (0.870, 1.000),
    "events_round21": (0.817, 0.970),
    "events_round22": (0.83, 0.98),
    "events_round23": (0.743, 0.999),
    "events_round24": (0.752, 0.98),
    "events_round25": (0.713, 1),
    "events_round26": (0.788, 0.99),
    "events_round27": (0.812, 0.97),
    "events_round28": (0.728, 1.0),
    "events_round29": (0.500, 0.961),
    "events_round30": (0.722, 0.98),
    "events_round31": (0.521, 0.93),
    "events_round32": (0.511, 0.96),
    "events_round33": (0.523, 0.87),
    "events_round34": (0.50, 0.83),
    "events_round35": (0.47, 0.833),
    "events_round36": (0.694, 0.99),
    "events_round37": (0.507, 0.96),
    "events_round38": (0.736, 0.98),
    # written blind at stop 24 (untuned: positions 0.559 / 0.435, aid 0.675 / 0.794, two false changes in round 39);
    # the floors are the figures after passes pos39a-c, pos40a-b, aid39 and aid40 (positions 1.62.0, aid 1.28.0)
    "events_round39": (0.792, 0.95),
    "events_round40": (0.815, 0.985),
    # written blind at stop 25; floors at the untuned figures until passes move them
    "events_round41": (0.647, 0.862),
    "events_round42": (0.739, 0.883),
    # written blind at stop 25 after the first wave of passes (untuned at 0724b8a); floors at those figures
    "events_round43": (0.728, 0.866),
    "events_round44": (0.561, 0.8),
    # written blind at stop 26 before its passes (untuned at 8c030d9: positions 0.325 / 0.451, aid 0.571 / 0.634); floors
    # after the passes of wave 2 (iss, aid46, pos46); rounds 18-44 above moved to stop 26's figures too
    "events_round45": (0.533, 0.857),
    "events_round46": (0.566, 0.961),
    # written blind at stop 26 after its first wave (untuned at 928c8b6: positions 0.454, aid 0.582,
    # three false changes); floors after wave 3 (pos47, aid47)
    "events_round47": (0.624, 0.736),
    # written blind at the end of stop 26 (untuned at 4f1d29e: positions 0.471, aid 0.839, two false changes)
    "events_round48": (0.547, 0.914),
    # written blind at the start of stop 27 (untuned at 59209a7: positions 0.538, aid 0.830, no false change); unseen by
    # the stop's passes, positions 0.546 after them (posrec)
    "events_round49": (0.648, 0.962),
    # written blind at the start of stop 28 (untuned at 071edca: positions 0.474, aid 0.863, two false changes); unseen
    # by the stop's passes; floors after passes chg50, posprec, aidgen and posflip at stop 29 (positions 0.560,
    # aid 0.960, no false change)
    "events_round50": (0.559, 0.959),
    # written blind at the start of stop 29 (untuned at 339e766: positions 0.409, aid 0.630 with one running total
    # counted as new, one false change); unseen by the stop's passes, positions 0.423 after them (posprec)
    "events_round51": (0.633, 0.962),
    "events_round52": (0.541, 0.963),
    "events_round53": (0.451, 0.687),
}
# false position changes a round is known to produce; any more fails. Round 36's one is Greece on gig workers'
# status, oppose -> support: one sentence of article 20 says `Estonia and Greece also withheld support`, and article
# 22 that both `dropped their objections`; the gold gives Estonia both positions and the change, Greece only the
# second (an omission in the gold, read at stop 21; the gold is left as its author wrote it).
# Round 45's one is the United States on fighter jets (r45-11 -> r45-14): `Biden said the United States will not provide
# F-16s` gives the country a stance that the round's gold leaves out, against its own rule for leaders speaking for their
# country (read at stop 26; four untuned, before positions 1.73.0 asked for the actor's own shift). Round 47's three
# (untuned) were fixed by pass pos47.
# Round 48's two (untuned, written at the end of stop 26; four at the stop's start, before the change rule) were fixed by
# pass chg48 at stop 27.
# Round 50's two (untuned, written blind at the start of stop 28: India and Tomar on the farm laws, r50-05 -> r50-08, a
# bare `its position had not changed` read as oppose and `had decided to withdraw them` missed) were fixed by pass chg50
# at stop 29.
# Round 51's one (untuned, written blind at the start of stop 29) was fixed by pass r51pos at stop 30.
# Round 53's one is untuned (written blind at the start of stop 31) and stays unread until a pass may read the round.
KNOWN_FALSE_CHANGES: dict[str, int] = {"events_round36": 1, "events_round45": 1, "events_round53": 1}
# running totals a round is known to count as new (aid work pending); any more fails
KNOWN_CUMULATIVE_AS_NEW: dict[str, int] = {"events_round31": 1}


# Rounds kept blind (BLIND, tests/evaluation_sets.py): whoever runs this file must not learn their articles, so a
# failure on one shows figures only (the per-article details of a failed floor once showed a helper the topics of
# round 35; at stop 31 a failed floor's report still carried the per-issue figures, whose keys are the issue ids).


@pytest.fixture(scope="module", params=sorted(TARGETS))
def report(request):
    folder = DATA / request.param
    blind = request.param in BLIND
    out = StringIO()
    with redirect_stdout(out):
        assert eval_events.main([str(folder / "gold.jsonl"), str(folder / "articles.jsonl"),
                                 "--issues", str(folder / "issues.yaml"), "--json"]
                                + ([] if blind else ["--details"])) == 0
    result = json.loads(out.getvalue())
    result["round"] = request.param
    result["details"] = "(blind round: details withheld)" if blind else result["details"]
    if blind:  # pytest prints the report beside a failed assertion: the per-issue figures name the round's topics
        result.pop("positions_by_issue", None)
    return result


def test_the_round_is_big_enough(report):
    # rounds 6 and 45 are mostly about positions (8 and 7 aid events)
    assert report["articles"] >= 15 and report["aid"]["gold"] >= 7 and report["positions"]["gold"] >= 10


def test_aid_f1_and_no_running_total_counted_as_new(report):
    assert report["aid"]["f1"] >= TARGETS[report["round"]][1], report["details"]
    assert report["cumulative_counted_as_new"] <= KNOWN_CUMULATIVE_AS_NEW.get(report["round"], 0), report["details"]


def test_position_f1(report):
    assert report["positions"]["f1"] >= TARGETS[report["round"]][0], report["details"]


def test_no_false_position_change(report):
    assert report["position_changes"]["false"] <= KNOWN_FALSE_CHANGES.get(report["round"], 0), report["details"]
