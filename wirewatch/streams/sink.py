"""Applying derived events to the view store from a stream: retries, and no poison pills.

A batch whose write fails for a transient reason (the database went away) is retried with
back-off and its offsets are not committed until it succeeds. An event that the store
rejects on its own (bad data) is isolated and dead-lettered so it cannot block the rest.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Awaitable, Callable, Sequence

import sqlalchemy.exc
import structlog

from ..sinks import Delivered, ViewStore

log = structlog.get_logger(__name__)

TRANSIENT = (sqlalchemy.exc.OperationalError, sqlalchemy.exc.InterfaceError, sqlalchemy.exc.DisconnectionError)


class SinkWriter:
    def __init__(self, store: ViewStore, max_backoff: float = 10.0) -> None:
        self.store = store
        self.max_backoff = max_backoff
        # One thread: writes stay ordered and the event loop keeps heartbeating meanwhile.
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="sink")
        self.healthy = True

    async def _run(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def write(
        self,
        batch: Sequence[Delivered],
        dead_letter: Callable[[Delivered, BaseException], Awaitable[None]],
    ) -> None:
        backoff = 0.2
        while True:
            try:
                await self._run(self.store.apply, batch)
                if not self.healthy:
                    log.info("store reachable again")
                self.healthy = True
                return
            except TRANSIENT as exc:
                self.healthy = False
                log.warning("store write failed; retrying", error=str(exc).splitlines()[0], retry_in=backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, self.max_backoff)
            except Exception as exc:  # the data, not the database: isolate the culprit
                if len(batch) == 1:
                    log.error("store rejected an event", event_id=batch[0].envelope.event_id, error=repr(exc)[:300])
                    await dead_letter(batch[0], exc)
                    return
                log.warning("store rejected a batch; applying one by one", error=repr(exc)[:300])
                for item in batch:
                    await self.write([item], dead_letter)
                return

    def close(self) -> None:
        self._executor.shutdown(wait=True)
        self.store.close()
