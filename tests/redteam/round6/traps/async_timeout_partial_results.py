"""Hazard [a deadline around the loop keeps partial results]: `asyncio.timeout(0.5)` cuts the sequential crawl after two 0.2 s fetches and keeps what was gathered; the `gather` rewrite finishes all sixteen inside the budget."""
import asyncio


async def fetch(i):
    await asyncio.sleep(0.2)
    return i * i


async def amain():
    got = []
    try:
        async with asyncio.timeout(0.5):
            for i in range(16):
                got.append(await fetch(i))
    except TimeoutError:
        pass
    return got


def main():
    return asyncio.run(amain())
