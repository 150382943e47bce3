"""Compute Levenshtein distances between pairs of generated strings; PAR101 should fire on the loop in pairwise_distances."""
import random


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def pairwise_distances(pairs):
    distances = []
    for a, b in pairs:
        distances.append(levenshtein(a, b))
    return distances


def make_pairs(n, length):
    rng = random.Random(7)
    alphabet = "ACGT"
    pairs = []
    for _ in range(n):
        a = "".join(rng.choice(alphabet) for _ in range(length))
        b = list(a)
        for _ in range(length // 5):
            b[rng.randrange(length)] = rng.choice(alphabet)
        pairs.append((a, "".join(b)))
    return pairs


def main():
    pairs = make_pairs(48, 240)
    distances = pairwise_distances(pairs)
    print("mean distance:", sum(distances) / len(distances))
    return distances
