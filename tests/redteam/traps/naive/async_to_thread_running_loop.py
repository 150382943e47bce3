"""audit() is a blocking helper that, when called from event-loop code, schedules its flush on
the running loop; moved to asyncio.to_thread there is no running loop in the thread and it flushes inline."""
import asyncio
import os
import tempfile

FLUSHED = []


def audit(path):
    with open(path) as f:
        data = f.read()
    try:
        loop = asyncio.get_running_loop()
        loop.call_soon(FLUSHED.append, "deferred")
    except RuntimeError:
        FLUSHED.append("inline")
    return len(data)


async def handle(path):
    size = await asyncio.to_thread(audit, path)
    return size


def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "audit.log")
        with open(path, "w") as f:
            f.write("x" * 100)
        size = asyncio.run(handle(path))
    return size, FLUSHED
