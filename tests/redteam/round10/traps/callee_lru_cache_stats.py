"""Hazard [decorator state]: `cost` is `@lru_cache`d and `run` reports `cache_info()`; calls in workers do not touch the parent's cache."""
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


def run():
    pairs = [(f"a{i % 5}", i % 3) for i in range(16)]
    out = [cost(a, b) for a, b in pairs]
    info = cost.cache_info()
    return out[:2], info.hits, info.misses


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
