"""(pass perf31) Fast paths of extraction answer exactly what the scans they replace would."""

from __future__ import annotations

import random

from wirewatch.processors import aid


def _reference_starts(body: str) -> list[int]:
    return [m.start() for m in aid._TRANSFER_STARTS.finditer(body.lower())]


def test_transfer_starts_of_the_article_scan_are_each_sentences_own_scan():
    pieces = list("sdptghorf") + list("enlivrupoacmytwk -_.\n'\"\u2019(\u00e9Ss1?\u00c9\u00a0\u00df") + [
        "end", "ent", "et up", "etting up", "ets up", "iving", "SEND", "Ive", "eliver", "lying", "ransfer"]
    rng = random.Random(31)
    checked = found = 0
    for _ in range(60_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        scan = aid._Perf31TransferStarts.of(text)
        assert scan is not None
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = _reference_starts(text[start:end])
        assert scan.sentence(start, end) == expected, (text, start, end)
        assert aid._transfers(text[start:end], scan, start) == aid._transfers(text[start:end]), (text, start, end)
        checked += 1
        found += bool(expected)
    assert checked == 60_000 and found > 2_000


def test_transfer_starts_of_invented_sentences():
    text = ("Norway will send 20 tents to Turkey. The ministry said it had set up a field hospital; (Sweden) delivered "
            "food.Germany-sent aid. Greece is giving blankets, and tents were flown in.")
    scan = aid._Perf31TransferStarts.of(text)
    bounds = [(0, 36), (37, 105), (105, 120), (120, len(text)), (3, 50), (96, 110)]
    for start, end in bounds:
        assert scan.sentence(start, end) == _reference_starts(text[start:end])
    assert scan.sentence(0, 36) == [12, 20]  # `send`, and `tents` (the verb test comes after)


def test_no_article_scan_where_a_slice_may_lowercase_otherwise():
    assert aid._Perf31TransferStarts.of("\u0130stanbul will send tents") is None  # lowercases to two characters
    assert aid._Perf31TransferStarts.of("\u039f\u0394\u03a3 send") is None  # a capital sigma: its lowercase looks ahead


def test_quote_mark_scan_for_the_marks_held_finds_what_the_full_class_finds():
    from wirewatch.processors import quotes

    pieces = ['"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "'", "`", "''", "``", "a", " ", "it's", "\n", "x"]
    rng = random.Random(3131)
    checked = 0
    for _ in range(40_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        marks = [mark for mark in quotes._MARKS if mark in text]
        if not marks:
            continue
        scan = quotes._perf31_mark_scan(marks)
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [(m.start(), m.group(0)) for m in quotes._QUOTE_MARK.finditer(text, start, end)]
        assert [(m.start(), m.group(0)) for m in scan.finditer(text, start, end)] == expected, (text, start, end)
        checked += 1
    assert checked > 30_000
    assert quotes._perf31_mark_scan(['"']) is quotes._PERF31_STRAIGHT_MARK
    assert quotes._perf31_mark_scan(['"', "''"]) is quotes._QUOTE_MARK


def test_quotations_of_invented_paragraphs_with_apostrophes():
    from wirewatch.processors import quotes

    text = ("The minister's aide said \"we won't send it\" on Monday.\n"
            "\u201cIt's done,\u201d she said, and the group's head agreed.")
    found = quotes.find_quotes(text)
    assert [text[q.start:q.end] for q in found] == ["\"we won't send it\"", "\u201cIt's done,\u201d"]


def _reference_arrivals(text: str) -> list[int]:
    return [m.start() for m in aid._arrival_re(text).finditer(text)]


def test_arrival_starts_tried_at_the_literals_places_are_the_scans():
    pieces = ["arrived", "arrives", "arrive", " in ", " at ", " to ", "flew", "flown", "landed", "touched down", "docked", "sail",
              "sailed from ", "reached", "reaching", " the ", "Haiti", "Beirut ", " and ", "were expected ", " by road", "airlifted",
              " into ", "a", "f", "l", "t", "d", "r", "s", "-", ".", " ", "on Monday ", "from Toulon ", "for ", "Kyiv", "\n", "each",
              " home", "\u00e9"]
    rng = random.Random(3103)
    found = 0
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        expected = _reference_arrivals(text)
        assert aid._perf31_arrival_starts(text) == expected, text
        found += bool(expected)
    assert found > 2_000


def test_arrival_starts_of_invented_copy():
    text = ("A Norwegian relief flight landed in Amman on Monday. Two aircraft flew 40 tonnes of tents into Tbilisi, "
            "and a navy ship docked in Valletta. The team arrived by road and reached northern Chad; it had set sail from "
            "the port of Rijeka and was expected in Tripoli.")
    assert aid._perf31_arrival_starts(text) == _reference_arrivals(text)
    assert len(aid._perf31_arrival_starts(text)) >= 4


def test_bare_governments_tried_at_the_literals_places_are_the_scans():
    from wirewatch.processors import positions

    pieces = ["The government", "the Government", "the cabinet", "The Cabinet", "the administration", "The Administration",
              "the government of", " in ", "'s", "\u2019", "Other government", "tThe", "he ", "T", "t", "x", " ", ".", "\n", "s",
              " of", "\u00e9", "governments"]
    rng = random.Random(3104)
    found = 0
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        expected = [(m.start(), m.end(), m.group(0)) for m in positions._BARE_GOVERNMENT.finditer(text)]
        assert [(m.start(), m.end(), m.group(0)) for m in positions._perf31_bare_governments(text)] == expected, text
        found += bool(expected)
    assert found > 5_000
