"""Hazard [blocking call as synchronisation]: a blocking queue.get(timeout) in a coroutine starves
the producer task, so it times out; moved to a thread, the producer runs and the get succeeds."""
import asyncio
import queue


async def producer(q):
    await asyncio.sleep(0.05)
    q.put("ready")


async def wait_ready(q):
    try:
        return q.get(timeout=0.6)
    except queue.Empty:
        return "timeout"


async def amain():
    q = queue.Queue()
    task = asyncio.create_task(producer(q))
    await asyncio.sleep(0)
    state = await wait_ready(q)
    await task
    return state


def main():
    return asyncio.run(amain())
