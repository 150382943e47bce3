"""Hazard [PAR212: module state read inside the thread]: the blocking helper reads
`BASE["dir"]` while it runs; with `to_thread` the `switch` task changes it meanwhile."""
import asyncio
import os
import tempfile
import time

BASE = {"dir": ""}


def load(name: str) -> str:
    time.sleep(0.05)
    with open(os.path.join(BASE["dir"], name)) as f:
        return f.read()


async def loader() -> str:
    text = load("x.txt")
    return text


async def switch(d: str) -> None:
    BASE["dir"] = d


async def run(d2: str):
    return await asyncio.gather(loader(), switch(d2))


def main():
    d1, d2 = tempfile.mkdtemp(), tempfile.mkdtemp()
    for d, v in ((d1, "one"), (d2, "two")):
        with open(os.path.join(d, "x.txt"), "w") as f:
            f.write(v)
    BASE["dir"] = d1
    return asyncio.run(run(d2))
