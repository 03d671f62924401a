"""The query workers are handed out first come, first served, and none is lost."""
from __future__ import annotations

import asyncio

from graphkb.web.workers import _FreeWorkers


def run(coroutine):
    return asyncio.run(coroutine)


def test_a_free_worker_is_taken_at_once():
    async def go():
        free = _FreeWorkers()
        free.put_nowait("w1")
        return await free.get(0.5), free.qsize()

    assert run(go()) == ("w1", 0)


def test_waiters_are_served_in_arrival_order_even_when_a_newcomer_asks_meanwhile():
    async def go():
        free = _FreeWorkers()
        first = asyncio.ensure_future(free.get(5))
        second = asyncio.ensure_future(free.get(5))
        await asyncio.sleep(0)   # both wait now
        free.put_nowait("w1")
        # a request that asks before the first waiter has run again must not jump the line
        newcomer = asyncio.ensure_future(free.get(5))
        free.put_nowait("w2")
        await asyncio.wait_for(asyncio.gather(first, second), 1)
        newcomer_waited = not newcomer.done()
        free.put_nowait("w3")
        return first.result(), second.result(), newcomer_waited, await newcomer

    assert run(go()) == ("w1", "w2", True, "w3")


def test_a_waiter_gives_up_at_its_timeout_and_is_skipped_afterwards():
    async def go():
        free = _FreeWorkers()
        nothing = await free.get(0.05)
        free.put_nowait("w1")   # nobody waits any more: the worker stays free
        return nothing, free.qsize()

    assert run(go()) == (None, 1)


def test_a_cancelled_waiter_does_not_lose_the_worker_handed_to_it():
    async def go():
        free = _FreeWorkers()
        waiter = asyncio.ensure_future(free.get(5))
        await asyncio.sleep(0)
        free.put_nowait("w1")   # handed over ...
        waiter.cancel()         # ... but the request is cancelled before it runs again
        try:
            await waiter
        except asyncio.CancelledError:
            pass
        return await free.get(0.5)

    assert run(go()) == "w1"
