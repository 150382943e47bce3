"""reserve() reads the stock, does a blocking audit read, then writes the stock back; the
blocking call made the section atomic, but under asyncio.to_thread concurrent reservations interleave and lose updates."""
import asyncio
import os
import tempfile

STOCK = {"widget": 10}


def read_audit(path):
    with open(path) as f:
        return f.read()


async def reserve(path, item):
    left = STOCK[item]
    note = await asyncio.to_thread(read_audit, path)
    STOCK[item] = left - 1
    return len(note)


async def run(path):
    await asyncio.gather(*(reserve(path, "widget") for _ in range(5)))
    return STOCK["widget"]


def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "audit")
        with open(path, "w") as f:
            f.write("ok")
        return asyncio.run(run(path))
