"""Worker health for orchestrators: is the broker answering, is the store taking writes?

`GET /healthz` on the worker's health port answers 200 `{"status": "ok", ...}` or 503 with
what is wrong, so a compose/Kubernetes health check can see a worker that is alive but cut
off. The broker is probed every few seconds with a metadata request; every change of state
is one structured log line (`broker unreachable` / `broker reachable again`), repeated while
the outage lasts so it never scrolls away unseen.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import orjson
import structlog
from aiokafka.client import AIOKafkaClient
from mode import Service

log = structlog.get_logger(__name__)

PROBE_TIMEOUT = 3.0


async def broker_reachable(bootstrap: str, timeout: float = PROBE_TIMEOUT) -> str | None:
    """None when the broker answers a metadata request, else why not."""
    client = AIOKafkaClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000))
    try:
        await asyncio.wait_for(client.bootstrap(), timeout)
        return None
    except Exception as exc:  # connection refused, timeout, bad metadata: all "unreachable"
        return f"{type(exc).__name__}: {exc}"[:300]
    finally:
        await client.close()


class BrokerWatch:
    """The broker's reachability as last probed, with the transitions logged."""

    def __init__(self, bootstrap: str, remind_every: float = 30.0,
                 on_recovered: Callable[[], Awaitable[None]] | None = None) -> None:
        self.bootstrap = bootstrap
        self.on_recovered = on_recovered
        self.error: str | None = None
        self.down_since: float | None = None
        self._remind_every = remind_every
        self._reminded = 0.0

    async def probe(self) -> bool:
        error = await broker_reachable(self.bootstrap)
        now = time.monotonic()
        if error is None and self.down_since is not None and self.on_recovered is not None:
            try:
                await self.on_recovered()
            except Exception as exc:  # answering but not usable yet: still down
                error = f"recovering: {type(exc).__name__}: {exc}"[:300]
        if error is None:
            if self.down_since is not None:
                log.info("broker reachable again", bootstrap=self.bootstrap, down_s=round(now - self.down_since, 1))
            self.error, self.down_since = None, None
            return True
        if self.down_since is None:
            self.down_since = self._reminded = now
            log.error("broker unreachable", bootstrap=self.bootstrap, error=error)
        elif now - self._reminded >= self._remind_every:
            self._reminded = now
            log.error("broker still unreachable", bootstrap=self.bootstrap, error=error,
                      down_s=round(now - self.down_since, 1))
        self.error = error
        return False


async def wait_for_broker(watch: BrokerWatch, max_backoff: float = 10.0) -> None:
    """Block until the broker answers, probing with back-off (a worker started before its
    broker waits, reporting, instead of exiting into a restart loop)."""
    backoff = 0.5
    while not await watch.probe():
        await asyncio.sleep(backoff)
        backoff = min(backoff * 2, max_backoff)


class HealthServer:
    """A minimal HTTP endpoint (no framework: the worker has no web stack)."""

    def __init__(self, port: int, report: Callable[[], dict], host: str = "0.0.0.0") -> None:
        self.port, self.host, self.report = port, host, report
        self._server: asyncio.base_events.Server | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, self.host, self.port, reuse_address=True)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await asyncio.wait_for(reader.readline(), 5)
            parts = request.decode("latin-1").split()
            if len(parts) >= 2 and parts[0] == "GET" and parts[1].split("?")[0] == "/healthz":
                body = self.report()
                status = "200 OK" if body["status"] == "ok" else "503 Service Unavailable"
            else:
                body, status = {"detail": "not found"}, "404 Not Found"
            payload = orjson.dumps(body)
            writer.write(f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
                         f"Connection: close\r\n\r\n".encode() + payload)
            await writer.drain()
        except Exception:  # a bad client must not disturb the worker
            pass
        finally:
            writer.close()


def report(watch: BrokerWatch, store_healthy: Callable[[], bool]) -> dict:
    broker_ok, store_ok = watch.error is None, store_healthy()
    return {
        "status": "ok" if broker_ok and store_ok else "unhealthy",
        "broker": "ok" if broker_ok else watch.error,
        "store": "ok" if store_ok else "writes failing; retrying",
    }


class Health(Service):
    """Runs in the worker beside the faust app: probes the broker and serves /healthz."""

    def __init__(self, watch: BrokerWatch, port: int | None, store_healthy: Callable[[], bool],
                 interval: float = 2.0) -> None:
        super().__init__()
        self.watch = watch
        self.interval = interval
        self.server = HealthServer(port, lambda: report(watch, store_healthy)) if port else None

    async def on_start(self) -> None:
        if self.server is not None:
            await self.server.start()
        self._task = asyncio.ensure_future(self._probe_forever())

    async def _probe_forever(self) -> None:
        while True:
            await self.watch.probe()
            await asyncio.sleep(self.interval)

    async def on_stop(self) -> None:
        self._task.cancel()
        if self.server is not None:
            await self.server.stop()
