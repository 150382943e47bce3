"""Hazard [mutation through operator.methodcaller]: `operator.methodcaller("add", key)(SEEN_KEYS)` adds to a module set without naming any mutating method on it; the pool adds in the workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import operator

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


SEEN_KEYS = set()


def ingest(key):
    mark = operator.methodcaller("add", key.lower())
    mark(SEEN_KEYS)
    return key, _work(key)


def main():
    keys = [f"Key{i % 11}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(ingest, keys))
    return out, len(SEEN_KEYS)
