"""Collatz lengths for odd starting points only (comprehension with a condition)."""
from concurrent.futures import ProcessPoolExecutor


def longest_collatz(start: int, span: int = 4000) -> int:
    best = 0
    for n in range(start, start + span):
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        best = max(best, steps)
    return best


def main():
    starts = [10_000 * k + 1 for k in range(40)]
    chosen = [s for s in starts if s % 4 == 1]
    with ProcessPoolExecutor() as ex:
        lengths = list(ex.map(longest_collatz, chosen))
    return lengths[:4], len(lengths)
