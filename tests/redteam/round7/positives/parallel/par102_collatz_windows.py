"""Positive PAR102: list comprehension of the longest Collatz chain in each (lo, hi) window returned by `windows(count, size)`."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def windows(count, size):
    return [(k * size + 1, (k + 1) * size) for k in range(count)]


def _chain(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def longest_chain(window):
    lo, hi = window
    best = 0
    for n in range(lo, hi + 1):
        best = max(best, _chain(n))
    return best


def main():
    with ProcessPoolExecutor() as ex:
        return list(ex.map(longest_chain, windows(16, 2500)))
