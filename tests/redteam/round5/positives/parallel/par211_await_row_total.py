"""Positive PAR211: sum of awaited per-shard row counts."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import asyncio


async def count_rows(shard):
    await asyncio.sleep(0.05)
    return (shard * 7919) % 1000


async def amain():
    total = 0
    total += sum(await asyncio.gather(*(count_rows(shard) for shard in range(16))))
    return total


def main():
    return asyncio.run(amain())
