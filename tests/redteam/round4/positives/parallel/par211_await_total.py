"""Positive PAR211: total += await f(x) over independent coroutines."""
import asyncio


async def count_rows(table: str) -> int:
    await asyncio.sleep(0.05)
    return len(table) * 10


async def amain():
    total = sum(await asyncio.gather(*(count_rows(t) for t in [f"table_{i}" for i in range(16)])))
    return total


def main():
    return asyncio.run(amain())
