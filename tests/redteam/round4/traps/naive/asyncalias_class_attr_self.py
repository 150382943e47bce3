"""Hazard [async read-modify-write via an alias]: Crawler.fetch updates the class-level totals dict
through self across an await; gathered, the updates are lost."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import asyncio


class Crawler:
    totals = {"bytes": 0}

    async def fetch(self, page: str) -> int:
        before = self.totals["bytes"]
        await asyncio.sleep(0.01)
        self.totals["bytes"] = before + len(page)
        return len(page)


async def amain():
    c = Crawler()
    pages = [f"/page/{i}" for i in range(16)]
    sizes = []
    sizes.extend(await asyncio.gather(*(c.fetch(p) for p in pages)))
    return sizes, Crawler.totals["bytes"]


def main():
    return asyncio.run(amain())
