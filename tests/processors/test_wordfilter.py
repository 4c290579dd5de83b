"""BoundedWords answers exactly what its regex would, on every slice, from words."""

import random
import re

from wirewatch.processors import stance
from wirewatch.processors.wordfilter import BoundedWords, matches_whole_words_only, split_alternatives

ALTERNATIVES = [
    r"(?:sanction(?:s|es)?|sanction(?:e|es|ed|ing|s))", r"long\-range", r"F\-16", r"use(?:s|es|ed|ing|e|ted)?",
    r"(?:EU(?:s|es)?|the\s+bloc|(?:the\s+)?European\s+Union)", r"accede to", r"tank", r"Ü\w+",
]
WORDS = ["sanctions", "sanctioned", "long-range", "F-16", "F-16s", "used", "user", "EU", "EUs", "the bloc", "bloc",
         "European Union", "European", "Union", "accede to", "accede", "tank", "tanks", "tankers", "Übung", "re-use",
         "non-EU", "EU-wide", "Russia", "the", "said", "missile", "_tank", "tank_"]
GLUE = [" ", " ", " ", ", ", ". ", "-", "'s ", "\u201c", "\n\n", "", "  "]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(WORDS) + rng.choice(GLUE) for _ in range(rng.randint(1, 25))) for _ in range(count)]


def test_search_is_the_regex_search_on_every_text_and_slice():
    words = BoundedWords(ALTERNATIVES, suffix="(?:s|es)?", flags=re.IGNORECASE)
    rng = random.Random(7)
    for text in _texts(1, 400):
        cuts = sorted({0, len(text), *(rng.randrange(len(text) + 1) for _ in range(6))})
        spans = list(zip(cuts, cuts[1:]))  # edges fall inside words, inside `the bloc`, anywhere
        expected = [words.pattern.search(text[a:b]) is not None for a, b in spans]
        assert words.search_spans(text, spans) == expected, (text, spans)
        assert [words.search(text[a:b]) for a, b in spans] == expected
        assert words.search(text) == (words.pattern.search(text) is not None)


def test_spans_between_words_answer_as_their_pattern():
    # sentence-like spans: edges between words, where hits are read off the whole text at once
    words = BoundedWords(ALTERNATIVES, suffix="(?:s|es)?", flags=re.IGNORECASE)
    rng = random.Random(11)
    for text in _texts(2, 400):
        gaps = [m.end() for m in re.finditer(r"[^\w-]+", text)]
        cuts = sorted({0, len(text), *rng.sample(gaps, min(len(gaps), rng.randint(0, 8)))})
        spans = list(zip(cuts, cuts[1:]))
        assert words.search_spans(text, spans) == [words.pattern.search(text[a:b]) is not None for a, b in spans]


def test_the_shipped_issue_words_answer_as_their_pattern(issues):
    words = stance.any_issue_word(tuple(issues.issues))
    text = ("Berlin refused. The bloc agreed on new curbs. Kyiv wants ATACMS-like range. "
            "He would not accede to that. Nothing here. Tanks rolled in; the alliance met.")
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.;]+[.;]", text)]
    assert words.search_spans(text, spans) == [words.pattern.search(text[a:b]) is not None for a, b in spans]
    assert any(words.search_spans(text, spans)) and not all(words.search_spans(text, spans))


def test_only_alternatives_confined_to_word_characters_take_the_word_path():
    assert matches_whole_words_only(r"sanction(?:s|es)?")
    assert matches_whole_words_only(r"F\-16")
    assert matches_whole_words_only(r"[A-Za-z]\w+")
    assert not matches_whole_words_only(r"the\s+bloc")
    assert not matches_whole_words_only(r"accede to")
    assert not matches_whole_words_only(r"U\.S\.")
    assert not matches_whole_words_only(r"(?:s|es)?")  # could match nothing at all
    assert not matches_whole_words_only(r"[^a]")


def test_split_alternatives_keeps_nested_groups_and_classes_whole():
    assert split_alternatives(r"(?:a(?:b|c)|d[|]|e\|f)") == [r"a(?:b|c)", r"d[|]", r"e\|f"]
    assert split_alternatives(r"(?:a)(?:b)") == [r"(?:a)(?:b)"]
    assert split_alternatives(r"plain") == [r"plain"]


def _reference_score(m, text: str) -> tuple[int, int]:
    """IssueMatcher.score and .secondary straight from its regexes (no word shortcuts)."""
    score = 2 * len({t.group(0).casefold() for t in m.terms.finditer(text)}) if m.terms is not None else 0
    if m.words_re is None:
        return score, 0
    hits = {stance._stem(w.group(0).casefold()) for w in m.words_re.finditer(text)}
    specific = hits - stance._GENERIC
    if len(hits) >= 4 or (len(hits) >= 3 and len(specific) >= 1) or len(specific) >= 2:
        score += len(hits)
    return score, len(hits) + len(specific)


def test_issue_scores_are_those_of_the_regexes_on_real_sentences():
    from pathlib import Path

    from wirewatch.schemas import Article, IssueSet

    data = Path(__file__).resolve().parents[1] / "data"
    checked = positive = 0
    for name in ("events", "events_round10", "events_round11"):
        issues = IssueSet.load(data / name / "issues.yaml")
        matchers = [stance.matcher(i) for i in issues.issues]
        for line in (data / name / "articles.jsonl").read_text().splitlines()[:40]:
            text = Article.model_validate_json(line).text
            # sentences, and slices that start and end anywhere (inside words too)
            pieces = re.split(r"(?<=[.!?])\s+", text) + [text[i : i + 90] for i in range(0, len(text), 37)]
            for piece in pieces:
                for m in matchers:
                    expected = _reference_score(m, piece)
                    assert (m.score(piece), m.secondary(piece)) == expected, (m.issue.id, piece)
                    checked += 1
                    positive += expected[0] > 0
    assert checked > 5000 and positive > 100


def test_spelled_out_forms_answer_as_the_word_patterns():
    """`literal_forms`: a word is in the forms (lowercased, under IGNORECASE, for an ASCII word) exactly when the
    pattern matches it in full; and the gates, the prefilter and the proposition words of real issue sets have them."""
    from pathlib import Path

    from wirewatch.processors.wordfilter import _WORD, literal_forms
    from wirewatch.schemas import IssueSet
    from wirewatch.settings import DEFAULT_ISSUES

    assert literal_forms([r"attacks?", r"fir(?:e|es)", "F-16"], "(?:s|es)?", re.I) >= {"attack", "fires", "f-16es"}
    assert literal_forms([r"\w+"], "", 0) is None and literal_forms(["[a-z]x"], "", 0) is None
    assert literal_forms(["a(?i:b)"], "", 0) is None and literal_forms(["\u212a"], "", re.I) is None
    data = Path(__file__).resolve().parents[1] / "data"
    rng = random.Random(31)
    words = {w for name in ("events", "events_round10", "events_round36")
             for w in _WORD.findall((data / name / "articles.jsonl").read_text()[:400_000])}
    checked = 0
    for source in (DEFAULT_ISSUES, *(data / name / "issues.yaml" for name in ("events", "events_round10", "events_round36"))):
        issues = IssueSet.load(source)
        matchers = [stance.matcher(i) for i in issues.issues]
        filters = [stance.any_issue_word(tuple(issues.issues))] + [m.term_gate for m in matchers if m.term_gate is not None]
        cases = [(f._whole_word, f._forms, f._fold) for f in filters if f._whole_word is not None]
        cases += [(m.proposition_words._lower, m.proposition_words._forms, False) for m in matchers if m.proposition_words]
        assert all(forms is not None for _, forms, _ in cases)
        for pattern, forms, fold in cases:
            asked = set(words) | {w.upper() for w in list(words)[:2000]} | {"\u212aursk", "mi\u017f\u017files", "Stra\u00dfe"}
            asked |= {f for f in forms} | {f.upper() for f in forms} | {f.title() + "s" for f in forms} | {f[:-1] for f in forms if f}
            asked |= {"".join(rng.choice("aeioustknrl-") for _ in range(rng.randint(1, 9))) for _ in range(2_000)}
            for w in asked:
                if not w:
                    continue
                if fold and not w.isascii():
                    continue  # (left to the pattern)
                assert ((w.lower() if fold else w) in forms) == bool(pattern.fullmatch(w)), (pattern.pattern[:80], w)
                checked += 1
    assert checked > 100_000


def test_a_gate_never_hides_a_match():
    from wirewatch.processors.wordfilter import Gated, required_literal

    assert required_literal(r"(?:the\s+)?European\s+Union", re.I) == "european"
    assert required_literal(r"the\s+[Aa]lliance", re.I) == "lliance"
    assert required_literal(r"\w+\s+to") is None
    alternatives = [r"accede\s+to", r"the\s+bloc", r"send(?:s|ing)?"]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")\b", re.I)
    gate = Gated.of_alternatives(pattern, alternatives)
    rng = random.Random(9)
    pieces = ["ACCEDE to", "accede  to", "The Bloc", "bloc", "sends", "ſend", "ſends", "acceded", "x", " ", "é"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "-"]) for _ in range(rng.randint(0, 6)))
        assert bool(gate.search(text)) == bool(pattern.search(text)), text
    assert pattern.search("ſend") and gate.search("ſend")  # the long s folds to `s`: not ASCII, not gated


def test_a_gate_reads_non_ascii_text_too():
    from wirewatch.processors.wordfilter import Gated

    alternatives = [r"the\s+bloc", r"kick(?:s|ed)?", r"accede\s+to", r"sign(?:ed)?\s+in"]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I)
    gate = Gated.of_alternatives(pattern, alternatives)
    assert not gate.may_match("\u201cNo,\u201d he said \u2014 twice.")  # curly quotes alone no longer force the scan
    # every character IGNORECASE folds into an ASCII letter (Kelvin sign, dotted and dotless i, long s), and others
    rng = random.Random(11)
    pieces = ["\u212aick", "\u212aICKED", "k\u0130ck", "s\u0131gn in", "\u017fign in", "ACCEDE to", "The\u00a0Bloc",
              "\u201cbloc\u201d", "kicks", "\u00e9", "\u2014", "\u03a3", "x", " "]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "-", "\u2019"]) for _ in range(rng.randint(0, 6)))
        assert bool(gate.search(text)) == bool(pattern.search(text)), text


def test_first_character_patterns_answer_as_the_whole_pattern(issues):
    """`BoundedWords` asks a word only the alternatives that can start with its first character (`first_char_patterns`):
    the same answer as `fullmatch` of all of them, for ASCII and other first characters, case folded or not."""
    from wirewatch.processors.wordfilter import first_char_patterns

    tricky = [r"[A-Za-z]\w+", r"(?:x)?y", r"\d+th", r"(?:ab|)c", r"\u017ftate", r"kelvin", r"_x", r"-ish", r"[^a]b",
              r"(?:re)?use", r"a*z", r"\w{0,2}q", r"(?<!x)yz", r"(?-i:T)aurus", r"(?i:k)ab", r"(?=ab)a\w"]
    gates = [stance.any_issue_word(tuple(issues.issues)), BoundedWords(ALTERNATIVES, suffix="(?:s|es)?", flags=re.I)]
    gates += [m.term_gate for m in stance.matchers_of(issues)[0] if m.term_gate is not None]
    cases = [(g._whole_word, g._by_first) for g in gates]
    cases += [(m.proposition_words._lower, m.proposition_words._by_first) for m in stance.matchers_of(issues)[0]
              if m.proposition_words is not None]  # (the proposition's words, case kept)
    for flags in (0, re.I):
        whole = re.compile("(?:" + "|".join(tricky) + ")(?:s|es)?", flags)
        cases.append((whole, first_char_patterns(tricky, "(?:s|es)?", flags)))
    words = {w for i in issues.issues for t in i.terms for w in re.findall(r"[\w-]+", t)}
    words |= {w + s for w in list(words) for s in ("s", "es", "ed", "ing", "e")} | {w.upper() for w in words} | set(WORDS)
    pieces = ["a", "b", "c", "k", "K", "s", "S", "x", "y", "z", "q", "th", "9", "_", "-", "\u017f", "\u212a", "\u0130",
              "\u0131", "\u00e9", "use", "re", "ab", "ish", "tank", "ate", "elvin"]
    rng = random.Random(5)
    words |= {"".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(20_000)}
    hits = 0
    for whole, by_first in cases:
        for w in words:
            narrowed = by_first.get(w[0], whole)
            expected = whole.fullmatch(w) is not None
            assert (narrowed is not None and narrowed.fullmatch(w) is not None) == expected, (whole.pattern[:60], w)
            hits += expected
    assert hits > 1000


def test_a_first_character_scan_finds_what_the_whole_alternation_finds():
    """`FirstCharScan` (the aid items' scan) gives `finditer`'s matches over any range: each word start tried only with
    the alternatives that can start with its letter, in their order."""
    import json
    from pathlib import Path

    from wirewatch.processors import items
    from wirewatch.processors.wordfilter import FirstCharScan

    blind = {"events_round29", "events_round31", "events_round32", "events_round33", "events_round34", "events_round35",
             "events_round37"}
    data = Path(__file__).resolve().parents[1] / "data"
    texts = [json.loads(line)["text"] for d in sorted(data.glob("events*")) if d.name not in blind
             for line in open(d / "articles.jsonl") if line.strip()][:600]
    tricky = [r"(?<!private )jets", r"(?-i:T)aurus", r"tanks?", r"Leopard\s+2(?:A\d)?", r"k\w+", r"s[a-z]+", r"_x",
              r"(?:sub)?marines?", r"\d+mm\s+shells"]
    pieces = ["jets", "private jets", "Taurus", "taurus", "TAURUS", "tank", "Tanks", "Leopard 2A6", "\u212aits", "kits",
              "\u017fhells", "shells", "155mm shells", "submarine", "marines", "_x", "x_x", "-", " ", ", ", "\n", "é"]
    rng = random.Random(9)
    texts += ["".join(rng.choice(pieces) + rng.choice(["", " ", " ", "-"]) for _ in range(rng.randint(0, 20)))
              for _ in range(5_000)]
    scans = [(items._ITEM_RE, items._ITEM_SCAN)]
    for flags in (0, re.I):
        scan = FirstCharScan(tricky, r"(?:s|es)?(?![\w-])", flags)
        assert scan._starts is not None
        scans.append((scan.pattern, scan))
    found = 0
    for text in texts:
        cuts = sorted(rng.randrange(len(text) + 1) for _ in range(2))
        for start, end in ((0, len(text)), tuple(cuts)):
            for pattern, scan in scans:
                expected = [(m.span(), m.group(0)) for m in pattern.finditer(text, start, end)]
                assert [(m.span(), m.group(0)) for m in scan.finditer(text, start, end)] == expected, (pattern.pattern[:40], text[:80])
                found += len(expected)
    assert found > 2000, found


def test_memos_in_one_group_answer_as_memos_of_their_own():
    # (pass perf24) a group's members are asked each new word once for all; members move between groups, and a
    # group starts afresh at its limit: every answer stays the regex's
    from wirewatch.processors import wordfilter

    groups = [wordfilter.WordMemo(), wordfilter.WordMemo()]
    members = [BoundedWords(ALTERNATIVES[i:i + 3], suffix="(?:s|es)?", flags=re.IGNORECASE) for i in range(0, 8, 2)]
    proposition = stance.PropositionWords(["sanction", "use", "tank", "bloc"])
    rng = random.Random(5)
    limit = wordfilter._MEMO_LIMIT
    wordfilter._MEMO_LIMIT = 40
    try:
        for n, text in enumerate(_texts(3, 300)):
            if n % 37 == 0:
                for member in [*members, proposition]:
                    rng.choice(groups).join(member)  # (a member joins late: it is asked what its group has seen)
            for member in rng.sample(members, len(members)):
                assert member.search(text) == (member.pattern.search(text) is not None), text
            alone = stance.PropositionWords(["sanction", "use", "tank", "bloc"])
            assert proposition.stems(text) == alone.stems(text), text
    finally:
        wordfilter._MEMO_LIMIT = limit


def test_whole_word_occurrences_are_those_of_the_bounded_pattern():
    # (pass perf24) a surname's later mentions found by `str.find` instead of a pattern compiled per name
    from wirewatch.processors.wordfilter import whole_word_at

    words = ["Harris", "O'Brien", "x.x", "Kim", "Ng", "Łukasz", "Jr."]
    glue = [" ", "-", "_", "", ".", "'s ", "\u2019", "é", "1", "\n", "x"]
    rng = random.Random(13)
    for _ in range(3000):
        word = rng.choice(words)
        text = "".join(rng.choice(words + glue) for _ in range(rng.randint(0, 12)))
        pos = rng.randint(0, len(text))
        expected = [m.start() for m in re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])").finditer(text, pos)]
        assert list(whole_word_at(text, word, pos)) == expected, (text, word, pos)


def test_folding_characters_are_found_as_the_class_finds_them():
    # (pass perf24) four `in` tests instead of a regex class scanned over the article
    from wirewatch.processors.wordfilter import _FOLDS_INTO_ASCII, folds_into_ascii

    for code in range(0x110000):
        if 0xD800 <= code < 0xE000 and code % 97:
            continue  # (a few surrogates suffice)
        text = "ab " + chr(code) + "\u2019"
        assert folds_into_ascii(text) == (_FOLDS_INTO_ASCII.search(text) is not None), hex(code)
    assert not folds_into_ascii("plain ASCII") and not folds_into_ascii("")


def test_terms_tried_by_first_letter_find_what_the_plain_alternation_finds(monkeypatch):
    # (pass perf24) `first_char_dispatch`: each alternative of an issue's terms tried only at a letter it can start with
    from pathlib import Path

    from wirewatch.processors import wordfilter
    from wirewatch.schemas import Article, IssueSet

    data = Path(__file__).resolve().parents[1] / "data"
    sets = [IssueSet.load(data / name / "issues.yaml") for name in ("events", "events_round10", "events_round11")]
    sets.append(IssueSet.load(Path(__file__).resolve().parents[2] / "seeds" / "issues.yaml"))
    issues = [i for s in sets for i in s.issues]
    stance.matcher.cache_clear()
    dispatched = [stance.matcher(i).terms for i in issues]
    monkeypatch.setattr(stance, "first_char_dispatch", lambda alternatives, flags, **_: None)
    stance.matcher.cache_clear()
    plain = [stance.matcher(i).terms for i in issues]
    stance.matcher.cache_clear()
    assert sum(d is not None and d.pattern != p.pattern for d, p in zip(dispatched, plain)) >= len(issues) // 2
    pieces = [t for i in issues for t in i.terms] + [t.upper() + "s" for i in issues for t in i.terms]
    pieces += ["İstanbul ſanctions \u212aiev ıt", "the European Union's membership", "EU accession talks"]
    for name in ("events", "events_round10", "events_round11"):
        for line in (data / name / "articles.jsonl").read_text().splitlines()[:40]:
            text = Article.model_validate_json(line).text
            pieces += re.split(r"(?<=[.!?])\s+", text) + [text[i : i + 90] for i in range(0, len(text), 37)]
    found = 0
    for d, p in zip(dispatched, plain):
        if d is None:
            continue
        for piece in pieces:
            expected = [m.span() for m in p.finditer(piece)]
            assert [m.span() for m in d.finditer(piece)] == expected, (d.pattern[:80], piece)
            found += bool(expected)
    assert found > 100
    assert wordfilter.first_char_dispatch([r"\w+", "a"], re.I) is None  # (a class of a category: not known)


def test_stance_patterns_tried_by_first_letter_find_what_the_plain_alternations_find(monkeypatch):
    # (pass perf24) `stance._rx` patterns with `first_char_dispatch`, against the module built without it
    import importlib.util
    import sys
    from pathlib import Path

    from wirewatch.processors import wordfilter
    from wirewatch.schemas import Article

    monkeypatch.setattr(wordfilter, "first_char_dispatch", lambda alternatives, flags, **_: None)
    spec = importlib.util.spec_from_file_location("wirewatch.processors._stance_plain", stance.__file__)
    plain = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, plain)  # (its dataclasses look their module up)
    spec.loader.exec_module(plain)
    pairs = [(v, getattr(plain, k)) for k, v in vars(stance).items()
             if isinstance(v, re.Pattern) and isinstance(getattr(plain, k, None), re.Pattern) and v.pattern != getattr(plain, k).pattern]
    assert len(pairs) >= 15
    data = Path(__file__).resolve().parents[1] / "data"
    pieces = ["We oppose it. They SUPPORT the İdea; ſanctions, \u212aeep calling it \u201cwrong\u201d"]
    for name in ("events", "events_round10", "events_round11"):
        for line in (data / name / "articles.jsonl").read_text().splitlines()[:40]:
            text = Article.model_validate_json(line).text
            pieces += re.split(r"(?<=[.!?])\s+", text) + [text[i : i + 90] for i in range(0, len(text), 37)]
    found = 0
    for fast, reference in pairs:
        for piece in pieces:
            expected = [m.span() for m in reference.finditer(piece)]
            assert [m.span() for m in fast.finditer(piece)] == expected, (reference.pattern[:80], piece)
            found += bool(expected)
    assert found > 300
