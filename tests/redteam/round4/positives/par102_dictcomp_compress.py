"""Positive PAR102: a dict comprehension of bz2-compressed sizes of generated documents."""
import bz2
import random


def compressed_size(seed: int) -> int:
    rng = random.Random(seed)
    text = " ".join(rng.choice(["alpha", "beta", "gamma", "delta", "eps"]) for _ in range(60000))
    return len(bz2.compress(text.encode(), 9))


def main():
    return {s: compressed_size(s) for s in range(16)}
