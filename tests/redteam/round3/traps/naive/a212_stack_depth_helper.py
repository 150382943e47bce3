"""Hazard [stack introspection in a blocking helper]: the helper reports the function
that called it; moved to asyncio.to_thread its caller is the thread machinery."""

import asyncio
import inspect
import os
import tempfile
import time


def read_config(path: str) -> str:
    who = inspect.stack()[1].function
    time.sleep(0.05)
    with open(path) as f:
        return f"{who}:{f.read()}"


async def handler(path: str) -> str:
    text = await asyncio.to_thread(read_config, path)
    return text


def main():
    p = os.path.join(tempfile.mkdtemp(), "cfg")
    with open(p, "w") as f:
        f.write("v1")
    return asyncio.run(handler(p))
