"""Run the API under uvicorn in a thread, for tests that need a real socket (SSE, browser)."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager

import httpx
import orjson
import uvicorn


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(app):
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def read_events(base: str, count: int, *, params=None, headers=None, timeout: float = 30.0,
                until=None) -> list[dict]:
    """Read SSE messages until `count` data events (not ready/checkpoint) or `until(messages)`."""
    messages: list[dict] = []
    deadline = time.monotonic() + timeout
    with httpx.stream("GET", f"{base}/feed", params=params, headers=headers, timeout=httpx.Timeout(timeout)) as r:
        if r.status_code != 200:
            r.read()
            return [{"status": r.status_code, "body": r.text}]
        current: dict = {}
        for line in r.iter_lines():
            if line == "":
                if "event" in current or "data" in current:
                    if "data" in current:
                        current["data"] = orjson.loads(current["data"])
                    messages.append(current)
                current = {}
                if messages:
                    data_events = [m for m in messages if m.get("event") not in ("ready", "checkpoint", None)]
                    if len(data_events) >= count or (until and until(messages)):
                        break
                if time.monotonic() > deadline:
                    break
                continue
            if line.startswith(":"):
                continue
            field, _, value = line.partition(":")
            current[field] = value[1:] if value.startswith(" ") else value
    return messages
