"""position-changed: only a real change of stance, by event time, exactly once."""

from __future__ import annotations

from tests.events import stated
from wirewatch.processors.tracking import track


def run(*events):
    state, changes = None, []
    for event in events:
        state, change = track(state, event)
        if change is not None:
            changes.append(change)
    return state, changes


def test_a_first_stance_is_not_a_change():
    state, changes = run(stated("a1", "Joe Biden", "oppose", at="2024-09-25"))
    assert changes == [] and state["stance"] == "oppose"


def test_a_different_stance_later_is_a_change_linked_to_its_causes():
    first = stated("a1", "Joe Biden", "oppose", at="2024-09-25")
    second = stated("a2", "Joe Biden", "support", at="2024-11-18")
    _, [change] = run(first, second)
    assert change.event_type == "position-changed"
    assert change.payload["from"] == "oppose" and change.payload["to"] == "support"
    assert change.payload["previous_event_id"] == first.event_id
    assert change.causation_id == second.event_id
    assert change.article_id == "a2" and change.occurred_at == "2024-11-18"


def test_a_restated_stance_is_not_a_change():
    _, changes = run(
        stated("a1", "Joe Biden", "oppose", at="2024-09-01"),
        stated("a2", "Joe Biden", "oppose", at="2024-09-10"),
    )
    assert changes == []


def test_an_explicitly_unchanged_stance_is_never_a_change():
    _, changes = run(
        stated("a1", "Joe Biden", "support", at="2024-09-01"),
        stated("a2", "Joe Biden", "oppose", at="2024-09-10", unchanged=True),
    )
    assert changes == []


def test_a_late_article_published_earlier_never_changes_the_newer_stance():
    newer = stated("a2", "Joe Biden", "support", at="2024-11-18")
    late = stated("a1", "Joe Biden", "oppose", at="2024-09-25")
    state, changes = run(newer, late)
    assert changes == [] and state["event_id"] == newer.event_id


def test_within_one_article_the_later_sentence_is_the_later_stance():
    state, changes = run(
        stated("a1", "Joe Biden", "support", at="2024-11-18", start=500),
        stated("a1", "Joe Biden", "oppose", at="2024-11-18", start=10),
    )
    assert changes == [] and state["stance"] == "support"


def test_redelivery_re_emits_the_same_change_and_nothing_else():
    first = stated("a1", "Joe Biden", "oppose", at="2024-09-25")
    second = stated("a2", "Joe Biden", "support", at="2024-11-18")
    state, [change] = run(first, second)
    again_state, again = track(state, second)
    assert again is not None and again.event_id == change.event_id
    assert again_state == state
    assert track(state, first) == (state, None)


def test_change_ids_are_deterministic():
    events = (stated("a1", "X", "oppose", at="2024-01-01"), stated("a2", "X", "support", at="2024-02-01"))
    assert run(*events)[1][0].event_id == run(*events)[1][0].event_id
