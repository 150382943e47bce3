"""Positive PAR103: `total += count_primes(r)` over `typing.NamedTuple` ranges built in the function (integers, so the sum does not depend on order)."""
from typing import NamedTuple


class Span(NamedTuple):
    label: str
    lo: int
    hi: int


def count_primes(r: Span) -> int:
    count = 0
    for n in range(max(r.lo, 2), r.hi):
        if n % 2 == 0:
            count += n == 2
            continue
        d, prime = 3, True
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 2
        count += prime
    return count


def main():
    spans = [Span(f"s{i}", 200000 + 40000 * i, 240000 + 40000 * i) for i in range(16)]
    total = 0
    for r in spans:
        total += count_primes(r)
    return total
