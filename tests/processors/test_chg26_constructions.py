"""A position change rests on the actor's own shift (stop 26).

A story that tells of one actor's U-turn used to mark every differing stance in it as a change,
so one misread stance beside it became a false `position-changed`. The shift word must now be in
the stance's paragraph or in a sentence that names the actor.
"""

from __future__ import annotations

from pathlib import Path

from wirewatch.processors import ExtractionContext
from wirewatch.processors.pipeline import extract_all
from wirewatch.schemas import Article, IssueSet

ISSUES = IssueSet.load(Path(__file__).resolve().parents[2] / "seeds" / "issues.yaml")

BEFORE = "BERLIN, Jan 10 (Reuters) - Germany refused on Tuesday to send Leopard tanks to Ukraine, a government spokesman said."


def _changes(later: str) -> set[tuple[str, str, str]]:
    articles = [
        Article(id="a1", title="Germany refuses tanks", source="test", published_at="2023-01-10T10:00:00+00:00", text=BEFORE),
        Article(id="a2", title="Tanks for Ukraine", source="test", published_at="2023-01-25T10:00:00+00:00", text=later),
    ]
    return {(e.payload["actor"]["canonical"], e.payload["from"], e.payload["to"])
            for e in extract_all(articles, ExtractionContext(issues=ISSUES)) if e.event_type == "position-changed"}


def test_a_shift_told_in_the_stance_paragraph_is_a_change():
    later = ("BERLIN, Jan 25 (Reuters) - Germany will send Leopard tanks to Ukraine, reversing weeks of refusal, "
             "the government said on Wednesday.")
    assert ("Germany", "oppose", "support") in _changes(later)


def test_a_shift_told_elsewhere_of_the_actor_by_name_is_a_change():
    later = ("BERLIN, Jan 25 (Reuters) - Germany will send Leopard tanks to Ukraine, the government said on Wednesday.\n\n"
             "The tanks will arrive in the spring, officials said.\n\n"
             "The decision marks a reversal for Berlin, which faced weeks of pressure from its allies.")
    assert ("Germany", "oppose", "support") in _changes(later)


def test_another_actors_shift_does_not_make_a_change():
    later = ("WARSAW, Jan 25 (Reuters) - Hungary reversed its position on the talks on Wednesday, "
             "its foreign minister said.\n\n"
             "The tanks will arrive in the spring, officials said.\n\n"
             "Germany will send Leopard tanks to Ukraine, the government said.")
    assert ("Germany", "oppose", "support") not in _changes(later)
