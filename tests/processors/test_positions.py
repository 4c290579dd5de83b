"""position-stated: one test per stance pattern, on sentences written for these tests."""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, extract_all, positions
from wirewatch.schemas import POSITION_CHANGED, Article, Issue, IssueSet, PositionStated


@pytest.fixture(scope="module")
def pctx(issues) -> ExtractionContext:
    return ExtractionContext(issues=issues)


def run(text: str, ctx: ExtractionContext, article_id: str = "t-pos") -> list[dict]:
    article = Article(id=article_id, text=text, published_at="2024-01-01T00:00:00+00:00")
    events = positions.extract(article, ctx)
    for event in events:
        PositionStated.model_validate(event.payload)
        span = event.payload["evidence"]
        assert text[span["start"] : span["end"]] == span["text"]
    return [e.payload for e in events]


def stances(text: str, ctx: ExtractionContext) -> set[tuple[str, str, str]]:
    return {(p["actor"]["canonical"], p["issue"], p["stance"]) for p in run(text, ctx)}


# ---------------------------------------------------------------- support cues


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Kyiv has requested permission to use ATACMS missiles against targets deep within Russia.", "Ukraine"),
        ("Zelensky urged allies to lift the restrictions on long-range strikes inside Russia.", "Volodymyr Zelensky"),
        ("Blinken is backing a plan to let Ukraine use ATACMS against Russian territory.", "Antony Blinken"),
        ("Starmer approved the use of Storm Shadow missiles for strikes inside Russia.", "Keir Starmer"),
        ("Biden authorized Ukraine to use ATACMS for deep strikes, officials said.", "Joe Biden"),
        ("Macron lifted the restrictions on SCALP missiles on Tuesday.", "Emmanuel Macron"),
        ("Biden gave the go-ahead for long-range strikes with ATACMS missiles.", "Joe Biden"),
        ("Poland has called for an end to the restrictions on long-range weapons.", "Poland"),
    ],
)
def test_support_cues(sentence, actor, pctx):
    assert stances(sentence, pctx) == {(actor, "long-range-strikes", "support")}


def test_aligning_with_a_supporters_position_is_support(pctx):
    text = (
        "Kyiv has pressed Washington to remove the restrictions on ATACMS strikes inside Russia.\n"
        "Secretary of State Antony Blinken is aligning with Kyiv's position on the matter."
    )
    assert stances(text, pctx) == {
        ("Ukraine", "long-range-strikes", "support"),
        ("Antony Blinken", "long-range-strikes", "support"),
    }


# ---------------------------------------------------------------- oppose cues


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Defense Secretary Lloyd Austin opposes lifting the restrictions on ATACMS missiles.", "Lloyd Austin"),
        ("Scholz refused to supply Taurus cruise missiles to Kyiv.", "Olaf Scholz"),
        ("Pistorius ruled out Taurus deliveries, citing the risk of escalation.", "Boris Pistorius"),
        ("Peskov warned against supplying Taurus missiles to Ukraine.", "Vladimir Putin"),
        ("Germany is keeping its restrictions on the Taurus cruise missiles.", "Germany"),
        ("Scholz has resisted calls to send Taurus missiles.", "Olaf Scholz"),
    ],
)
def test_oppose_cues(sentence, actor, pctx):
    found = stances(sentence, pctx)
    assert found and {(a, s) for a, _, s in found} == {(actor, "oppose")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kirby said Biden has not made a policy change on ATACMS strikes inside Russia.",
        "Biden remains opposed to lifting the restrictions on long-range strikes, Kirby said.",
        "Biden is still in the same place on long-range strikes inside Russia, Kirby said.",
    ],
)
def test_explicitly_unchanged_status_quo_is_oppose(sentence, pctx):
    [position] = run(sentence, pctx)
    assert position["actor"]["canonical"] == "Joe Biden"
    assert position["stance"] == "oppose"
    assert position["explicitly_unchanged"] is True


def test_negation_flips(pctx):
    assert stances("Scholz no longer opposes sending Leopard tanks to Ukraine.", pctx) == {
        ("Olaf Scholz", "tanks-for-ukraine", "support")
    }
    assert stances("Biden does not support lifting the restrictions on ATACMS.", pctx) == {
        ("Joe Biden", "long-range-strikes", "oppose")
    }


# ---------------------------------------------------------------- actors


def test_titles_drop_and_voices_speak_for_their_principal(pctx):
    found = stances(
        "The White House opposes lifting the restrictions on ATACMS, while the Biden administration "
        "rejected sending more Abrams tanks.",
        pctx,
    )
    assert found == {("Joe Biden", "long-range-strikes", "oppose"), ("United States", "tanks-for-ukraine", "oppose")}
    assert stances("Kremlin spokesman Dmitry Peskov rejected the plan to send tanks to Kyiv.", pctx) == {
        ("Vladimir Putin", "tanks-for-ukraine", "oppose")
    }


def test_two_actors_in_one_sentence_get_distinct_ids(pctx):
    article = Article(
        id="t-two",
        text="Austin opposing a policy change on ATACMS strikes inside Russia and Blinken backing one split the cabinet.",
    )
    events = positions.extract(article, pctx)
    assert {e.payload["actor"]["canonical"] for e in events} == {"Lloyd Austin", "Antony Blinken"}
    assert len({e.event_id for e in events}) == len(events) == 2


def test_coordinated_subjects_share_the_stance(pctx):
    assert stances("Britain and France have backed lifting the restrictions on Storm Shadow missiles.", pctx) == {
        ("United Kingdom", "long-range-strikes", "support"),
        ("France", "long-range-strikes", "support"),
    }


def test_quote_then_speaker(pctx):
    assert stances("\u201cWe will not send Taurus missiles,\u201d Scholz said.", pctx) == {
        ("Olaf Scholz", "taurus-for-ukraine", "oppose")
    }


# ---------------------------------------------------------------- issues


def test_user_defined_issue_matches_by_terms_and_proposition():
    issue = Issue(
        id="patriots-for-ukraine",
        label="Patriot systems for Ukraine",
        proposition="Allies should send Patriot air defence systems to Ukraine",
        terms=("Patriot", "air defence systems"),
    )
    ctx = ExtractionContext(issues=IssueSet(issues=(issue,)))
    assert stances("Spain refused to send another Patriot battery to Ukraine.", ctx) == {
        ("Spain", "patriots-for-ukraine", "oppose")
    }
    assert stances("The Netherlands agreed to send a Patriot system to Kyiv.", ctx) == {
        ("Netherlands", "patriots-for-ukraine", "support")
    }


def test_no_issue_no_position(pctx):
    assert run("Macron strongly backed the French wine industry on Tuesday.", pctx) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Biden is weighing whether to allow ATACMS strikes inside Russia.",
        "Zelensky is expected to discuss restrictions on long-range attacks with Biden.",
        "Scholz, who had long resisted the move, spoke about Leopard tanks on Tuesday.",
    ],
)
def test_hypothetical_or_historical_is_not_a_stance(sentence, pctx):
    assert run(sentence, pctx) == []


def test_seed_article_positions(seed_article, pctx):
    found = {
        (p["actor"]["canonical"], p["issue"], p["stance"], p["explicitly_unchanged"])
        for p in (e.payload for e in positions.extract(seed_article, pctx))
    }
    assert found == {
        ("Ukraine", "long-range-strikes", "support", False),
        ("Lloyd Austin", "long-range-strikes", "oppose", False),
        ("Antony Blinken", "long-range-strikes", "support", False),
        ("Joe Biden", "long-range-strikes", "oppose", True),
    }


def test_timeline_change_then_hold(pctx):
    articles = [
        Article(id="t1", published_at="2024-09-24T00:00:00+00:00",
                text="Kirby said Biden has not made a policy change on ATACMS strikes inside Russia."),
        Article(id="t2", published_at="2024-10-10T00:00:00+00:00",
                text="Biden remains opposed to lifting the restrictions on ATACMS, officials said."),
        Article(id="t3", published_at="2024-11-17T00:00:00+00:00",
                text="Biden has authorized Ukraine to use ATACMS missiles for strikes inside Russia."),
    ]
    changes = []
    for event in extract_all(articles, pctx):
        if event.event_type == POSITION_CHANGED:
            changes.append((event.article_id, event.payload["from"], event.payload["to"]))
    assert changes == [("t3", "oppose", "support")]


# ---------------------------------------------------------------- generalisation cases


def test_entitlement_is_the_speakers_stance(pctx):
    assert stances(
        "Blinken said Ukraine has the right to use ATACMS missiles against targets inside Russia.", pctx
    ) == {("Antony Blinken", "long-range-strikes", "support")}


def test_possessor_is_not_the_subject(pctx):
    assert stances("Orban said Ukraine's accession to NATO must be ruled out.", pctx) == {
        ("Viktor Orban", "ukraine-nato-membership", "oppose")
    }


def test_second_clause_inherits_the_subject(pctx):
    text = "Kyiv asked to join NATO.\nThe Netherlands had been sceptical but backed the request."
    assert ("Netherlands", "ukraine-nato-membership", "support") in stances(text, pctx)


def test_zero_relative_subject(pctx):
    assert ("Volodymyr Zelensky", "ukraine-nato-membership", "support") in stances(
        "NATO issued an invitation to join NATO, a step Zelensky hailed as historic.", pctx
    )


def test_conditions_are_not_stances(pctx):
    assert stances("Scholz refused to send Leopard tanks unless the United States sends Abrams tanks.", pctx) == {
        ("Olaf Scholz", "tanks-for-ukraine", "oppose")
    }


def test_issue_about_another_country_is_not_matched(pctx):
    assert run("Congress agreed to lift embargoes on pharmaceutical sales to Iran and North Korea.", pctx) == []


def test_criticism_and_votes(pctx):
    assert stances("Trump criticised the decision to allow ATACMS strikes inside Russia.", pctx) == {
        ("Donald Trump", "long-range-strikes", "oppose")
    }
    assert stances("Hungary voted against new sanctions on Russia.", pctx) == {("Hungary", "sanctions-on-russia", "oppose")}


def test_stance_had_not_changed_is_explicitly_unchanged(pctx):
    [position] = run(
        "Sullivan said the administration's stance on long-range strikes into Russian territory had not changed.", pctx
    )
    assert (position["actor"]["canonical"], position["stance"], position["explicitly_unchanged"]) == (
        "United States", "oppose", True,
    )


def test_putting_plans_on_hold_is_oppose(pctx):
    assert stances("Sweden has put on hold plans to send Gripen fighter jets to Ukraine.", pctx) == {
        ("Sweden", "fighter-jets-for-ukraine", "oppose")
    }


def test_should_not_is_the_speakers_oppose(pctx):
    assert stances("Trump has repeatedly said Ukraine should not join NATO.", pctx) == {
        ("Donald Trump", "ukraine-nato-membership", "oppose")
    }


def test_dropping_objections_is_support(pctx):
    assert stances("Britain quietly dropped its objections to Storm Shadow strikes inside Russia.", pctx) == {
        ("United Kingdom", "long-range-strikes", "support")
    }


def test_one_stance_per_actor_and_issue_per_article(pctx):
    found = run("Harris said she supports Ukraine's membership in NATO but declined to give a timeline.", pctx)
    assert [(p["actor"]["canonical"], p["stance"]) for p in found] == [("Kamala Harris", "support")]


def test_declining_to_confirm_or_comment_is_no_stance(ctx):
    from wirewatch.processors import positions
    from wirewatch.schemas import Article

    for text in (
        "Olaf Scholz declined to confirm whether Ukraine may use long-range missiles for strikes inside Russia.",
        "Lloyd Austin refused to comment on whether Ukraine could use ATACMS for strikes inside Russia.",
    ):
        events = positions.extract(Article(id="reticent", text=text), ctx)
        assert [e for e in events if e.payload["issue"] == "long-range-strikes"] == [], text
    refused = positions.extract(Article(id="refused", text=(
        "Olaf Scholz refused to allow strikes inside Russia with long-range missiles.")), ctx)
    assert [e.payload["stance"] for e in refused if e.payload["issue"] == "long-range-strikes"] == ["oppose"]
