"""Positive PAR211: awaited page fetches appended in a loop."""
import asyncio


async def fetch(url: str) -> int:
    await asyncio.sleep(0.05)
    return len(url) * 10


async def amain():
    urls = [f"https://example.org/page/{i}" for i in range(16)]
    pages = []
    for u in urls:
        pages.append(await fetch(u))
    return pages


def main():
    return asyncio.run(amain())
