"""Hazard [loop-carried dependency through files, awaited]: roll_up(day) reads the running total roll_up(day-1) wrote; gathered, day 1 reads before day 0 has written and raises FileNotFoundError."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import asyncio


def _read(path):
    with open(path) as f:
        return int(f.read())


def _write(path, value):
    with open(path, "w") as f:
        f.write(str(value))


async def roll_up(day):
    prev = 0
    if day:
        prev = await asyncio.to_thread(_read, f"total-{day - 1}.txt")
    await asyncio.sleep(0.02)
    total = prev + day * 10
    await asyncio.to_thread(_write, f"total-{day}.txt", total)
    return total


async def amain():
    totals = list(await asyncio.gather(*(roll_up(day) for day in range(16))))
    return totals


def main():
    return asyncio.run(amain())
