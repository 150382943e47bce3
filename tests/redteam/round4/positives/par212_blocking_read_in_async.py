"""Positive PAR212: a blocking file read helper called inside async def."""
import asyncio
import hashlib
import time


def read_digest(path: str) -> str:
    time.sleep(0.05)
    with open(path, "rb") as fh:
        return hashlib.sha1(fh.read()).hexdigest()


async def check(path: str) -> str:
    d = read_digest(path)
    return d[:10]


def main():
    with open("payload.bin", "wb") as fh:
        fh.write(b"x" * 10000)
    return asyncio.run(check("payload.bin"))
