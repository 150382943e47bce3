"""Positive PAR211: sequential awaits of independent coroutines in a loop, appending results."""
import asyncio


async def lookup(key: str) -> str:
    await asyncio.sleep(0.05)
    return key.upper()


async def amain():
    out = list(await asyncio.gather(*(lookup(k) for k in [f"k{i}" for i in range(16)])))
    return out


def main():
    return asyncio.run(amain())
