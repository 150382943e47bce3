"""Positive PAR101: the longest Collatz chain below each limit, limits passed in as a parameter."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def longest_chain_below(limit):
    best, best_n = 0, 1
    for n in range(1, limit):
        steps, x = 0, n
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return best_n, best


def analyse(limits):
    with ProcessPoolExecutor() as ex:
        results = list(ex.map(longest_chain_below, limits))
    return results


def main():
    return analyse([15000 + 600 * i for i in range(16)])
