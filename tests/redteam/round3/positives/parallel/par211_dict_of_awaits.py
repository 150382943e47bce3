"""Positive PAR211: a loop filling a dict from sequential awaits of independent lookups."""
import asyncio


async def lookup(user: str) -> int:
    await asyncio.sleep(0.04)
    return sum(map(ord, user))


async def run(users):
    scores = dict(zip(users, await asyncio.gather(*(lookup(u) for u in users))))
    return scores


def main():
    return asyncio.run(run(["ann", "bob", "cy", "dee", "eve", "fay"]))
