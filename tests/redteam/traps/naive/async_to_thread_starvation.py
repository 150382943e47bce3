"""A blocking read inside a coroutine used to block the whole loop, so the heartbeat task could
not tick before the read finished; moved to asyncio.to_thread, the heartbeat ticks during the read."""
import asyncio
import os
import tempfile
import time

EVENTS = []


def read_snapshot(path):
    time.sleep(0.05)  # slow disk
    with open(path) as f:
        return f.read()


async def load(path):
    data = await asyncio.to_thread(read_snapshot, path)
    EVENTS.append("snapshot loaded")
    return len(data)


async def heartbeat():
    for _ in range(3):
        EVENTS.append("tick")
        await asyncio.sleep(0.01)


async def run(path):
    size, _ = await asyncio.gather(load(path), heartbeat())
    return size


def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "snap")
        with open(path, "w") as f:
            f.write("s" * 64)
        size = asyncio.run(run(path))
    return size, EVENTS.index("snapshot loaded")
