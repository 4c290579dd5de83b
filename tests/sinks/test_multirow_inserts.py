"""SQLite inserts of many rows as multi-row INSERTs (`store._execute_rows`): the same rows, the same
order (rowids, so the full-text index), conflicts decided row by row, as one `executemany`."""

from __future__ import annotations

import sqlite3

import pytest
import sqlalchemy as sa

from wirewatch.processors import ExtractionContext, process_article
from wirewatch.schemas import Article
from wirewatch.sinks import Delivered, ViewStore
from wirewatch.sinks import store as store_module
from wirewatch.sinks.store import _multirow_sql

TEXTS = [
    "Chancellor Olaf Scholz said on Monday that Berlin would keep supporting Ukraine.",
    "Germany will send 500 million euros in military aid to Ukraine, the defence ministry announced.",
    '"We will not waver," President Joe Biden told reporters in Warsaw.',
    '"The sanctions will stay," the French foreign minister said. "Nothing has changed," she added.',
]


def _envelopes():
    ctx = ExtractionContext()
    out = []
    for copy in range(60):  # enough rows that the events table takes several chunks
        for n, text in enumerate(TEXTS):
            out += process_article(Article(id=f"a{copy}-{n}", text=text, published_at="2024-01-01T00:00:00Z"), ctx)
    return out


def _dump(path) -> dict:
    conn = sqlite3.connect(path)
    try:
        return {
            "statements": conn.execute("SELECT rowid, event_id, content FROM statements ORDER BY rowid").fetchall(),
            "events": conn.execute("SELECT rowid, * FROM events ORDER BY rowid").fetchall(),
            "aid": conn.execute("SELECT rowid, * FROM aid ORDER BY rowid").fetchall(),
            "fts": conn.execute("SELECT rowid FROM statements_fts WHERE statements_fts MATCH 'Ukraine OR waver'"
                                " ORDER BY rowid").fetchall(),
        }
    finally:
        conn.close()


def test_multirow_inserts_write_what_executemany_writes(tmp_path, monkeypatch):
    envelopes = _envelopes()
    batch = [Delivered(e, "t", 0, i) for i, e in enumerate(envelopes)]
    batch += batch[:7]  # redelivered inside the batch: the second copy conflicts, row by row
    assert len(envelopes) > 2 * 999 // 13

    fast = ViewStore(f"sqlite:///{tmp_path}/fast.db")
    fast.apply(batch)
    fast.close()

    calls = []

    def executemany(conn, sql, params):
        calls.append(len(params))
        conn.exec_driver_sql(sql, params)

    monkeypatch.setattr(store_module, "_execute_rows", executemany)
    slow = ViewStore(f"sqlite:///{tmp_path}/slow.db")
    slow.apply(batch)
    slow.close()
    assert calls, "the patched path was not taken"

    fast_rows, slow_rows = _dump(tmp_path / "fast.db"), _dump(tmp_path / "slow.db")
    assert fast_rows == slow_rows
    assert len(fast_rows["events"]) == len({e.event_id for e in envelopes})
    assert fast_rows["fts"]


@pytest.mark.parametrize("sql, rows, expected", [
    ("INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT DO NOTHING", 3,
     "INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?) ON CONFLICT DO NOTHING"),
    ("INSERT INTO t (a) VALUES (?)", 2, "INSERT INTO t (a) VALUES (?), (?)"),
    # not of the form: left to executemany
    ("INSERT INTO t (a, b) VALUES (?, lower(?))", 2, None),
    ("INSERT INTO t (a) VALUES (?) ON CONFLICT (a) DO UPDATE SET b = ?", 2, None),
    ("UPDATE t SET a = ? WHERE b = ?", 2, None),
])
def test_multirow_sql(sql, rows, expected):
    assert _multirow_sql(sql, rows) == expected


def test_the_chunks_stay_under_the_parameter_limit(tmp_path, monkeypatch):
    sizes = []
    real = sa.engine.Connection.exec_driver_sql

    def spy(self, statement, parameters=None, *args, **kwargs):
        if statement.startswith("INSERT INTO events") and isinstance(parameters, tuple):
            sizes.append(len(parameters))
        return real(self, statement, parameters, *args, **kwargs)

    monkeypatch.setattr(sa.engine.Connection, "exec_driver_sql", spy)
    store = ViewStore(f"sqlite:///{tmp_path}/v.db")
    store.apply([Delivered(e) for e in _envelopes()])
    store.close()
    assert len(sizes) > 1 and max(sizes) <= 999
