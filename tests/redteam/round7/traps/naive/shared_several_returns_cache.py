"""Hazard [the function's result is shared between calls and the work mutates it]: `load_batch(source)` has several returns; for 'cache' it returns the module list `_CACHE` itself; the work tags each entry in place, and the next call sees the tags only when the work ran in this process."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

_CACHE = []


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_batch(source):
    if source == "cache":
        if _CACHE:
            return _CACHE
        _CACHE.extend([[f"c{i}", i] for i in range(16)])
        return _CACHE
    if source == "empty":
        return []
    return [[f"{source}{i}", i] for i in range(16)]


def tag(entry):
    entry.append("seen")
    return entry[0], _work(entry[0])


def main():
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(tag, load_batch("cache")))
    return out[:2], [len(e) for e in load_batch("cache")][:4]
