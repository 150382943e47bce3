"""Hazard [warnings stacklevel]: a blocking reader inside async def warns with stacklevel=2 naming the
coroutine's line; via asyncio.to_thread the warning names the executor thread's frame."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import asyncio
import hashlib
import time
import warnings


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def read_legacy_config(path):
    warnings.warn(f"{path}: INI configs are deprecated", UserWarning, stacklevel=2)
    time.sleep(0.05)
    return _work(path)


async def load(path):
    data = await asyncio.to_thread(read_legacy_config, path)
    return path, data


async def amain():
    return [await load(p) for p in ("a.ini", "b.ini")]


def main():
    return asyncio.run(amain())
