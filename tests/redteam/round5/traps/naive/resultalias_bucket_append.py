"""Hazard [results alias module objects]: route() only reads and returns one of the module BUCKETS lists; the caller appends through the returned lists, which are copies under a pool, so BUCKETS stays empty."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


BUCKETS = {k: [] for k in "abcd"}


def route(name):
    h = _work(name)
    return BUCKETS["abcd"[int(h, 16) % 4]]


def main():
    names = [f"file{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        targets = list(ex.map(route, names))
    for n, bucket in zip(names, targets):
        bucket.append(n)
    return {k: len(v) for k, v in BUCKETS.items()}
