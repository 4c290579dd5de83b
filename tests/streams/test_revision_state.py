"""The extract stage's on-disk revision state: what the changelog says, per partition."""

from __future__ import annotations

import orjson

from wirewatch.streams.revision_state import RevisionStates


def state(sha: str) -> bytes:
    return orjson.dumps({"sha": sha, "events": [["e1", "statement-made", "a"]], "retractions": []})


def test_the_latest_record_of_an_article_wins_and_partitions_are_forgotten_whole():
    states = RevisionStates()
    try:
        assert states.load(0, [("a", state("1")), ("b", state("2")), ("a", state("3"))]) == 3
        assert states.load(1, [("c", state("4"))]) == 1
        assert states.partitions == {0, 1}
        assert states.get("a")["sha"] == "3" and states.get("c")["sha"] == "4"
        with states.batch():
            states.put("b", 0, state("5"))
            states.put("d", 1, state("6"))
        assert states.get("b")["sha"] == "5" and states.get("d")["sha"] == "6"
        states.forget(1)
        assert states.partitions == {0}
        assert states.get("c") is None and states.get("d") is None and states.get("a")["sha"] == "3"
        assert states.get("never seen") is None
    finally:
        states.close()
    assert not states.directory.exists()
