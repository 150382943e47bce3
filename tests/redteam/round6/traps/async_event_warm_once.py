"""Hazard [check-then-act across an await]: each handler warms the shared cache only if the `ready` event is not set yet; awaited one by one, only the first warms, under `gather` every handler sees it unset and warms."""
import asyncio

WARMUPS = 0


async def warm():
    global WARMUPS
    await asyncio.sleep(0.05)
    WARMUPS += 1


async def handle(req, ready):
    if not ready.is_set():
        await warm()
        ready.set()
    await asyncio.sleep(0.02)
    return req.upper()


async def amain():
    ready = asyncio.Event()
    reqs = [f"req{i}" for i in range(16)]
    out = []
    for r in reqs:
        out.append(await handle(r, ready))
    return out[:2], WARMUPS


def main():
    return asyncio.run(amain())
