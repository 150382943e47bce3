"""Hazard [side effects hidden in subprocesses]: each awaited shell stage needs the file
the previous stage wrote; gathered, the stages start together and fail."""

import asyncio
import os
import tempfile


async def run(cmd: str) -> int:
    proc = await asyncio.create_subprocess_shell(cmd)
    return await proc.wait()


async def pipeline(d: str) -> list:
    stages = [f"sleep 0.05; echo seed > {d}/a"] + [
        f"cat {d}/{x} > {d}/{y} 2>/dev/null" for x, y in ["ab", "bc", "cd"]
    ]
    codes = list(await asyncio.gather(*(run(cmd) for cmd in stages)))
    return codes


def main():
    d = tempfile.mkdtemp()
    codes = asyncio.run(pipeline(d))
    return codes, sorted(os.listdir(d))
