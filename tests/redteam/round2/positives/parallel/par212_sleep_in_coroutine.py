"""A retry back-off written with time.sleep inside a coroutine; several run together."""
import asyncio
import time


async def fetch_with_backoff(name: str) -> str:
    await asyncio.sleep(0.05)
    return name.upper()


async def run_all() -> list:
    return await asyncio.gather(*(fetch_with_backoff(f"job{i}") for i in range(10)))


def main():
    return asyncio.run(run_all())
