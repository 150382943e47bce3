"""Positive PAR103: `total = sum(distance(a, b) for a, b in PAIRS)` over a list literal of int pairs; the pure callee expands each int to a 400-char hex string (`n.to_bytes(8, "big")` fed to SHAKE-256, `.hex()`) and computes their Levenshtein distance."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


PAIRS = [(1, 2), (3, 5), (8, 13), (21, 34), (55, 89), (144, 233), (377, 610), (987, 1597),
         (2584, 4181), (6765, 10946), (17711, 28657), (46368, 75025), (7, 11), (17, 19), (23, 29), (31, 37)]


def _expand(n):
    return hashlib.shake_256(n.to_bytes(8, "big")).digest(200).hex()


def distance(a, b):
    s, t = _expand(a), _expand(b)
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]


def run():
    with ProcessPoolExecutor() as executor:
        total = sum(executor.map(distance, [a for a, _ in PAIRS], [b for _, b in PAIRS]))
    return total


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
