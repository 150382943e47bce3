"""Hazard [generator whose items depend on the awaited work]: `frontier()` skips pages that earlier crawls already reached; `gather` drains the generator before any crawl runs, so every page is crawled."""
import asyncio

LINKS = {f"p{i}": [f"p{i + 1}", f"p{i + 2}"] for i in range(16)}
VISITED = set()


def frontier(pages):
    for p in pages:
        if p not in VISITED:
            yield p


async def crawl(page):
    await asyncio.sleep(0.02)
    VISITED.add(page)
    VISITED.update(LINKS[page])
    return page


async def amain():
    pages = [f"p{i}" for i in range(16)]
    crawled = []
    for p in frontier(pages):
        crawled.append(await crawl(p))
    return crawled


def main():
    return asyncio.run(amain())
