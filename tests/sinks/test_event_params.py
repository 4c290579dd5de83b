"""The events table's driver parameters built as tuples (`_event_params`) are exactly the
generic path's (`_insert_params` over `_event_row`), duplicates and re-encoded envelopes included."""

from __future__ import annotations

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from wirewatch.processors import ExtractionContext, process_article
from wirewatch.schemas import Article
from wirewatch.sinks import Delivered
from wirewatch.sinks import tables as t
from wirewatch.sinks.store import _event_params, _event_row, _insert_params
from wirewatch.streams.codec import decode_event_raw, encode_event

TEXTS = [
    "Chancellor Olaf Scholz said on Monday that Berlin would keep supporting Ukraine.",
    "Germany will send 500 million euros in military aid to Ukraine, the defence ministry announced.",
    '"We will not waver," President Joe Biden told reporters in Warsaw.',
]


def _delivered() -> list[Delivered]:
    ctx = ExtractionContext()
    out = []
    for n, text in enumerate(TEXTS):
        article = Article(id=f"a{n}", text=text, published_at="2024-01-0{}T00:00:00Z".format(n + 1))
        for offset, envelope in enumerate(process_article(article, ctx)):
            data = encode_event(envelope)
            decoded, raw = decode_event_raw(data)
            # a record read from the log (raw bytes kept) and one applied offline (no raw)
            out.append(Delivered(decoded, "topic", n, offset, raw) if offset % 2 else Delivered(envelope))
    out.append(Delivered(out[0].envelope, "topic", 9, 99, None))  # a redelivery: the last one wins
    return out


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.psycopg.dialect()], ids=["sqlite", "postgresql"])
def test_event_params_equal_the_generic_rows(dialect):
    items = _delivered()
    assert len(items) > 5
    rows = list({r["event_id"]: r for r in map(_event_row, items)}.values())
    assert _event_params(dialect, items) == _insert_params(dialect, t.events, rows)
    assert _event_params(dialect, items[:1]) == _insert_params(dialect, t.events, [_event_row(items[0])])


def test_a_redelivered_event_keeps_its_first_place_and_its_last_coordinates():
    items = _delivered()
    sql, params = _event_params(sqlite.dialect(), items)
    first = [p for p in params if p[0] == items[0].envelope.event_id]
    assert len(first) == 1 and first[0][-3:] == ("topic", 9, 99) and params[0] is first[0]
