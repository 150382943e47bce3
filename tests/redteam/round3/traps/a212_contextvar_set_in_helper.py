"""Hazard [context variable set by a blocking helper]: authenticate() sets the current
user; run via asyncio.to_thread it sets it in a copied context that is then discarded."""
import asyncio
import contextvars
import time

current_user = contextvars.ContextVar("current_user", default="anonymous")


def authenticate(token: str) -> bool:
    time.sleep(0.05)
    current_user.set(token.split(":")[0])
    return True


async def handle(token: str) -> str:
    authenticate(token)
    await asyncio.sleep(0)
    return f"{current_user.get()} ok"


def main():
    return asyncio.run(handle("alice:secret"))
