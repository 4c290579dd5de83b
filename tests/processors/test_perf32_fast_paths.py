"""(pass perf32) Fast paths of extraction answer exactly what the scans they replace would."""

from __future__ import annotations

import random

from wirewatch.processors import money


def _spans(matches) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


def test_digit_runs_and_suffixed_scan_are_the_old_scans():
    pieces = list("0123456789 ,.-$\u20ac\u00a3a\u00e9\u0663\n") + [
        "billion", "million", "bn", "euros", "dollars", "Euro", "USD", "pounds", "m ", "k", "EUR ", "$1", "1,000", "2.5",
        " euros", " billion ", "-billion-", " dollars", "3 million ", "12,500 ", " Euro "]
    rng = random.Random(32)
    checked = found = 0
    for _ in range(40_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        body = text[start:end]
        runs = money._perf32_digit_runs(text, start, end)
        if runs is None:
            assert any(c.isdigit() and not c.isascii() for c in text), text
            continue
        assert runs == [m.start() for m in money._DIGIT_RUN.finditer(body)], (text, start, end)
        assert money._may_be_prefixed(body, runs) == money._may_be_prefixed(body), (text, start, end)
        expected = _spans(money._SUFFIXED.finditer(body))
        assert _spans(money._perf32_suffixed(body, runs)) == expected, (text, start, end)
        checked += 1
        found += bool(expected)
    assert checked > 20_000 and found > 300


def test_find_money_of_invented_sentences():
    text = ("Norway pledged 2.5 billion euros and a 50 billion-euro package. In 2024, 12,000 tents (worth $3m) and "
            "1,500 dollars were sent; a 2-billion-dollar loan followed, and EUR 40 million more.")
    runs = money._perf32_digit_runs(text, 0, len(text))
    assert runs == [m.start() for m in money._DIGIT_RUN.finditer(text)]
    assert _spans(money._perf32_suffixed(text, runs)) == _spans(money._SUFFIXED.finditer(text))
    for start in range(0, len(text), 7):
        body = text[start:]
        r = money._perf32_digit_runs(text, start, len(text))
        assert _spans(money._perf32_suffixed(body, r)) == _spans(money._SUFFIXED.finditer(body))
    assert money._perf32_digit_runs("Paid \u0663 million euros", 0, 10) is None
    assert [m.value for m in money.find_money(text)] == [2.5e9, 5e10, 3e6, 1500.0, 2e9, 4e7]


def _court_spans(matches) -> list[tuple[int, int, dict]]:
    return [(m.start(), m.end(), m.groupdict()) for m in matches]


def test_city_courts_at_their_places_are_the_old_scan():
    from wirewatch.processors import positions

    pieces = [" ", "the ", "The ", "he ", "Tokyo", "Sapporo", "S\u00e3o", "Osaka", "X", "x", "ab", "\u00e9", "-", ".", "'",
              "\u2019", "District", "High", "Regional", "Superior", "Administrative", "Circuit", " Court", "Court", " of",
              " of the", "s", ",", "\n", "Ci", "\u0101",
              "the Tokyo ", "The Osaka ", "the S\u00e3o Paulo ", "High Court", " District Court", "Kobe High ",
              "the Nara ", " Circuit Court", "-the Tokyo "]
    rng = random.Random(321)
    found = 0
    for _ in range(40_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        expected = _court_spans(positions._CITY_COURT.finditer(text))
        assert _court_spans(positions._perf32_city_courts(text)) == expected, text
        found += bool(expected)
    words = ["Tokyo", "S\u00e3o", "Paulo", "X", "high", "High", "Ab\u017e", "\u00c9vry", "Nara-", "O'Neil"]
    for _ in range(20_000):
        place = " ".join(rng.choice(words) for _ in range(rng.choice([0, 1, 1, 2, 2, 3])))
        text = (rng.choice([" ", "", "x", "("]) + rng.choice(["the ", "The ", "he ", "-the ", "the  ", "", "the ", "The "]) + place
                + rng.choice([" ", "", "  ", " ", " "]) + rng.choice(positions._PERF32_COURT_KINDS + ("Supreme",))
                + rng.choice([" Court", " Courts", " Court of", "Court", " Court's", " Court", " Court ", " Court."]) + rng.choice(pieces))
        expected = _court_spans(positions._CITY_COURT.finditer(text))
        assert _court_spans(positions._perf32_city_courts(text)) == expected, text
        found += bool(expected)
    assert found > 400


def test_city_courts_of_invented_sentences():
    from wirewatch.processors import positions

    text = ("The Sapporo District Court ruled on Monday. Lawyers went to the S\u00e3o Paulo Regional Court, not the High "
            "Court of Justice; the Osaka High Court of Appeal and the Nagoya High Court-backed ruling were cited, "
            "as was the Nagoya Administrative Court.")
    got = _court_spans(positions._perf32_city_courts(text))
    assert got == _court_spans(positions._CITY_COURT.finditer(text))
    assert [g[2]["court"] for g in got] == ["Sapporo District Court", "S\u00e3o Paulo Regional Court",
                                            "Nagoya Administrative Court"]
