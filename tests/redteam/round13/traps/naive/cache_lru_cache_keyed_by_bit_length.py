"""Hazard [lru_cache helper statistics]: `cost(n)` calls the module `functools.lru_cache` function `_tier(n.bit_length())`, and many items share a bit length; `run` reports `_tier.cache_info()`, empty in the caller when costed in workers."""
import functools
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


@functools.lru_cache(maxsize=None)
def _tier(bits):
    return _chain(bits, rounds=3000)


def cost(n):
    return _tier(n.bit_length()) + n % 7


def run():
    with ProcessPoolExecutor() as executor:
        costs = list(executor.map(cost, range(100, 116)))
    info = _tier.cache_info()
    return info.hits, info.misses, costs


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
