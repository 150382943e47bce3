"""Hazard [per-task recursion depth]: a document nested right at the recursion limit
is too deep when awaited under the caller's coroutine frames; as a bare gathered task it
runs with fewer frames below it and parses."""
import asyncio
import json
import sys

DEPTH = 185


async def parse(i: int) -> str:
    await asyncio.sleep(0.01)
    try:
        json.loads("[" * DEPTH + str(i) + "]" * DEPTH)
        return "ok"
    except RecursionError:
        return "too deep"


async def run():
    out = []
    for i in range(3):
        out.append(await parse(i))
    return out


def main():
    sys.setrecursionlimit(200)
    return asyncio.run(run())
