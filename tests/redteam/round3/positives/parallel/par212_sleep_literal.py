"""Positive PAR212: a literal time.sleep inside an async handler."""
import asyncio
import time


async def handler(name: str) -> str:
    await asyncio.sleep(0.05)
    return f"hello {name}"


def main():
    return asyncio.run(handler("world"))
