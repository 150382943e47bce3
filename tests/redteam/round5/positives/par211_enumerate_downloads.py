"""Positive PAR211: awaited downloads over enumerate(urls), appended to a list."""
import asyncio


async def download(i, url):
    await asyncio.sleep(0.04)
    return i, url.rsplit("/", 1)[-1], len(url) * 100


async def amain():
    urls = [f"https://cdn.example/assets/file{i}.bin" for i in range(16)]
    pages = []
    for i, url in enumerate(urls):
        pages.append(await download(i, url))
    return pages


def main():
    return asyncio.run(amain())
