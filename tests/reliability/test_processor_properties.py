"""Property-based tests of every processor: any unicode is safe, spans are exact, output is
deterministic, and adversarial text costs linear time (a generous bound; the strict speed
targets live in benchmarks/)."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirewatch.processors import extract_all, process_article, revisions, tracking
from wirewatch.processors import aid, positions, statements
from wirewatch.processors.pipeline import tracked
from wirewatch.schemas import Article, Envelope

PROCESSORS = (statements, aid, positions)
PROPERTY_SETTINGS = settings(max_examples=60, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Pieces of news copy that make the extractors fire: speakers, cues, quotes, money, issues.
FRAGMENTS = [
    "Joe Biden", "President Joe Biden", "Volodymyr Zelensky", "Olaf Scholz", "Lloyd Austin", "the White House",
    "Germany", "Ukraine", "Russia", "the United States", "Mr. ", "U.S. ", "he", "she", "they",
    " said", " says", " told reporters", " announced", " added", "according to", ":",
    '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "(", ")", "[", "]",
    "$", "\u20ac", "\u00a3", "375", "1.5", "2,000", " million", " billion", " in military aid", " aid package",
    " supports", " opposes", " rejected", " backs", " will not send", " long-range strikes inside Russia",
    " ATACMS", " Taurus missiles", " F-16 fighter jets", " tanks", " sanctions", " NATO membership",
    " ", " ", ". ", ".", "!", "?", ", ", "\n", "\n\n", "\u00a0", "\u200b", "\ufeff",
]
newsy_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), min_size=1, max_size=60).map("".join)
any_text = st.text(min_size=1, max_size=300)
texts = st.one_of(any_text, newsy_text).filter(lambda s: s.strip())
dates = st.one_of(st.none(), st.sampled_from(
    ["2024-01-01T00:00:00+00:00", "2024-01-02T00:00:00+00:00", "2024-01-02T00:00:00+00:00", "2024-06-30T12:00:00Z"]))


def spans(value):
    """Every Span in a payload: any mapping with text/start/end."""
    if isinstance(value, dict):
        if {"text", "start", "end"} <= value.keys() and isinstance(value["start"], int):
            yield value
        for item in value.values():
            yield from spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from spans(item)


def assert_spans_exact(events: list[Envelope], text_of) -> None:
    for event in events:
        for span in spans(event.payload):
            text = text_of(event)
            assert 0 <= span["start"] <= span["end"] <= len(text), (event.event_type, span)
            assert text[span["start"]:span["end"]] == span["text"], (event.event_type, span)


def dumps(events: list[Envelope]) -> list[dict]:
    return [e.model_dump(mode="json") for e in events]


@PROPERTY_SETTINGS
@given(text=texts, published_at=dates)
def test_every_processor_takes_any_text_exact_spans_same_output_twice(ctx, text, published_at):
    article = Article(id="property", text=text, published_at=published_at)
    for processor in PROCESSORS:
        events = processor.extract(article, ctx)
        assert dumps(processor.extract(article, ctx)) == dumps(events), processor.__name__
        assert len({e.event_id for e in events}) == len(events), processor.__name__
        assert_spans_exact(events, lambda _e: article.text)


STANCE_SENTENCE = st.tuples(
    st.sampled_from(["Joe Biden", "Olaf Scholz", "Germany", "The White House"]),
    st.sampled_from([" supports", " opposes", " still opposes", " backs", " rejected"]),
    st.sampled_from([" long-range strikes inside Russia", " sending Taurus missiles", " sanctions", " F-16 fighter jets"]),
).map(lambda parts: "".join(parts) + ". ")
stance_text = st.lists(st.one_of(STANCE_SENTENCE, st.sampled_from(FRAGMENTS)), min_size=1, max_size=12).map("".join)
article_runs = st.lists(
    st.tuples(st.sampled_from(["a", "b", "c", "d"]),  # few ids: some articles are revisions
              stance_text.filter(lambda s: s.strip()),
              st.sampled_from(["2024-01-01T00:00:00+00:00", "2024-02-01T00:00:00+00:00", "2024-03-01T00:00:00+00:00"])),
    min_size=1, max_size=8,
)


@PROPERTY_SETTINGS
@given(run=article_runs)
def test_revisions_and_tracking_over_any_run_of_articles(ctx, run):
    """extract_all drives revisions.revise and tracking.track exactly as the agents do."""
    articles = [Article(id=i, text=text, published_at=when) for i, text, when in run]
    events = list(extract_all(articles, ctx))
    assert dumps(list(extract_all(articles, ctx))) == dumps(events)  # deterministic
    texts_of: dict[str, set[str]] = {}
    for article in articles:
        texts_of.setdefault(article.id, set()).add(article.text)
    for event in events:  # a span belongs to one of the revisions of its article
        for span in spans(event.payload):
            assert any(t[span["start"]:span["end"]] == span["text"] for t in texts_of[event.article_id]), span


@PROPERTY_SETTINGS
@given(first=stance_text.filter(lambda s: s.strip()), second=stance_text.filter(lambda s: s.strip()))
def test_revise_retracts_exactly_what_the_new_revision_no_longer_says(ctx, first, second):
    old = process_article(Article(id="r", text=first), ctx)
    new = process_article(Article(id="r", text=second), ctx)
    state, none = revisions.revise(None, old)
    assert none == []
    state2, retractions = revisions.revise(state, new)
    gone = {e.event_id for e in old[:-1]} - {e.event_id for e in new}
    assert {r.payload["retracted_event_id"] for _, r in retractions} == gone
    assert revisions.revise(state, new)[1] == retractions  # deterministic
    again, repeated = revisions.revise(state2, new)  # the same text again: nothing new
    assert again == state2 and repeated == retractions


@PROPERTY_SETTINGS
@given(run=article_runs)
def test_track_is_deterministic_and_a_redelivered_event_re_emits_the_same(ctx, run):
    state: dict = {}
    revision_state: dict = {}
    for article_id, text, when in run:
        events = process_article(Article(id=article_id, text=text, published_at=when), ctx)
        revision_state[article_id], retractions = revisions.revise(revision_state.get(article_id), events)
        for key, event in tracked(events, retractions):
            after, emitted = tracking.track(state.get(key), event)
            assert dumps(tracking.track(state.get(key), event)[1]) == dumps(emitted)
            redelivered_state, redelivered = tracking.track(after, event)  # at-least-once
            assert redelivered_state == after and dumps(redelivered) == dumps(emitted)
            state[key] = after


N = 100_000  # characters per adversarial text (~100 KB)
ADVERSARIAL = {
    "straight double quotes": '"' * N,
    "curly quotes": "\u201c\u201d" * (N // 2),
    "opening quotes only": "\u201c" * N,
    "apostrophes": "'" * N,
    "guillemets": "\u00ab" * N,
    "dollar signs": "$" * N,
    "euro signs": "\u20ac" * N,
    "digits": "7" * N,
    "dollar amounts": "$1 " * (N // 3),
    "amounts with scale": "$1.5 million " * (N // 13),
    "capitalized words": " ".join(f"Capital{i % 97} Word" for i in range(N // 16)),
    "nested brackets": "(" * (N // 2) + ")" * (N // 2),
    "square brackets": "[" * (N // 2) + "]" * (N // 2),
    "full stops": "." * N,
    "full stops then a letter": "." * N + "x",
    "abbreviations": "Mr. " * (N // 4),
    "one endless sentence": "word " * (N // 5),
    "said said said": "said " * (N // 5),
    "quote and cue": '"Yes," he said. ' * (N // 16),
    "an unclosed quote": '"' + "word " * (N // 5),
    "spaces": "a" + " " * N + "b",
    "newlines": "a" + "\n" * N + "b",
}
BOUND_SECONDS = 5.0  # CPU seconds per 100 KB: generous; catastrophic backtracking takes minutes


@pytest.mark.slow
@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_text_costs_bounded_time(ctx, name):
    article = Article(id="adversarial", text=ADVERSARIAL[name])
    started = time.process_time()  # CPU time: other work on a shared machine does not count
    events = process_article(article, ctx)
    elapsed = time.process_time() - started
    assert elapsed < BOUND_SECONDS, f"{name}: {elapsed:.1f} s for {len(article.text) // 1000} K characters"
    assert_spans_exact(events, lambda _e: article.text)
