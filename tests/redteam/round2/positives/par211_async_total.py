"""Sum remote counters awaited one at a time (`total += await count(...)`)."""
import asyncio


async def count_items(shard: int) -> int:
    await asyncio.sleep(0.025)
    return shard * 3 + 1


async def total_items(shards) -> int:
    total = 0
    for s in shards:
        total += await count_items(s)
    return total


def main():
    return asyncio.run(total_items(list(range(30))))
