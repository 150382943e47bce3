"""Positive PAR101: a loop over (a, b) tuples appending their edit distance."""
import random


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def main():
    rng = random.Random(11)
    pairs = [("".join(rng.choice("abcd") for _ in range(350)), "".join(rng.choice("abcd") for _ in range(350)))
             for _ in range(16)]
    dists = []
    for a, b in pairs:
        dists.append(edit_distance(a, b))
    return dists
