"""The aid ledger: one row per aid package, however many articles reported it.

A deterministic query over the `aid` view, not a table of its own: the ledger is a pure function
of the set of aid rows, so it is the same whatever order the events arrived in, and a replay of
the log rebuilds it with the `aid` view (whose digest already covers it).

Rules (issue #4): only `kind = new` announcements are packages; a cumulative running total never
is. Reports with the same donor, recipient, amount and currency whose publication times lie within
`DEDUP_WINDOW` of the package's first report are one package, listed with all its sources. In-kind
transfers (no amount) are packages too, merged only when they also name a common item, and they
never enter the money totals.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from . import tables as t

DEDUP_WINDOW = timedelta(days=7)
_LEDGER_NS = uuid.UUID("6f9d8a52-3f0e-4a57-9a53-5c3f6b0e2a41")
# a later report says where a package got to: delivered beats pledged beats announced beats planned
_STATUS_RANK = {"planned": 0, "announced": 1, "pledged": 2, "delivered": 3}


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _report_order(row) -> tuple:
    return (_time(row.occurred_at) or datetime.max.replace(tzinfo=timezone.utc), row.event_id)


def _same_package(package: dict[str, Any], anchor: datetime | None, row) -> bool:
    when = _time(row.occurred_at)
    if (when is None) != (anchor is None):
        return False
    if when is not None and when - anchor > DEDUP_WINDOW:
        return False
    if package["amount"] is None:  # in-kind: `14 Leopard 2 tanks` and `Patriot systems` are two transfers
        return bool({i.casefold() for i in package["items"]} & {i.casefold() for i in (row.items or [])})
    return True


def _new_package(row) -> dict[str, Any]:
    value = None if row.amount_value is None else float(row.amount_value)
    key = f"{row.donor}|{row.recipient}|{'' if value is None else f'{value:.2f}'}|{row.currency or ''}|{row.event_id}"
    return {
        "package_id": str(uuid.uuid5(_LEDGER_NS, key)),
        "donor": row.donor,
        "recipient": row.recipient,
        "amount": value,
        "currency": row.currency,
        "qualifier": row.qualifier,
        "aid_type": row.aid_type,
        "status": row.status,
        "items": [],
        "first_reported_at": row.occurred_at,
        "last_reported_at": row.occurred_at,
        "sources": [],
    }


def _add_report(package: dict[str, Any], row) -> None:
    package["sources"].append({"event_id": row.event_id, "article_id": row.article_id, "occurred_at": row.occurred_at})
    seen = {i.casefold() for i in package["items"]}
    package["items"].extend(i for i in (row.items or []) if i.casefold() not in seen and not seen.add(i.casefold()))
    if _STATUS_RANK.get(row.status, -1) > _STATUS_RANK.get(package["status"], -1):
        package["status"] = row.status
    if row.occurred_at:
        package["last_reported_at"] = row.occurred_at


def build_ledger(rows: list) -> list[dict[str, Any]]:
    """Packages from aid rows (any order in, one deterministic list out)."""
    groups: dict[tuple, list] = {}
    for row in rows:
        if row.kind != "new":
            continue  # a running total is never a package
        value = None if row.amount_value is None else round(float(row.amount_value), 2)
        groups.setdefault((row.donor, row.recipient, value, row.currency), []).append(row)
    packages: list[dict[str, Any]] = []
    for reports in groups.values():
        reports.sort(key=_report_order)
        open_packages: list[tuple[dict[str, Any], datetime | None]] = []
        for row in reports:
            when = _time(row.occurred_at)
            if when is not None:  # reports come in time order: packages out of the window stay closed
                open_packages = [(p, anchor) for p, anchor in open_packages if anchor is None or when - anchor <= DEDUP_WINDOW]
            home = next((p for p, anchor in open_packages if _same_package(p, anchor, row)), None)
            if home is None:
                home = _new_package(row)
                open_packages.append((home, _time(row.occurred_at)))
                packages.append(home)
            _add_report(home, row)
    packages.sort(key=lambda p: (p["first_reported_at"] or "\uffff", p["donor"], p["recipient"],
                                 p["currency"] or "", -1 if p["amount"] is None else p["amount"], p["package_id"]))
    return packages


def aid_ledger(
    conn: Connection,
    *,
    donors: list[str] | None = None,
    recipients: list[str] | None = None,
    aid_type: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
    in_kind: bool = True,
) -> list[dict[str, Any]]:
    """The ledger, filtered by package: donor/recipient are part of a package's identity and filter
    its reports; type, status and the time window apply to the package (its first report), so a
    filter never splits one package in two."""
    a = t.aid
    where = [a.c.kind == "new"]
    if donors is not None:
        where.append(a.c.donor.in_(donors))
    if recipients is not None:
        where.append(a.c.recipient.in_(recipients))
    if not in_kind:
        where.append(a.c.amount_value.is_not(None))
    rows = conn.execute(
        sa.select(a.c.event_id, a.c.article_id, a.c.occurred_at, a.c.donor, a.c.recipient, a.c.amount_value,
                  a.c.currency, a.c.qualifier, a.c.aid_type, a.c.kind, a.c.status, a.c["items"]).where(*where)
    ).all()
    since_t, until_t = _time(since), _time(until)
    out = []
    for p in build_ledger(rows):
        first = _time(p["first_reported_at"])
        if aid_type is not None and p["aid_type"] != aid_type:
            continue
        if status is not None and p["status"] != status:
            continue
        if since_t is not None and (first is None or first < since_t):
            continue
        if until_t is not None and (first is None or first > until_t):
            continue
        out.append(p)
    return out


def ledger_totals(packages: list[dict[str, Any]], group_by: str) -> list[dict[str, Any]]:
    """Money per (donor | recipient | month of first report, currency): each package once, in-kind none."""
    totals: dict[tuple[str, str], dict[str, Any]] = {}
    for p in packages:
        if p["amount"] is None or not p["currency"]:
            continue
        key = ((p["first_reported_at"] or "")[:7] or "unknown") if group_by == "month" else p[group_by]
        entry = totals.setdefault((key, p["currency"]), {
            "key": key, "currency": p["currency"], "total": 0.0, "packages": 0, "reports": 0,
        })
        entry["total"] += p["amount"]
        entry["packages"] += 1
        entry["reports"] += len(p["sources"])
    return sorted(totals.values(), key=lambda e: (e["key"], e["currency"]))
