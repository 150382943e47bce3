"""Hazard [async read-modify-write via an alias]: Crawler.fetch updates the class-level totals dict
through self across an await; gathered, the updates are lost."""
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
    for p in pages:
        sizes.append(await c.fetch(p))
    return sizes, Crawler.totals["bytes"]


def main():
    return asyncio.run(amain())
