"""`wirewatch eval polnear DIR [--json] [--limit N]`: the statement extractor against PolNeAR.

DIR is a PolNeAR split directory holding `text/*.txt` and `attributions/*.ann` (brat
standoff). When an article has several annotators' files (`<stem>_<annotator>.ann`), the
first by sorted file name is used.

Method (identical for every system scored with it):

1. Gold attributions come from the `E` lines: Source, Cue and Content spans (a discontinuous
   span is a list of segments; `Content2` is merged into Content). `Attribution-no-source`
   relations have no Source. Predictions are `attribution.find_attributions(text)`: the
   records `statements.extract` turns into `statement-made` events (those with a source;
   a few, like `Asked whether …,` with no asker, have none and make no event). A prediction
   keeps every segment of a quotation interrupted by its cue (the event's content span is
   their hull).
2. Pairing: predicted and gold attributions of one article are paired one to one, greedily,
   best first, by (cue overlap in characters, content overlap in characters); a pair needs
   at least one shared character in its cue or its content. Unpaired ones stay unpaired.
3. Scoring per span type (Source, Cue, Content): a paired prediction is a true positive for
   the type when both sides have that span and they match. Precision = TP / predictions that
   have the span; recall = TP / gold attributions that have the span.
   - exact: equal after trimming, in every segment, blanks, quote marks (" ' “ ” ‘ ’ `) and
     punctuation (. , ; : ! ? — -) from both ends; segments separated only by blanks are joined.
   - overlap: at least one shared character.
4. Subsets: `all` = every attribution; `speech` = attributions whose cue contains a word of
   SPEECH_CUE_WORDS (verbs of saying in any inflection, plus `according to`). The same
   filter is applied to gold and predicted cues; pairing is done inside the subset.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

Segments = tuple[tuple[int, int], ...]

_SAY_VERBS = (
    "say said says saying tell told tells telling state stated states stating add added adds adding "
    "write wrote writes writing written note noted notes noting explain explained explains explaining "
    "argue argued argues arguing claim claimed claims claiming announce announced announces announcing "
    "declare declared declares declaring tweet tweeted tweets tweeting insist insisted insists insisting "
    "warn warned warns warning reveal revealed reveals revealing disclose disclosed discloses disclosing "
    "acknowledge acknowledged acknowledges acknowledging admit admitted admits admitting "
    "reply replied replies replying respond responded responds responding "
    "confirm confirmed confirms confirming deny denied denies denying remark remarked "
    "comment commented recall recalled recalls recalling stress stressed stresses stressing "
    "emphasize emphasized emphasizes emphasizing predict predicted predicts predicting "
    "promise promised promises vow vowed vows vowing pledge pledged pledges "
    "testify testified testifies assert asserted asserts alleged alleges contend contended contends "
    "report reported reports ask asked asks asking"
)
#: A cue is a speech cue when one of its words is here (case-insensitive), or it contains
#: `according to`. Verbs of saying only: no beliefs (`believes`), intentions (`wants`),
#: evidence (`shows`, `found`) or stance (`supports`, `called for`).
SPEECH_CUE_WORDS = frozenset(_SAY_VERBS.split())

_TRIM = " \t\r\n\u00a0\"'`\u201c\u201d\u2018\u2019.,;:!?\u2014-"
_TL = re.compile(r"^(T\d+)\t([\w-]+) ([\d ;]+)\t")
_EL = re.compile(r"^(E\d+)\t(.*)$")


@dataclass
class Attr:
    source: Segments | None
    cue: Segments | None
    content: Segments | None


def is_speech_cue(text: str) -> bool:
    low = text.lower()
    if re.search(r"\baccording\s+to\b", low):
        return True
    return any(word in SPEECH_CUE_WORDS for word in re.findall(r"[a-z]+", low))


def load_split(directory: Path, limit: int | None = None) -> list[tuple[str, str, list[Attr]]]:
    """(stem, text, gold attributions) per article, in file-name order."""
    ann_dir = directory / "attributions"
    chosen: dict[str, Path] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        chosen.setdefault(path.stem.rsplit("_", 1)[0], path)
    out = []
    for stem in sorted(chosen):
        text_path = directory / "text" / f"{stem}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        out.append((stem, text, parse_ann(chosen[stem].read_text(encoding="utf-8"))))
        if limit is not None and len(out) >= limit:
            break
    return out


def parse_ann(body: str) -> list[Attr]:
    spans: dict[str, list[tuple[int, int]]] = {}
    relations = []
    for line in body.splitlines():
        m = _TL.match(line)
        if m:
            spans[m.group(1)] = [tuple(map(int, seg.split())) for seg in m.group(3).split(";")]  # type: ignore[misc]
            continue
        m = _EL.match(line)
        if m:
            relations.append(m.group(2))
    out = []
    for rel in relations:
        roles: dict[str, list[tuple[int, int]]] = {}
        for part in rel.split():
            if ":" not in part:
                continue
            role, ref = part.split(":", 1)
            role = re.sub(r"\d+$", "", role)
            if role.startswith("Attribution") or ref not in spans:
                continue
            roles.setdefault(role, []).extend(spans[ref])
        if "Cue" not in roles and "Content" not in roles:
            continue
        out.append(Attr(*(tuple(sorted(roles[k])) if k in roles else None for k in ("Source", "Cue", "Content"))))
    return out


def predict(text: str) -> list[Attr]:
    from ..processors.attribution import find_attributions

    return [Attr((a.source,) if a.source else None, (a.cue,), tuple(a.content)) for a in find_attributions(text)]


def normalize(text: str, segs: Segments) -> Segments:
    out: list[list[int]] = []
    for a, b in sorted(segs):
        while a < b and text[a] in _TRIM:
            a += 1
        while b > a and text[b - 1] in _TRIM:
            b -= 1
        if b <= a:
            continue
        if out and not text[out[-1][1] : a].strip(_TRIM):
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return tuple((a, b) for a, b in out)


def overlap(x: Segments | None, y: Segments | None) -> int:
    if not x or not y:
        return 0
    return sum(max(0, min(b, d) - max(a, c)) for a, b in x for c, d in y)


def pair(pred: list[Attr], gold: list[Attr]) -> list[tuple[int, int]]:
    candidates = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            cue, content = overlap(p.cue, g.cue), overlap(p.content, g.content)
            if cue or content:
                candidates.append(((cue, content), i, j))
    candidates.sort(key=lambda c: (-c[0][0], -c[0][1], c[1], c[2]))
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


TYPES = ("source", "cue", "content")


def new_counts() -> dict:
    return {t: {"pred": 0, "gold": 0, "exact": 0, "overlap": 0} for t in TYPES}


def score_article(text: str, pred: list[Attr], gold: list[Attr], counts: dict) -> None:
    for t in TYPES:
        counts[t]["pred"] += sum(1 for p in pred if getattr(p, t))
        counts[t]["gold"] += sum(1 for g in gold if getattr(g, t))
    for i, j in pair(pred, gold):
        for t in TYPES:
            p, g = getattr(pred[i], t), getattr(gold[j], t)
            if not p or not g:
                continue
            if overlap(p, g):
                counts[t]["overlap"] += 1
            if normalize(text, p) == normalize(text, g):
                counts[t]["exact"] += 1


def prf(tp: int, pred: int, gold: int) -> dict:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def summarize(counts: dict) -> dict:
    return {
        t: {
            "gold": c["gold"],
            "predicted": c["pred"],
            "exact": prf(c["exact"], c["pred"], c["gold"]),
            "overlap": prf(c["overlap"], c["pred"], c["gold"]),
        }
        for t, c in counts.items()
    }


def cue_text(text: str, attr: Attr) -> str:
    return " ".join(text[a:b] for a, b in attr.cue or ())


def evaluate(directory: Path, limit: int | None = None, system=predict) -> dict:
    articles = load_split(directory, limit)
    totals = {"all": new_counts(), "speech": new_counts()}
    for _, text, gold in articles:
        pred = system(text)
        score_article(text, pred, gold, totals["all"])
        score_article(
            text,
            [p for p in pred if is_speech_cue(cue_text(text, p))],
            [g for g in gold if is_speech_cue(cue_text(text, g))],
            totals["speech"],
        )
    return {
        "split": str(directory),
        "articles": len(articles),
        "speech": summarize(totals["speech"]),
        "all": summarize(totals["all"]),
    }


def render(result: dict) -> str:
    lines = [f"PolNeAR {result['split']} — {result['articles']} articles"]
    for subset, label in (("speech", "speech-cue attributions"), ("all", "all attributions")):
        lines.append("")
        lines.append(f"{label}:")
        lines.append(f"  {'span':8} {'gold':>6} {'pred':>6} | {'exact P':>7} {'R':>6} {'F1':>6} | {'overlap P':>9} {'R':>6} {'F1':>6}")
        for t, row in result[subset].items():
            e, o = row["exact"], row["overlap"]
            lines.append(
                f"  {t.capitalize():8} {row['gold']:>6} {row['predicted']:>6} | "
                f"{e['precision']:>7.3f} {e['recall']:>6.3f} {e['f1']:>6.3f} | "
                f"{o['precision']:>9.3f} {o['recall']:>6.3f} {o['f1']:>6.3f}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wirewatch eval polnear", description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path, help="a PolNeAR split directory (text/, attributions/)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    args = parser.parse_args(argv)
    if not (args.dir / "text").is_dir() or not (args.dir / "attributions").is_dir():
        print(f"error: {args.dir} has no text/ and attributions/ directories", file=sys.stderr)
        return 2
    result = evaluate(args.dir, args.limit)
    print(json.dumps(result, indent=2) if args.json else render(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
