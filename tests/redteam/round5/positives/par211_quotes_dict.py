"""Positive PAR211: awaited quote fetches in a loop, results stored in a dict by symbol."""
import asyncio
import hashlib


async def fetch_quote(symbol):
    await asyncio.sleep(0.05)
    return int(hashlib.md5(symbol.encode()).hexdigest()[:5], 16) / 1000


async def amain():
    symbols = [f"SYM{i}" for i in range(16)]
    quotes = {}
    for s in symbols:
        quotes[s] = await fetch_quote(s)
    return quotes


def main():
    return asyncio.run(amain())
