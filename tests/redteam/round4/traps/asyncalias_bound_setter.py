"""Hazard [async read-modify-write via bound methods]: fetch() reads and writes COUNTS through module
level bound methods _get/_set around an await; gathered, the count ends at 1 instead of 16."""
import asyncio

COUNTS = {}
_get = COUNTS.get
_set = COUNTS.__setitem__


async def fetch(page: str) -> int:
    n = _get("pages", 0)
    await asyncio.sleep(0.01)
    _set("pages", n + 1)
    return len(page)


async def amain():
    pages = [f"/page/{i}" for i in range(16)]
    sizes = []
    for p in pages:
        sizes.append(await fetch(p))
    return sizes, COUNTS["pages"]


def main():
    return asyncio.run(amain())
