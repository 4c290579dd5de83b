"""The aid ledger: one row per package across reports; totals never count a duplicate or a running total."""

from __future__ import annotations

import random

import pytest

from wirewatch.processors import extract_all
from wirewatch.schemas import Article
from wirewatch.sinks import ViewStore
from wirewatch.sinks.ledger import aid_ledger, ledger_totals


def _article(article_id: str, day: str, text: str) -> Article:
    return Article(id=article_id, published_at=f"{day}T12:00:00+00:00", source="wire-test", title=article_id, text=text)


ARTICLES = [
    _article("reu-1", "2024-01-05", "The Pentagon announced $2.3 billion in new military aid for Ukraine on Friday.\n"
             "Washington has provided more than $44 billion in security assistance to Kyiv since the start of the war."),
    _article("ap-1", "2024-01-06", "The U.S. will send Kyiv $2.3 billion worth of additional weapons, the Defense Department said."),
    _article("afp-1", "2024-01-09", "Washington unveiled a $2.3 billion aid package for Ukraine, including Patriot interceptors."),
    # the same amount three weeks later is another package
    _article("reu-2", "2024-01-30", "The United States announced $2.3 billion in fresh security assistance for Ukraine."),
    _article("bbc-1", "2024-01-10", "Germany will send 14 Leopard 2 tanks to Ukraine, Berlin said."),
    _article("bbc-2", "2024-01-11", "Germany will deliver 14 Leopard 2 tanks to Ukraine next month, the defence ministry said."),
    _article("bbc-3", "2024-01-12", "Germany will send two Patriot systems to Ukraine, the government said."),
    _article("afp-2", "2024-01-15", "Japan will provide ¥15.8 billion in emergency humanitarian aid to Ukraine, Tokyo said."),
]


@pytest.fixture(scope="module")
def envelopes(request):
    ctx = request.getfixturevalue("ctx")
    return list(extract_all(ARTICLES, ctx))


def _store(tmp_path, name: str, envelopes) -> ViewStore:
    store = ViewStore(f"sqlite:///{tmp_path / name}.db")
    store.apply_envelopes(envelopes, batch_size=4)
    return store


def _ledger(store: ViewStore, **filters):
    with store.engine.connect() as conn:
        return aid_ledger(conn, **filters)


def test_one_row_per_package_with_all_its_sources(tmp_path, envelopes):
    store = _store(tmp_path, "ledger", envelopes)
    rows = [r for r in _ledger(store) if r["donor"] == "United States"]
    assert [(r["amount"], sorted(s["article_id"] for s in r["sources"])) for r in rows] == [
        (2.3e9, ["afp-1", "ap-1", "reu-1"]),  # three reports within days: one package
        (2.3e9, ["reu-2"]),  # the same figure three weeks on: a new package
    ]
    assert rows[0]["items"] and rows[0]["first_reported_at"].startswith("2024-01-05")
    assert all(r["amount"] != 44e9 for r in _ledger(store))  # a running total is never a package
    store.close()


def test_totals_skip_duplicates_running_totals_and_in_kind(tmp_path, envelopes):
    store = _store(tmp_path, "totals", envelopes)
    totals = {(t["key"], t["currency"]): t for t in ledger_totals(_ledger(store), "donor")}
    assert totals[("United States", "USD")] == {
        "key": "United States", "currency": "USD", "total": 4.6e9, "packages": 2, "reports": 4,
    }
    assert totals[("Japan", "JPY")]["total"] == 15.8e9
    assert not any(key == "Germany" for key, _ in totals)  # in-kind transfers carry no money
    store.close()


def test_in_kind_reports_merge_only_when_they_name_the_same_items(tmp_path, envelopes):
    store = _store(tmp_path, "in-kind", envelopes)
    german = _ledger(store, donors=["Germany"])
    assert [sorted(s["article_id"] for s in r["sources"]) for r in german] == [["bbc-1", "bbc-2"], ["bbc-3"]]
    assert all(r["amount"] is None for r in german)
    store.close()


def test_filters_select_packages_without_splitting_them(tmp_path, envelopes):
    store = _store(tmp_path, "filters", envelopes)
    # the first package was first reported on Jan 5: a window starting later does not cut off its head
    later = _ledger(store, donors=["United States"], since="2024-01-06T00:00:00+00:00")
    assert [sorted(s["article_id"] for s in r["sources"]) for r in later] == [["reu-2"]]
    planned = _ledger(store, donors=["United States"], status="announced")
    assert {len(r["sources"]) for r in planned} == {1, 3}
    store.close()


def test_the_ledger_is_the_same_whatever_the_arrival_order(tmp_path, envelopes):
    reference = _store(tmp_path, "reference", envelopes)
    expected, digests = _ledger(reference), reference.digests()
    reference.close()
    rng = random.Random(4)
    for attempt in range(3):
        shuffled = envelopes[:]
        rng.shuffle(shuffled)
        store = _store(tmp_path, f"shuffled-{attempt}", shuffled)
        assert _ledger(store) == expected
        assert store.digests() == digests
        store.close()
