"""Positive PAR212: time.sleep used as backoff inside an async retry helper."""
import asyncio
import time


async def with_backoff(attempts: int) -> list:
    log = []
    for i in range(attempts):
        log.append(f"try {i}")
        await asyncio.to_thread(time.sleep, 0.02 * (i + 1))
        await asyncio.sleep(0)
    return log


def main():
    return asyncio.run(with_backoff(3))
