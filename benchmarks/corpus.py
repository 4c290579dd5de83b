"""The benchmark corpus: real article texts (PolNeAR) repeated to the size asked for.

The texts are read from `../shared/eval/polnear/` (measuring only: nothing is copied into the
repository). Each copy of a text gets its own article id, so the pipeline treats every copy as
a new article. Only where `../shared` is absent is a corpus generated from templates; the
report says which one was used.
"""

from __future__ import annotations

import random
from pathlib import Path

from wirewatch.schemas import Article

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear"


def texts(root: Path = POLNEAR) -> tuple[list[str], str]:
    """The unique texts and the corpus name."""
    if root.is_dir():
        found = [p.read_text(encoding="utf-8") for p in sorted(root.glob("**/text/*.txt"))]
        found = [t for t in found if t.strip()]
        if found:
            return found, f"polnear ({len(found)} texts under {root})"
    return generated(600), "generated (../shared is absent)"


def articles(unique: list[str], count: int, prefix: str = "bench") -> list[Article]:
    """`count` articles cycling over the unique texts; ids unique per copy."""
    out = []
    for n in range(count):
        copy, i = divmod(n, len(unique))
        out.append(Article(id=f"{prefix}-{copy}-{i}", title=f"bench {i}", source="bench",
                           published_at="2016-10-01T00:00:00+00:00", text=unique[i]))
    return out


_SPEAKERS = ["Olaf Scholz", "Joe Biden", "Volodymyr Zelensky", "Emmanuel Macron", "a Pentagon spokesman",
             "the ministry", "Senator Elizabeth Warren", "Donald Trump", "Hillary Clinton", "NATO"]
_CUES = ["said", "told reporters", "said on Tuesday", "wrote in a statement", "added"]
_CLAIMS = ["the talks would continue next week", "the plan was not going to work",
           "Germany will send another package of air defence systems to Ukraine",
           "the United States pledged $400 million in military aid to Ukraine",
           "nobody should expect a quick deal", "the vote was a turning point for the party"]
_FILLER = ["The meeting lasted three hours.", "Officials declined to give details.",
           "Markets were calm after the announcement.", "The debate continued late into the night.",
           "Analysts expect more announcements this year."]


def generated(count: int, seed: int = 8) -> list[str]:
    """News-like texts with quotes and reported speech, for machines without the shared data."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        paragraphs = []
        for _ in range(rng.randint(6, 14)):
            who, cue, claim = rng.choice(_SPEAKERS), rng.choice(_CUES), rng.choice(_CLAIMS)
            form = rng.randrange(3)
            if form == 0:
                sentence = f"{who} {cue} that {claim}."
            elif form == 1:
                sentence = f"\u201c{claim[0].upper()}{claim[1:]},\u201d {who} {cue}."
            else:
                sentence = f"According to {who}, {claim}."
            paragraphs.append(" ".join([sentence, *rng.sample(_FILLER, 2)]))
        out.append("\n".join(paragraphs))
    return out
