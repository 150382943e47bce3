"""Hazard [module journal appended in completion order, blocking calls in a coroutine]: the coroutine calls blocking `download` in turn; moved to `asyncio.to_thread` and gathered, the journal records downloads in order of duration."""
import asyncio
import time

JOURNAL = []
SIZES = {f"file{i}": (i * 5) % 16 + 1 for i in range(16)}


def download(name):
    time.sleep(0.04 * SIZES[name])
    JOURNAL.append(name)
    return SIZES[name]


async def amain():
    names = list(SIZES)
    got = []
    for n in names:
        got.append(download(n))
    return got[:2], JOURNAL[:4]


def main():
    return asyncio.run(amain())
