"""Awaited one by one, the slow failure of item 3 (ValueError) surfaces first; asyncio.gather
raises the exception that happens first in time, the fast KeyError of item 10."""
import asyncio

CATALOG = {f"item{i}": i for i in range(20) if i != 10}


async def fetch_price(name):
    if name == "item3":
        await asyncio.sleep(0.05)
        raise ValueError("item3: price feed returned garbage")
    await asyncio.sleep(0.01)
    return CATALOG[name]


async def total(names):
    prices = list(await asyncio.gather(*(fetch_price(n) for n in names)))
    return sum(prices)


def main():
    names = [f"item{i}" for i in range(20)]
    try:
        return asyncio.run(total(names))
    except ValueError as e:
        return f"bad feed: {e}"
    except KeyError as e:
        return f"unknown item {e}"
