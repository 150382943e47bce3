"""Positive PAR212: a blocking file read inside an async handler moved to asyncio.to_thread."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import asyncio
import time


def read_blob(path):
    time.sleep(0.08)
    with open(path) as f:
        return f.read()


async def handle(path):
    body = await asyncio.to_thread(read_blob, path)
    return path, len(body)


async def amain():
    for i in range(4):
        with open(f"blob{i}.txt", "w") as f:
            f.write("z" * (i + 1) * 10)
    return await asyncio.gather(*(handle(f"blob{i}.txt") for i in range(4)))


def main():
    return asyncio.run(amain())
