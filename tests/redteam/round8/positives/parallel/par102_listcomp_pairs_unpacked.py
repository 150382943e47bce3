"""Positive PAR102: list comprehension `[similarity(a, b) for a, b in pairs]` over a list of (bytes, bytes) pairs: chained HMAC-like digests."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def similarity(a, b):
    h = a + b
    for _ in range(25000):
        h = hashlib.sha256(h + a).digest()
    return bin(int.from_bytes(h, "big") ^ int.from_bytes(hashlib.sha256(b).digest(), "big")).count("1")


def main():
    pairs = [(f"left-{i}".encode(), f"right-{i * i}".encode()) for i in range(16)]
    with ProcessPoolExecutor() as ex:
        scores = list(ex.map(similarity, *zip(*pairs)))
    return scores
