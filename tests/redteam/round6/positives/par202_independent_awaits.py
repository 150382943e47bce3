"""Positive PAR202: two independent awaited loads whose results are only combined afterwards."""
import asyncio


async def load_users() -> list:
    await asyncio.sleep(0.2)
    return [f"user{i}" for i in range(5)]


async def load_products() -> list:
    await asyncio.sleep(0.2)
    return [f"prod{i}" for i in range(3)]


async def amain():
    users = await load_users()
    products = await load_products()
    return len(users) * len(products), users[0], products[-1]


def main():
    return asyncio.run(amain())
