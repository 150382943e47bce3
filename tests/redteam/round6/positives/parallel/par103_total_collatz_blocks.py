"""Positive PAR103: sum over blocks produced by a generator of the longest Collatz chain in each block."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
def blocks(n, size):
    for i in range(n):
        yield (i * size + 1, (i + 1) * size)


def _chain(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def longest_in(block) -> int:
    lo, hi = block
    return max(_chain(n) for n in range(lo, hi + 1))


def main():
    with ProcessPoolExecutor() as ex:
        total = sum(ex.map(longest_in, blocks(16, 3000)))
    return total
