"""Positive PAR101: `for label, (lo, hi) in ranges:` over a list of (str, (int, int)) built by a function of the module, filling `counts[label]` with one prime count per range."""


def count_primes(lo, hi):
    n = 0
    for k in range(max(lo, 2), hi):
        if all(k % d for d in range(2, int(k ** 0.5) + 1)):
            n += 1
    return n


def make_ranges(n):
    return [(f"r{i:02d}", (20000 * i, 20000 * i + 15000)) for i in range(n)]


def main():
    counts = {}
    for label, (lo, hi) in make_ranges(16):
        counts[label] = count_primes(lo, hi)
    return counts
