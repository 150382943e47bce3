"""Hazard [concurrency-limiter introspection]: each upload checks LIMIT.locked() to report whether it had to queue; awaited one by one nothing ever queues, gathered all but the first do."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import asyncio

LIMIT = None


async def upload(name):
    queued = LIMIT.locked()
    async with LIMIT:
        await asyncio.sleep(0.01)
    return name, "queued" if queued else "direct"


async def amain():
    global LIMIT
    LIMIT = asyncio.Semaphore(1)
    names = [f"obj{i}" for i in range(16)]
    results = list(await asyncio.gather(*(upload(n) for n in names)))
    return sum(1 for _, how in results if how == "queued")


def main():
    return asyncio.run(amain())
