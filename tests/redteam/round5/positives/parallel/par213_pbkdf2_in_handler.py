"""Positive PAR213: a CPU-heavy key derivation inside an async handler moved to a process pool."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import asyncio
import hashlib


def derive(password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"salt", 600000).hex()[:16]


async def login(user):
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        key = await loop.run_in_executor(pool, derive, user + "-pw")
    return user, key


def main():
    return asyncio.run(login("alice"))
