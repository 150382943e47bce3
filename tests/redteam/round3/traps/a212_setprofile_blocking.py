"""Hazard [per-thread profile hooks]: the request profiler installed with sys.setprofile
counts the blocking helper's calls; moved to asyncio.to_thread, it runs unprofiled."""
import asyncio
import os
import sys
import tempfile
import time

CALLS = []


def _prof(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "read_blob":
        CALLS.append(frame.f_code.co_name)


def read_blob(path: str) -> int:
    time.sleep(0.05)
    with open(path, "rb") as f:
        return len(f.read())


async def handler(path: str) -> int:
    n = read_blob(path)
    return n


def main():
    p = os.path.join(tempfile.mkdtemp(), "blob")
    with open(p, "wb") as f:
        f.write(b"x" * 123)
    sys.setprofile(_prof)
    try:
        n = asyncio.run(handler(p))
    finally:
        sys.setprofile(None)
    return n, len(CALLS)
