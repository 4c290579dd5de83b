"""Dead letters: the original bytes plus headers that say why and where they came from."""

from __future__ import annotations


def dead_letter_headers(
    error: BaseException, *, topic: str, partition: int, offset: int, stage: str
) -> list[tuple[str, bytes]]:
    message = str(error)[:2000]
    return [
        ("x-error-class", type(error).__name__.encode()),
        ("x-error-message", message.encode("utf-8", "replace")),
        ("x-error-stage", stage.encode()),
        ("x-source-topic", topic.encode()),
        ("x-source-partition", str(partition).encode()),
        ("x-source-offset", str(offset).encode()),
    ]


def header_map(headers) -> dict[str, str]:
    """Kafka headers (list of pairs or dict) as text, for tests and tools."""
    items = headers.items() if isinstance(headers, dict) else headers or []
    return {k: (v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)) for k, v in items}
