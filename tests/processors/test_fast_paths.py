"""Hand-written fast paths answer exactly what the regexes they replace would."""

from __future__ import annotations

import random
import re

import pytest

from wirewatch.processors.text import word_before_stop

_WORD_BEFORE_STOP = re.compile(r"([\w.]+)[.!?]+[\"'\u201d\u2019)\]]*$")


def test_word_before_stop_is_the_regex_search():
    alphabet = list("ab.Z!?_ 9\"'\u201d\u2019)]-\u00e9\u00b2,\n")
    rng = random.Random(1)
    checked = found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        for start in range(len(text) + 1):
            end = rng.randint(start, len(text))
            if end and text[end - 1] == "\n":
                continue  # the splitter's `end` closes a stop run
            match = _WORD_BEFORE_STOP.search(text, start, end)
            assert word_before_stop(text, start, end) == (match.group(1) if match else None), (text, start, end)
            checked += 1
            found += match is not None
    assert checked > 100_000 and found > 5_000


def test_quote_splitter_word_before_is_the_regex_search():
    from wirewatch.processors.quotes import _word_before

    rng = random.Random(2)
    for _ in range(20_000):
        text = "".join(rng.choice("aZ._9 é,-\u00b2") for _ in range(rng.randint(0, 30)))
        end = rng.randint(0, len(text))
        start = max(0, end - 20)
        match = re.search(r"([\w.]{1,20})$", text[:end][start:])
        assert _word_before(text, start, end) == (match.group(1) if match else ""), (text, start, end)


def test_sentence_end_patterns_match_their_lookbehind_first_forms():
    from wirewatch.processors import quotes, text

    lookbehind_first = {
        text._SENTENCE_END: re.compile(r"(?<![.!?])[.!?]++[\"'\u201d\u2019)\]]*+(?=\s|$)"),
        quotes._END: re.compile(r"(?<![.!?])[.!?]++[\"'\u201d\u2019)\]]*+(?=\s)|" + quotes.MASK + r"(?=\s)"),
    }
    rng = random.Random(3)
    alphabet = "a.!?. \n\"'\u201d)]" + quotes.MASK * 3
    for _ in range(20_000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        start = rng.randint(0, len(sample))
        end = rng.randint(start, len(sample))
        for fast, reference in lookbehind_first.items():
            assert ([m.span() for m in fast.finditer(sample, start, end)]
                    == [m.span() for m in reference.finditer(sample, start, end)]), (sample, start, end)


def test_mention_starts_and_demonyms_match_their_lookbehind_first_forms():
    from wirewatch.processors import entities, gazetteer

    mention_start = re.compile(r"(?<![\w.])(?=([A-Z\u00c0-\u00de].?|th(?=e\b)|vo(?=n\b)))")
    demonyms = re.compile(r"(?<![\w.-])(?:" + "|".join(sorted(entities.DEMONYMS, key=len, reverse=True)) + r")(?![\w-])")
    rng = random.Random(4)
    pieces = ["the", "then", "von", "vo", "t", "Th", "A", "Ä", "U.", "x", "-", ".", " ", "\n", "'s", "American",
              "Americans", "South Korean", "Ukrainian", "Ukrainians-", "Czech", "Swiss", "é", "_"]
    for _ in range(20_000):
        sample = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert ([(m.start(), m.group(0)) for m in gazetteer._MENTION_START.finditer(sample)]
                == [(m.start(), m.group(1)) for m in mention_start.finditer(sample)]), sample
        assert [m.span() for m in entities._DEMONYM_RE.finditer(sample)] == [m.span() for m in demonyms.finditer(sample)], sample


def test_cue_first_words_are_those_of_a_word_scan():
    from wirewatch.processors import cues

    first = sorted(cues._FIRST_WORDS)
    rng = random.Random(6)
    pieces = first[:40] + ["\u0130said", "\u017fays", "\u212aILL", "Said", "SAID", "resaid", "saidx", "x", "the", "U.S.", " ", ", ", "'", "\u2019", "-", "é", "9",
                           "according", "As", "to"]
    checked = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", ".", "-"]) for _ in range(rng.randint(0, 10)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [(m.start(), w) for m in cues._WORDS.finditer(text, start, end)
                    if (w := m.group(0).lower()) in cues._FIRST_WORDS]
        assert cues._first_words(text, start, end) == expected, (text, start, end)
        checked += bool(expected)
    assert checked > 5000


def test_name_runs_and_quote_marks_match_their_original_forms():
    from wirewatch.processors import quotes, speakers

    originals = {
        speakers._NAME_RUN: re.compile(r"(?<![\w.])(?:[A-Z][\w\u2019'.-]*\s+){1,4}[A-Z][\w\u2019'-]+"),
        quotes._QUOTE_MARK: re.compile(r"[\u201c\u201d\"\u201e\u00ab\u00bb]|''|``"),
    }
    rng = random.Random(8)
    pieces = ["Ana", "Lima", "J.", "O'Neil", "al-Sisi", "U.S.", "de", "x", " ", "  ", "\n", ".", "'", "''", "'''", "`",
              "``", "\u201c", "\u201d", '"', "\u00ab", "\u00bb", "\u2019", "-", "É"]
    for _ in range(20_000):
        sample = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(sample))
        for fast, original in originals.items():
            assert ([m.span() for m in fast.finditer(sample, start)]
                    == [m.span() for m in original.finditer(sample, start)]), (sample, start)


def _evaluation_texts() -> list[str]:
    from tests.evaluation_sets import development_texts

    return development_texts()  # never the blind rounds' articles


def test_the_title_appositive_scan_finds_what_the_pattern_finds_everywhere():
    """`_title_appositives` searches only before the places a match can end; same matches as the plain scan."""
    from wirewatch.processors import positions as P

    texts = _evaluation_texts() + [
        "Ukraine's deputy prime minister for European integration, Taras Kachka, said it was time.",
        "a top adviser to the chancellor, Jens Plotner, told reporters, and the minister, Ana Lima, said no.",
        "They administer, Jan Novak, said.",
    ]
    found = 0
    for text in texts:
        plain = [(m.span(), m.span("app"), m.span("name")) for m in P._TITLE_APPOSITIVE.finditer(text)]
        fast = [(m.span(), m.span("app"), m.span("name")) for m in P._title_appositives(text)]
        assert fast == plain, text[:120]
        found += len(plain)
    assert found >= 10  # the comparison saw real matches


def test_the_title_comma_gate_answers_as_the_pattern_did():
    import re

    from wirewatch.processors import positions as P

    # (and an office with its department, `the Minister for Foreign Affairs, Ana Ruiz`: the gate's second branch, first
    # met in a development text with round 43)
    pattern = re.compile(r"(?:" + "|".join(P._TITLE_SUFFIXES) + r"),\s+[A-Z][a-z]|" + P._OFFICE_OF_DEPARTMENT + r",\s+[A-Z]")
    texts = _evaluation_texts() + ["the minister,  Ana Lima", "the minister, ANA", "Ana, Lima", "the leader,\nBen Ray"]
    assert {P._title_comma(t) for t in texts} == {True, False}
    for text in texts:
        assert P._title_comma(text) == bool(pattern.search(text)), text[:120]


@pytest.mark.parametrize("text, names", [
    ("Jan Novak, the party's leader, said no.", ["Jan Novak"]),
    ("It rained. Jan Novak, the party's leader, said no.", ["Jan Novak"]),
    ("Dry.\nJan Novak, a former envoy, warned.", ["Jan Novak"]),
    ("\u2014 Jan Novak, who leads it, said no.", ["Jan Novak"]),
    ("The Jan Novak, the party's leader, said no.", []),  # `The` starts no name
    ("Oddly, Jan Novak, the party's leader, said no.", []),  # only at a sentence start
    ("Thea Lund, the party's leader, said no.", ["Thea Lund"]),
])
def test_the_name_appositive_starts_where_a_sentence_starts(text, names):
    from wirewatch.processors import positions as P

    assert [m.group("name") for m in P._NAME_APPOSITIVE.finditer(text)] == names


def test_event_ids_are_uuid5_strings():
    """`uuid5_str` is `str(uuid.uuid5(EVENT_ID_NAMESPACE, name))`."""
    import uuid

    from wirewatch.schemas.events import EVENT_ID_NAMESPACE, uuid5_str

    rng = random.Random(11)
    alphabet = "ab:9-\x1f é\u2019\u4e2d\U0001f600"
    for _ in range(20_000):
        name = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert uuid5_str(name) == str(uuid.uuid5(EVENT_ID_NAMESPACE, name)), name


def test_envelopes_are_built_as_model_construct_builds_them():
    """`_construct_envelope` leaves the same instance state as `Envelope.model_construct`."""
    from wirewatch.schemas.events import _ENVELOPE_FIELDS, Envelope, Producer, _construct_envelope

    assert Envelope.__pydantic_post_init__ is None and not Envelope.__private_attributes__
    assert Envelope.model_config.get("extra") in (None, "ignore", "forbid")
    values = {"event_id": "e", "event_type": "statement-made", "schema_version": 1, "article_id": "a",
              "occurred_at": None, "producer": Producer(name="p", version="1"), "correlation_id": "a",
              "causation_id": "a", "payload": {"x": [1, {"y": None}]}}
    assert tuple(values) == _ENVELOPE_FIELDS
    fast, reference = _construct_envelope(dict(values)), Envelope.model_construct(**values)
    assert fast == reference and list(fast.__dict__.items()) == list(reference.__dict__.items())
    assert fast.model_fields_set == reference.model_fields_set
    assert (fast.__pydantic_extra__, fast.__pydantic_private__) == (reference.__pydantic_extra__, reference.__pydantic_private__)
    assert fast.model_dump_json() == reference.model_dump_json()
    assert Envelope.model_validate(fast.model_dump()) == fast


def test_mention_candidates_are_the_starts_with_a_bucket_key():
    """`_candidate_pattern` finds exactly the `_MENTION_START` starts whose sub-bucket key follows."""
    from wirewatch.processors import gazetteer as G

    def reference(buckets, text):
        out = []
        for m in G._MENTION_START.finditer(text):
            bucket = buckets.get(m.group(0))
            if bucket is not None and text[m.start() : m.start() + bucket[0]] in bucket[1]:
                out.append(m.start())
        return out

    small = G.Gazetteer.from_records([
        {"canonical": "Ursula von der Leyen", "aliases": ["von der Leyen"]},
        {"canonical": "European Union", "kind": "body", "aliases": ["the bloc", "EU", "E.U."]},
        {"canonical": "Ana Lima"}, {"canonical": "Älä Öz", "aliases": ["Ö."]},
    ])
    rng = random.Random(12)
    for gaz in (G.default_gazetteer(), small, G.Gazetteer.from_records([])):
        _, buckets, supported, candidates = G._alias_index(gaz)
        assert supported
        aliases = sorted({a for actor in gaz.actors for a in (actor.canonical, *actor.aliases)}) or ["x"]
        pieces = ["the", "then", "von", "vo", "t", "Th", "A", "Ä", "U.", "x", "-", ".", " ", "\n", "'s", "_"]
        samples = _evaluation_texts()[:200] if gaz is not small else []
        samples += ["".join(rng.choice([rng.choice(aliases)[: rng.choice([99, 1, 2, 3, 5])], rng.choice(pieces)])
                            for _ in range(rng.randint(0, 12))) for _ in range(5_000)]
        for text in samples:
            assert [m.start() for m in candidates.finditer(text)] == reference(buckets, text), text
            assert G.fast_mentions(gaz, text) == gaz.mentions(text), text
def test_shared_paragraphs_are_the_quote_finders_paragraph_ranges():
    """statements hands the shared analysis's paragraphs to `find_attributions` in place of `paragraph_ranges`."""
    from wirewatch.processors import quotes, text as T

    rng = random.Random(14)
    pieces = ["a", "Bc", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\x0b", "\x0c", "\u00a0", "\u2028", "\u3000", "\x1c", "."]
    samples = _evaluation_texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(20_000)]
    for sample in samples:
        assert [(p.start, p.end) for p in T.paragraphs(sample)] == quotes.paragraph_ranges(sample), repr(sample)


def test_relief_demonyms_without_a_leading_boundary_are_the_boundary_scan():
    """`_RELIEF_DEMONYM_RE` has no leading `\\b` (so the engine skips ahead in C); `_relief_demonyms` refuses a
    match inside a word instead: the same starts as the pattern with the boundary."""
    import random

    from wirewatch.processors import aid as A

    original = re.compile(r"\b" + A._RELIEF_DEMONYM_RE.pattern)

    def fast(text: str) -> list[tuple[int, int]]:
        return [m.span() for m in A._RELIEF_DEMONYM_RE.finditer(text)
                if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))]

    rng = random.Random(11)
    pieces = ["Egyptian", "Indian", "Iranian", "Iraqi", "Omani", "Non", "_", "-", " ", "é", "and", ",", "s", "Peru", "vian"]
    samples = _evaluation_texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(20_000)]
    for text in samples:
        assert fast(text) == [m.span() for m in original.finditer(text)], text


def test_every_ruler_match_holds_one_of_its_keys():
    """`_rulers` runs a ruler's pattern only where one of its keys is in the text: every match must hold a key."""
    from wirewatch.processors import aid as A

    forms = ["Jordan's King Abdullah II", "King Abdullah", "King Salman bin Abdulaziz", "Crown Prince Mohammed bin Salman",
             "Sheikh Mohamed bin Zayed Al Nahyan", "Mohammed bin Rashid Al-Maktoum", "Sheikh Tamim bin Hamad Al Thani",
             "Emir Tamim", "Sheikh Tamim", "Sultan Haitham bin Tariq", "King Hamad bin Isa Al Khalifa", "King Mohammed VI"]
    assert len(A._RULERS) == len(A._RULER_KEYS)
    for (pattern, _), keys in zip(A._RULERS, A._RULER_KEYS):
        for text in [*forms, *_evaluation_texts()]:
            for m in pattern.finditer(text):
                assert any(k in m.group(0) for k in keys), (m.group(0), keys)
    assert all(any(p.search(f) for p, _ in A._RULERS) for f in forms)


def test_prefixed_sums_match_the_pattern_without_the_digit_look_ahead():
    from wirewatch.processors import money

    # (a scale after a hyphen too: `$2.3-billion loan`)
    plain = re.compile(
        rf"(?<![\w$€£¥])(?P<cur>{money._PREFIX_RE})\s?(?P<num>{money._NUM})(?:(?:\s|-)?(?P<scale>{money._SCALE_RE})\b)?",
        re.IGNORECASE,
    )
    pieces = ["u.s.$", "US$", "can$", "C$", "$", "€", "£", "rs.", "Rs", "\u017fr", "\u212aD", "EUR", "usd", " ", "\n",
              "\u00a0", "5", "12", "1,000", "3.5", "million", "bn", "m", "x", "a", ".", ",", "-"]
    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in money._PREFIXED.finditer(text)] == expected, text


def test_suffixed_sums_match_the_pattern_with_the_look_back_first():
    from wirewatch.processors import money

    plain = re.compile(
        rf"(?<![\w$€£¥.,])(?P<num>{money._NUM})(?:\s|-)?(?P<scale>{money._SCALE_RE})?(?:\s+|-)(?P<cur>{money._SUFFIX_RE})\b",
        re.IGNORECASE,
    )
    pieces = ["1", "12", "123", "1,234", "1,234,567", "3.5", ",", ".", "$", "€", "a", " ", "-", "million", "bn", "m",
              "euros", "Dollars", "crowns", "x", "0", "\u0661", "_", "k", "\u212a"]
    rng = random.Random(9)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        start = rng.randint(0, len(text))
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text, start)]
        assert [(m.span(), m.groupdict()) for m in money._SUFFIXED.finditer(text, start)] == expected, (text, start)


def test_caseless_occurrences_are_those_ignorecase_finds():
    from wirewatch.processors import aid as A
    from wirewatch.processors.wordfilter import caseless_occurrences

    needles = ["gave", "raised", "as"]
    pieces = ["gave", "GAVE", "Raised", "ra\u017fed", "\u0130", "\u212a", "as", "As", "x", " ", "\u00e9", "\u03a3", "\u1e9e"]
    rng = random.Random(11)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        found = caseless_occurrences(text, needles)
        if found is None:
            continue
        expected = {(m.start(), m.start() + len(n)) for n in needles for m in re.finditer(f"(?={n})", text, re.IGNORECASE)}
        assert set(found) == expected, text
    # every group pledge holds one of the verbs its gate looks for
    for text in ["Donors pledged $2 billion.", "The West has promised more.", "DUBLIN - Other donors GAVE tents.",
                 "International partners have raised 5 million euros."]:
        m = A._GROUP_GAVE.match(text)
        assert m is not None and any(v in m.group(0).lower() for v in A._GROUP_VERBS), text


def test_text_words_are_the_word_runs_a_regex_finds():
    from wirewatch.processors.wordfilter import text_words

    plain = re.compile(r"[\w-]+")
    pieces = ["a", "Z", "9", "_", "-", " ", "\n", "\t", ".", "'", "\u2019", "\u201c", "\u00e9", "\u0661", "\u00b2", "\u00bd",
              "\ud800", "\ue000", "\x1c", "\x85", "\u2028", "\u00a0", "?", "\u011f", "\u2014", "said"]
    rng = random.Random(12)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        words = tuple(plain.findall(text))
        assert text_words.__wrapped__(text) == (words, frozenset(words)), repr(text)


def test_the_prefixed_sum_gate_lets_every_match_through():
    from wirewatch.processors import money

    pieces = ["u.s.$", "US$", "can$", "C$", "$", "€", "£", "rs.", "Rs", "\u017fr", "\u212aD", "EUR", "usd", " ", "\n",
              "\u00a0", "5", "12", "1,000", "3.5", "million", "bn", "m", "x", "a", ".", ",", "-", "\u0661", "\u0130NR", "Dh",
              "sek", "in 2023"]
    rng = random.Random(13)
    gated = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        if money._PREFIXED.search(text):
            assert money._may_be_prefixed(text), text
        elif money._DIGIT.search(text):
            gated += not money._may_be_prefixed(text)
    assert gated > 1000  # the gate does turn sentences away


def test_look_back_first_patterns_tried_at_their_starts_find_what_a_plain_scan_finds():
    """`finditer_at` (and `_org_named_matches`, which also skips starts out of reach of an organisation word) give the
    matches of `finditer` over the whole text."""
    from wirewatch.processors import positions as P
    from wirewatch.processors.wordfilter import finditer_at

    fast = {
        P._NAMED_SUBJECT: lambda t: finditer_at(P._NAMED_SUBJECT, P._NAMED_SUBJECT_START, t),
        P._TITLE_HIT: lambda t: finditer_at(P._TITLE_HIT, P._TITLE_HIT_START, t),
        P._CODE_TAILED: lambda t: finditer_at(P._CODE_TAILED, P._CAPITAL_START, t),
        P._PLACE_CHAMBER: lambda t: finditer_at(P._PLACE_CHAMBER, P._CAPITAL_START, t),
        P._THE_COLLECTIVE: lambda t: finditer_at(P._THE_COLLECTIVE, P._THE_COLLECTIVE_START, t),
        P._CHAMBER: lambda t: finditer_at(P._CHAMBER, P._CHAMBER_START, t),
        P._ORG_NAMED: P._org_named_matches,
    }
    rng = random.Random(11)
    pieces = ["The", "the", "Forum", "Mlodych", "de", "la", "of", "and", "&", "Union", "union", "Federation", "Polish",
              "Grocers'", "IG", "Metall", "employers'", "a", "youth", "council", "think tank", "co-operative", "UK", "U.S.",
              "Ohio", "Senate", "MPs", "voted", "Minister", "senator", "Ana", "Lima", "said", "leaders", "ministers", "4",
              ",", ", ", " ", "  ", "\n", ". ", "'s ", "\u2019", "-", "(", "\"", "\u00c9mile", "Reuters."]
    samples = _evaluation_texts() + [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(5_000)]
    found = dict.fromkeys(fast, 0)
    for index, text in enumerate(samples):
        for pattern, scan in fast.items():
            plain = [(m.regs, m.group(0)) for m in pattern.finditer(text)]
            assert [(m.regs, m.group(0)) for m in scan(text)] == plain, (pattern.pattern[:40], index)  # (no text: blind sets)
            found[pattern] += len(plain)
    assert all(n >= 5 for n in found.values()), found  # the comparison saw real matches of each


_BLIND = {"events_round29", "events_round31", "events_round32", "events_round33", "events_round34", "events_round35",
          "events_round37"}


def test_statement_bodies_are_the_dumps_of_their_models():
    """statements builds each payload as the dict `StatementMade(...).model_dump(mode="json", by_alias=True)` gives, and
    its envelope by `envelope_of_body`: the same payloads and envelopes (ids too) as through the models."""
    import json
    from pathlib import Path

    from wirewatch.processors import statements
    from wirewatch.processors.gazetteer import default_gazetteer
    from wirewatch.processors.speakers import SpeakerResolver
    from wirewatch.schemas import STATEMENT_MADE, Article, Entity, Span, StatementMade, article_event

    data = Path(__file__).resolve().parents[1] / "data"
    articles = [Article.model_validate(json.loads(line)) for d in sorted(data.glob("events*")) if d.name not in _BLIND
                for line in open(d / "articles.jsonl") if line.strip()]
    checked = 0
    for article in articles[:400]:
        text = article.text
        resolver = SpeakerResolver(text, default_gazetteer())
        for att in statements.attributions_in_text(text):
            resolved = resolver.resolve(*att.source)
            source = Span.of(text, *att.source)
            content = Span.of(text, *att.content_hull)
            cue = Span.of(text, *att.cue)
            model = StatementMade(speaker=Entity(name=source.text, canonical=resolved.canonical, span=source), cue=cue,
                                  content=content, mode=att.mode)
            body = statements.statement_body(text, att.source, resolved.canonical, att.cue, att.content_hull, att.mode)
            dumped = model.model_dump(mode="json", by_alias=True)
            assert json.dumps(body) == json.dumps(dumped)  # (key order too)
            slow = article_event(article, event_type=STATEMENT_MADE, producer=statements.PRODUCER, payload=model,
                                 evidence=content, discriminators=(str(cue.start), str(cue.end)))
            fast = statements.envelope_of_body(
                event_type=STATEMENT_MADE, article_id=article.id, occurred_at=article.published_at,
                producer=statements.PRODUCER, causation_id=article.id, body=body,
                evidence=statements._Bounds(*att.content_hull), discriminators=(str(att.cue[0]), str(att.cue[1])))
            assert fast.model_dump_json() == slow.model_dump_json()
            checked += 1
    assert checked > 500, checked
    with pytest.raises(ValueError):
        statements.statement_body("abc", (0, 1), "A", (1, 2), (2, 3), "quoted")


def test_the_word_character_test_is_the_regex_on_every_code_point():
    from wirewatch.processors.wordfilter import _WORD_CHAR, _is_word_char

    assert all(_is_word_char(c) == (_WORD_CHAR.match(c) is not None) for c in map(chr, range(0x110000)))


def test_the_bare_government_scan_finds_what_the_leading_boundary_form_finds():
    from wirewatch.processors import positions as P

    plain = re.compile(r"\b[Tt]he (?:[Gg]overnment|[Cc]abinet|[Aa]dministration)\b(?!\s+(?:of|in)\b|['\u2019]s?\b)")
    pieces = ["the", "The", "tThe", "xthe", "_the", "\u00e9", "The government", "the Cabinet", "the administration", " ",
              "'s", "\u2019", "of", "in", "\n", "-", "Administrations", "athe", "9the", "\u0661the", ".", "government"]
    rng = random.Random(21)
    found = 0
    for text in [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20_000)] + [
            "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20_000)]:
        expected = [(m.span(), m.group(0)) for m in plain.finditer(text)]
        assert [(m.span(), m.group(0)) for m in P._BARE_GOVERNMENT.finditer(text)] == expected, text
        found += len(expected)
    assert found > 1000


def test_token_starts_are_those_of_the_character_loop():
    """`attribution._token_start` (a `rfind` of the last blank) stops where the loop over characters stopped, and no
    whitespace character but the blank is printable (what lets it skip the loop)."""
    import sys

    from wirewatch.processors.attribution import _token_start
    from wirewatch.processors.quotes import MASK

    assert not [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c != " " and c.isprintable()]
    rng = random.Random(7)
    alphabet = list("ab,. ") + ["\u00a0", "\n", "\t", MASK, "\u2009", "\u200b", "\u00e9"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        pos = rng.randint(0, len(text))
        limit = rng.randint(0, pos)
        expected = pos
        while expected > limit and not text[expected - 1].isspace() and text[expected - 1] != MASK:
            expected -= 1
        assert _token_start(text, limit, pos) == expected, (text, limit, pos)


def test_demonyms_grouped_by_first_letter_match_the_plain_alternations():
    """`aid._grouped_by_first_letter`: the relief and people demonym patterns find what the plain alternations of the
    same words (longest first) found, spans and groups."""
    from wirewatch.processors import aid as A

    plain = {
        A._RELIEF_DEMONYM_RE: re.compile(r"(?:" + "|".join(sorted(A._RELIEF_DEMONYMS, key=len, reverse=True)) + r")\b"),
        A._PEOPLE_DEMONYM_RE: re.compile(
            r"(?:" + "|".join(sorted(A._PEOPLE_DEMONYMS, key=len, reverse=True)) + r")(?P<plural>s)?(?![\w-])"),
    }
    words = [*A._RELIEF_DEMONYMS, *A._PEOPLE_DEMONYMS]
    rng = random.Random(29)
    pieces = [*words, "South", "Sri", "Afghans", "s", "-", "_", " ", "é", ",", "an", "Ind", "Nepal", "i"]
    samples = _evaluation_texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20_000)]
    for grouped, reference in plain.items():
        for text in samples:
            assert ([(m.span(), m.groups()) for m in grouped.finditer(text)]
                    == [(m.span(), m.groups()) for m in reference.finditer(text)]), text


def test_the_stops_scan_text_splits_as_the_masked_text():
    """`quotes.stops_scan_text`: `sentence_ranges` gives the same sentences scanning it as scanning the mask."""
    from wirewatch.processors import quotes as Q

    rng = random.Random(31)
    alphabet = ["a", "B", ".", "!", "?", " ", "\n", '"', "\u201c", "\u201d", "'", "He", "said", "Mr.", "U.S."]
    samples = _evaluation_texts() + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(20_000)]
    split = 0
    for text in samples:
        paragraphs = Q.paragraph_ranges(text)
        quotes = Q.find_quotes(text, paragraphs)
        mask, scan = Q.masked(text, quotes), Q.stops_scan_text(text, quotes)
        assert len(scan) == len(mask)
        for start, end in paragraphs:
            sentences = Q.sentence_ranges(text, mask, start, end)
            assert Q.sentence_ranges(text, mask, start, end, scan) == sentences, (text, start, end)
            split += len(sentences) > 1
    assert split > 1_000


def test_congressional_leaders_led_by_their_first_letter_match_the_boundary_form():
    from wirewatch.processors import aid as A

    reference = re.compile(r"\b[Cc]ongressional\s+(?:leaders|negotiators|appropriators)\b")
    rng = random.Random(37)
    pieces = ["congressional", "Congressional", "leaders", "negotiators", "appropriators", " ", "\n", "_", "-", "é", "x", "C"]
    samples = _evaluation_texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20_000)]
    for text in samples:
        assert [m.span() for m in A._CONGRESSIONAL.finditer(text)] == [m.span() for m in reference.finditer(text)], text


def test_the_ruler_gate_words_are_in_every_key():
    """`_rulers` returns at once when none of its gate words is in the text: each key holds one."""
    from wirewatch.processors import aid as A

    assert all(any(w in key for w in ("King ", "bin ", "Tamim", "Sultan ")) for keys in A._RULER_KEYS for key in keys)


def test_restated_stances_hold_a_gate_word():
    """`positions._restates` asks the pattern only where `said` or a restating verb's stem is in the sentence."""
    from wirewatch.processors import positions as P

    rng = random.Random(41)
    pieces = ["said", "repeated", "reiterated", "restated", "reaffirmed", "renewed", "voiced", "underlined", "its", "their",
              "his", "opposition", "support", "objections", "backing", "was", "unchanged", "to", " ", " ", "Said", ","]
    for _ in range(30_000):
        body = " " + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        plain = P._RESTATED_STANCE.search(body) if (" its " in body or " their " in body) and any(
            w in body for w in ("opposition", "support", "objection", "backing")) else None
        assert (P._restates(body) is None) == (plain is None), body


def test_among_givers_led_by_its_literal_matches_where_the_blank_led_form_does():
    """`_AMONG_GIVERS` is only asked whether it matches (`_candidates`)."""
    from wirewatch.processors import aid as A

    reference = re.compile(r"\samong\s+(?:the\s+)?(?:other\s+|many\s+)?(?:countries|nations|states|donors|governments|allies|partners)\b")
    rng = random.Random(43)
    pieces = ["among", "the", "other", "many", "countries", "donors", "partners", " ", "\n", "x", "-", "é", "s"]
    samples = _evaluation_texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(20_000)]
    for text in samples:
        assert (A._AMONG_GIVERS.search(text) is None) == (reference.search(text) is None), text


def test_sale_left_with_its_noun_looked_ahead_matches_the_look_back_first_form():
    from wirewatch.processors import aid as A

    reference = re.compile(
        r"(?<!\bfund the )(?<!\bfunds the )(?<!\bfunded the )(?<!\bfunding the )(?<!\bfinance the )(?<!\bfinanced the )"
        r"(?<!\bfinances the )(?<!\bfinancing the )(?<!\bfor the )(?<!\bfor a )"
        r"\b(?:sales?|purchases?|orders?)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+|up to\s+|over\s+)?$",
        re.IGNORECASE)
    rng = random.Random(47)
    pieces = ["fund", "funding", "finance", "for", "the", "a", "sale", "Sales", "purchase", "orders", "of", "about", "up to",
              "more than", "x-", "-", "s", "FOR THE", "of\n"]
    found = 0
    for _ in range(40_000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) + rng.choice(["", " ", "  ", "\n"])
        ours, theirs = A._SALE_LEFT.search(text), reference.search(text)
        assert (ours and ours.span()) == (theirs and theirs.span()), text
        found += theirs is not None
    assert found > 500


def test_the_possessive_quote_adjunct_matches_the_backtracking_form():
    from wirewatch.processors import attribution as A

    reference = re.compile(r"(?:\s+[^\s,;:\ue000]+){1,10}\s*[,:]\s*(?=\ue000)")
    rng = random.Random(53)
    pieces = ["a", "bc", " ", "  ", "\n", ",", ":", ";", "\ue000", "x,", "\u00e9"]
    found = 0
    for _ in range(40_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        for at in range(min(len(text), 3)):
            ours, theirs = A._QUOTE_AFTER_ADJUNCT.match(text, at), reference.match(text, at)
            assert (ours and ours.span()) == (theirs and theirs.span()), (text, at)
            found += theirs is not None
    assert found > 500


def test_mention_candidate_starts_from_the_split_scans_are_the_pattern_starts():
    """`_Candidates.starts` (`the `/`von ` scanned for by their literal, the other first characters by the class-led
    alternation, merged) finds exactly the starts of `_candidate_pattern`, and `fast_mentions` what `mentions` finds."""
    from wirewatch.processors import gazetteer as G

    shapes = [
        [{"canonical": "Ursula von der Leyen", "aliases": ["von der Leyen"]},
         {"canonical": "European Union", "kind": "body", "aliases": ["the bloc", "EU", "E.U."]},
         {"canonical": "US Department of Defense", "kind": "body", "aliases": ["the Pentagon"]}],
        # a `the` key that stops at the word (`the` alone): the branch stays in the alternation
        [{"canonical": "The Hague", "aliases": ["the Hague", "the"]}, {"canonical": "Ana Lima"}],
        [{"canonical": "Johann von Brandt", "aliases": ["von Brandt", "von Bülow"]}, {"canonical": "Theo Tran"}],
        [],
    ]
    rng = random.Random(29)
    for gaz in [G.default_gazetteer()] + [G.Gazetteer.from_records(r) for r in shapes]:
        _, _, supported, candidates = G._alias_index(gaz)
        if not supported:
            continue
        aliases = sorted({a for actor in gaz.actors for a in (actor.canonical, *actor.aliases)}) or ["x"]
        pieces = ["the", "the ", "then", "The", "von", "von ", "vo", "t", "v", "Th", "A", ".", "-", " ", "\n", "_", "é", "x"]
        samples = _evaluation_texts()[:300] if gaz.actors and len(gaz.actors) > 10 else []
        samples += ["".join(rng.choice([rng.choice(aliases)[: rng.choice([99, 1, 2, 4, 6])], rng.choice(pieces)])
                            for _ in range(rng.randint(0, 14))) for _ in range(5_000)]
        for text in samples:
            assert candidates.starts(text) == [m.start() for m in candidates.finditer(text)], text
            assert G.fast_mentions(gaz, text) == gaz.mentions(text), text


def test_full_stop_led_sentence_ends_split_as_the_class_led_ones(monkeypatch):
    """`text._FULL_STOP_END` and `quotes._FULL_STOP_END` (asked only where a paragraph holds no `!`, `?` nor MASK):
    the sentences of both splitters are those of their class-led patterns everywhere."""
    from wirewatch.processors import quotes as Q, text as T

    rng = random.Random(2929)
    alphabet = ["a", "B", ".", "..", "!", "?", " ", "\n", '"', "\u201c", "\u201d", "'", ")", "]", "He", "said", "Mr.", "U.S.",
                "J.", "\u2019", Q.MASK, "\t"]
    samples = _evaluation_texts() + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(20_000)]

    def split(text):
        paragraphs = Q.paragraph_ranges(text)
        quotes = Q.find_quotes(text, paragraphs)
        mask, scan = Q.masked(text, quotes), Q.stops_scan_text(text, quotes)
        by_quotes = [Q.sentence_ranges(text, mask, start, end, scan) for start, end in paragraphs]
        by_text = [[(s.start, s.end) for s in T.sentences(text, p)] for p in T.paragraphs(text)]
        return by_quotes, by_text

    fast = [split(text) for text in samples]
    monkeypatch.setattr(Q, "_FULL_STOP_END", Q._END)
    monkeypatch.setattr(T, "_FULL_STOP_END", T._SENTENCE_END)
    for text, answer in zip(samples, fast):
        assert split(text) == answer, text
    assert sum(len(s) > 1 for q, _ in fast for s in q) > 1_000


def test_the_digit_map_answers_as_the_digit_scan():
    """`money._has_digit` (a digit map of the text made once, searched by `bytes.find`) answers as `_DIGIT.search`
    over every range of a sentence splitter's ranges, and over random ranges of texts with digits outside ASCII."""
    from wirewatch.processors import money as M, text as T

    rng = random.Random(4029)
    pieces = ["a", "7", "0", "9", " ", ".", "\u0663", "\uff13", "\u00e9", "\u2019", "\ud800", "$", "\n", "x1"]
    samples = _evaluation_texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(5_000)]
    for text in samples:
        ranges = [(s.start, s.end) for s in T.sentences(text)]
        ranges += [(rng.randint(-3, len(text) + 2), rng.randint(-3, len(text) + 2)) for _ in range(6)]
        ranges += [(0, len(text)), (0, None)]
        for start, end in ranges:
            stop = len(text) if end is None else end
            assert M._has_digit(text, start, stop) == (M._DIGIT.search(text, start, stop) is not None), (text, start, end)


def test_quotations_found_only_in_paragraphs_with_a_mark_are_those_of_the_full_scan():
    """`quotes.find_quotes` scans only the paragraphs holding one of `_MARKS`: the quotations of the scan of every
    paragraph (the loop as it was, written out here)."""
    from wirewatch.processors import quotes as Q

    def reference(text):
        paragraphs = Q.paragraph_ranges(text)
        out = []
        for index, (p_start, p_end) in enumerate(paragraphs):
            open_at = -1
            for match in Q._QUOTE_MARK.finditer(text, p_start, p_end):
                kind = Q._KIND.get(match.group(0), "toggle")
                if open_at < 0:
                    if kind == "close":
                        continue
                    open_at = match.start()
                elif kind == "open":
                    open_at = match.start()
                else:
                    out.append(Q.Quote(open_at, match.end()))
                    open_at = -1
            if open_at >= 0 and index + 1 < len(paragraphs):
                n_start = paragraphs[index + 1][0]
                nxt = text[n_start : n_start + 2]
                if nxt[:1] in (Q.OPEN_CURLY, '"') or nxt == "''":
                    out.append(Q.Quote(open_at, p_end, continues=True))
        return out

    rng = random.Random(529)
    pieces = ["a", "B", " ", "\n", "\n\n", '"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "'", "''", "`", "``", ".",
              "He said", "it's"]
    samples = _evaluation_texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(20_000)]
    found = 0
    for text in samples:
        quotes = Q.find_quotes(text)
        assert quotes == reference(text), text
        found += bool(quotes)
    assert found > 1_000


def test_earlier_full_names_read_as_far_as_asked_answer_as_the_whole_scan():
    """`SpeakerResolver._earlier_full_name` reads the name runs only up to where it is asked (and on from there later):
    the answers, and the surnames it registers, of the scan of the whole text first, asked in any order."""
    from wirewatch.processors.gazetteer import default_gazetteer
    from wirewatch.processors.speakers import _NAME_RUN, SpeakerResolver, person_name

    rng = random.Random(3029)
    gazetteer = default_gazetteer()
    asked = 0
    for text in _evaluation_texts():
        names: dict[str, tuple[int, str]] = {}
        for match in _NAME_RUN.finditer(text):
            name = person_name(match.group(0))
            if name and " " in name:
                names.setdefault(name.rsplit(" ", 1)[1], (match.start(), name))
        surnames = sorted(names) + ["Nobody", "the"]
        questions = [(rng.choice(surnames), rng.randint(-1, len(text) + 1)) for _ in range(12)]
        if rng.random() < 0.5:
            questions.sort(key=lambda q: q[1])
        resolver = SpeakerResolver(text, gazetteer)
        registered: dict[str, str] = {}
        for surname, before in questions:
            hit = names.get(surname)
            expected = None if hit is None or hit[0] >= before else hit[1]
            if expected is not None:
                registered.setdefault(expected.split()[-1], expected)
            assert resolver._earlier_full_name(surname, before) == expected, (text[:80], surname, before)
            asked += expected is not None
        assert resolver.surnames == registered
    assert asked > 500
