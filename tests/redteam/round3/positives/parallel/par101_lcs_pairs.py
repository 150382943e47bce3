"""Positive PAR101: a loop appending the LCS length of each pair of generated strings."""
from concurrent.futures import ProcessPoolExecutor
import random


def lcs(pair) -> int:
    a, b = pair
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def main():
    rng = random.Random(7)
    pairs = [("".join(rng.choice("ACGT") for _ in range(500)), "".join(rng.choice("ACGT") for _ in range(500))) for _ in range(8)]
    with ProcessPoolExecutor() as ex:
        lengths = list(ex.map(lcs, pairs))
    return lengths
