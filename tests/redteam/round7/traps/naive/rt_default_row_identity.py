"""Hazard [items pickle but do not round-trip]: `load_rows(n)` fills gaps with the module tuple `DEFAULT` and the work recognises it with `is`; a copy from a worker's unpickler is an equal but distinct tuple, so gaps get hashed like real users."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

DEFAULT = ("n/a", 0)


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_rows(n):
    return [DEFAULT if i % 5 == 0 else (f"user{i}", i) for i in range(n)]


def enrich(row):
    if row is DEFAULT:
        return ("n/a", 0, "-")
    name, n = row
    return (name, n, _work(name))


def main():
    with ProcessPoolExecutor() as ex:
        total = sum(r[2] != "-" for r in ex.map(enrich, load_rows(16)))
    return total
