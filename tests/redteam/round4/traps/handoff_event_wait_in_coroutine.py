"""Hazard [blocking call as synchronisation]: threading.Event.wait(timeout) in a coroutine blocks the
loop so the task that sets the event cannot run; in a thread the event gets set in time."""
import asyncio
import threading


async def warm_up(ev):
    await asyncio.sleep(0.02)
    ev.set()


async def check(ev):
    ready = ev.wait(0.5)
    return "warm" if ready else "cold"


async def amain():
    ev = threading.Event()
    t = asyncio.create_task(warm_up(ev))
    await asyncio.sleep(0)
    r = await check(ev)
    await t
    return r


def main():
    return asyncio.run(amain())
