"""Hazard [float summation order]: a parallel sum that adds per-chunk partial sums
rounds differently from the in-order fold (values span 24 orders of magnitude)."""
from concurrent.futures import ProcessPoolExecutor
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
    chunks = [words[i::4] for i in range(4)]
    with ProcessPoolExecutor() as ex:
        total = sum(ex.map(chunk_sum, chunks))
    return repr(total)
