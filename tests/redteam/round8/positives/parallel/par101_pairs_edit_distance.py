"""Positive PAR101: for-loop over a list of (str, str) pairs, unpacked in the target, appending Levenshtein distances."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def make_pairs(n):
    base = "the quick brown fox jumps over the lazy dog and keeps running through the field "
    return [((base * 2)[i:i + 150], (base * 2)[i + 3:i + 140] + "xyz" * (i % 4)) for i in range(n)]


def main():
    pairs = make_pairs(16)
    distances = []
    with ProcessPoolExecutor() as ex:
        distances.extend(ex.map(levenshtein, [a for a, _ in pairs], [b for _, b in pairs]))
    return distances
