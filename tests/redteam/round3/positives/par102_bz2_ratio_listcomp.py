"""Positive PAR102: a list comprehension of the bz2 compression ratio of generated texts."""
import bz2
import random


def make_text(seed: int) -> str:
    rng = random.Random(seed)
    words = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"]
    return " ".join(rng.choice(words) for _ in range(150000))


def ratio(seed: int) -> float:
    raw = make_text(seed).encode()
    return round(len(bz2.compress(raw, 9)) / len(raw), 6)


def main():
    return [ratio(s) for s in range(6)]
