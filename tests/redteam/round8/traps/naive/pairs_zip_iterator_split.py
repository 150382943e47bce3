"""Hazard [pairs from a one-shot iterator]: `pairs = zip(left, right)` is an iterator; the comprehension unpacks each pair once, the rewrite splits the pairs into two argument lists with two passes, the second of which finds the iterator exhausted, so it computes nothing."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def similarity(a, b):
    h = (a + "|" + b).encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return sum(x == y for x, y in zip(a, b)), h.hex()[:6]


def main():
    left = [f"doc-{i:02d}-alpha" for i in range(16)]
    right = [f"doc-{(i * 3) % 16:02d}-alpha" for i in range(16)]
    pairs = zip(left, right)
    with ProcessPoolExecutor() as ex:
        sims = list(ex.map(similarity, [a for a, _ in pairs], [b for _, b in pairs]))
    return len(sims), sims[:2]
