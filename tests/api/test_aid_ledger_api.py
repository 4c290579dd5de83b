"""GET /aid/ledger: the de-duplicated package view that /aid/totals adds up."""

from __future__ import annotations


def test_ledger_lists_each_package_once_with_its_sources(client):
    rows = client.get("/aid/ledger", params={"donor": "Germany", "since": "2025-01-01"}).json()["items"]
    # a and b report one package 3 days apart, c the same figure 13 days later; d is a running total
    assert [sorted(s["article_id"] for s in r["sources"]) for r in rows] == [["aid-a", "aid-b"], ["aid-c"]]
    assert {r["amount"] for r in rows} == {5e8} and len({r["package_id"] for r in rows}) == 2


def test_ledger_keeps_in_kind_packages_that_totals_leave_out(client):
    rows = client.get("/aid/ledger", params={"donor": "Paris", "since": "2025-01-01"}).json()["items"]
    assert {(r["amount"], r["status"]) for r in rows} == {(1e8, "announced"), (None, "delivered")}
    totals = client.get("/aid/totals", params={"donor": "France", "since": "2025-01-01"}).json()
    assert [(t["currency"], t["total"], t["packages"]) for t in totals["totals"]] == [("EUR", 1e8, 1)]


def test_totals_add_up_the_ledger(client):
    ledger = client.get("/aid/ledger", params={"since": "2025-01-01"}).json()["items"]
    totals = client.get("/aid/totals", params={"since": "2025-01-01"}).json()["totals"]
    summed: dict[tuple[str, str], float] = {}
    for row in ledger:
        if row["amount"] is not None:
            summed[(row["donor"], row["currency"])] = summed.get((row["donor"], row["currency"]), 0.0) + row["amount"]
    assert {(t["key"], t["currency"]): t["total"] for t in totals} == summed
