"""Reading article records from files: `.json` (one object or a list), `.jsonl`, or `-` for stdin."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import orjson

from .schemas import Article


def raw_records(paths: list[str]) -> Iterator[bytes]:
    """Each record's bytes, unvalidated: the worker, not the reader, decides what is bad input."""
    for path in paths:
        if path == "-":  # one JSON document, or JSON Lines
            data, suffix = sys.stdin.buffer.read(), ""
        else:
            data, suffix = Path(path).read_bytes(), Path(path).suffix.lower()
        if suffix == ".jsonl":
            yield from _lines(data)
            continue
        try:
            parsed = orjson.loads(data)
        except orjson.JSONDecodeError:
            yield from (_lines(data) if path == "-" else [data])
            continue
        for item in parsed if isinstance(parsed, list) else [parsed]:
            yield orjson.dumps(item)


def _lines(data: bytes) -> Iterator[bytes]:
    return (line for line in data.splitlines() if line.strip())


def record_key(record: bytes) -> bytes | None:
    try:
        value = orjson.loads(record)
    except orjson.JSONDecodeError:
        return None
    article_id = value.get("id") if isinstance(value, dict) else None
    return str(article_id).encode() if article_id is not None else None


def read_articles(paths: list[str]) -> Iterator[Article]:
    for record in raw_records(paths):
        yield Article.model_validate(orjson.loads(record))
