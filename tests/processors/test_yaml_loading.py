"""The gazetteer and issue files are read with libyaml's loader where PyYAML has it
(`wirewatch/schemas/yamlfile.py`); it must read every shipped and evaluation file exactly as the
pure-Python safe loader does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from wirewatch.schemas.yamlfile import SAFE_LOADER, read_yaml

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted([*ROOT.glob("seeds/*.yaml"), *ROOT.glob("tests/data/*/issues.yaml")])


def test_files_found() -> None:
    assert len(FILES) > 40


def test_the_reader_uses_a_safe_loader() -> None:
    assert SAFE_LOADER in (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_same_documents_as_the_python_safe_loader(path: Path) -> None:
    assert read_yaml(path) == (yaml.safe_load(path.read_text(encoding="utf-8")) or {})


def test_a_python_object_tag_is_refused() -> None:
    with pytest.raises(yaml.YAMLError):
        yaml.load("!!python/object/apply:os.system ['true']", Loader=SAFE_LOADER)
