"""Hazard [a cached function shared by the iterable and the work]: `salt_table()` is `lru_cache`d; `user_names()` and the work both call it, and the caller reports the cache statistics, which count the work's hits only when it ran in this process."""
import functools
import hashlib


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


@functools.lru_cache(maxsize=None)
def salt_table():
    return tuple(hashlib.sha256(str(i).encode()).hexdigest()[:8] for i in range(64))


def user_names():
    return [f"user{i}-{salt_table()[i][:2]}" for i in range(16)]


def hash_name(name):
    salt = salt_table()[len(name) % 64]
    return _work(salt + name)


def main():
    out = []
    for name in user_names():
        out.append(hash_name(name))
    info = salt_table.cache_info()
    return out[:2], info.hits, info.misses
