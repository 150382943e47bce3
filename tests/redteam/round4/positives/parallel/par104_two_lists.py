"""Positive PAR104: loop body computes once and appends to two result lists."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import zlib
import random


def ratio(seed: int) -> float:
    rng = random.Random(seed)
    data = bytes(rng.choice(b"abcdefgh") for _ in range(200000))
    return round(len(zlib.compress(data, 9)) / len(data), 6)


def main():
    ratios, flags = [], []
    with ProcessPoolExecutor() as ex:
        rs = list(ex.map(ratio, range(16)))
    for r in rs:
        ratios.append(r)
        flags.append(r < 0.5)
    return ratios, flags
