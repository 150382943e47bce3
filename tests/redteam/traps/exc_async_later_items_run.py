"""Notifications are awaited one by one and the third one fails, so the rest are never sent;
gathered, every other notification has already been sent when the failure is raised."""
import asyncio

SENT = []


async def notify(user):
    if user == "user2":
        await asyncio.sleep(0.05)
        raise ConnectionError("smtp: 421 service not available")
    await asyncio.sleep(0.01)  # SMTP round trip
    SENT.append(user)


async def notify_all(users):
    for u in users:
        await notify(u)


def main():
    users = [f"user{i}" for i in range(20)]
    try:
        asyncio.run(notify_all(users))
    except ConnectionError as e:
        print("notification run aborted:", e)
    return len(SENT)
