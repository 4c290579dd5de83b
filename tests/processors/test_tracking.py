"""position-changed: only a real change of stance, by event time, exactly once."""

from __future__ import annotations

from tests.events import stated
from wirewatch.processors.revisions import retraction
from wirewatch.processors.tracking import track


def run(*events, state=None):
    changes = []
    for event in events:
        state, revealed = track(state, event)
        changes.extend(revealed)
    return state, changes


def current(state):
    return state["history"][-1]


def retract(event):
    return retraction(event.event_id, event.event_type, article_id=event.article_id, occurred_at=event.occurred_at,
                      reason="article-revised", cause=event)


def test_a_first_stance_is_not_a_change():
    state, changes = run(stated("a1", "Joe Biden", "oppose", at="2024-09-25"))
    assert changes == [] and current(state)["stance"] == "oppose"


def test_a_different_stance_later_is_a_change_linked_to_its_causes():
    first = stated("a1", "Joe Biden", "oppose", at="2024-09-25")
    second = stated("a2", "Joe Biden", "support", at="2024-11-18")
    _, [change] = run(first, second)
    assert change.event_type == "position-changed"
    assert change.payload["from"] == "oppose" and change.payload["to"] == "support"
    assert change.payload["previous_event_id"] == first.event_id
    assert change.causation_id == second.event_id
    assert change.article_id == "a2" and change.occurred_at == "2024-11-18"
    assert change.payload["actor"]["canonical"] == "Joe Biden"


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


def test_a_differing_stance_in_an_article_that_tells_of_no_shift_is_no_change_but_is_remembered():
    _, changes = run(
        stated("a1", "Joe Biden", "oppose", at="2024-09-01", signalled=False),
        stated("a2", "Joe Biden", "support", at="2024-09-10", signalled=False),
    )
    assert changes == []
    state, [change] = run(
        stated("a1", "Joe Biden", "oppose", at="2024-09-01", signalled=False),
        stated("a2", "Joe Biden", "support", at="2024-09-10", signalled=False),
        stated("a3", "Joe Biden", "oppose", at="2024-09-20", signalled=True),
    )
    # compared with the stance it follows (a2's), not with the last one that was reported as a change
    assert (change.article_id, change.payload["from"], change.payload["to"]) == ("a3", "support", "oppose")
    assert [e["stance"] for e in state["history"]] == ["oppose", "support", "oppose"]


def test_a_stance_read_from_a_v1_event_changes_as_before():
    """v1 events carry no `change_signalled`: a replay of an old log reports the changes it always did."""
    _, [change] = run(
        stated("a1", "Joe Biden", "oppose", at="2024-09-01"),
        stated("a2", "Joe Biden", "support", at="2024-09-10", signalled=None),
    )
    assert change.article_id == "a2"


def test_a_late_article_published_earlier_never_changes_the_newer_stance():
    newer = stated("a2", "Joe Biden", "support", at="2024-11-18")
    late = stated("a1", "Joe Biden", "oppose", at="2024-09-25")
    state, changes = run(newer, late)
    assert changes == [] and current(state)["event_id"] == newer.event_id
    assert [e["event_id"] for e in state["history"]] == [late.event_id, newer.event_id]


def test_within_one_article_the_later_sentence_is_the_later_stance():
    state, changes = run(
        stated("a1", "Joe Biden", "support", at="2024-11-18", start=500),
        stated("a1", "Joe Biden", "oppose", at="2024-11-18", start=10),
    )
    assert changes == [] and current(state)["stance"] == "support"


def test_redelivery_re_emits_the_same_change_and_nothing_else():
    first = stated("a1", "Joe Biden", "oppose", at="2024-09-25")
    second = stated("a2", "Joe Biden", "support", at="2024-11-18")
    state, [change] = run(first, second)
    again_state, again = track(state, second)
    assert [e.event_id for e in again] == [change.event_id]
    assert again_state == state
    assert track(state, first) == (state, [])


def test_change_ids_are_deterministic():
    events = (stated("a1", "X", "oppose", at="2024-01-01"), stated("a2", "X", "support", at="2024-02-01"))
    assert run(*events)[1][0].event_id == run(*events)[1][0].event_id


def test_retracting_the_stance_that_caused_a_change_retracts_the_change_and_rolls_back():
    first = stated("a1", "Joe Biden", "oppose", at="2024-09-25")
    second = stated("a2", "Joe Biden", "support", at="2024-11-18")
    state, [change] = run(first, second)
    state, [undone] = track(state, retract(second))
    assert undone.event_type == "event-retracted"
    assert undone.payload["retracted_event_id"] == change.event_id
    assert undone.payload["reason"] == "cause-retracted"
    assert current(state)["event_id"] == first.event_id
    # and a later support is a change against the stance that still holds
    _, [again] = track(state, stated("a3", "Joe Biden", "support", at="2024-11-20"))
    assert again.payload["previous_event_id"] == first.event_id


def test_retracting_a_middle_stance_fixes_the_change_of_the_one_after_it():
    a = stated("a1", "X", "oppose", at="2024-01-01")
    b = stated("a2", "X", "support", at="2024-02-01")
    c = stated("a3", "X", "support", at="2024-03-01")
    state, changes = run(a, b, c)
    assert len(changes) == 1  # a -> b
    state, revealed = track(state, retract(b))
    kinds = sorted(e.event_type for e in revealed)
    assert kinds == ["event-retracted", "position-changed"]
    new_change = next(e for e in revealed if e.event_type == "position-changed")
    assert new_change.causation_id == c.event_id and new_change.payload["previous_event_id"] == a.event_id
    assert track(state, retract(b))[1] == revealed  # redelivered retraction: same answer
