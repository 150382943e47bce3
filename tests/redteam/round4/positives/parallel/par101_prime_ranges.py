"""Positive PAR101: a loop appending the count of primes in each range block."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def count_primes(block: int) -> int:
    lo, hi = block * 20000, (block + 1) * 20000
    n = 0
    for k in range(max(lo, 2), hi):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            n += 1
    return n


def main():
    with ProcessPoolExecutor() as ex:
        counts = list(ex.map(count_primes, range(16)))
    return counts
