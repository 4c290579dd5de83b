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


# A dead letter must always fit in a produce request (faust's default max_request_size is
# 1,000,000 bytes): a larger record is dead-lettered as its first DLQ_MAX_VALUE_BYTES bytes,
# marked `x-truncated: true` with `x-original-bytes`; its source coordinates find the rest.
DLQ_MAX_VALUE_BYTES = 512 * 1024


def dead_letter_record(
    value: bytes | None, error: BaseException, *, topic: str, partition: int, offset: int, stage: str
) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The DLQ value and headers for a failed record, within the size policy above."""
    value = value if value is not None else b""
    headers = dead_letter_headers(error, topic=topic, partition=partition, offset=offset, stage=stage)
    if len(value) > DLQ_MAX_VALUE_BYTES:
        headers += [("x-truncated", b"true"), ("x-original-bytes", str(len(value)).encode())]
        value = value[:DLQ_MAX_VALUE_BYTES]
    return value, headers
