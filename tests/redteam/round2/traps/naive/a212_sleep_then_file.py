"""Hazard [PAR212 suspension point changes what a later read sees]: `poll` blocks in
`time.sleep` and then reads a file; with `asyncio.sleep` the `publish` task runs first
and rewrites the file."""
import asyncio
import os
import tempfile
import time


async def poll(path: str) -> str:
    await asyncio.sleep(0.05)
    with open(path) as f:
        return f.read()


async def publish(path: str) -> None:
    with open(path, "w") as f:
        f.write("v2")


async def run(path: str):
    return await asyncio.gather(poll(path), publish(path))


def main():
    path = os.path.join(tempfile.mkdtemp(), "state.txt")
    with open(path, "w") as f:
        f.write("v1")
    return asyncio.run(run(path))
