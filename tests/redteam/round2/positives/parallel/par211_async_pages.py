"""Await simulated page fetches one at a time in a coroutine."""
import asyncio


async def fetch_page(url: str) -> str:
    await asyncio.sleep(0.03)
    return f"<html>{url}</html>"


async def crawl(urls: list) -> list:
    pages = list(await asyncio.gather(*(fetch_page(u) for u in urls)))
    return pages


def main():
    pages = asyncio.run(crawl([f"https://example.test/{i}" for i in range(25)]))
    return pages[:2], len(pages)
