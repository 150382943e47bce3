"""Positive PAR212: blocking probes (simulated with time.sleep) called in turn from a coroutine."""
import asyncio
import time


def probe(host: str) -> tuple:
    time.sleep(0.08)
    return host, len(host) % 3 == 0


async def amain():
    hosts = [f"node{i}.internal" for i in range(16)]
    status = []
    for h in hosts:
        status.append(probe(h))
    return status


def main():
    return asyncio.run(amain())
