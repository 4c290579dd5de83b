"""A fix for mode's stampede guard, which faust uses to declare each topic once.

Callers that join a declaration in progress await the shared future itself, so cancelling one
of them (a SIGTERM while a rebalance declares a table's changelog) cancels it for everyone;
the caller doing the work then fails on `set_result` with `InvalidStateError`, and the worker
exits 1 instead of stopping cleanly. Here joiners await a shield, and the result is set only
on a future that is still pending.
"""

from __future__ import annotations

import asyncio
from typing import Any

from mode.utils.futures import StampedeWrapper


async def _call(self: StampedeWrapper) -> Any:
    await asyncio.sleep(0)
    fut = self.fut
    if fut is None:
        fut = asyncio.Future(loop=self.loop)
        self.fut = fut
        try:
            result = await self.fun(*self.args, **self.kwargs)
            if not fut.done():
                fut.set_result(result)
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            fut.cancel()
            raise
        except BaseException as exc:
            # Joiners share the failure; mark it retrieved so a lone caller logs nothing twice.
            if not fut.done():
                fut.set_exception(exc)
                fut.exception()
            raise
        finally:
            await asyncio.sleep(0)
            self.fut = None
        return result
    if fut.done():
        return fut.result()
    return await asyncio.shield(fut)


def install() -> None:
    """Patch the class in place: faust's drivers hold references to it, not copies."""
    StampedeWrapper.__call__ = _call  # type: ignore[method-assign]
