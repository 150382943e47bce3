"""A list comprehension awaiting a lookup per id inside async def."""
import asyncio


async def lookup(user_id: int) -> dict:
    await asyncio.sleep(0.03)
    return {"id": user_id, "name": f"user{user_id}"}


async def load_users(ids: list) -> list:
    return list(await asyncio.gather(*(lookup(i) for i in ids)))


def main():
    users = asyncio.run(load_users(list(range(20))))
    return users[:2], len(users)
