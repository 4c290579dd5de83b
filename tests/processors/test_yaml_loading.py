"""The gazetteer and issue files are read with libyaml's loader where PyYAML has it; it must read
every shipped and evaluation file exactly as the pure-Python safe loader does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from wirewatch.processors import gazetteer
from wirewatch.schemas import issues

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted([*ROOT.glob("seeds/*.yaml"), *ROOT.glob("tests/data/*/issues.yaml")])


def test_files_found() -> None:
    assert len(FILES) > 40


def test_both_modules_use_a_safe_loader() -> None:
    for loader in (gazetteer._SAFE_LOADER, issues._SAFE_LOADER):
        assert loader in (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_same_documents_as_the_python_safe_loader(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=gazetteer._SAFE_LOADER) == yaml.safe_load(text)


def test_a_python_object_tag_is_refused() -> None:
    with pytest.raises(yaml.YAMLError):
        yaml.load("!!python/object/apply:os.system ['true']", Loader=gazetteer._SAFE_LOADER)
