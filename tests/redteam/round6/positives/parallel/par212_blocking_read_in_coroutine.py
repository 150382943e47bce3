"""Positive PAR212: blocking file reads (with simulated latency) of files the coroutine wrote before the loop."""
import asyncio
import os
import time


def read_doc(path: str) -> int:
    time.sleep(0.06)
    with open(path) as f:
        return len(f.read())


async def amain():
    os.makedirs("docs", exist_ok=True)
    paths = []
    for i in range(16):
        p = os.path.join("docs", f"d{i}.txt")
        with open(p, "w") as f:
            f.write("x" * (i * 10))
        paths.append(p)
    sizes = list(await asyncio.gather(*(asyncio.to_thread(read_doc, p) for p in paths)))
    return sizes


def main():
    return asyncio.run(amain())
