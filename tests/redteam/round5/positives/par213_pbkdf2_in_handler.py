"""Positive PAR213: a CPU-heavy key derivation inside an async handler moved to a process pool."""
import asyncio
import hashlib


def derive(password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"salt", 600000).hex()[:16]


async def login(user):
    key = derive(user + "-pw")
    return user, key


def main():
    return asyncio.run(login("alice"))
