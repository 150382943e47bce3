"""Positive PAR104: loop body computes once and appends to two result lists."""
import zlib
import random


def ratio(seed: int) -> float:
    rng = random.Random(seed)
    data = bytes(rng.choice(b"abcdefgh") for _ in range(200000))
    return round(len(zlib.compress(data, 9)) / len(data), 6)


def main():
    ratios, flags = [], []
    for s in range(16):
        r = ratio(s)
        ratios.append(r)
        flags.append(r < 0.5)
    return ratios, flags
