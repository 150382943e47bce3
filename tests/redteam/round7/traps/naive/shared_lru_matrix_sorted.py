"""Hazard [the function's result is shared between calls and the work mutates it]: `load_matrix` is `lru_cache`d, so every call returns the same rows; the work sorts each row in place, which the next call sees sequentially, not when the rows were sorted in workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import functools
import hashlib


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


@functools.lru_cache(maxsize=None)
def load_matrix(n):
    return [[(i * 7 + j * 13) % 31 for j in range(12)] for i in range(n)]


def median_digest(row):
    row.sort()
    return row[len(row) // 2], _work(row)


def main():
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(median_digest, load_matrix(16)))
    return out[:3], load_matrix(16)[0]
