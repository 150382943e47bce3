"""Hazard [log format with threadName]: a blocking helper in a coroutine logs with %(threadName)s;
moved to asyncio.to_thread the record says asyncio_0 instead of MainThread."""
import asyncio
import hashlib
import logging
import sys
import time


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

logging.basicConfig(stream=sys.stderr, format="%(threadName)s:%(name)s:%(message)s", level=logging.INFO)
log = logging.getLogger("sync")


def pull_snapshot(name):
    time.sleep(0.1)
    log.info("pulled %s", name)
    return _work(name)


async def sync_one(name):
    snap = pull_snapshot(name)
    await asyncio.sleep(0)
    return snap


def main():
    return asyncio.run(sync_one("inventory"))
