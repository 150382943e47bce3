"""Positive PAR101: count primes in `collections.namedtuple` ranges with `counts.append(count_primes(r))` (trial division); each result is `(r.label, count)`."""
from collections import namedtuple

Span = namedtuple("Span", "label lo hi")


def count_primes(r):
    n = 0
    for k in range(max(r.lo, 2), r.hi):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            n += 1
    return r.label, n


def main():
    spans = [Span(f"s{i:02}", 200000 + 9000 * i, 200000 + 9000 * (i + 1)) for i in range(16)]
    counts = []
    for r in spans:
        counts.append(count_primes(r))
    return counts
