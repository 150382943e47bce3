"""Hazard [in-place operator on a mutable argument]: `cache |= {key: digest}` merges into the caller's dict (dict |= is in place), so the cache grows across calls; a pool merges into per-call copies."""
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def resolve(key, cache):
    if key in cache:
        return key, "hit", cache[key]
    digest = _work(key)
    cache |= {key: digest}
    return key, "miss", digest


def main():
    keys = [f"host{i % 12}" for i in range(16)]
    cache = {}
    res = [resolve(k, cache) for k in keys]
    return [r[1] for r in res], len(cache)
