"""Positive PAR101: prime counts per bound stored in a dict keyed by the bound."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def count_primes(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\x00\x00"
    for p in range(2, int(n ** 0.5) + 1):
        if sieve[p]:
            sieve[p * p::p] = bytes(len(range(p * p, n + 1, p)))
    count = 0
    for k in range(n + 1):
        count += sieve[k]
    return count


def main():
    bounds = [1600000 + 80000 * i for i in range(16)]
    with ProcessPoolExecutor() as ex:
        counts = dict(zip(bounds, ex.map(count_primes, bounds)))
    return counts
