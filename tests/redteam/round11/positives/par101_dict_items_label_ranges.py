"""Positive PAR101: `for label, (lo, hi) in RANGES.items(): counts.append((label, count_primes(lo, hi)))` over a module dict of labelled ranges (trial division)."""

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


def main():
    counts = []
    for label, (lo, hi) in RANGES.items():
        counts.append((label, count_primes(lo, hi)))
    return counts
