"""Positive PAR103: an integer total of the longest Collatz chain over 32 blocks."""
from concurrent.futures import ProcessPoolExecutor


def longest_chain(block: int) -> int:
    best = 0
    for n in range(block * 4000 + 1, (block + 1) * 4000):
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        best = max(best, steps)
    return best


def main():
    total = 0
    with ProcessPoolExecutor() as ex:
        for r in ex.map(longest_chain, range(32)):
            total += r
    return total
