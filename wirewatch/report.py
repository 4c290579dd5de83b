"""Plain-text rendering of the views for the terminal (`wirewatch views`, `make demo`)."""

from __future__ import annotations

from collections.abc import Sequence

from .sinks import ViewStore
from .sinks import tables as t


def _cell(value, width: int) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(title: str, columns: Sequence[tuple[str, int]], rows: Sequence[Sequence]) -> str:
    lines = [f"== {title} ({len(rows)}) =="]
    lines.append("  ".join(name.ljust(width) for name, width in columns).rstrip())
    lines.append("  ".join("-" * width for _, width in columns))
    for row in rows:
        lines.append("  ".join(_cell(v, w).ljust(w) for v, (_, w) in zip(row, columns)).rstrip())
    return "\n".join(lines)


def format_amount(value: float | None, currency: str | None, qualifier: str | None) -> str:
    if value is None:
        return "in kind"
    prefix = {"up_to": "up to ", "over": "over ", "about": "about "}.get(qualifier or "", "")
    for unit, size in (("bn", 1e9), ("m", 1e6), ("k", 1e3)):
        if value >= size:
            return f"{prefix}{value / size:,.6g}{unit} {currency}"
    return f"{prefix}{value:,.2f} {currency}"


def render_views(store: ViewStore) -> str:
    statements = store.rows(t.statements, order_by=("article_id", "content_start"))
    aid = store.rows(t.aid, order_by=("occurred_at", "article_id", "event_id"))
    positions = store.rows(t.positions, order_by=("issue", "actor"))
    changes = store.rows(t.position_changes, order_by=("occurred_at", "actor"))
    articles = store.rows(t.articles, order_by=("published_at", "article_id"))
    sections = [
        render_table(
            "Articles",
            [("published", 10), ("source", 8), ("article", 44), ("events", 40)],
            [
                (
                    (a["published_at"] or "")[:10],
                    a["source"],
                    a["article_id"],
                    ", ".join(f"{k}={len(v)}" for k, v in sorted(a["event_ids"].items())),
                )
                for a in articles
            ],
        ),
        render_table(
            "Statements",
            [("speaker", 22), ("as written", 24), ("mode", 8), ("cue", 16), ("content", 70)],
            [(s["speaker"], s["speaker_name"], s["mode"], s["cue"], s["content"]) for s in statements],
        ),
        render_table(
            "Aid ledger",
            [("date", 10), ("donor", 14), ("recipient", 10), ("amount", 18), ("type", 9), ("kind", 10),
             ("status", 9), ("items", 60)],
            [
                (
                    (a["occurred_at"] or "")[:10],
                    a["donor"],
                    a["recipient"],
                    format_amount(a["amount_value"], a["currency"], a["qualifier"]),
                    a["aid_type"],
                    a["kind"],
                    a["status"],
                    "; ".join(a["items"]),
                )
                for a in aid
            ],
        ),
        render_table(
            "Position board",
            [("issue", 20), ("actor", 20), ("stance", 8), ("since", 10), ("evidence", 80)],
            [(p["issue"], p["actor"], p["stance"], (p["since"] or "")[:10], p["evidence"]) for p in positions],
        ),
        render_table(
            "Position changes",
            [("date", 10), ("issue", 20), ("actor", 20), ("from", 8), ("to", 8), ("evidence", 70)],
            [
                ((c["occurred_at"] or "")[:10], c["issue"], c["actor"], c["from_stance"], c["to_stance"], c["evidence"])
                for c in changes
            ],
        ),
    ]
    return "\n\n".join(sections)
