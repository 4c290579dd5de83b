"""How the position test batteries compare events: (actor, issue, stance) per stance a text gives."""

from __future__ import annotations

from pathlib import Path

from wirewatch.processors import ExtractionContext, extract_all, positions
from wirewatch.schemas import Article, Issue, IssueSet


def stances(text: str, ctx: ExtractionContext, article_id: str = "t-pos",
            published_at: str = "2025-03-01T00:00:00+00:00", title: str | None = None) -> set[tuple[str, str, str]]:
    article = Article(id=article_id, text=text, published_at=published_at, title=title)
    return {(e.payload["actor"]["canonical"], e.payload["issue"], e.payload["stance"])
            for e in positions.extract(article, ctx)}


def assert_stance_not_flipped(text: str, ctx: ExtractionContext, expected: tuple[str, str, str]) -> None:
    """The expected (actor, issue, stance) is found, and the same actor's opposite stance is not."""
    found = stances(text, ctx)
    assert expected in found, found
    actor, issue, stance = expected
    assert (actor, issue, "support" if stance == "oppose" else "oppose") not in found, found


def holders(found: set[tuple[str, str, str]]) -> set[str]:
    return {actor for actor, _, _ in found}


# two small user issues several batteries read their sentences against (posh, posorg)
LEVY_AND_NIGHT_FLIGHTS = IssueSet(issues=(
    Issue(id="sugar-levy", label="A levy on sugary drinks", proposition="Sugary drinks should be taxed with a levy",
          terms=("sugar levy", "levy on sugary drinks", "the levy")),
    Issue(id="night-flights", label="A ban on night flights", proposition="Night flights should be banned",
          terms=("night flight ban", "ban on night flights", "night flights")),
))
SHIPPED_ISSUES = IssueSet.load(Path(__file__).resolve().parents[1] / "seeds" / "issues.yaml")
# The earlier stance of the change batteries: Germany against sending tanks.
TANKS_REFUSED = "BERLIN, Jan 10 (Reuters) - Germany refused on Tuesday to send Leopard tanks to Ukraine, a government spokesman said."


def changes_after_refusal(later: str) -> set[tuple[str, str, str]]:
    """(actor, from, to) of the position changes a later article causes after `TANKS_REFUSED`."""
    articles = [
        Article(id="a1", title="Germany refuses tanks", source="test", published_at="2023-01-10T10:00:00+00:00",
                text=TANKS_REFUSED),
        Article(id="a2", title="Tanks for Ukraine", source="test", published_at="2023-01-25T10:00:00+00:00", text=later),
    ]
    return {(e.payload["actor"]["canonical"], e.payload["from"], e.payload["to"])
            for e in extract_all(articles, ExtractionContext(issues=SHIPPED_ISSUES)) if e.event_type == "position-changed"}
