"""Hazard [an lru_cache shared by the values' work and read by the caller]: several users share a seed, and `stretch(seed)` is `lru_cache`d; the caller reports the cache statistics, which count the hits (and spare the repeated work) only when the calls ran in this process."""
import hashlib
from functools import lru_cache


@lru_cache(maxsize=None)
def stretch(seed):
    h = str(seed).encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def main():
    users = {f"user{i:02d}": 1000 + i % 6 for i in range(16)}
    keys = {user: stretch(seed) for user, seed in users.items()}
    info = stretch.cache_info()
    return keys["user00"], info.hits, info.misses, info.currsize
