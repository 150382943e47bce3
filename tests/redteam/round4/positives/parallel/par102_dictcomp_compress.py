"""Positive PAR102: a dict comprehension of bz2-compressed sizes of generated documents."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import bz2
import random


def compressed_size(seed: int) -> int:
    rng = random.Random(seed)
    text = " ".join(rng.choice(["alpha", "beta", "gamma", "delta", "eps"]) for _ in range(60000))
    return len(bz2.compress(text.encode(), 9))


def main():
    with ProcessPoolExecutor() as ex:
        return dict(zip(range(16), ex.map(compressed_size, range(16))))
