"""Hazard [signal-based timeout in a blocking helper]: the helper arms SIGALRM as a
timeout; in asyncio.to_thread it is not the main thread and signal.signal raises."""

import asyncio
import signal
import time


class Timeout(Exception):
    pass


def _raise(signum, frame):
    raise Timeout()


def slow_query(seconds: float, limit: float) -> str:
    old = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        time.sleep(seconds)
        return "done"
    except Timeout:
        return "timed out"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


async def handler() -> list:
    first = await asyncio.to_thread(slow_query, 0.02, 0.5)
    await asyncio.sleep(0)
    return [first]


def main():
    try:
        return asyncio.run(handler())
    except ValueError as e:
        return f"ValueError: {e}"
