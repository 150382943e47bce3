"""Positive PAR103: total number of primes, summed block by block over a range."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def primes_in(lo, hi):
    count = 0
    for n in range(max(lo, 2), hi):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


def main():
    total = 0
    los = list(range(0, 480000, 30000))
    with ProcessPoolExecutor() as ex:
        total += sum(ex.map(primes_in, los, [lo + 30000 for lo in los]))
    return total
