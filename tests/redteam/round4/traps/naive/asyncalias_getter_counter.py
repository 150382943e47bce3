"""Hazard [async read-modify-write via an alias]: fetch() reads the counter dict returned by stats(),
awaits, then writes it back; gathered, every fetch reads 0 and the total ends at 1 instead of 16."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import asyncio

_STATS = {"fetched": 0}


def stats():
    return _STATS


async def fetch(page: str) -> int:
    s = stats()
    seen = s["fetched"]
    await asyncio.sleep(0.01)
    s["fetched"] = seen + 1
    return len(page)


async def amain():
    pages = [f"/page/{i}" for i in range(16)]
    sizes = []
    sizes.extend(await asyncio.gather(*(fetch(p) for p in pages)))
    return sizes, stats()["fetched"]


def main():
    return asyncio.run(amain())
