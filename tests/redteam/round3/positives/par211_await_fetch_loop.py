"""Positive PAR211: sequential awaits of independent coroutines in a loop."""
import asyncio


async def fetch(key: str) -> str:
    await asyncio.sleep(0.05)
    return key.upper()


async def run(keys):
    out = []
    for k in keys:
        out.append(await fetch(k))
    return out


def main():
    return asyncio.run(run([f"k{i}" for i in range(10)]))
