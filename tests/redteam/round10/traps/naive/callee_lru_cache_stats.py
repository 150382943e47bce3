"""Hazard [decorator state]: `cost` is `@lru_cache`d and `run` reports `cache_info()`; calls in workers do not touch the parent's cache."""
from concurrent.futures import ProcessPoolExecutor
import functools
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


@functools.lru_cache(maxsize=None)
def cost(a, b):
    return _digest(f"{a}{b}")


def _run_item(item):
    a, b = item
    return cost(a, b)


def run():
    pairs = [(f"a{i % 5}", i % 3) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, pairs, chunksize=8))
    info = cost.cache_info()
    return out[:2], info.hits, info.misses


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
