"""General rules added for real-world copy (issue #4 held-out rounds), pinned on sentences written
for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.processors import ExtractionContext, aid, positions
from wirewatch.processors.gazetteer import default_gazetteer, fast_mentions
from wirewatch.schemas import Article, Issue, IssueSet

TROOPS = Issue(
    id="troops", label="Troops in Ukraine", proposition="Western countries should deploy their troops to Ukraine",
    terms=["ground troops", "deployment of troops", "peacekeepers"],
)


@pytest.fixture(scope="module")
def pctx(issues) -> ExtractionContext:
    return ExtractionContext(issues=IssueSet(issues=[*issues.issues, TROOPS]))


def aid_events(text: str) -> list[dict]:
    article = Article(id="t-gen", text=text, published_at="2024-01-01T00:00:00+00:00")
    return [e.payload for e in aid.extract(article, ExtractionContext())]


def stances(text: str, ctx: ExtractionContext, day: str = "2024-01-01") -> set[tuple]:
    article = Article(id="t-gen", text=text, published_at=f"{day}T00:00:00+00:00")
    return {(p["actor"]["canonical"], p["issue"], p["stance"], p["explicitly_unchanged"])
            for p in (e.payload for e in positions.extract(article, ctx))}


def flows(text: str) -> list[tuple]:
    return [(e["donor"]["canonical"], e["recipient"]["canonical"], e["amount"]["value"] if e["amount"] else None, e["kind"])
            for e in aid_events(text)]


# ---------------------------------------------------------------- gazetteer


@pytest.mark.parametrize("alias, canonical", [
    ("Pistorius", "Boris Pistorius"), ("Kosiniak-Kamysz", "Wladyslaw Kosiniak-Kamysz"), ("Kishida", "Fumio Kishida"),
    ("Pål Jonson", "Pal Jonson"), ("EBRD", "European Bank for Reconstruction and Development"), ("Belgrade", "Serbia"),
    ("Karoline Leavitt", "Karoline Leavitt"), ("Szijjártó", "Peter Szijjarto"),
])
def test_real_world_actors_are_known(alias, canonical):
    assert default_gazetteer().lookup(alias).canonical == canonical


def test_fast_mentions_match_the_plain_scan():
    text = "Anita Anand met Kaja Kallas and Pete Hegseth in Brussels; the EBRD and USAID joined, Reuters said."
    gazetteer = default_gazetteer()
    assert fast_mentions(gazetteer, text) == gazetteer.mentions(text)


def test_fast_mentions_match_the_plain_scan_on_alias_soups_and_event_sets():
    import random

    gazetteer = default_gazetteer()
    aliases = sorted({a for actor in gazetteer.actors for a in (actor.canonical, *actor.aliases)})
    rng = random.Random(5)
    glue = [" ", ", ", "'s ", "-", ".", "the ", " the", "s ", "\n", "", " said ", " of "]
    texts = ["".join(rng.choice(aliases)[: rng.choice([99, 99, 99, 3, 5, 8])] + rng.choice(glue) for _ in range(30))
             for _ in range(300)]  # whole aliases, and aliases cut short (a prefix of a longer one)
    data = Path(__file__).resolve().parents[1] / "data"
    texts += [json.loads(line)["text"] for f in sorted(data.glob("*/articles.jsonl"))
              for line in f.read_text().splitlines() if line.strip()]
    for text in texts:
        assert fast_mentions(gazetteer, text) == gazetteer.mentions(text), text


def test_an_office_speaks_for_whoever_holds_it_on_the_article_date(pctx):
    text = "The White House said it remained opposed to NATO membership for Ukraine."
    assert ("Joe Biden", "ukraine-nato-membership", "oppose", True) in stances(text, pctx, "2024-06-01")
    assert ("Donald Trump", "ukraine-nato-membership", "oppose", True) in stances(text, pctx, "2025-06-01")


def test_a_government_acting_as_a_whole_is_the_country(pctx):
    found = stances("The German government said it opposes sending Taurus cruise missiles to Kyiv.", pctx)
    assert {a for a, *_ in found} == {"Germany"}


# ---------------------------------------------------------------- aid


def test_an_earlier_sum_is_not_a_new_package():
    found = flows("Belgium will give Ukraine €200 million in military aid, on top of the €1 billion Brussels has already committed.")
    assert ("Belgium", "Ukraine", 2e8, "new") in found
    assert all(kind == "cumulative" for *_, value, kind in found if value == 1e9)


def test_a_further_figure_is_new_and_the_total_after_it_is_cumulative():
    found = flows("Denmark will send a further $300 million to Ukraine, taking its total support since the war began to $9 billion.")
    assert found == [("Denmark", "Ukraine", 3e8, "new"), ("Denmark", "Ukraine", 9e9, "cumulative")]


def test_its_biggest_package_so_far_is_new():
    assert flows("Finland unveiled military aid to Ukraine worth €300 million, its biggest package so far.") == [
        ("Finland", "Ukraine", 3e8, "new")]


def test_money_lent_to_companies_is_not_aid():
    assert flows("France's state bank extended a €700 million loan to Italian exporters on Monday.") == []


def test_a_guarantor_is_not_the_donor():
    assert flows("The EBRD will lend Ukraine $500 million for gas purchases, guaranteed by Norway.") == [
        ("European Bank for Reconstruction and Development", "Ukraine", 5e8, "new")]


def test_organisation_names_are_not_non_aid_nouns():
    event = aid_events("The European Investment Bank will lend Moldova €150 million to upgrade its roads.")
    assert [(e["donor"]["canonical"], e["recipient"]["canonical"]) for e in event] == [("European Investment Bank", "Moldova")]


def test_a_permission_is_not_a_transfer():
    assert aid_events("London has given Kyiv the green light to fire Storm Shadow missiles into Russia.") == []


def test_an_unvalued_military_package_is_an_in_kind_event():
    assert flows("Portugal approved its fifth military aid package for Ukraine on Tuesday.") == [("Portugal", "Ukraine", None, "new")]
    assert flows("The EU approved its 14th package of sanctions against Russia.") == []


def test_a_proposed_fund_is_planned_with_its_parts():
    [event] = aid_events("Brussels proposed a €20 billion fund for Ukraine, combining €15 billion in loans and €5 billion in grants.")
    assert event["status"] == "planned" and [p["amount"]["value"] for p in event["parts"]] == [15e9, 5e9]


# ---------------------------------------------------------------- positions


@pytest.mark.parametrize("sentence, expected", [
    ("Medvedev said the Leopard tanks would burn like all the others.", ("Dmitry Medvedev", "tanks-for-ukraine", "oppose")),
    ("Lavrov said the new sanctions on Russia would only backfire on Europe.", ("Sergey Lavrov", "sanctions-on-russia", "oppose")),
    ("Sunak said there would be no ground troops from Britain in Ukraine.", ("Rishi Sunak", "troops", "oppose")),
    ("Trump said he disagreed with sending ATACMS for strikes inside Russia.", ("Donald Trump", "long-range-strikes", "oppose")),
    ("Pistorius said there was no question of supplying fighter jets to Ukraine.", ("Boris Pistorius", "fighter-jets-for-ukraine", "oppose")),
    ("Sweden and Norway agreed to help Ukraine get more fighter jets.", ("Sweden", "fighter-jets-for-ukraine", "support")),
    ("The EU agreed a new package of sanctions against Russia on Friday.", ("European Union", "sanctions-on-russia", "support")),
])
def test_stance_cues_of_real_copy(pctx, sentence, expected):
    assert expected in {s[:3] for s in stances(sentence, pctx)}


def test_an_opponent_judging_the_issue_in_reported_speech(pctx):
    found = stances("Zakharova said the deployment of troops to Ukraine would be unacceptable.", pctx)
    assert ("Maria Zakharova", "troops", "oppose") in {s[:3] for s in found}


def test_a_name_inside_a_condition_holds_no_stance(pctx):
    found = stances("Macron said he would send ground troops to Ukraine if Russia advanced and Kyiv asked for them.", pctx)
    assert {a for a, *_ in found} <= {"Emmanuel Macron"}


def test_a_name_inside_the_issue_term_holds_no_stance(pctx):
    found = stances("Orban said Hungary's position on Ukraine's NATO membership had not changed.", pctx)
    # Ukraine (inside the term) holds none; Hungary and, by the gold convention, Orban stating it do
    assert {a for a, *_ in found} == {"Hungary", "Viktor Orban"}


def test_explicitly_unchanged_anywhere_in_the_article(pctx):
    text = "Austria will not send tanks to Ukraine, Nehammer said, adding that Vienna's position remains unchanged."
    assert ("Austria", "tanks-for-ukraine", "oppose", True) in stances(text, pctx)


def test_a_modal_hedge_ends_at_the_comma(pctx):
    text = "Tajani said Italian arms could only be used inside Ukraine, ruling out strikes inside Russia."
    assert ("Antonio Tajani", "long-range-strikes", "oppose") in {s[:3] for s in stances(text, pctx)}


def test_names_are_not_proposition_words(pctx):
    assert stances("The World Bank approved new funds for Ukraine's central budget.", pctx) == set()


# ---------------------------------------------------------------- rounds 12 and 13 (positions 1.8.0)


def test_a_dateline_with_a_year_or_two_places_hides_no_subject(pctx):
    text = "VIENNA/PRAGUE, March 3, 2023 (Reuters) - The European Union on Friday imposed new sanctions on Russia."
    assert ("European Union", "sanctions-on-russia", "support", False) in stances(text, pctx)


def test_a_relative_clause_is_the_stance_of_the_name_it_follows(pctx):
    # the pronoun is the subject: the background action is the name's own stance
    text = "Allies are pressing Rome, which has refused to send its Ariete tanks to Ukraine."
    assert stances(text, pctx) == {("Italy", "tanks-for-ukraine", "oppose", False)}
    # a subject inside the relative clause holds its verb; the outer subject's predicate resumes after the comma
    text = "Sweden, which Kyiv has asked for its Leopard tanks, has so far declined to commit to sending them."
    assert stances(text, pctx) == {("Sweden", "tanks-for-ukraine", "oppose", False), ("Ukraine", "tanks-for-ukraine", "support", False)}
    # a relative clause after an object of a preposition, then another one after a coordinated object
    text = ("The move is a setback for Warsaw, which has urged Berlin to approve the tanks, and for Lithuanian President "
            "Gitanas Nauseda, who has called for the tanks to be sent to Ukraine.")
    assert stances(text, pctx) == {("Poland", "tanks-for-ukraine", "support", False),
                                   ("Gitanas Nauseda", "tanks-for-ukraine", "support", False)}


def test_a_stance_with_a_trailing_condition_is_no_stance_but_a_conditional_refusal_is(pctx):
    assert stances("Prague would be ready to send tanks quickly if allies agreed.", pctx) == set()
    assert stances("Prague would not send tanks unless allies agreed.", pctx) == {("Czech Republic", "tanks-for-ukraine", "oppose", False)}


ARMS_HALT = Issue(
    id="arms-halt", label="Halting arms exports to Saudi Arabia",
    proposition="Governments should halt arms exports to Saudi Arabia over the war in Yemen",
    terms=["arms embargo", "arms exports to Saudi Arabia", "export licences", "weapons deliveries"],
)


@pytest.mark.parametrize("sentence, expected", [
    # a halting word before the activity enacts the halt
    ("Norway will stop future arms exports to Saudi Arabia, the government said.", "support"),
    ("Finland has called for weapons deliveries to Saudi Arabia to be halted.", "support"),
    # a stance on the activity itself is the opposite stance on its halt
    ("Denmark would not approve new export licences for arms bound for Saudi Arabia.", "support"),
    ("Sweden will continue to approve export licences for Saudi Arabia.", "oppose"),
    # undoing a term that is itself the halt opposes it
    ("Norway suspended its arms embargo on Saudi Arabia on Monday.", "oppose"),
])
def test_an_issue_that_is_itself_a_halt(sentence, expected):
    ctx = ExtractionContext(issues=IssueSet(issues=[ARMS_HALT]))
    assert {s[2] for s in stances(sentence, ctx)} == {expected}
