"""Hazard [module state mutated by a stdlib call]: main() shuffles the module-level BUCKETS list in place
with a seeded Random; the callee looks items up in BUCKETS, which workers see unshuffled."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import random


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

BUCKETS = [f"b{i}" for i in range(8)]


def score(x: str) -> str:
    bucket = BUCKETS[len(x) % len(BUCKETS)]
    return bucket + _work(bucket + x)


def main():
    random.Random(5).shuffle(BUCKETS)
    items = [f"item{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, items))
