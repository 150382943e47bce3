"""Hazard [shared async generator]: each awaited call pulls the next page from one async generator; gathered, two calls resume it at once and raise RuntimeError (asynchronous generator is already running)."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import asyncio


async def pages():
    for i in range(100):
        await asyncio.sleep(0.01)
        yield f"page{i}"


async def next_page(feed, n):
    page = await feed.__anext__()
    return n, page


async def amain():
    feed = pages()
    got = list(await asyncio.gather(*(next_page(feed, n) for n in range(16))))
    return got[-1]


def main():
    return asyncio.run(amain())
