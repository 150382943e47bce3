"""Positive PAR212: time.sleep inside async pollers blocks the loop; asyncio.sleep lets them overlap."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import asyncio
import time


async def poll(job):
    await asyncio.sleep(0.1)
    return job, "done"


async def amain():
    return await asyncio.gather(*(poll(f"job{i}") for i in range(4)))


def main():
    return asyncio.run(amain())
