"""A worker as a child process: how the demo and the tests run the real thing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path


class WorkerProcess:
    def __init__(
        self,
        bootstrap: str,
        store: str,
        *,
        topic_prefix: str = "wirewatch",
        app_id: str = "wirewatch",
        partitions: int = 4,
        issues: str | Path | None = None,
        session_timeout: float = 6.0,
        log_path: Path | None = None,
        extra_env: dict[str, str] | None = None,
        role: str = "all",
    ) -> None:
        self.args = [
            sys.executable, "-m", "wirewatch", "run",
            "--broker", bootstrap, "--store", store,
            "--topic-prefix", topic_prefix, "--app-id", app_id, "--partitions", str(partitions),
            "--role", role,
        ]
        if issues:
            self.args += ["--issues", str(issues)]
        self.env = {
            **os.environ,
            "WIREWATCH_SESSION_TIMEOUT": str(session_timeout),
            "WIREWATCH_LOG_JSON": "1",
            **(extra_env or {}),
        }
        self.role = role
        self.log_path = log_path
        self.process: subprocess.Popen | None = None

    def start(self) -> "WorkerProcess":
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        self.process = subprocess.Popen(self.args, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL)
        return self

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 20.0) -> int | None:
        """SIGTERM and wait: the graceful path (flush, commit, leave the group)."""
        if not self.running:
            return self.process.returncode if self.process else None
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return None

    def kill(self) -> None:
        """SIGKILL: the crash path."""
        if self.running:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> "WorkerProcess":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
