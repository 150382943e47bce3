"""Hazard [scheduler introspection]: each fetch reports how many tasks are in flight (asyncio.all_tasks) to size its batch; awaited one by one there is one, gathered there are seventeen."""
import asyncio


async def fetch(i):
    await asyncio.sleep(0.02)
    inflight = len(asyncio.all_tasks())
    batch = 1 if inflight <= 2 else 4
    return i, batch


async def amain():
    out = []
    for i in range(16):
        out.append(await fetch(i))
    return sorted(set(b for _, b in out))


def main():
    return asyncio.run(amain())
