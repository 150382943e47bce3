"""Positive PAR102: edit distance of each candidate to a reference, passed by keyword, in a list comprehension."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import functools

REFERENCE = "the quick brown fox jumps over the lazy dog " * 8


def levenshtein(a, reference):
    prev = list(range(len(reference) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(reference, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def main():
    words = [REFERENCE.replace("o", "0", i % 5).upper()[: 300 + i] for i in range(16)]
    with ProcessPoolExecutor() as ex:
        dists = list(ex.map(functools.partial(levenshtein, reference=REFERENCE), words))
    return dists
