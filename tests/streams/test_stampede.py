"""faust declares each topic once behind mode's stampede guard; a joiner cancelled mid-way
(a SIGTERM during a rebalance) must not break the caller doing the work."""

from __future__ import annotations

import asyncio

import pytest
from mode.utils.futures import StampedeWrapper

from wirewatch.streams.stampede import install


def _declare(calls: list[str], release: asyncio.Event, fail: bool = False):
    async def declare() -> str:
        calls.append("declare")
        await release.wait()
        if fail:
            raise RuntimeError("broker said no")
        return "declared"
    return declare


async def _two_callers(fail: bool):
    calls: list[str] = []
    release = asyncio.Event()
    wrap = StampedeWrapper(_declare(calls, release, fail))
    first = asyncio.ensure_future(wrap())
    await asyncio.sleep(0.01)
    joiner = asyncio.ensure_future(wrap())
    await asyncio.sleep(0.01)
    return calls, release, wrap, first, joiner


def test_a_cancelled_joiner_leaves_the_declaring_caller_its_result():
    install()

    async def scenario():
        calls, release, wrap, first, joiner = await _two_callers(fail=False)
        joiner.cancel()
        await asyncio.sleep(0.01)
        release.set()
        result = await first
        assert joiner.cancelled()
        assert wrap.fut is None  # the next caller declares afresh
        return calls, result

    calls, result = asyncio.run(scenario())
    assert (calls, result) == (["declare"], "declared")


def test_joiners_share_the_result_and_the_failure():
    install()

    async def scenario(fail: bool):
        calls, release, _, first, joiner = await _two_callers(fail)
        release.set()
        return calls, await asyncio.gather(first, joiner, return_exceptions=True)

    calls, results = asyncio.run(scenario(False))
    assert (calls, results) == (["declare"], ["declared", "declared"])
    calls, results = asyncio.run(asyncio.wait_for(scenario(True), timeout=5))
    assert calls == ["declare"]
    assert [type(r) for r in results] == [RuntimeError, RuntimeError]
