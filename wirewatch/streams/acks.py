"""Acking stream events in order, each only once the broker has acknowledged its outputs.

An agent used to wait for the broker's acknowledgement of an article's events before it took
the next article: one produce round trip per article, with the CPU idle meanwhile. `OrderedAcks`
lets the agent go on with the next record while a companion task waits for the deliveries and
acks the events in the order they arrived. The at-least-once rule is unchanged: no event is
acked before every output it caused is on the broker, and none is acked before an earlier one
(faust commits the first run of consecutive acked offsets, so acking out of order could commit
past an unfinished record).

Why not faust's `take`/`noack_take` batching: their buffer is filled by a background drainer
that keeps pulling records while the agent works, and during shutdown or a rebalance faust acks
the records it skips there — past the batch still in flight. With `events()` the agent pulls
each record itself.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any


class OrderedAcks:
    def __init__(self, ack: Callable[[Any], Awaitable[Any]], max_in_flight: int = 256) -> None:
        self._ack = ack
        self._queue: asyncio.Queue[tuple[Any, Sequence[Awaitable]]] = asyncio.Queue(maxsize=max_in_flight)
        self._task: asyncio.Task | None = None

    async def add(self, event: Any, deliveries: Sequence[Awaitable]) -> None:
        """Ack `event` once `deliveries` are all done and every earlier event is acked.
        Waits when `max_in_flight` events are outstanding (back-pressure); re-raises a
        delivery failure of an earlier event, so the agent fails as it did when it waited."""
        if self._task is None:
            self._task = asyncio.ensure_future(self._run())
        elif self._task.done():
            self._task.result()  # raises the failure that stopped the acks
            raise RuntimeError("acking stopped")
        await self._queue.put((event, deliveries))

    async def _run(self) -> None:
        while True:
            event, deliveries = await self._queue.get()
            if deliveries:
                await asyncio.gather(*deliveries)
            await self._ack(event)

    async def close(self) -> None:
        """Stop acking. Events whose deliveries are still pending stay unacked (re-read later)."""
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except (asyncio.CancelledError, Exception):
                pass
