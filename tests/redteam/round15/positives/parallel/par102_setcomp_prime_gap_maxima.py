"""Positive PAR102: `{max_gap(start) for start in starts}` (a set comprehension) over a list of 16 ints; the pure callee finds the largest gap between consecutive primes in `[start, start + 6000)` by trial division; `run` reports the sorted set of distinct gaps."""
from concurrent.futures import ProcessPoolExecutor


def _prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def max_gap(start):
    last, best = None, 0
    for n in range(start, start + 6000):
        if _prime(n):
            if last is not None:
                best = max(best, n - last)
            last = n
    return best


def run():
    starts = [300000 + 41000 * i for i in range(16)]
    with ProcessPoolExecutor() as executor:
        items = list(starts)
        gaps = set(executor.map(max_gap, items))
    return sorted(gaps)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
