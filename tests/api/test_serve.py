"""`wirewatch serve` starts the API from the command line, with the token from the environment."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx

from wirewatch.sinks import ViewStore

from .server import free_port


def test_serve_command(sqlite_url, tmp_path):
    ViewStore(sqlite_url).close()
    port = free_port()
    env = {**os.environ, "WIREWATCH_API_TOKEN": "cli-token", "WIREWATCH_LOG_JSON": "1"}
    env.pop("WIREWATCH_BROKER", None)
    with open(tmp_path / "serve.log", "wb") as log:
        server = subprocess.Popen([sys.executable, "-m", "wirewatch", "serve", "--store", sqlite_url, "--port", str(port)],
                                  env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(f"{base}/healthz")
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and server.poll() is None, (tmp_path / "serve.log").read_text()
                time.sleep(0.1)
        assert health.json() == {"status": "ok", "store": True, "broker": None}
        assert httpx.get(f"{base}/statements").status_code == 401
        ok = httpx.get(f"{base}/statements", headers={"Authorization": "Bearer cli-token"})
        assert ok.status_code == 200 and ok.json()["items"] == []
        assert httpx.get(f"{base}/feed", headers={"Authorization": "Bearer cli-token"}).status_code == 503
    finally:
        server.terminate()
        server.wait(timeout=10)
