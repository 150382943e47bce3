"""Hazard [async try-lock]: a refresh is skipped when another refresh holds the lock;
awaited one by one none is ever skipped, gathered all but the first are."""
import asyncio

_lock = None


async def refresh(name: str) -> str:
    if _lock.locked():
        return f"{name}: skipped"
    async with _lock:
        await asyncio.sleep(0.05)
        return f"{name}: refreshed"


async def run(names):
    global _lock
    _lock = asyncio.Lock()
    results = []
    for n in names:
        results.append(await refresh(n))
    return results


def main():
    return asyncio.run(run(["users", "orders", "items"]))
