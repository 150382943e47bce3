"""Hazard [PAR211: items read at other moments]: one at a time, the later reads happen
after the concurrent `rotate` task rewrote the file; gathered, all read the old one."""
import asyncio
import os
import tempfile


async def read_later(path: str) -> str:
    await asyncio.sleep(0.05)
    with open(path) as f:
        return f.read()


async def rotate(path: str) -> None:
    await asyncio.sleep(0.125)
    with open(path, "w") as f:
        f.write("new")


async def collect(paths):
    out = list(await asyncio.gather(*(read_later(p) for p in paths)))
    return out


async def run(path: str):
    results, _ = await asyncio.gather(collect([path] * 5), rotate(path))
    return results


def main():
    path = os.path.join(tempfile.mkdtemp(), "cfg")
    with open(path, "w") as f:
        f.write("old")
    return asyncio.run(run(path))
