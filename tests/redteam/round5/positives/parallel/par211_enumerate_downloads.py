"""Positive PAR211: awaited downloads over enumerate(urls), appended to a list."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import asyncio


async def download(i, url):
    await asyncio.sleep(0.04)
    return i, url.rsplit("/", 1)[-1], len(url) * 100


async def amain():
    urls = [f"https://cdn.example/assets/file{i}.bin" for i in range(16)]
    pages = list(await asyncio.gather(*(download(i, url) for i, url in enumerate(urls))))
    return pages


def main():
    return asyncio.run(amain())
