"""Positive PAR103: `total += similarity(a, b)` over `zip` of two lists of bytes; the similarity is an int from chained digests."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


def similarity(a, b):
    ha, hb = a, b
    for _ in range(6000):
        ha = hashlib.sha256(ha).digest()
        hb = hashlib.sha256(hb).digest()
    return sum(x == y for x, y in zip(ha.hex(), hb.hex()))


def main():
    left = [f"doc-{i}".encode() * 4 for i in range(16)]
    right = [f"doc-{i + i % 3}".encode() * 4 for i in range(16)]
    total = 0
    with ProcessPoolExecutor() as executor:
        total += sum(executor.map(similarity, left, right))
    return total
