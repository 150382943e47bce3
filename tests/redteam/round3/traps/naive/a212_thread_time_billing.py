"""Hazard [per-thread CPU clock]: the handler bills its request with time.thread_time;
the parse moved to asyncio.to_thread burns CPU on another thread and is not billed."""

import asyncio
import json
import os
import tempfile
import time


def parse_file(path: str) -> int:
    with open(path) as f:
        return len(json.load(f))


async def handler(path: str) -> tuple:
    t0 = time.thread_time()
    n = await asyncio.to_thread(parse_file, path)
    cpu = time.thread_time() - t0
    return n, "billed" if cpu > 0.05 else "unbilled"


def main():
    p = os.path.join(tempfile.mkdtemp(), "big.json")
    with open(p, "w") as f:
        json.dump([{"k": i, "v": str(i)} for i in range(200000)], f)
    return asyncio.run(handler(p))
