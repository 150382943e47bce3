"""Hazard [per-task value]: the item tags its result with the current task's name;
gathered, each item runs in a task of its own."""
import asyncio


async def fetch(u: str) -> str:
    await asyncio.sleep(0.02)
    return u + "@" + asyncio.current_task().get_name()


async def run(urls):
    out = list(await asyncio.gather(*(fetch(u) for u in urls)))
    return out[:2]


def main():
    return asyncio.run(run([f"u{i}" for i in range(20)]))
