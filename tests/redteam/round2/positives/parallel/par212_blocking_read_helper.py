"""A coroutine calling a blocking project helper that reads a file (slow disk)."""
import asyncio
import os
import tempfile
import time


def read_blob(path: str) -> bytes:
    time.sleep(0.04)
    with open(path, "rb") as f:
        return f.read()


async def blob_size(path: str) -> int:
    data = await asyncio.to_thread(read_blob, path)
    return len(data)


async def run_all(paths) -> list:
    return await asyncio.gather(*(blob_size(p) for p in paths))


def main():
    d = tempfile.mkdtemp()
    paths = []
    for i in range(10):
        p = os.path.join(d, f"b{i}")
        with open(p, "wb") as f:
            f.write(b"x" * (100 * i + 1))
        paths.append(p)
    return asyncio.run(run_all(paths))
