"""Send a notification per user (awaited one by one, no result kept)."""
import asyncio


async def notify(user: str) -> None:
    await asyncio.sleep(0.03)


async def notify_all(users: list) -> int:
    await asyncio.gather(*(notify(u) for u in users))
    return len(users)


def main():
    return asyncio.run(notify_all([f"user{i}" for i in range(25)]))
