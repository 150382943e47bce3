"""Positive PAR211: awaited quote fetches in a loop, results stored in a dict by symbol."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import asyncio
import hashlib


async def fetch_quote(symbol):
    await asyncio.sleep(0.05)
    return int(hashlib.md5(symbol.encode()).hexdigest()[:5], 16) / 1000


async def amain():
    symbols = [f"SYM{i}" for i in range(16)]
    quotes = dict(zip(symbols, await asyncio.gather(*(fetch_quote(s) for s in symbols))))
    return quotes


def main():
    return asyncio.run(amain())
