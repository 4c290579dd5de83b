"""Event schemas evolve without breaking consumers; old events replay through current code."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from wirewatch.schemas import PAYLOAD_MODELS, SCHEMA_VERSIONS
from wirewatch.schemas.compat import breaking_changes
from wirewatch.schemas.export import event_schema
from wirewatch.schemas.upcasting import UnknownSchemaVersion, upcast

SNAPSHOTS = Path(__file__).resolve().parents[1] / "wirewatch" / "schemas" / "snapshots"


def snapshots(event_type: str) -> dict[int, dict]:
    out = {}
    for path in SNAPSHOTS.glob(f"{event_type}.v*.schema.json"):
        out[int(path.name.split(".v")[1].split(".")[0])] = json.loads(path.read_text())
    return dict(sorted(out.items()))


@pytest.mark.parametrize("event_type", sorted(PAYLOAD_MODELS))
def test_the_current_schema_is_committed_as_a_snapshot(event_type):
    """Changing a payload model means bumping its version and committing its snapshot
    (`wirewatch schemas export wirewatch/schemas/snapshots`)."""
    versions = snapshots(event_type)
    current = SCHEMA_VERSIONS[event_type]
    assert current in versions, f"no snapshot of {event_type} v{current}"
    assert versions[current] == json.loads(json.dumps(event_schema(event_type))), (
        f"{event_type} v{current} changed since its snapshot: bump its schema version"
    )
    assert max(versions) == current


@pytest.mark.parametrize("event_type", sorted(PAYLOAD_MODELS))
def test_every_version_can_be_read_by_consumers_of_the_one_before(event_type):
    versions = list(snapshots(event_type).items())
    for (old_v, old), (new_v, new) in zip(versions, versions[1:]):
        assert breaking_changes(old, new) == [], f"{event_type} v{old_v} -> v{new_v}"
        assert (event_type, old_v) in __import__("wirewatch.schemas.upcasting", fromlist=["x"]).UPCASTERS


def test_the_checker_catches_removed_and_retyped_fields():
    old = event_schema("statement-made")
    removed = copy.deepcopy(old)
    del removed["properties"]["payload"]["properties"]["mode"]
    assert breaking_changes(old, removed) == ["payload.mode: removed"]
    retyped = copy.deepcopy(old)
    retyped["properties"]["schema_version"] = {"type": "string"}
    assert any("schema_version: type" in p for p in breaking_changes(old, retyped))
    added = copy.deepcopy(old)
    added["properties"]["payload"]["properties"]["confidence"] = {"type": "number"}
    assert breaking_changes(old, added) == []


def test_upcasting_reads_a_v1_event_as_the_current_version():
    v1 = {"event_type": "article-processed", "schema_version": 1,
          "payload": {"text_sha256": "0" * 64, "chars": 10, "event_ids": {}}}
    current = upcast(v1)
    assert current["schema_version"] == SCHEMA_VERSIONS["article-processed"] == 2
    assert current["payload"]["language"] is None
    with pytest.raises(UnknownSchemaVersion):
        upcast({**v1, "schema_version": 99})
