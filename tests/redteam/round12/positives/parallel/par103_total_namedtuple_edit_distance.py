"""Positive PAR103: `total += distance(pair)` over `collections.namedtuple` string pairs; `distance` is a pure Levenshtein DP."""
from concurrent.futures import ProcessPoolExecutor
from collections import namedtuple

Pair = namedtuple("Pair", "a b")


def distance(pair):
    a, b = pair.a, pair.b
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def main():
    pairs = [Pair("ab" * (200 + i) + "x" * i, "ba" * (200 + i) + "y" * (i % 5)) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        total = sum(executor.map(distance, pairs))
    return total
