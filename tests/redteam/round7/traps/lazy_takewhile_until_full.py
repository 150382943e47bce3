"""Hazard [the function returns a lazy iterable that reads the results]: `until_full(found, limit)` is a `takewhile` whose predicate reads how many results the loop already has; sequentially it stops after five, a pool drains all 48 candidates before the first result."""
import hashlib
import itertools

CANDIDATES = [f"cand{i}" for i in range(48)]


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def until_full(found, limit):
    return itertools.takewhile(lambda _: len(found) < limit, CANDIDATES)


def probe(c):
    return c, _work(c)


def main():
    found = []
    for c in until_full(found, 5):
        found.append(probe(c))
    return len(found), found[-1]
