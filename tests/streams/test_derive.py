"""What the extract agent does with one record, without a broker."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED_ARTICLE
from wirewatch.streams.extract import DeadLetter, derive


def test_a_good_record_yields_events_ending_with_article_processed(ctx):
    events = derive(SEED_ARTICLE.read_bytes(), ctx)
    assert events[-1].event_type == "article-processed"


@pytest.mark.parametrize("value", [None, b"", b"{", b"\\x00", b"[]", b'{"id": "x"}', b'{"id": "x", "text": ""}'])
def test_bad_records_are_dead_letters_of_the_decode_stage(value, ctx):
    with pytest.raises(DeadLetter) as failed:
        derive(value, ctx)
    assert failed.value.stage == "decode"


def test_a_processor_that_raises_makes_a_dead_letter_of_the_process_stage(ctx):
    def broken(article, ctx):
        raise ZeroDivisionError("processor bug")

    with pytest.raises(DeadLetter) as failed:
        derive(SEED_ARTICLE.read_bytes(), ctx, process=broken)
    assert failed.value.stage == "process"
    assert isinstance(failed.value.cause, ZeroDivisionError)


def test_an_oversized_text_is_a_dead_letter(ctx):
    import orjson

    from wirewatch.schemas import MAX_TEXT_CHARS

    value = orjson.dumps({"id": "big", "text": "a" * (MAX_TEXT_CHARS + 1)})
    with pytest.raises(DeadLetter, match="text"):
        derive(value, ctx)


def test_events_are_encoded_as_their_canonical_model_dump(ctx):
    import orjson

    from wirewatch.streams.codec import decode_event, encode_event

    seeds = Path(__file__).resolve().parents[2] / "seeds" / "articles"
    events = [e for path in sorted(seeds.glob("*.json"))
              for e in derive(path.read_bytes(), ctx)]
    assert {e.event_type for e in events} >= {"statement-made", "aid-announced", "position-stated", "article-processed"}
    for event in events:
        encoded = encode_event(event)
        assert encoded == orjson.dumps(event.model_dump(mode="json"), option=orjson.OPT_SORT_KEYS)
        assert decode_event(encoded) == event
