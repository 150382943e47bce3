"""Positive PAR211: sum of awaited per-shard row counts."""
import asyncio


async def count_rows(shard):
    await asyncio.sleep(0.05)
    return (shard * 7919) % 1000


async def amain():
    total = 0
    for shard in range(16):
        total += await count_rows(shard)
    return total


def main():
    return asyncio.run(amain())
