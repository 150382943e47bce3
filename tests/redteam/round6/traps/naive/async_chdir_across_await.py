"""Hazard [process-wide working directory changed across an await]: each service's check enters its directory with `contextlib.chdir`, writes a status file, awaits, then reads it back; interleaved by `gather`, every check reads the last directory entered."""
import asyncio
import contextlib
import os


async def check(base, name):
    with contextlib.chdir(os.path.join(base, name)):
        with open("status.txt", "w") as f:
            f.write(f"{name}:ok")
        await asyncio.sleep(0.02)
        with open("status.txt") as f:
            return f.read()


async def amain():
    base = os.getcwd()
    names = [f"svc{i}" for i in range(16)]
    for n in names:
        os.makedirs(n, exist_ok=True)
    statuses = list(await asyncio.gather(*(check(base, n) for n in names)))
    return statuses[:3]


def main():
    return asyncio.run(amain())
