"""JSON Schema per event type, for downstream consumers of the derived topics."""

from __future__ import annotations

import json
from pathlib import Path

from .events import PAYLOAD_MODELS, SCHEMA_VERSIONS, Envelope


def event_schema(event_type: str) -> dict:
    schema = Envelope.model_json_schema()
    payload = PAYLOAD_MODELS[event_type].model_json_schema(by_alias=True)
    schema["$defs"] = {**schema.get("$defs", {}), **payload.pop("$defs", {})}
    schema["title"] = f"{event_type} v{SCHEMA_VERSIONS[event_type]}"
    schema["properties"]["event_type"] = {"const": event_type, "type": "string"}
    schema["properties"]["schema_version"] = {"const": SCHEMA_VERSIONS[event_type], "type": "integer"}
    schema["properties"]["payload"] = payload
    return schema


def export_schemas(directory: str | Path) -> list[Path]:
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for event_type in sorted(PAYLOAD_MODELS):
        path = out / f"{event_type}.v{SCHEMA_VERSIONS[event_type]}.schema.json"
        path.write_text(json.dumps(event_schema(event_type), indent=2, sort_keys=True) + "\n", encoding="utf-8")
        written.append(path)
    return written
