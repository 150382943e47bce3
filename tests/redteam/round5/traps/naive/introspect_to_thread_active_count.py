"""Hazard [process introspection]: snapshot() refuses to fork a helper when other threads are alive (threading.active_count() > 1); called inline in the coroutine it forks, moved to asyncio.to_thread it sees the executor thread and takes the slow path."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import asyncio
import threading
import time


def snapshot(path):
    time.sleep(0.02)
    if threading.active_count() > 1:
        return path, "copy"
    return path, "fork"


async def backup(path):
    mode = await asyncio.to_thread(snapshot, path)
    return mode


def main():
    return asyncio.run(backup("/var/lib/app"))
