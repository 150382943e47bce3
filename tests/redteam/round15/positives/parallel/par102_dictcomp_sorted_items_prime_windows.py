"""Positive PAR102: `{label: count_primes(start) for label, start in sorted(windows.items())}` over the sorted items of a dict of 16 str to int window starts; the pure callee counts primes by trial division in `[start, start + 6000)`."""
from math import isqrt
from concurrent.futures import ProcessPoolExecutor


def count_primes(start):
    found = 0
    for n in range(max(start, 2), start + 6000):
        if all(n % d for d in range(2, isqrt(n) + 1)):
            found += 1
    return found


def _helper(item):
    label, start = item
    return count_primes(start)


def run():
    windows = {f"w{(i * 7) % 16:02d}": 100000 + 50000 * i for i in range(16)}
    with ProcessPoolExecutor() as executor:
        items = list(sorted(windows.items()))
        out = dict(zip((label for label, start in items), executor.map(_helper, items)))
    return list(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
