"""Send a notification per user (awaited one by one, no result kept)."""
import asyncio


async def notify(user: str) -> None:
    await asyncio.sleep(0.03)


async def notify_all(users: list) -> int:
    for u in users:
        await notify(u)
    return len(users)


def main():
    return asyncio.run(notify_all([f"user{i}" for i in range(25)]))
