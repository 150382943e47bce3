"""Hazard [callee memoised with `lru_cache`; caller reads the cache statistics]: `{name: derive(seed) for name, seed in make_profiles().items()}`; several profiles share a seed, and `run` reports `derive.cache_info()` hits and misses; in the naive rewrite the caller's cache is never used (0 hits, 0 misses)."""
import functools
from concurrent.futures import ProcessPoolExecutor
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


@functools.lru_cache(maxsize=None)
def derive(seed):
    return _stretch(seed)


def make_profiles():
    return {f"profile{i:02d}": 7000 + (i % 5) * 11 for i in range(16)}


def _helper(item):
    name, seed = item
    return derive(seed)


def run():
    with ProcessPoolExecutor() as executor:
        items = list(make_profiles().items())
        out = dict(zip((name for name, seed in items), executor.map(_helper, items)))
    info = derive.cache_info()
    return sorted(out.items())[:2], info.hits, info.misses


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
