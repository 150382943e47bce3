"""Positive PAR212: a blocking time.sleep inside an async handler."""
import asyncio
import time


async def handler(n: int) -> int:
    time.sleep(0.1)
    await asyncio.sleep(0)
    return n * 2


def main():
    return asyncio.run(handler(21))
