"""OrderedAcks: an event is acked only after its deliveries, and never before an earlier one."""

import asyncio

import pytest

from wirewatch.streams.acks import OrderedAcks


async def test_events_are_acked_in_order_each_after_its_own_deliveries():
    acked: list[str] = []

    async def ack(event):
        acked.append(event)

    acks = OrderedAcks(ack)
    loop = asyncio.get_running_loop()
    first, second = loop.create_future(), loop.create_future()
    await acks.add("a", [first])
    await acks.add("b", [second])
    await acks.add("c", [])
    second.set_result(None)  # b's output is on the broker, a's is not yet
    await asyncio.sleep(0.01)
    assert acked == []
    first.set_result(None)
    await asyncio.sleep(0.01)
    assert acked == ["a", "b", "c"]
    await acks.close()


async def test_a_failed_delivery_stops_acking_and_fails_the_next_add():
    acked: list[str] = []

    async def ack(event):
        acked.append(event)

    acks = OrderedAcks(ack)
    failed = asyncio.get_running_loop().create_future()
    await acks.add("a", [failed])
    failed.set_exception(OSError("broker gone"))
    await asyncio.sleep(0.01)
    with pytest.raises(OSError):
        await acks.add("b", [])
    assert acked == []


async def test_closing_leaves_pending_events_unacked():
    acked: list[str] = []

    async def ack(event):
        acked.append(event)

    acks = OrderedAcks(ack)
    await acks.add("a", [])
    await acks.add("b", [asyncio.get_running_loop().create_future()])  # never delivered
    await asyncio.sleep(0.01)
    await acks.close()
    assert acked == ["a"]
