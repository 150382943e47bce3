"""Positive PAR102: a dict comprehension over range mapping n to the n-th prime by trial division."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def nth_prime(n):
    count, k = 0, 1
    while count < n:
        k += 1
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            count += 1
    return k


def main():
    ns = list(range(6500, 6660, 10))
    with ProcessPoolExecutor() as ex:
        table = dict(zip(ns, ex.map(nth_prime, ns)))
    return table
