"""position-stated: one test per stance pattern, on sentences written for these tests."""

from __future__ import annotations

import pytest

from wirewatch.processors import ExtractionContext, extract_all, positions
from wirewatch.schemas import POSITION_CHANGED, POSITION_STATED, Article, Issue, IssueSet, PositionStated


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
                text="Biden has authorized Ukraine to use ATACMS missiles for strikes inside Russia, reversing his policy."),
    ]
    changes = []
    for event in extract_all(articles, pctx):
        if event.event_type == POSITION_CHANGED:
            changes.append((event.article_id, event.payload["from"], event.payload["to"]))
    assert changes == [("t3", "oppose", "support")]


def test_a_differing_stance_is_a_change_only_where_the_article_tells_of_a_shift(pctx):
    before = Article(id="s1", published_at="2024-10-10T00:00:00+00:00",
                     text="Biden remains opposed to lifting the restrictions on ATACMS strikes inside Russia, officials said.")
    silent = Article(id="s2", published_at="2024-11-17T00:00:00+00:00",
                     text="Biden has authorized Ukraine to use ATACMS missiles for strikes inside Russia.")
    told = Article(id="s2", published_at="2024-11-17T00:00:00+00:00",
                   text="Biden has authorized Ukraine to use ATACMS missiles for strikes inside Russia, "
                        "after months of refusing to allow them.")
    for second, expected in ((silent, []), (told, [("s2", "oppose", "support")])):
        changes = [(e.article_id, e.payload["from"], e.payload["to"])
                   for e in extract_all([before, second], pctx) if e.event_type == POSITION_CHANGED]
        assert changes == expected, second.text
        stated = [e.payload for e in extract_all([second], pctx) if e.event_type == POSITION_STATED]
        assert [(p["stance"], p["change_signalled"]) for p in stated] == [("support", second is told)]


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


# ---------------------------------------------------------------- positions 1.2.0: phrasing outside the terms


@pytest.mark.parametrize(
    "text, expected",
    [
        # a wire dateline holds no stance and does not hide the subject after it
        ("RAMSTEIN, Germany, Jan 20 (Reuters) - Lithuania's foreign minister Gabrielius Landsbergis called on Berlin to send Leopard tanks to Ukraine.",
         {("Gabrielius Landsbergis", "tanks-for-ukraine", "support")}),
        ("WASHINGTON (AP) \u2014 President Joe Biden on Tuesday ruled out sending fighter jets to Ukraine.",
         {("Joe Biden", "fighter-jets-for-ukraine", "oppose")}),
        # term synonyms: combat aircraft ~ fighter aircraft, accession negotiations ~ accession talks,
        # a NATO invitation ~ NATO membership, range limits ~ restrictions
        ("Zelensky appealed to Britain for combat aircraft.", {("Volodymyr Zelensky", "fighter-jets-for-ukraine", "support")}),
        ("Ursula von der Leyen endorsed opening accession negotiations with Ukraine.",
         {("Ursula von der Leyen", "ukraine-eu-membership", "support")}),
        ("Scholz said a NATO invitation for Ukraine was not on the agenda.", {("Olaf Scholz", "ukraine-nato-membership", "oppose")}),
        # a yes/no question answered
        ('Asked whether the United States would provide F-16 fighter jets to Ukraine, President Joe Biden replied: "No."',
         {("Joe Biden", "fighter-jets-for-ukraine", "oppose")}),
        # a question states no stance; examining a request is no decision
        ("Will Germany send Taurus missiles after all? Baerbock said the government was examining the request carefully.", set()),
        # the one permitted holds no stance
        ("Karine Jean-Pierre said there was no change in policy: Ukraine is still not permitted to fire ATACMS into Russia.",
         {("Joe Biden", "long-range-strikes", "oppose")}),
    ],
)
def test_phrasing_outside_the_terms(text, expected, pctx):
    assert stances(text, pctx) == expected


def test_a_user_defined_issue_matches_an_inflected_term_and_its_stance_word_is_no_cue():
    issue = Issue(id="ceasefire", label="A ceasefire", proposition="The war should be halted by a ceasefire along the current front lines",
                  terms=("ceasefire", "freeze the conflict"))
    ctx = ExtractionContext(issues=IssueSet(issues=(issue,)))
    assert stances("Zelensky dismissed talk of freezing the conflict along the current front.", ctx) == {
        ("Volodymyr Zelensky", "ceasefire", "oppose")
    }
    assert stances("Trump pressed Moscow to accept a 30-day truce.", ctx) == {("Donald Trump", "ceasefire", "support")}


# ---------------------------------------------------------------- positions 1.3.0 (round 5 misses)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a predicted consequence of the measure is a verdict on it: oppose, not support
        ("Lavrov warned that letting Kyiv fire ATACMS at Russian territory would amount to direct war with NATO.",
         {("Sergey Lavrov", "long-range-strikes", "oppose")}),
        ("Medvedev said sending Leopard tanks to Kyiv would only prolong the war.",
         {("Dmitry Medvedev", "tanks-for-ukraine", "oppose")}),
        ("Orban said that supplying F-16 jets to Ukraine risks dragging Europe into a wider war.",
         {("Viktor Orban", "fighter-jets-for-ukraine", "oppose")}),
        # a consequence after the holder's own finite verb is a reason, not a verdict on the measure
        ("Zelensky urged allies to send more tanks, which would help end the war.",
         {("Volodymyr Zelensky", "tanks-for-ukraine", "support")}),
        # a negative verdict on the issue's absence is support
        ("Stoltenberg called the lack of a NATO membership path for Ukraine absurd.",
         {("Jens Stoltenberg", "ukraine-nato-membership", "support")}),
    ],
)
def test_consequence_verdicts(sentence, expected, pctx):
    assert stances(sentence, pctx) == expected


def test_unknown_titled_person_is_an_actor_and_surname_resolves(pctx):
    text = (
        "Senator Margaret Oakfield on Tuesday backed sending more F-16 jets to Ukraine.\n"
        "Oakfield also said sending Abrams tanks to Kyiv was the right decision."
    )
    assert stances(text, pctx) == {
        ("Margaret Oakfield", "fighter-jets-for-ukraine", "support"),
        ("Margaret Oakfield", "tanks-for-ukraine", "support"),
    }


def test_kremlin_speaks_for_the_president(pctx):
    assert stances("The Kremlin said deliveries of Abrams tanks to Ukraine were a dangerous provocation.", pctx) == {
        ("Vladimir Putin", "tanks-for-ukraine", "oppose")
    }


def test_leader_announcing_his_countrys_course_holds_it_too(pctx):
    # convention: the country acts as a whole, and the leader stating it holds the stance as well
    assert stances("Danish Prime Minister Mette Frederiksen said Denmark would deliver F-16 jets to Ukraine.", pctx) == {
        ("Denmark", "fighter-jets-for-ukraine", "support"),
        ("Mette Frederiksen", "fighter-jets-for-ukraine", "support"),
    }
    # someone else's country: only the country (and no stance for the speaker)
    assert ("Mette Frederiksen", "tanks-for-ukraine", "support") not in stances(
        "Mette Frederiksen said Germany would deliver Leopard tanks to Ukraine.", pctx
    )


def test_coordinated_objects_of_a_preposition_hold_no_stance(pctx):
    found = stances(
        "Peskov said the tanks would burn, dismissing the pledges from Paris and London as a reckless gamble.", pctx
    )
    assert ("United Kingdom", "tanks-for-ukraine", "oppose") not in found
    assert ("France", "tanks-for-ukraine", "oppose") not in found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a time adverbial between the verb and its `to`; `once more` is no past stance
        ("Chancellor Olaf Scholz once more declined on Friday to commit to sending Taurus missiles to Kyiv.",
         {("Olaf Scholz", "taurus-for-ukraine", "oppose")}),
        ("EU ministers agreed early on Tuesday to ban Russian oil imports by sea.",
         {("European Union", "sanctions-on-russia", "support")}),
        ("The European Commission proposed on Wednesday to tighten sanctions on Russia's shadow fleet.",
         {("European Commission", "sanctions-on-russia", "support")}),
        # a verdict on a negated state is support
        ("Zelensky said it was \"absurd\" that allies had not yet agreed on his country's NATO membership.",
         {("Volodymyr Zelensky", "ukraine-nato-membership", "support")}),
        # an embedded measure judged by a predicted harm
        ("Kremlin spokesman Dmitry Peskov said any decision to deliver Abrams tanks to Kyiv would pour fuel on the fire.",
         {("Vladimir Putin", "tanks-for-ukraine", "oppose")}),
        # coordinated subjects with a title between them
        ("Belgian Prime Minister Alexander De Croo and Danish Prime Minister Mette Frederiksen agreed to help Ukraine obtain F-16 jets.",
         {("Alexander De Croo", "fighter-jets-for-ukraine", "support"), ("Mette Frederiksen", "fighter-jets-for-ukraine", "support")}),
        # a trailing attribution: the country and the leader announcing it
        ("Denmark will deliver more F-16 jets to Ukraine next year, Prime Minister Mette Frederiksen said.",
         {("Denmark", "fighter-jets-for-ukraine", "support"), ("Mette Frederiksen", "fighter-jets-for-ukraine", "support")}),
        # `stopped short of` is no stance, and a clause before the issue's own clause cannot refer to it
        ("Starmer said Britain did not want a wider war, but stopped short of allowing Ukraine to fire Storm Shadow missiles into Russia.",
         set()),
    ],
)
def test_round6_patterns(sentence, expected, pctx):
    assert stances(sentence, pctx) == expected


def test_a_clause_after_the_issue_still_refers_back(pctx):
    # the forward-reference rule must not drop a later clause that refers back with a pronoun
    assert stances("Britain and France backed lifting the restrictions on Storm Shadow missiles, while Germany refused to join them.", pctx) >= {
        ("Germany", "long-range-strikes", "oppose")
    }


def test_actors_listed_after_opposition_or_pressure_from_hold_a_stance(pctx):
    found = stances("The European Union adopted new sanctions on Russia on Friday, overriding objections from Hungary, "
                    "Slovakia and Austria.", pctx)
    assert ("European Union", "sanctions-on-russia", "support") in found
    assert {("Hungary", "sanctions-on-russia", "oppose"), ("Slovakia", "sanctions-on-russia", "oppose"),
            ("Austria", "sanctions-on-russia", "oppose")} <= found
    assert ("Poland", "tanks-for-ukraine", "support") in stances(
        "Germany agreed to send Leopard tanks to Ukraine on Wednesday, bowing to pressure from Poland.", pctx)
    # a list closes with `and`: the name before a postposed source is one actor, the source none
    found = stances("The European Union adopted new sanctions on Russia, overriding opposition from Hungary, "
                    "EU diplomats said.", pctx)
    assert ("Hungary", "sanctions-on-russia", "oppose") in found
    assert ("European Union", "sanctions-on-russia", "oppose") not in found


def test_would_rather_a_than_b_refuses_b(pctx):
    found = stances("Orban said Hungary would rather leave the summit than support new sanctions on Russia.", pctx)
    assert ("Hungary", "sanctions-on-russia", "support") not in found
    assert ("Viktor Orban", "sanctions-on-russia", "support") not in found


# ---------------------------------------------------------------- positions 1.10.0 (rounds 16 and 17 misses)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a warning that whoever takes the measure faces consequences is a verdict against it, `should` included
        ("Lavrov warned that any government letting Kyiv fire its missiles deep into Russian territory should be ready for "
         "\"grave consequences\".", {("Sergey Lavrov", "long-range-strikes", "oppose")}),
        ("Medvedev said countries sending battle tanks to Kyiv would face severe consequences.",
         {("Dmitry Medvedev", "tanks-for-ukraine", "oppose")}),
    ],
)
def test_facing_consequences_is_a_verdict_against(sentence, expected, pctx):
    assert stances(sentence, pctx) == expected


def test_saying_ones_country_should_act_is_a_call_not_its_course(pctx):
    # an opposition leader's `said Germany should ...` is his own stance only
    found = stances("Opposition leader Friedrich Merz pressed for F-16 jets for Ukraine on Sunday, saying Germany should "
                    "supply some of them within weeks.", pctx)
    assert ("Friedrich Merz", "fighter-jets-for-ukraine", "support") in found
    assert not any(actor == "Germany" for actor, _, _ in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dateline in ordinary case, crediting the agency in brackets or set off with a dash, holds no stance
        ("Paris (AFP) - President Emmanuel Macron on Friday ruled out sending fighter jets to Ukraine for now.",
         {("Emmanuel Macron", "fighter-jets-for-ukraine", "oppose")}),
        ("Warsaw \u2014 Prime Minister Donald Tusk said on Monday he was sceptical about sending fighter jets to Ukraine.",
         {("Donald Tusk", "fighter-jets-for-ukraine", "oppose")}),
    ],
)
def test_ordinary_case_datelines_are_not_holders(text, expected, pctx):
    assert stances(text, pctx) == expected


def test_who_said_a_country_should_is_the_antecedents_call(pctx):
    found = stances("The ruling drew a sharp rebuke from Marie-Agnes Strack-Zimmermann, a senior Free Democrat, who said "
                    "Germany should send Taurus missiles to Ukraine.", pctx)
    assert ("Marie-Agnes Strack-Zimmermann", "taurus-for-ukraine", "support") in found
    assert not any(actor == "Germany" for actor, _, _ in found)


def test_a_time_adjunct_before_said_keeps_the_speaker(pctx):
    # `X on Friday said <own country> would ...`: the leader announces his country's course, both hold it
    assert stances("Prime Minister Rishi Sunak on Friday said Britain would not send fighter jets to Ukraine this year.", pctx) == {
        ("Rishi Sunak", "fighter-jets-for-ukraine", "oppose"), ("United Kingdom", "fighter-jets-for-ukraine", "oppose")}


def test_the_subject_of_a_gerund_object_is_no_holder(pctx):
    # `ruled out France supplying ...`: France is what is ruled out; the president's own country takes his stance
    assert stances("President Emmanuel Macron has ruled out France supplying Leopard-class battle tanks to Ukraine.", pctx) == {
        ("Emmanuel Macron", "tanks-for-ukraine", "oppose"), ("France", "tanks-for-ukraine", "oppose")}
    # another country as the gerund's subject is neither a holder nor given the speaker's stance
    found = stances("Chancellor Olaf Scholz welcomed Poland sending its battle tanks to Ukraine.", pctx)
    assert ("Poland", "tanks-for-ukraine", "support") not in found
    assert ("Germany", "tanks-for-ukraine", "support") not in found


def test_a_possessive_country_before_a_named_speaker_does_not_take_his_voice(pctx):
    # `Spain's Pedro Sanchez said <his country's> position ...`: the person speaks, and holds his country's stance
    found = stances("Finland's Alexander Stubb said Helsinki's opposition to strikes inside Russia with its missiles had not changed.", pctx)
    assert ("Alexander Stubb", "long-range-strikes", "oppose") in found


def test_weapons_not_to_be_used_outside_ukraine_is_a_restriction(pctx):
    assert stances("Greek Defence Minister Nikos Dendias said Greek missiles could not be used outside Ukraine.", pctx) == {
        ("Nikos Dendias", "long-range-strikes", "oppose")}


def test_without_a_decision_is_no_stance(pctx):
    assert stances("Scholz and Macron ended their meeting without announcing a decision on sending fighter jets to Ukraine.", pctx) == set()
    assert stances("The cabinet has made no decision on supplying Taurus cruise missiles to Kyiv, a spokesman said.", pctx) == set()


def test_a_coordinated_clause_after_a_request_has_its_own_subject(pctx):
    # the mentions after a request are its addressees, but not one that opens a clause after `, and`
    found = stances("Poland has pushed for Kyiv to receive Western fighter jets, and Volodymyr Zelensky has begged "
                    "allies for months to send F-16 jets.", pctx)
    assert ("Poland", "fighter-jets-for-ukraine", "support") in found
    assert ("Volodymyr Zelensky", "fighter-jets-for-ukraine", "support") in found


def test_a_bare_surname_is_the_person_named_in_full_before(pctx):
    # a person the gazetteer does not know, introduced with a lowercase title, then by surname alone
    text = ("The meeting was chaired by Irish junior minister Thomas Byrne on Tuesday.\n"
            "Byrne said he backed a new package of sanctions on Russia.")
    assert stances(text, pctx) == {("Thomas Byrne", "sanctions-on-russia", "support")}


def test_a_yes_no_answer_with_a_time_adjunct_after_it(pctx):
    # `said "No" on Friday when asked whether ...`; the answer is the answerer's own (the dev set's convention, see
    # `test_phrasing_outside_the_terms`: the country asked about does not answer with him)
    assert stances('Chancellor Olaf Scholz said "No" on Friday when a reporter asked whether Germany would supply Taurus '
                   'cruise missiles to Ukraine.', pctx) == {("Olaf Scholz", "taurus-for-ukraine", "oppose")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # more adjectives of a verdict on a decision
        ("EU leaders agreed to open accession talks with Ukraine on Thursday. Fico called the move \"a hasty and misguided decision\".",
         {("European Union", "ukraine-eu-membership", "support"), ("Robert Fico", "ukraine-eu-membership", "oppose")}),
        # `what he called a ... decision` refers back to the decision just reported
        ("EU leaders agreed to open accession talks with Ukraine. Fico said Slovakia would take no part in what he called "
         "a bad decision.", {("European Union", "ukraine-eu-membership", "support"), ("Robert Fico", "ukraine-eu-membership", "oppose"),
                             ("Slovakia", "ukraine-eu-membership", "oppose")}),
    ],
)
def test_verdicts_on_the_decision_just_reported(text, expected, pctx):
    assert stances(text, pctx) == expected


def test_a_list_of_officials_introduced_by_their_countries_possessives(pctx):
    # `Norway's <name>, Finland's <name> and Sweden's <name> urged ...`: the people the gazetteer does not know are
    # found after their country's possessive, the possessives do not break the coordination, the countries hold nothing
    found = stances("The Nordic ministers, Norway's Bjorn Arild Gram, Finland's Antti Hakkanen and Sweden's Pal Jonson, "
                    "jointly urged Berlin to send battle tanks to Ukraine.", pctx)
    assert {("Bjorn Arild Gram", "tanks-for-ukraine", "support"), ("Antti Hakkanen", "tanks-for-ukraine", "support"),
            ("Pal Jonson", "tanks-for-ukraine", "support")} <= found
    assert not {actor for actor, _, _ in found} & {"Norway", "Finland", "Sweden"}


def test_saying_the_own_country_with_its_article(pctx):
    # `..., saying the Netherlands would ...`: the article before the country's name does not hide it
    assert ("United Kingdom", "fighter-jets-for-ukraine", "support") in stances(
        "Prime Minister Rishi Sunak pledged F-16 jets to Ukraine on Sunday, saying the United Kingdom and Norway were "
        "standing together.", pctx)


def test_an_exclusion_issue_is_a_halt_of_the_activity_it_excludes_from():
    # `X should be barred from Y` halts taking part in Y, like `should be banned from`: a stance on Y named as the
    # issue's term is the opposite stance on the exclusion
    from wirewatch.processors import stance as lex

    issue = Issue(id="bar-lobbyists", label="Barring lobbyists", terms=("fossil fuel lobbyists", "climate summits"),
                  proposition="Fossil fuel lobbyists should be barred from the climate summits")
    m = lex.matcher(issue)
    assert m.cessation and m.activity is not None and m.activity.search("the next summit")
    assert lex.HALT_WORDS.search("must be kept out of") and lex.HALT_WORDS.search("were excluded from")


@pytest.mark.parametrize(
    "sentence, stance",
    [
        # letting back in what the issue excludes undoes the exclusion
        ("Greenpeace said fossil fuel lobbyists should not be allowed back into the climate summits.", "support"),
        ("The United Nations said it would let fossil fuel lobbyists back into the climate summits next year.", "oppose"),
        ("The United Nations said it would readmit fossil fuel lobbyists to the climate summits.", "oppose"),
        # letting them take part is the same
        ("Greenpeace said fossil fuel lobbyists must not be allowed to take part in the climate summits.", "support"),
        ("The United Nations said fossil fuel lobbyists would be allowed to participate in the climate summits as observers.", "oppose"),
    ],
)
def test_readmission_undoes_an_exclusion(sentence, stance):
    issue = Issue(id="bar-lobbyists", label="Barring lobbyists", terms=("fossil fuel lobbyists", "climate summits"),
                  proposition="Fossil fuel lobbyists should be barred from the climate summits")
    ctx = ExtractionContext(issues=IssueSet(issues=(issue,)))
    assert {s for _, _, s in stances(sentence, ctx)} == {stance}


def test_he_said_his_country_should_is_his_call(pctx):
    # `He said <country> should ...` after a sentence naming an opposition leader of a party named by its members
    text = ("Opposition leader Friedrich Merz of the Christian Democrats called the refusal a mistake.\n"
            "He said Germany should deliver Taurus missiles to Ukraine instead.")
    assert stances(text, pctx) == {("Friedrich Merz", "taurus-for-ukraine", "support")}


def test_an_example_after_such_as_is_no_holder(pctx):
    found = stances("The summit statement urges lenders such as the European Union to back new sanctions on Russia.", pctx)
    assert ("European Union", "sanctions-on-russia", "support") not in found


def test_a_leader_committing_his_country_to_a_course(pctx):
    assert stances("Prime Minister Mette Frederiksen committed Denmark to supplying F-16 jets to Ukraine on Sunday.", pctx) == {
        ("Mette Frederiksen", "fighter-jets-for-ukraine", "support"), ("Denmark", "fighter-jets-for-ukraine", "support")}


def test_a_passive_agent_named_with_office_and_title_is_the_person(pctx):
    found = stances("The new sanctions package on Russia, drafted by European Commission President Ursula von der Leyen, "
                    "targets the shadow fleet.", pctx)
    assert ("Ursula von der Leyen", "sanctions-on-russia", "support") in found
    assert ("European Commission", "sanctions-on-russia", "support") not in found


def test_letting_take_part_is_no_reversal_outside_an_exclusion_issue(pctx):
    # `allowed to take part` undoes an exclusion only on an issue that is one
    assert stances("Zelensky said Ukraine should be allowed to take part in NATO summits as a future member of the alliance.", pctx) != {
        ("Volodymyr Zelensky", "ukraine-nato-membership", "oppose")}


def test_a_body_recommending_a_course(pctx):
    # an advisory body the gazetteer does not know, named before `recommended`, calls for what it recommends
    assert ("Transatlantic Policy Forum", "sanctions-on-russia", "support") in stances(
        "The Transatlantic Policy Forum recommended that the EU impose new sanctions on Russia.", pctx)


def test_a_postposed_board_decision_and_protests_against_it(pctx):
    text = ("New sanctions on Russia will be adopted next month, the Nordic Investment Forum's executive board decided on "
            "Friday, sticking to the plan it made in March despite months of protests from Hungary.")
    found = run(text, pctx)
    assert {(p["actor"]["canonical"], p["stance"], p["explicitly_unchanged"]) for p in found} == {
        ("Nordic Investment Forum", "support", True), ("Hungary", "oppose", False)}


def test_a_class_term_headed_by_another_name_is_another_item(pctx):
    # the Taurus issue's class term `cruise missiles` headed by another weapon's name is not about Taurus
    assert not any(i == "taurus-for-ukraine" for _, i, _ in stances(
        "Italy said on Monday it would supply Ukraine with Storm Shadow cruise missiles.", pctx))
    # but a demonym or the issue's own name before it still is
    assert ("Germany", "taurus-for-ukraine", "oppose") in stances(
        "Germany said on Monday it would not supply Ukraine with German cruise missiles.", pctx)


def test_a_tie_with_an_issue_on_no_named_item_does_not_fail(pctx):
    # Taurus and sanctions both in sight: only the Taurus issue names an item (found by the property tests)
    # (the war named, since 1.25.0: sanctions in copy naming neither Russia nor its war are someone else's)
    assert ("Joe Biden", "sanctions-on-russia", "support") in stances(" Taurus missilesJoe Biden supports sanctions after the invasion. ", pctx)


def test_a_think_tank_is_no_tank(pctx):
    assert stances("Senator Ted Cruz criticised the proposal, a senior fellow at a conservative think tank said.", pctx) == set()
    assert stances("The Heritage Foundation, a think tank, warned that the plan was reckless.", pctx) == set()


# ---------------------------------------------------------------- positions 1.11.0 (rounds 18 and 19 misses)
def test_asked_whether_with_a_reticent_reply_states_no_stance(pctx):
    # the question's verb is the reporter's; declining to give details answers nothing
    assert stances("Asked whether Germany would now send Leopard tanks, Olaf Scholz declined to go into details, "
                   "saying Berlin would no longer discuss weapons deliveries in public.", pctx) == set()
    assert stances("Olaf Scholz declined to provide any specifics on Leopard tanks for Kyiv.", pctx) == set()
    # look-alikes: a reply with a stance of its own still counts, and a plain refusal is still one
    assert stances("Asked whether Germany would send Leopard tanks, Olaf Scholz said he was in favour.", pctx) == {
        ("Olaf Scholz", "tanks-for-ukraine", "support")}
    assert stances("Asked whether Germany would send Leopard tanks, Olaf Scholz said he opposed such deliveries.", pctx) == {
        ("Olaf Scholz", "tanks-for-ukraine", "oppose")}
    assert ("Olaf Scholz", "tanks-for-ukraine", "oppose") in stances("Olaf Scholz declined to send Leopard tanks to Ukraine.", pctx)


def test_a_permission_agreed_or_decided_is_the_grantors_stance(pctx):
    # `agreed/decided that X may (can) use ...`: a permission granted, held by who grants it, not by who receives it
    assert stances("France has decided that Ukraine may use French weapons to strike military targets inside Russia.", pctx) == {
        ("France", "long-range-strikes", "support")}
    assert stances("France has agreed that Ukraine can use French weapons to strike military targets inside Russia.", pctx) == {
        ("France", "long-range-strikes", "support")}
    # look-alike: a guess about what Kyiv may do is no permission
    assert stances("Russian officials fear Ukraine may use French weapons to strike military targets inside Russia.", pctx) == set()


def test_unnamed_officials_reporting_a_decision_backshift_it(pctx):
    # `officials said X had authorised`: a backshifted `has authorised`, also with the holder's title before the name
    assert stances("French officials said President Emmanuel Macron had authorised the use of French missiles to strike "
                   "targets inside Russia.", pctx) == {("Emmanuel Macron", "long-range-strikes", "support")}
    # look-alikes: `Reports said` and a plain past perfect stay historical
    assert stances("Reports said President Emmanuel Macron had authorised the use of French missiles to strike targets "
                   "inside Russia.", pctx) == set()
    assert stances("Two years earlier, President Emmanuel Macron had authorised the use of French missiles to strike "
                   "targets inside Russia.", pctx) == set()


def test_a_ban_issue_with_an_alternative_remedy():
    # `X should be banned or its owner forced to sell it`: a ban is the issue itself, and the remedy after `or` is no
    # activity the ban would halt
    issue = Issue(id="ban-snapgram", label="Banning Snapgram", terms=("Snapgram", "forced sale"),
                  proposition="Snapgram should be banned or its owner Lumen Labs forced to sell it")
    ctx = ExtractionContext(issues=IssueSet(issues=(issue,)))
    assert stances("Emmanuel Macron said he still opposed a ban on Snapgram.", ctx) == {("Emmanuel Macron", "ban-snapgram", "oppose")}
    assert stances("Emmanuel Macron said France would firmly oppose any forced sale of Snapgram.", ctx) >= {("France", "ban-snapgram", "oppose")}
    assert stances("Emmanuel Macron signed a law that forces Snapgram's owner to sell the app or face a ban.", ctx) == {
        ("Emmanuel Macron", "ban-snapgram", "support")}
    # look-alike: on an issue that is no ban, `a ban` still negates (`opposed a ban on tank exports` -> support)
    assert ("Emmanuel Macron", "tanks-for-ukraine", "support") in stances(
        "Emmanuel Macron said he opposed a ban on sending tanks to Ukraine.", pctx_default())


def pctx_default() -> ExtractionContext:
    return ExtractionContext(issues=IssueSet.load("seeds/issues.yaml"))


def test_stepping_up_sanctions_and_bans_on_the_target_are_sanctions(pctx):
    # intensifying a measure enacts a `tightened` proposition; a ban on the sanctions' target is one more such measure
    assert ("France", "sanctions-on-russia", "support") in stances("Emmanuel Macron said France would step up sanctions on Russia.", pctx)
    assert stances("France announced new import bans on Russian steel, Emmanuel Macron said.", pctx) == {
        ("France", "sanctions-on-russia", "support")}
    # look-alikes: a ban on something else still negates, and stepping up something else is no stance
    assert stances("France opposed a ban on sending tanks to Ukraine.", pctx) == {("France", "tanks-for-ukraine", "support")}
    assert stances("Emmanuel Macron said France would step up its efforts for peace.", pctx) == set()


def test_a_quoted_verdict_as_the_object_names_the_issue(pctx):
    # `did not want to take part in "a historic mistake"`: like `what he called ...`, the quoted verdict is the issue
    assert stances('Emmanuel Macron said France did not want to take part in "a historic mistake" and opposed sending '
                   'tanks to Ukraine.', pctx) == {("Emmanuel Macron", "tanks-for-ukraine", "oppose"), ("France", "tanks-for-ukraine", "oppose")}
    # look-alike: an unquoted object of something else keeps the plain reading
    assert stances("Emmanuel Macron said France did not want to take part in a new summit and opposed sending tanks to "
                   "Ukraine.", pctx) == {("Emmanuel Macron", "tanks-for-ukraine", "oppose"), ("France", "tanks-for-ukraine", "oppose")}


def test_a_quote_closed_by_a_pronoun_goes_on_from_the_previous_subject(pctx):
    # `X said he had spoken to Y. "...," he added.`: X speaks, not Y whom the sentence merely names
    assert stances('Justin Trudeau said he had spoken to Emmanuel Macron on Monday. "Canada will send more tanks to '
                   'Ukraine," he added.', pctx) == {("Justin Trudeau", "tanks-for-ukraine", "support"), ("Canada", "tanks-for-ukraine", "support")}
    # look-alike: a named speaker closing the quote is the speaker
    assert ("Justin Trudeau", "tanks-for-ukraine", "support") not in stances(
        'Justin Trudeau said he had spoken to Emmanuel Macron on Monday. "Canada will send more tanks to Ukraine," '
        'Olaf Scholz added.', pctx)


def test_as_before_a_counted_subject_opens_a_clause_of_its_own(pctx):
    # `X faced a revolt as 40 lawmakers backed ...`: the lawmakers back it, not X
    assert stances("Olaf Scholz faced a revolt as 40 Social Democrat lawmakers defied him and backed sending tanks to "
                   "Ukraine.", pctx) == set()
    # look-alike: the subject's own stance before such a clause stands
    assert stances("Olaf Scholz backed sending tanks to Ukraine as 40 lawmakers looked on.", pctx) == {
        ("Olaf Scholz", "tanks-for-ukraine", "support")}


def test_the_right_course_predicated_of_the_measure(pctx):
    assert stances("Olaf Scholz said sending tanks to Ukraine was the right decision.", pctx) == {("Olaf Scholz", "tanks-for-ukraine", "support")}
    assert stances('Olaf Scholz said he did not believe sending tanks to Ukraine was "the right step".', pctx) == {
        ("Olaf Scholz", "tanks-for-ukraine", "oppose")}
    # look-alike: `the right answer` as the subject of something else is no verdict on the measure
    assert stances("Olaf Scholz said the right answer was more diplomacy, not tanks for Ukraine.", pctx) == set()


def test_renewing_or_reiterating_names_an_unknown_subject():
    issue = Issue(id="ceasefire-x", label="Ceasefire", terms=("ceasefire",),
                  proposition="There should be an immediate ceasefire in the war")
    ctx = ExtractionContext(issues=IssueSet(issues=(issue,)))
    # a person the gazetteer does not know, named by title once and then by surname before `renewed`/`reiterated`
    assert stances("Foreign Minister Kaarlo Virtanen spoke on Tuesday. Virtanen also renewed his call for an immediate "
                   "ceasefire.", ctx) == {("Kaarlo Virtanen", "ceasefire-x", "support")}
    assert stances("Foreign Minister Kaarlo Virtanen spoke on Tuesday. Virtanen reiterated his call for an immediate "
                   "ceasefire.", ctx) == {("Kaarlo Virtanen", "ceasefire-x", "support")}
    # look-alike: a capitalised word that is no name stays none
    assert stances("Officials renewed their call for an immediate ceasefire.", ctx) == set()


def test_a_chair_title_names_an_unknown_person():
    issue = Issue(id="ban-snapgram", label="Banning Snapgram", terms=("Snapgram",), proposition="Snapgram should be banned")
    ctx = ExtractionContext(issues=IssueSet(issues=(issue,)))
    assert stances('"Snapgram should be banned," Committee Chair Anna Berg told reporters.', ctx) == {("Anna Berg", "ban-snapgram", "support")}
    # look-alike: a lowercase chair without a name is nobody
    assert stances("The chair of the panel said Snapgram should be banned.", ctx) == set()


def test_the_government_of_an_official_who_first_spoke_for_a_country(pctx):
    # an official the gazetteer does not know, postposed with a ministerial title after his country's course, later
    # speaks of `the government`: that country's, acting as a whole
    assert stances("Denmark will send more artillery to Ukraine, the defence minister Lars Holm said on Monday. Holm said "
                   "the government did not support sending tanks to Ukraine.", pctx) == {
        ("Lars Holm", "tanks-for-ukraine", "oppose"), ("Denmark", "tanks-for-ukraine", "oppose")}
    # look-alike: an analyst speaks for no government
    assert stances("Denmark will send more artillery to Ukraine, analyst Lars Holm said on Monday. Holm said the "
                   "government did not support sending tanks to Ukraine.", pctx) == set()


def test_a_but_clause_with_no_subject_of_its_own_inherits_it(pctx):
    assert stances("Denmark backed more artillery but did not support sending tanks to Ukraine.", pctx) == {
        ("Denmark", "tanks-for-ukraine", "oppose")}
    # look-alike: a `but` clause with its own subject
    assert stances("Denmark backed more artillery but Germany did not support sending tanks to Ukraine.", pctx) == {
        ("Germany", "tanks-for-ukraine", "oppose")}


def test_what_a_wanted_step_could_lead_to_is_no_stance(pctx):
    # `wanted talks that could lead to X`: the talks are wanted, X only hoped for
    assert stances("Olaf Scholz said Germany wanted talks that could lead to sending tanks to Ukraine.", pctx) == set()
    # look-alike: the issue wanted, with a hoped-for consequence after it
    assert stances("Olaf Scholz said Germany wanted to send tanks to Ukraine that could lead to peace.", pctx) == {
        ("Germany", "tanks-for-ukraine", "support"), ("Olaf Scholz", "tanks-for-ukraine", "support")}


def test_the_agreement_or_deal_refers_back_and_yet_to_is_open(pctx):
    # `the agreement` / `the deal` after a sentence on the issue is that measure
    assert ("Viktor Orban", "sanctions-on-russia", "support") in stances(
        "EU leaders agreed new sanctions on Russia on Monday. Viktor Orban said he backed the agreement because it spared energy.", pctx)
    # look-alike: with no issue before, `the agreement` is nothing
    assert stances("Viktor Orban said he backed the agreement because it spared energy.", pctx) == set()
    # `has yet to approve` is an open decision, not approval
    assert stances("Germany has yet to approve sending tanks to Ukraine.", pctx) == set()
    assert stances("Germany approved sending tanks to Ukraine.", pctx) == {("Germany", "tanks-for-ukraine", "support")}


def test_voting_against_it_refers_back(pctx):
    assert ("Hungary", "sanctions-on-russia", "oppose") in stances(
        "EU leaders agreed new sanctions on Russia on Monday. Hungary voted against it.", pctx)
    # look-alikes: no issue before, and `it` as the subject of something else
    assert stances("Hungary voted against it.", pctx) == set()
    assert ("Hungary", "sanctions-on-russia", "oppose") not in stances(
        "EU leaders agreed new sanctions on Russia on Monday. Hungary voted against it being delayed.", pctx)


def test_an_appositive_name_before_a_repeated_call():
    issue = Issue(id="ceasefire-x", label="Ceasefire", terms=("ceasefire",),
                  proposition="There should be an immediate ceasefire in the war")
    ctx = ExtractionContext(issues=IssueSet(issues=(issue,)))
    # `X's foreign minister, Name, repeated/renewed ...`: the person the appositive names holds the call
    assert stances("Chile's foreign minister, Tomas Varela, renewed his call for an immediate ceasefire.", ctx) == {
        ("Tomas Varela", "ceasefire-x", "support")}
    # look-alike: no appositive name, no person
    assert ("Tomas Varela", "ceasefire-x", "support") not in stances(
        "Chile's foreign minister renewed his call for an immediate ceasefire.", ctx)


# ---------------------------------------------------------------- positions 1.12.0: user-defined issues

_PHONES = Issue(
    id="school-phone-ban", label="Phones out of schools",
    proposition="Pupils should be barred from using smartphones in schools",
    terms=["phone ban", "smartphones in schools", "screen time limit"],
)
_DYING = Issue(
    id="assisted-dying", label="Legal assisted dying",
    proposition="Assisted dying should be legalised for terminally ill adults rather than kept a crime",
    terms=["assisted dying", "euthanasia", "decriminalise"],
)


@pytest.fixture(scope="module")
def uctx() -> ExtractionContext:
    return ExtractionContext(issues=IssueSet(issues=[_PHONES, _DYING]))


def ustances(text: str, ctx: ExtractionContext) -> set[tuple[str, str, str, bool]]:
    return {(p["actor"]["canonical"], p["issue"], p["stance"], p["explicitly_unchanged"]) for p in run(text, ctx)}


@pytest.mark.parametrize("text, expected", [
    # a bar/prohibit proposition: its ban (and the curb nouns of its terms) is the issue, not its negation
    ("Mette Frederiksen backed the phone ban on Tuesday.", {("Mette Frederiksen", "school-phone-ban", "support", False)}),
    ("Robert Fico challenged the phone ban in a speech on Tuesday.", {("Robert Fico", "school-phone-ban", "oppose", False)}),
    ("Meloni said the government was sticking to the phone ban despite complaints from parents.",
     {("Giorgia Meloni", "school-phone-ban", "support", True), ("Italy", "school-phone-ban", "support", True)}),
    # `kept away from` / `kept off` is the bar itself, not keeping the activity going
    ("Donald Tusk has long argued that pupils should be kept away from smartphones in schools.",
     {("Donald Tusk", "school-phone-ban", "support", False)}),
    # not committing to a measure is undecided, not opposed
    ("Donald Tusk has not committed to a phone ban.", set()),
    ("Mark Rutte said he was watching the Danish phone ban closely but has not committed to a screen time limit.", set()),
])
def test_a_ban_issue_owns_its_ban(text, expected, uctx):
    assert ustances(text, uctx) == expected


@pytest.mark.parametrize("text, expected", [
    # a passive proposition's participle enacts it by any agent; an -ise verb among the terms too
    ("Giorgia Meloni said her cabinet would legalise assisted dying.",
     {("Giorgia Meloni", "assisted-dying", "support", False), ("Italy", "assisted-dying", "support", False)}),
    ("Donald Tusk said Poland would decriminalise euthanasia next year.",
     {("Donald Tusk", "assisted-dying", "support", False), ("Poland", "assisted-dying", "support", False)}),
    # legislating: passing the bill, `the law` referring back, repealing, stopping or striking it down
    ("Poland's Sejm passed the assisted dying bill on Friday. Donald Tusk said the law would protect patients.",
     {("Sejm", "assisted-dying", "support", False), ("Donald Tusk", "assisted-dying", "support", False)}),
    ("Robert Fico has vowed to repeal the euthanasia law.", {("Robert Fico", "assisted-dying", "oppose", False)}),
    ("Assisted dying returned to the agenda on Monday. Giorgia Meloni urged parliament to stop the bill.",
     {("Giorgia Meloni", "assisted-dying", "oppose", False)}),
    ("Euthanasia became legal in Spain last year. Donald Tusk asked the constitutional court to strike the law down.",
     {("Donald Tusk", "assisted-dying", "oppose", False)}),
    # `put ... back on` is an adverb, no backing
    ("Mark Rutte put euthanasia back on the agenda.", set()),
    # hedges and conditionals still state nothing
    ("Mette Frederiksen said Denmark might legalise assisted dying if a commission agreed.", set()),
    ("Mette Frederiksen said she was considering whether to legalise euthanasia.", set()),
])
def test_a_passive_proposition_and_legislating_verbs(text, expected, uctx):
    assert ustances(text, uctx) == expected


def test_participle_lemmas_and_verb_terms():
    from wirewatch.processors.stance import _participle_lemma, matcher
    assert [_participle_lemma(w) for w in "legalised created scrapped abolished lifted recognised".split()] == [
        "legalise", "create", "scrap", "abolish", "lift", "recognise"]
    actions = matcher(_DYING).actions
    assert actions.search("decriminalized") and actions.search("legalizing")
    # a noun compound opening a term is no verb
    cruise = Issue(id="c", label="c", proposition="Allies should deliver cruise missiles", terms=["cruise missiles"])
    assert not matcher(cruise).actions.search("a cruise")


@pytest.mark.parametrize("text, expected", [
    # `nothing is off the table` keeps options open: a hedge; `off the table` alone still refuses
    ('Asked whether Italy would send tanks, Giorgia Meloni said "nothing is off the table".', set()),
    ("Donald Tusk said sending tanks was off the table.", {("Donald Tusk", "tanks-for-ukraine", "oppose")}),
    # a verdict on what is not done (`absurd when no date was set`) is for doing it
    ("Mark Rutte said it was absurd when no date was set for Ukraine's NATO membership.",
     {("Mark Rutte", "ukraine-nato-membership", "support")}),
    # a requirement set before the issue is a curb: dropping it is support
    ("Mark Rutte dropped the requirement for a Membership Action Plan for Ukraine's NATO membership.",
     {("Mark Rutte", "ukraine-nato-membership", "support")}),
    # a verdict on the patient, given to the speaker, keeps the speaker's denial
    ("Mette Frederiksen said she did not think Ukraine was ready for NATO membership.",
     {("Mette Frederiksen", "ukraine-nato-membership", "oppose")}),
    ("Mette Frederiksen said she thought Ukraine was ready for NATO membership.",
     {("Mette Frederiksen", "ukraine-nato-membership", "support")}),
    # a `but` clause opening with a stance verb inherits the subject of a clause without the issue
    ("Giorgia Meloni praised Warsaw but repeated her call for more fighter jets for Ukraine.",
     {("Giorgia Meloni", "fighter-jets-for-ukraine", "support")}),
    # `those calls` refer back like `the call`
    ("Donald Tusk called for Leopard tanks for Ukraine. Chancellor Olaf Scholz rejected those calls on Monday.",
     {("Donald Tusk", "tanks-for-ukraine", "support"), ("Olaf Scholz", "tanks-for-ukraine", "oppose")}),
    # freezing someone's assets is a sanction; freezing a plan puts it on hold
    ("Canada froze the assets of 20 Russian oligarchs on Monday as part of new sanctions on Russia.",
     {("Canada", "sanctions-on-russia", "support")}),
    ("Italy froze the plan to expand sanctions on Russia.", {("Italy", "sanctions-on-russia", "oppose")}),
])
def test_hedges_curbs_denials_and_anaphors_of_1_12(text, expected, pctx):
    assert stances(text, pctx) == expected


def test_a_motion_named_by_its_sponsor_refers_back(pctx):
    text = ("The opposition tabled a motion calling for Taurus deliveries to Ukraine. "
            "The Bundestag rejected the CDU/CSU motion on Thursday.")
    assert ("Bundestag", "taurus-for-ukraine", "oppose") in stances(text, pctx)


# ---------------------------------------------------------------- positions 1.13.0: a proposition's structure

_COAL = Issue(
    id="coal-exit", label="Closing coal power",
    proposition="Coal-fired power stations should be closed and coal power phased out rather than kept running or expanded",
    terms=["coal phase-out", "coal plants", "coal-fired power stations", "coal power", "phase-out", "extend"],
)
_GIG = Issue(
    id="gig-employee-status", label="Employee status for gig workers",
    proposition="Gig workers should have a legal right to employee status",
    terms=["gig workers", "Platform Work Bill", "employee status"],
)


@pytest.fixture(scope="module")
def sctx() -> ExtractionContext:
    return ExtractionContext(issues=IssueSet(issues=[_COAL, _GIG]))


def sstances(text: str, ctx: ExtractionContext) -> set[tuple[str, str]]:
    return {(p["actor"]["canonical"], p["stance"]) for p in run(text, ctx)}


@pytest.mark.parametrize("text, expected", [
    # the alternative after `rather than` (kept running, expanded) opposes; closing it supports
    ("Donald Tusk said on Monday that Poland will keep the coal plants running for another decade.",
     {("Donald Tusk", "oppose")}),
    ("Donald Tusk said on Monday that Poland will close the last coal plants by 2030.",
     {("Donald Tusk", "support")}),
    ("Mette Frederiksen backed the extension of the coal plants on Tuesday.", {("Mette Frederiksen", "oppose")}),
    ("Mette Frederiksen backed the coal phase-out on Tuesday.", {("Mette Frederiksen", "support")}),
    ("Robert Fico said the government wanted to keep as many of the coal plants as possible.", {("Robert Fico", "oppose")}),
    # a verdict on closing is the opposite of a verdict on keeping
    ("Olaf Scholz repeated that switching off the coal plants in an energy crisis was wrong.", {("Olaf Scholz", "oppose")}),
    ("Olaf Scholz repeated that keeping the coal plants running in a climate crisis was wrong.", {("Olaf Scholz", "support")}),
    # a return to what the issue closes opposes it; giving it up supports it; giving up the plan to close opposes
    ("Giorgia Meloni said Italy will return to coal power to cut gas imports.", {("Giorgia Meloni", "oppose")}),
    ("Giorgia Meloni said Italy will abandon coal power by 2028.", {("Giorgia Meloni", "support")}),
    ("Giorgia Meloni said Italy was abandoning its plan to exit coal power.", {("Giorgia Meloni", "oppose")}),
    # the closure's own nouns name the issue; the issue's verb alone on something else does not
    ("Pedro Sanchez rejected calls to reverse the planned coal shutdown.", {("Pedro Sanchez", "support")}),
    ("Robert Fico held up the package for weeks over a plan to phase out Russian gas imports.", set()),
])
def test_alternative_and_closing_verbs_of_a_user_issue(text, expected, sctx):
    got = sstances(text, sctx)
    if not expected:
        assert got == set()
    # the named holder has exactly the expected stance (the country it speaks for may also be given)
    for actor, stance in expected:
        assert {s for a, s in got if a == actor} == {stance}, got


def test_a_bare_vote_after_a_bill_is_a_vote_on_it(sctx):
    text = ("MPs backed the Platform Work Bill at second reading by 320 votes to 280.\n\n"
            "The bill was brought by a Labour backbencher. It now goes to committee stage.\n\n"
            "Keir Starmer voted in favour.\n\nRishi Sunak voted against.")
    got = sstances(text, sctx)
    assert ("Keir Starmer", "support") in got and ("Rishi Sunak", "oppose") in got


def test_a_bare_vote_without_a_bill_stays_unattached(sctx):
    # a council vote on a draft that may fall short of the issue: no bill named, no position from the vote
    text = ("Envoys debated a draft on employee status for gig workers on Friday.\n\n"
            "The draft was vague, diplomats said. Keir Starmer voted against.")
    assert ("Keir Starmer", "oppose") not in sstances(text, sctx)


def test_a_status_kept_is_no_keeping_going():
    # `rather than kept a crime`: no alternative of keeping something running
    m = __import__("wirewatch.processors.stance", fromlist=["matcher"]).matcher(Issue(
        id="x", label="x", proposition="Assisted dying should be legalised rather than kept a crime", terms=["assisted dying"]))
    assert m.alternative is None


# ---------------------------------------------------------------- positions 1.14.0: scope of curbs, purposes, bills

@pytest.mark.parametrize("text, expected", [
    # a request to wait, with a purpose clause naming another item of the same kind, is no stance on the items
    ("Pedro Sanchez said Kyiv had asked Madrid to wait so that Ukrainian crews could master the Mirage jets first.", set()),
    ("Pedro Sanchez said Kyiv had asked Madrid to hold off in order that its pilots could finish training on F-16s.", set()),
    # look-alike: a refusal that names the item before the purpose clause still refuses it
    ("Pedro Sanchez refused to send fighter jets to Ukraine so that Spain's own air defences stay intact.",
     {("Pedro Sanchez", "fighter-jets-for-ukraine", "oppose")}),
    # a curb on the use of what a country sends is about where it may be used, not about sending it
    ("Belgium places no restrictions on the F-16s it is delivering, Defence Minister Ludivine Dedonder said.",
     {("Belgium", "long-range-strikes", "support"), ("Ludivine Dedonder", "long-range-strikes", "support")}),
    ("Belgium places strict limits on the F-16s it is delivering, Defence Minister Ludivine Dedonder said.",
     {("Belgium", "long-range-strikes", "oppose"), ("Ludivine Dedonder", "long-range-strikes", "oppose")}),
    # look-alike: sending the item with no curb named is support for sending it
    ("Belgium is delivering F-16s to Ukraine, Defence Minister Ludivine Dedonder said.",
     {("Belgium", "fighter-jets-for-ukraine", "support"), ("Ludivine Dedonder", "fighter-jets-for-ukraine", "support")}),
    # an entitlement with a prepositional adjunct before its infinitive
    ("Mark Rutte said Ukraine had the right under international law to strike military targets on Russian territory.",
     {("Mark Rutte", "long-range-strikes", "support")}),
    # look-alike: `no right` is no entitlement (and gives no position)
    ("Mark Rutte said Ukraine had no right under any law to strike military targets on Russian territory.", set()),
])
def test_purpose_clauses_and_curbs_on_use(text, expected, pctx):
    assert stances(text, pctx) == expected


_BAGS = Issue(
    id="plastic-bag-ban", label="Banning single-use plastic bags",
    proposition="Sales of single-use plastic bags should be banned from a set date such as 2027",
    terms=["plastic bags", "bag ban", "single-use plastic"],
)


@pytest.fixture(scope="module")
def bctx() -> ExtractionContext:
    return ExtractionContext(issues=IssueSet(issues=[_BAGS]))


@pytest.mark.parametrize("text, expected", [
    # an attitude to an act named by `the move` / `the proposal` / `the decision` takes the act's polarity
    ("Poland's cabinet proposed scrapping the bag ban on Monday. Donald Tusk called the move a historic mistake.",
     {("Donald Tusk", "support")}),
    ("The Italian cabinet voted to repeal the bag ban. Giorgia Meloni welcomed the decision.",
     {("Giorgia Meloni", "oppose")}),
    # look-alike: the same attitudes to an act for the issue keep their own polarity
    ("The Italian cabinet voted to introduce the bag ban. Giorgia Meloni welcomed the decision.",
     {("Giorgia Meloni", "support")}),
    ("Poland's cabinet adopted the bag ban on Monday. Donald Tusk called the move a historic mistake.",
     {("Donald Tusk", "oppose")}),
    # an act with no holder (a passive) is still what `the move` names
    ("The bag ban was scrapped by decree on Monday. Donald Tusk called the move a historic mistake.",
     {("Donald Tusk", "support")}),
    # letting what the ban halts go on being sold undoes the ban; asking to enforce it does not
    ("Giorgia Meloni will ask Brussels to let plastic bags be sold after 2027.", {("Giorgia Meloni", "oppose")}),
    ("Giorgia Meloni will ask Brussels to enforce the bag ban after 2027.", {("Giorgia Meloni", "support")}),
    # the wrong answer is a verdict against, the right answer for
    ("Donald Tusk said a bag ban was the wrong answer for Polish shops.", {("Donald Tusk", "oppose")}),
    ("Donald Tusk said a bag ban was the right answer for Polish shops.", {("Donald Tusk", "support")}),
])
def test_acts_named_by_an_anaphor_and_a_ban_undone(text, expected, bctx):
    holders = {a for a, _ in expected}
    assert {x for x in sstances(text, bctx) if x[0] in holders} == expected


@pytest.mark.parametrize("text, expected", [
    # a title with a determiner set off before an unknown name introduces the person
    ('"We will back it," said the shadow transport secretary, Hilda Marchbank, after the plastic bag ban was tabled.',
     {("Hilda Marchbank", "support")}),
    ("The Green leader, Oskar Lindqvist, who opposed the bag ban in March, said the vote was rushed.",
     {("Oskar Lindqvist", "oppose")}),
    # look-alike: a title with no name after the comma introduces nobody
    ('"We will back it," said the shadow transport secretary, after the plastic bag ban was tabled.', set()),
])
def test_a_title_with_a_determiner_before_the_name(text, expected, bctx):
    assert sstances(text, bctx) == expected


@pytest.mark.parametrize("text, expected", [
    # a chamber acting as a whole is the chamber of the country the article is about
    ("Keir Starmer has made plastic waste a priority.\n\nMPs have overwhelmingly backed the bag ban, voting 390 to 41.",
     {("House of Commons", "support")}),
    ("New Zealand's Parliament has rejected the bag ban by 70 votes to 50.", {("New Zealand Parliament", "oppose")}),
    # look-alike: a group of members is no chamber
    ("Keir Starmer has made plastic waste a priority.\n\nSome Labour MPs have backed the bag ban.", set()),
    # the government whose measure a chamber passes or rejects holds the stance the measure embodies
    ("New Zealand's Parliament has rejected the government's bag ban by 70 votes to 50.",
     {("New Zealand Parliament", "oppose"), ("New Zealand", "support")}),
    ("Keir Starmer has made plastic waste a priority.\n\nMPs have backed the government's plan to end the bag ban.",
     {("House of Commons", "oppose"), ("United Kingdom", "oppose")}),
])
def test_chambers_and_the_government_behind_a_measure(text, expected, bctx):
    got = {x for x in sstances(text, bctx) if x[0] not in ("Keir Starmer",)}
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a halting verb whose object is the ban undoes the ban; before the activity it enacts it
    ("Donald Tusk wants to end the bag ban.", {("Donald Tusk", "oppose")}),
    ("Donald Tusk wants to suspend the ban on plastic bags.", {("Donald Tusk", "oppose")}),
    ("Donald Tusk wants to stop the sale of plastic bags.", {("Donald Tusk", "support")}),
])
def test_a_halt_of_the_ban_undoes_it(text, expected, bctx):
    assert sstances(text, bctx) == expected


def test_function_words_of_a_proposition_name_no_issue():
    late = Issue(id="late-alcohol-ban", label="x", proposition="Shops should stop selling alcohol after 10pm so that streets are quieter",
                 terms=["late-night alcohol"])
    ctx = ExtractionContext(issues=IssueSet(issues=[late]))
    # `after`, `so` are no words of the issue: a sentence sharing only them with the proposition is not about it
    assert stances("Japan extended the loan after the default as markets grew quieter.", ctx) == set()
    # look-alike: the issue's own words still name it
    assert ("Donald Tusk", "late-alcohol-ban", "support") in stances(
        "Donald Tusk backed a ban on late-night alcohol sales.", ctx)


@pytest.mark.parametrize("text, expected", [
    # a party voting, and a name with a relative clause before its verb
    ("The bag ban passed its final reading on Tuesday. The Harbour Party also voted against, calling it a tax on the poor.",
     {("Harbour Party", "oppose")}),
    ("The bag ban passed its final reading on Tuesday. Greenfield, which voted for the bill, said it would protect rivers.",
     {("Greenfield", "support")}),
    # look-alike: a group of a party's members voting is no party
    ("The bag ban passed its final reading on Tuesday. Some Harbour MPs also voted against.", set()),
    # an unchanged view stated after a colon holds what it states; negated, the other side
    ("Donald Tusk said his view had not changed: the bag ban was the only way to clean the rivers.", {("Donald Tusk", "support")}),
    ("Donald Tusk said his view had not changed: he does not want a bag ban in Poland.", {("Donald Tusk", "oppose")}),
])
def test_parties_voting_and_an_unchanged_view_stated(text, expected, bctx):
    assert sstances(text, bctx) == expected


@pytest.mark.parametrize("text, expected", [
    # a head of government who signs, announces or tables a measure acts for the country
    ("President Emmanuel Macron on Friday signed a decree that extends the bag ban to street markets.",
     {("Emmanuel Macron", "support"), ("France", "support")}),
    ("Giorgia Meloni has announced plans to scrap the bag ban. The prime minister said shops had suffered enough.",
     {("Giorgia Meloni", "oppose"), ("Italy", "oppose")}),
    # look-alike: a view on the measure is the person's only
    ("President Emmanuel Macron on Friday praised the bag ban in a speech.", {("Emmanuel Macron", "support")}),
    # look-alike: a former office holder acts for nobody
    ("Former Prime Minister Boris Johnson announced a petition to scrap the bag ban.", {("Boris Johnson", "oppose")}),
])
def test_a_head_of_government_acting_on_a_measure_acts_for_the_country(text, expected, bctx):
    assert sstances(text, bctx) == expected


def test_the_measure_named_again_keeps_it_in_discussion_and_approving_it_is_support(bctx):
    text = ("Poland's cabinet adopted the bag ban on Monday.\n\nRetailers were unhappy. Robert Fico called the ban "
            "\"madness\". The vote, scheduled for June, was delayed. Parliament officials met on Friday.\n\n"
            "The European Parliament approved the law last month by 400 votes to 200.")
    got = sstances(text, bctx)
    assert ("European Parliament", "support") in got and ("Robert Fico", "oppose") in got
    # look-alike: approving something else (no measure named) is no stance on it
    assert ("European Parliament", "support") not in sstances(
        "Poland's cabinet adopted the bag ban on Monday.\n\nRetailers were unhappy. Shops protested. The vote was delayed. "
        "Officials met on Friday.\n\nThe European Parliament approved the budget last month.", bctx)


@pytest.mark.parametrize("text, expected", [
    # a country's chamber is the chamber, not an unknown body named by its last word
    ("France's National Assembly on Tuesday approved the bag ban by 300 votes to 200.", {("National Assembly", "support")}),
    # `as did X`: X did the same
    ("The bag ban passed on Tuesday. The environment secretary, Hilda Marchbank, voted against, as did the trade secretary, "
     "Oskar Lindqvist, who called it a tax on the poor.", {("Hilda Marchbank", "oppose"), ("Oskar Lindqvist", "oppose")}),
    # look-alike: `as did` after no stance gives nobody one
    ("The bag ban passed on Tuesday. The environment secretary, Hilda Marchbank, abstained, as did the trade secretary, "
     "Oskar Lindqvist.", set()),
])
def test_a_countrys_chamber_and_as_did(text, expected, bctx):
    assert sstances(text, bctx) == expected


def test_a_party_named_before_leader_or_government_is_no_holder(bctx):
    got = sstances("Labour leader Keir Starmer said a Labour government would end the bag ban.", bctx)
    assert not any(a == "Labour Party" for a, _ in got)
    # look-alike: the party as the subject holds its stance
    assert ("Labour Party", "oppose") in sstances("Labour said it would end the bag ban.", bctx)


@pytest.mark.parametrize("text, expected", [
    # an honorific between a title and an unknown name; `would save lives` is a benefit predicted of the measure
    ("Environment Minister Dr Hilda Marchbank said the bag ban would save thousands of marine lives.",
     {("Hilda Marchbank", "support")}),
    # look-alike: a harm predicted of it
    ("Environment Minister Dr Hilda Marchbank said the bag ban would undermine small shops.", {("Hilda Marchbank", "oppose")}),
])
def test_an_honorific_before_a_name_and_saving_lives(text, expected, bctx):
    assert sstances(text, bctx) == expected


# ---------------------------------------------------------------- positions 1.15.0 (round 23)


@pytest.mark.parametrize("text, expected", [
    # an organisation the gazetteer does not know, named with an organisation word, keeps its name as written
    ("Italy's Coldiretti farmers' union is demanding a bag ban for all supermarkets.", {("Coldiretti", "support")}),
    ("The Coastal Retailers' Alliance criticised the bag ban, saying shops would lose money.",
     {("Coastal Retailers' Alliance", "oppose")}),
    ("The Federation of Polish Grocers opposed the bag ban.", {("Federation of Polish Grocers", "oppose")}),
    ("Handelsverband Nord, the retailers' association, rejected the bag ban.", {("Handelsverband Nord", "oppose")}),
    ("The Lewiatan employers' confederation warned that the bag ban would raise costs for small shops.", {("Lewiatan", "oppose")}),
    # look-alikes: a generic body, a known one, and members of an organisation are not a new organisation
    ("The Security Council backed the bag ban.", set()),
    ("Members of the Polish Grocers Association said the bag ban would hurt small shops.", set()),
    ("The plastics industry criticised the bag ban, saying shops would lose money.", set()),
])
def test_unknown_organisations_named_with_an_organisation_word(text, expected, bctx):
    assert sstances(text, bctx) == expected


@pytest.mark.parametrize("text, expected", [
    # stances on an anaphor of the measure, and verdicts and harms predicted of it
    ("The Greens tabled a bag ban on Monday. Spain and Chile have signed on to the proposal.",
     {("Spain", "support"), ("Chile", "support")}),
    ("The Greens tabled a bag ban on Monday. Marta Kowalska called the demand out of touch with reality.",
     {("Marta Kowalska", "oppose")}),
    ("The Greens tabled a bag ban on Monday. Marta Kowalska called the plan unworkable.", {("Marta Kowalska", "oppose")}),
    ("The Federation of Polish Grocers warned that the bag ban would deepen the crisis in rural shops.",
     {("Federation of Polish Grocers", "oppose")}),
    # look-alikes: the harm predicted of undoing the measure is the other polarity; a saving is no harm
    ("The Federation of Polish Grocers warned that delaying the bag ban would deepen the plastic crisis.",
     {("Federation of Polish Grocers", "support")}),
    ("The Lewiatan employers' confederation warned that scrapping the bag ban would raise costs for councils.",
     {("Lewiatan", "support")}),
    ("The Federation of Polish Grocers said the bag ban would cut costs for councils.", set()),
])
def test_anaphors_signing_on_and_harms_of_the_measure(text, expected, bctx):
    assert sstances(text, bctx) == expected


# ---------------------------------------------------------------- positions 1.16.0 (round 24)


@pytest.mark.parametrize("text, expected", [
    # a person or organisation the gazetteer does not know, set off by an appositive and then a verb of stance
    ("Chile introduced a bag ban on Monday. Tomas Errazuriz, the environment minister, praised the ban.",
     {("Chile", "support"), ("Tomas Errazuriz", "support")}),
    ("Chile introduced a bag ban on Monday. ASOCAM, the national shopkeepers' union, criticised the ban.",
     {("Chile", "support"), ("ASOCAM", "oppose")}),
    ("Chile introduced a bag ban on Monday. Blue Coast Kids, a parents' campaign that began in Valparaiso, "
     "welcomed the move.", {("Chile", "support"), ("Blue Coast Kids", "support")}),
    # look-alikes: a bare first name with an appositive is no actor; a member of a union is a person, not the union
    ("Chile introduced a bag ban on Monday. Tomas, a shop owner in Valparaiso, criticised the ban.", {("Chile", "support")}),
    ("Chile introduced a bag ban on Monday. Tomas Errazuriz, a member of the shopkeepers' union, criticised the ban.",
     {("Chile", "support"), ("Tomas Errazuriz", "oppose")}),
    # the sentence before is no part of an organisation's name (`... on Monday. ASOCAM, the ... union,`)
    ("The Greens tabled a bag ban on Monday. ASOCAM, the national shopkeepers' union, criticised the plan.",
     {("ASOCAM", "oppose")}),
])
def test_an_appositive_before_a_verb_of_stance(text, expected, bctx):
    assert sstances(text, bctx) == expected


@pytest.mark.parametrize("text, expected", [
    # commitments name an unknown subject too, and take the polarity of what they commit to
    ("The Greens tabled a bag ban on Monday. Ines Calloway vowed to scrap the plan.", {("Ines Calloway", "oppose")}),
    ("The Greens tabled a bag ban on Monday. Ines Calloway pledged to repeal the measure.", {("Ines Calloway", "oppose")}),
    ("Ines Calloway wants to scrap the bag ban.", {("Ines Calloway", "oppose")}),
    # look-alikes: the same commitments for the measure
    ("The Greens tabled a bag ban on Monday. Ines Calloway vowed to pass the plan.", {("Ines Calloway", "support")}),
    ("Ines Calloway wants a bag ban in every town.", {("Ines Calloway", "support")}),
])
def test_commitments_name_an_unknown_subject(text, expected, bctx):
    assert sstances(text, bctx) == expected


def test_the_reform_named_with_a_stance_keeps_the_measure_in_discussion(bctx):
    text = (
        "Shops are worried. Fines are rare. The Greens tabled a bag ban on Monday. The vote is due in May. "
        "Rosa Quintana, the environment minister, welcomed the reform. "
        "Labour groups were split. Unions met on Tuesday. Ines Calloway vowed to scrap the reform."
    )
    assert sstances(text, bctx) == {("Rosa Quintana", "support"), ("Ines Calloway", "oppose")}
    # look-alike: with no stance on `the reform` in between, an anaphor six sentences on reaches nothing
    text2 = text.replace("Rosa Quintana, the environment minister, welcomed the reform.", "It rained in Santiago.")
    assert sstances(text2, bctx) == set()


@pytest.mark.parametrize("text, expected", [
    # a verdict in a small clause after `called it` / `called the decision ...`, given only there
    ("The Greens tabled a bag ban on Monday. Jan Brzeski called the decision on the bags \"historic\".",
     {("Jan Brzeski", "support")}),
    ("The Greens tabled a bag ban on Monday. Jan Brzeski called it \"a first step\".", {("Jan Brzeski", "support")}),
    ("The Greens tabled a bag ban on Monday. Jan Brzeski called the measure one of the most brutal in decades.",
     {("Jan Brzeski", "oppose")}),
    ("The Greens tabled a bag ban on Monday. Jan Brzeski called it an attack on small shops.", {("Jan Brzeski", "oppose")}),
    # look-alikes: the same words outside the small clause are no verdict on the measure
    ("The Greens tabled a bag ban on Monday. Jan Brzeski said the storm had been brutal for the coast.", set()),
    ("The Greens tabled a bag ban on Monday. Jan Brzeski said bag sales hit a historic low.", set()),
])
def test_verdicts_in_a_small_clause_on_the_measure(text, expected, bctx):
    assert sstances(text, bctx) == expected


def test_the_measure_the_lead_is_about_named_again_later(bctx):
    lead = "Chile's government unveiled a bag ban on Monday, to take effect in 2027. "
    filler = "The vote is due in May. Shops would have a year to adapt. Fines start at 200 dollars. "
    text = lead + filler + "Ines Calloway vowed to scrap the plan."
    assert ("Ines Calloway", "oppose") in sstances(text, bctx)
    # look-alikes: an issue first named after the lead keeps the short reach; a singular head (`the bag`, like `the EU`) does not reach far
    late = "Fines start at 200 dollars. Shops are worried. The Greens tabled a bag ban on Monday. " + filler
    assert ("Ines Calloway", "oppose") not in sstances(late + "Ines Calloway vowed to scrap the plan.", bctx)
    assert ("Ines Calloway", "oppose") not in sstances(lead + filler + "Ines Calloway vowed to scrap the bag.", bctx)


@pytest.mark.parametrize("text, expected", [
    # a list of actors signing on with no object signs on to the measure under discussion
    ("The Greens tabled a bag ban on Monday. Peru and Ecuador have signed on.", {("Peru", "support"), ("Ecuador", "support")}),
    ("Peru backed the bag ban, and Ecuador has since signed on.", {("Peru", "support"), ("Ecuador", "support")}),
    # look-alikes: not (yet) signing on is no stance; signing on a line for something else is not the measure
    ("The Greens tabled a bag ban on Monday. Ecuador has not yet signed on.", set()),
    ("The Greens tabled a bag ban on Monday. Ecuador signed on the dotted line for a new fishing deal.", set()),
])
def test_signing_on_with_no_object(text, expected, bctx):
    assert sstances(text, bctx) == expected


@pytest.mark.parametrize("text, expected", [
    # an occupation capitalised before a full name is a description, not part of the name
    ("The Greens tabled a bag ban on Monday. Economist Lidia Varga, who designed the plan and has campaigned for it "
     "for years, welcomed the vote.", {("Lidia Varga", "support")}),
    ("The Greens tabled a bag ban on Monday. Professor Lidia Varga welcomed the plan.", {("Lidia Varga", "support")}),
    # look-alike: with one name word after it, the word stays (no name would be left to tell who it is)
    ("The Greens tabled a bag ban on Monday. Economist Varga welcomed the plan.", {("Economist Varga", "support")}),
])
def test_an_occupation_before_a_name(text, expected, bctx):
    assert sstances(text, bctx) == expected


# ---------------------------------------------------------------- positions 1.17.0 (second and third voices, rounds 19-24)


@pytest.mark.parametrize("text, expected", [
    # a double-barrelled surname keeps its second capital (the name is no longer cut at the hyphen)
    ("The Greens tabled a bag ban on Monday. Environment Minister Lidia Varga-Oyarzun welcomed the plan.",
     {("Lidia Varga-Oyarzun", "support")}),
])
def test_double_barrelled_names(text, expected, bctx):
    assert sstances(text, bctx) == expected


def test_a_bare_vote_closes_its_predicate(bctx):
    # `threatened to quit the government` after `voted against and` is no undoing of the ban
    text = ("The cabinet approved the bag ban bill on Monday. Environment Minister Lidia Varga-Oyarzun voted against and "
            "threatened to quit the government.")
    assert ("Lidia Varga-Oyarzun", "oppose") in sstances(text, bctx)
    assert ("Lidia Varga-Oyarzun", "support") not in sstances(text, bctx)


def test_a_stance_verb_on_an_act_reaches_the_leads_measure(bctx):
    lead = "Chile introduced a bag ban on Monday. "
    filler = "Shops are worried. Fines are rare. Unions met on Tuesday. It rained in Santiago. "
    # `condemned the vote`, `welcomed the decisions`, `criticised the national ban`: the measure the lead is about
    assert ("ASOCAM", "oppose") in sstances(lead + filler + "ASOCAM, the national shopkeepers' union, criticised the national ban.", bctx)
    assert ("Tomas Errazuriz", "support") in sstances(lead + filler + "Tomas Errazuriz, the environment minister, welcomed the decisions.", bctx)
    # look-alikes: a noun of its own after the measure noun (`the ban on fishing`), or no lead measure, reaches nothing
    assert ("ASOCAM", "oppose") not in sstances(lead + filler + "ASOCAM, the national shopkeepers' union, criticised the ban on fishing.", bctx)
    late = "Fines are rare. Shops are worried. Chile introduced a bag ban on Monday. " + filler
    assert ("ASOCAM", "oppose") not in sstances(late + "ASOCAM, the national shopkeepers' union, criticised the national ban.", bctx)


@pytest.mark.parametrize("text, expected", [
    # a relative clause that makes a person the measure's author or sponsor: support, and a person the gazetteer does not know
    ("The Greens tabled a bag ban on Monday. Tomas Errazuriz, the party's leader, who drafted the bill, said shops would adapt.",
     {("Tomas Errazuriz", "support")}),
    ("Chile scrapped its bag ban on Monday. Rosa Quintana, who steered the original law through parliament, said she was sad.",
     {("Chile", "oppose"), ("Rosa Quintana", "support")}),
    # look-alikes: a relative clause on something else, or an author of another kind of text, holds no stance
    ("The Greens tabled a bag ban on Monday. Tomas Errazuriz, who drafted the party's manifesto, said shops would adapt.", set()),
    ("The Greens tabled a bag ban on Monday. Tomas Errazuriz, who drafted the bill on fishing quotas, said shops would adapt.",
     set()),
])
def test_the_author_of_the_measure(text, expected, bctx):
    assert sstances(text, bctx) == expected


@pytest.mark.parametrize("text, expected", [
    # abolishing, rescinding, annulling or dismantling a measure undoes it, like scrapping or repealing it
    ("The shopkeepers' federation ASOCAM wants the bag ban abolished.", {("ASOCAM", "oppose")}),
    ("Donald Tusk said he would rescind the bag ban.", {("Donald Tusk", "oppose")}),
    ("Donald Tusk vowed to dismantle the bag ban.", {("Donald Tusk", "oppose")}),
    # look-alike: abolishing something else in a sentence about the measure
    ("Donald Tusk, who wants the bag ban kept, vowed to abolish the senate.", {("Donald Tusk", "support")}),
])
def test_abolishing_a_measure_opposes_it(text, expected, bctx):
    assert sstances(text, bctx) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause about the past, then the present stance after `now`: the present one holds
    ("Donald Tusk, who two years ago called the bag ban a mistake, now backs the bag ban.", {("Donald Tusk", "support")}),
    ("Donald Tusk, who once backed the bag ban, now firmly opposes the bag ban.", {("Donald Tusk", "oppose")}),
    # a negation does not reach across `and` into the next predicate
    ("Donald Tusk said voluntary pledges would not be enough and backed a ban on single-use plastic bags.", {("Donald Tusk", "support")}),
    ("Donald Tusk did not back the bag ban.", {("Donald Tusk", "oppose")}),
    # what a country needs, in a person's words, is the person's verdict, not the country's course
    ("Donald Tusk said he still believed Poland would eventually need a bag ban.", {("Donald Tusk", "support")}),
    ("Donald Tusk spoke on Monday. He said the old rules had failed and that Poland needed a bag ban.", {("Donald Tusk", "support")}),
    # look-alike: the country's own course, announced by its leader
    ("Donald Tusk said Poland would introduce a bag ban.", {("Donald Tusk", "support"), ("Poland", "support")}),
])
def test_present_stance_negation_scope_and_a_countrys_needs(text, expected, bctx):
    assert sstances(text, bctx) == expected


@pytest.mark.parametrize("text, expected", [
    # a count of votes is no refusal: `there is no majority for ...` reports the chamber, not the speaker's stance
    ("Poland introduced a bag ban on Monday. A wider ban will wait because, Donald Tusk said, there is no majority for more.",
     {("Poland", "support")}),
    ("Poland introduced a bag ban on Monday. There is no consensus on a wider bag ban, Donald Tusk said.",
     {("Poland", "support")}),
    # look-alike: `there will be no` + the measure is a refusal
    ("There will be no bag ban in Poland, Donald Tusk said.", {("Donald Tusk", "oppose")}),
])
def test_no_majority_is_no_refusal(text, expected, bctx):
    assert sstances(text, bctx) == expected
