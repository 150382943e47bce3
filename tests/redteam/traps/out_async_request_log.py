"""The coroutine prints a request line before its await and a response line after it; awaited
one by one each request is followed by its response, gathered all requests print before any response."""
import asyncio


async def get(path):
    print(f"GET {path}")
    await asyncio.sleep(0.01)
    print(f"200 {path}")
    return len(path)


async def crawl(paths):
    total = 0
    for p in paths:
        total += await get(p)
    return total


def main():
    return asyncio.run(crawl([f"/docs/{i}" for i in range(20)]))
