"""Positive PAR211: dict comprehension of awaited per-table row counts."""
import asyncio


async def count_rows(table: str) -> int:
    await asyncio.sleep(0.05)
    return (sum(map(ord, table)) * 31) % 997


async def amain():
    tables = [f"t_{i}" for i in range(16)]
    counts = dict(zip(tables, await asyncio.gather(*(count_rows(t) for t in tables))))
    return counts


def main():
    return asyncio.run(amain())
