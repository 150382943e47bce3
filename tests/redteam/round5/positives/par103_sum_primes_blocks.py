"""Positive PAR103: total number of primes, summed block by block over a range."""


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
    for lo in range(0, 480000, 30000):
        total += primes_in(lo, lo + 30000)
    return total
