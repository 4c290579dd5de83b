"""The seed article is the first acceptance test: what `make demo` must show."""

from __future__ import annotations

import pytest

from wirewatch.processors import extract_all, process_article
from wirewatch.schemas import PAYLOAD_MODELS


@pytest.fixture(scope="module")
def events(seed_article, ctx):
    return process_article(seed_article, ctx)


def of_type(events, event_type):
    return [e.payload for e in events if e.event_type == event_type]


def test_every_event_validates_and_every_span_points_into_the_text(events, seed_article):
    text = seed_article.text

    def spans(node):
        if isinstance(node, dict):
            if {"text", "start", "end"} <= node.keys():
                yield node
            for value in node.values():
                yield from spans(value)
        elif isinstance(node, list):
            for value in node:
                yield from spans(value)

    for event in events:
        PAYLOAD_MODELS[event.event_type].model_validate(event.payload)
        for span in spans(event.payload):
            assert text[span["start"] : span["end"]] == span["text"]


def test_kirby_direct_quote(events):
    quotes = [
        s for s in of_type(events, "statement-made")
        if "I’m sure the issue will come up" in s["content"]["text"]
    ]
    assert len(quotes) == 1
    assert quotes[0]["speaker"]["canonical"] == "John Kirby"
    assert quotes[0]["mode"] == "direct"


def test_putin_statement(events):
    assert any(s["speaker"]["canonical"] == "Vladimir Putin" for s in of_type(events, "statement-made"))


def test_375_million_planned_military_package_with_items(events):
    new = [a for a in of_type(events, "aid-announced") if a["kind"] == "new"]
    assert len(new) == 1
    package = new[0]
    assert package["amount"] == {"value": 375_000_000, "currency": "USD", "qualifier": "exact"}
    assert package["donor"]["canonical"] == "United States"
    assert package["recipient"]["canonical"] == "Ukraine"
    assert package["aid_type"] == "military"
    assert package["status"] == "planned"
    items = " | ".join(package["items"])
    for item in ("HIMARS", "cluster bombs", "armored vehicles", "bridging equipment", "anti-tank missiles"):
        assert item in items


def test_56_billion_is_cumulative_never_new(events):
    figures = [a for a in of_type(events, "aid-announced") if a["amount"] and a["amount"]["value"] == 56e9]
    assert len(figures) == 1
    assert figures[0]["kind"] == "cumulative"
    assert figures[0]["amount"]["qualifier"] == "over"


@pytest.mark.parametrize(
    "actor, stance",
    [("Lloyd Austin", "oppose"), ("Antony Blinken", "support")],
)
def test_long_range_strike_positions(events, actor, stance):
    stances = {
        p["stance"]
        for p in of_type(events, "position-stated")
        if p["actor"]["canonical"] == actor and p["issue"] == "long-range-strikes"
    }
    assert stances == {stance}


def test_extraction_is_deterministic(seed_article, ctx):
    first = [e.model_dump() for e in extract_all([seed_article], ctx)]
    second = [e.model_dump() for e in extract_all([seed_article], ctx)]
    assert first == second
    assert len({e["event_id"] for e in first}) == len(first)
