"""Hazard [module dict filled in completion order]: `fetch` stores each quote in `QUOTES` after its latency; awaited in turn the keys are in request order, under `gather` they are in order of latency."""
import asyncio

QUOTES = {}
LATENCY = {f"SYM{i}": 0.01 * ((i * 7) % 16 + 1) for i in range(16)}


async def fetch(sym):
    await asyncio.sleep(LATENCY[sym])
    QUOTES[sym] = len(sym) * 100 + int(sym[3:])
    return QUOTES[sym]


async def amain():
    syms = list(LATENCY)
    prices = list(await asyncio.gather(*(fetch(s) for s in syms)))
    return prices[:3], list(QUOTES)[:5]


def main():
    return asyncio.run(amain())
