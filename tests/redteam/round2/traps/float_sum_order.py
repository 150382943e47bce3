"""Hazard [float summation order]: a parallel sum that adds per-chunk partial sums
rounds differently from the in-order fold (values span 24 orders of magnitude)."""
import hashlib


def weight(word: str) -> float:
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return (h[0] * 256 + h[1]) * 10.0 ** (h[4] % 24 - 12)


def chunk_sum(words) -> float:
    return sum(weight(w) for w in words)


def main():
    words = [f"w{i}" for i in range(64)]
    total = 0.0
    for w in words:
        total += weight(w)
    return repr(total)
