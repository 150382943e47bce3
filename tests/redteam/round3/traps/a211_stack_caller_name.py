"""Hazard [stack introspection in coroutines]: each fetch records the awaiting function
via sys._getframe(1); under asyncio.gather the coroutine has no awaiting caller frame."""
import asyncio
import sys

SEEN = []


async def fetch(key: str) -> str:
    caller = sys._getframe(1)
    SEEN.append(caller.f_code.co_name if caller else None)
    await asyncio.sleep(0.02)
    return key.upper()


async def run(keys):
    out = []
    for k in keys:
        out.append(await fetch(k))
    return out


def main():
    return asyncio.run(run(["a", "b", "c"])), sorted(set(map(str, SEEN)))
