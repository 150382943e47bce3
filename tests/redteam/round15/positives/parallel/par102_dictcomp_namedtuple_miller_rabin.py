"""Positive PAR102: `{r.label: probable_primes(r) for r in ranges}` over 16 `NamedTuple` `Span(label: str, start: int, count: int)` instances defined in this file, keyed by a field; the pure callee runs deterministic Miller-Rabin (fixed bases) over `count` odd numbers from `start`."""
from typing import NamedTuple
from concurrent.futures import ProcessPoolExecutor


class Span(NamedTuple):
    label: str
    start: int
    count: int


def _is_prime(n):
    if n < 2:
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if a % n == 0:
            continue
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def probable_primes(span):
    return sum(_is_prime(n) for n in range(span.start | 1, (span.start | 1) + 2 * span.count, 2))


def run():
    ranges = [Span(f"r{i:02d}", 10 ** 12 + 7_777_777 * i, 3000) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        items = list(ranges)
        out = dict(zip((r.label for r in items), executor.map(probable_primes, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
