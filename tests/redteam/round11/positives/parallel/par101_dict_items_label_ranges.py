"""Positive PAR101: `for label, (lo, hi) in RANGES.items(): counts.append((label, count_primes(lo, hi)))` over a module dict of labelled ranges (trial division)."""
from concurrent.futures import ProcessPoolExecutor

RANGES = {f"band{i:02}": (100000 + 40000 * i, 135000 + 40000 * i) for i in range(16)}


def count_primes(lo, hi):
    count = 0
    for n in range(max(lo, 2), hi):
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


def _count_item(item):
    label, (lo, hi) = item
    return label, count_primes(lo, hi)


def main():
    with ProcessPoolExecutor() as executor:
        counts = list(executor.map(_count_item, list(RANGES.items())))
    return counts
