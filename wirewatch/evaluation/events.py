"""`wirewatch eval events GOLD ARTICLES [--issues FILE] [--json] [--details]`

Runs the offline pipeline (`extract_all`, position tracking included) over ARTICLES in file
order and scores it against GOLD (JSON Lines, one record per article):

    {"id": "...",
     "aid": [{"donor", "recipient", "value" (null for in-kind), "currency", "qualifier",
              "kind", "aid_type", "status"}],
     "positions": [{"actor", "issue", "stance", "explicitly_unchanged"}],
     "changes": [{"actor", "issue", "from", "to"}]}

Aid events match on amount + currency + donor + recipient; positions on actor + issue + stance;
position changes on article + actor + issue + from + to.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from ..processors import ExtractionContext, extract_all
from ..schemas import AID_ANNOUNCED, POSITION_CHANGED, POSITION_STATED, Article, IssueSet

_DEFAULT_ISSUES = Path(__file__).resolve().parents[2] / "seeds" / "issues.yaml"


def _read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def _prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_sys else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "system": n_sys, "gold": n_gold}


def _aid_key(donor: str, recipient: str, value: float | None, currency: str | None) -> tuple:
    return (donor, recipient, None if value is None else round(float(value), 2), currency)


def _canonical(ctx: ExtractionContext):
    """A gold name as the gazetteer's canonical name when the gazetteer knows it as an alias
    (`Volodymyr Zelenskiy` is `Volodymyr Zelensky`): annotators spell names as their outlet does,
    and a spelling is no extraction error. Names the gazetteer does not know stay as written,
    but for their diacritics (`_folded`)."""
    def canonical(name: str) -> str:
        actor = ctx.gazetteer.lookup(name)
        return _folded(actor.canonical if actor is not None else name)
    return canonical


def _folded(name: str) -> str:
    """The name without diacritics: `María Jesús Montero` as an ASCII desk writes it, `Maria
    Jesus Montero`. The extractor keeps a name as the article spells it; whether the annotator
    kept the accents is no extraction error either. Applied to gold and system names alike."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def evaluate(gold_rows: list[dict], articles: list[Article], ctx: ExtractionContext) -> dict[str, Any]:
    canonical = _canonical(ctx)
    gold_by_id = {row["id"]: row for row in gold_rows}
    events = []
    for item in extract_all(articles, ctx):
        # tolerate a tracker that reveals several events at once
        events.extend(item if isinstance(item, (list, tuple)) else [item])
    by_article: dict[str, list] = {}
    for event in events:
        by_article.setdefault(event.article_id, []).append(event)

    aid_tp = aid_sys = aid_gold = 0
    attr_total = 0
    attr_correct = Counter()
    cumulative_as_new = 0
    pos_tp = pos_sys = pos_gold = 0
    by_issue: dict[str, Counter] = {}  # issue -> tp, system, gold
    unchanged_total = unchanged_correct = 0
    details: list[str] = []
    gold_changes: set[tuple] = set()
    sys_changes: set[tuple] = set()

    for article in articles:
        gold = gold_by_id.get(article.id, {"aid": [], "positions": [], "changes": []})
        article_events = by_article.get(article.id, [])
        # ---- aid
        system_aid = [e.payload for e in article_events if e.event_type == AID_ANNOUNCED]
        unmatched = list(system_aid)
        aid_sys += len(system_aid)
        aid_gold += len(gold.get("aid", []))
        for g in gold.get("aid", []):
            key = _aid_key(canonical(g["donor"]), canonical(g["recipient"]), g.get("value"), g.get("currency"))
            match = next(
                (
                    s for s in unmatched
                    if _aid_key(
                        _folded(s["donor"]["canonical"]), _folded(s["recipient"]["canonical"]),
                        s["amount"]["value"] if s["amount"] else None,
                        s["amount"]["currency"] if s["amount"] else None,
                    ) == key
                ),
                None,
            )
            if match is None:
                details.append(f"{article.id}: aid missed {key}")
                if g.get("kind") == "cumulative" and g.get("value") is not None:
                    # the figure reported with another donor/recipient but as a new package still counts
                    if any(s["amount"] and round(s["amount"]["value"], 2) == round(g["value"], 2)
                           and s["kind"] == "new" for s in unmatched):
                        cumulative_as_new += 1
                continue
            unmatched.remove(match)
            aid_tp += 1
            attr_total += 1
            system_qualifier = match["amount"]["qualifier"] if match["amount"] else None
            for attr, sys_value in (
                ("kind", match["kind"]),
                ("aid_type", match["aid_type"]),
                ("qualifier", system_qualifier),
                ("status", match["status"]),
            ):
                if g.get(attr) == sys_value:
                    attr_correct[attr] += 1
                else:
                    details.append(f"{article.id}: aid {key} {attr}: gold {g.get(attr)!r}, system {sys_value!r}")
            if g.get("kind") == "cumulative" and match["kind"] == "new":
                cumulative_as_new += 1
        for s in unmatched:
            amount = s["amount"]
            details.append(
                f"{article.id}: aid spurious {s['donor']['canonical']} -> {s['recipient']['canonical']} "
                f"{amount['value'] if amount else None} {amount['currency'] if amount else ''} ({s['kind']})"
            )
        # ---- positions
        system_pos = {}
        for e in article_events:
            if e.event_type == POSITION_STATED:
                p = e.payload
                system_pos.setdefault((_folded(p["actor"]["canonical"]), p["issue"], p["stance"]), p)
        gold_pos = {(canonical(g["actor"]), g["issue"], g["stance"]): g for g in gold.get("positions", [])}
        pos_sys += len(system_pos)
        pos_gold += len(gold_pos)
        for keys, column in ((system_pos, "system"), (gold_pos, "gold"), (system_pos.keys() & gold_pos.keys(), "tp")):
            for key in keys:
                by_issue.setdefault(key[1], Counter())[column] += 1
        for key, g in gold_pos.items():
            if key in system_pos:
                pos_tp += 1
                unchanged_total += 1
                if bool(g.get("explicitly_unchanged", False)) == system_pos[key]["explicitly_unchanged"]:
                    unchanged_correct += 1
                else:
                    details.append(f"{article.id}: position {key} explicitly_unchanged: gold {g.get('explicitly_unchanged', False)}")
            else:
                details.append(f"{article.id}: position missed {key}")
        for key in system_pos.keys() - gold_pos.keys():
            details.append(f"{article.id}: position spurious {key}")
        # ---- changes
        for c in gold.get("changes", []):
            gold_changes.add((article.id, canonical(c["actor"]), c["issue"], c["from"], c["to"]))
    for e in events:
        if e.event_type == POSITION_CHANGED:
            p = e.payload
            sys_changes.add((e.article_id, _folded(p["actor"]["canonical"]), p["issue"], p["from"], p["to"]))
    for c in sorted(gold_changes - sys_changes):
        details.append(f"{c[0]}: change missed {c[1:]}")
    for c in sorted(sys_changes - gold_changes):
        details.append(f"{c[0]}: change false {c[1:]}")

    return {
        "articles": len(articles),
        "aid": _prf(aid_tp, aid_sys, aid_gold),
        "aid_attributes": {
            attr: round(attr_correct[attr] / attr_total, 4) if attr_total else None
            for attr in ("kind", "aid_type", "qualifier", "status")
        },
        "cumulative_counted_as_new": cumulative_as_new,
        "positions": _prf(pos_tp, pos_sys, pos_gold),
        # per issue: a user's own issue that scores low is a cue to add terms or check its proposition
        "positions_by_issue": {issue: _prf(c["tp"], c["system"], c["gold"]) for issue, c in sorted(by_issue.items())},
        "explicitly_unchanged_accuracy": round(unchanged_correct / unchanged_total, 4) if unchanged_total else None,
        "position_changes": {
            "gold": len(gold_changes),
            "found": len(gold_changes & sys_changes),
            "missed": len(gold_changes - sys_changes),
            "false": len(sys_changes - gold_changes),
        },
        "details": details,
    }


def _print(report: dict[str, Any], details: bool) -> None:
    out = sys.stdout.write
    out(f"articles: {report['articles']}\n")
    for name in ("aid", "positions"):
        r = report[name]
        out(f"{name:<10} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
            f"(tp {r['tp']}, system {r['system']}, gold {r['gold']})\n")
    for issue, r in report["positions_by_issue"].items():
        out(f"  {issue:<34} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
            f"(tp {r['tp']}, system {r['system']}, gold {r['gold']})\n")
    attrs = report["aid_attributes"]
    out("aid attributes on matched: " + "  ".join(
        f"{k} {v:.3f}" if v is not None else f"{k} -" for k, v in attrs.items()) + "\n")
    out(f"cumulative figures counted as new: {report['cumulative_counted_as_new']}\n")
    u = report["explicitly_unchanged_accuracy"]
    out(f"explicitly_unchanged accuracy on matched positions: {u:.3f}\n" if u is not None else "")
    c = report["position_changes"]
    out(f"position changes: found {c['found']}/{c['gold']}  missed {c['missed']}  false {c['false']}\n")
    if details and report["details"]:
        out("\n" + "\n".join(report["details"]) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wirewatch eval events", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", help="gold JSON Lines")
    parser.add_argument("articles", help="articles JSON Lines (processed in file order)")
    parser.add_argument("--issues", help="issues YAML (default: seeds/issues.yaml)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--details", action="store_true", help="list every miss and spurious event")
    args = parser.parse_args(argv)

    issues = IssueSet.load(args.issues or _DEFAULT_ISSUES)
    articles = [Article.model_validate(row) for row in _read_jsonl(args.articles)]
    report = evaluate(_read_jsonl(args.gold), articles, ExtractionContext(issues=issues))
    if args.json:
        if not args.details:
            report = {k: v for k, v in report.items() if k != "details"}
        sys.stdout.write(json.dumps(report, indent=2) + "\n")
    else:
        _print(report, args.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
