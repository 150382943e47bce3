"""Positive PAR211: a loop over a local list filling a dict from sequential awaits."""
import asyncio


async def lookup(user: str) -> int:
    await asyncio.sleep(0.04)
    return sum(map(ord, user))


async def run():
    users = ["ann", "bob", "cy", "dee", "eve", "fay"]
    scores = dict(zip(users, await asyncio.gather(*(lookup(u) for u in users))))
    return scores


def main():
    return asyncio.run(run())
