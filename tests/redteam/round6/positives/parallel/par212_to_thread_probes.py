"""Positive PAR212: blocking probes (simulated with time.sleep) called in turn from a coroutine."""
import asyncio
import time


def probe(host: str) -> tuple:
    time.sleep(0.08)
    return host, len(host) % 3 == 0


async def amain():
    hosts = [f"node{i}.internal" for i in range(16)]
    status = list(await asyncio.gather(*(asyncio.to_thread(probe, h) for h in hosts)))
    return status


def main():
    return asyncio.run(amain())
