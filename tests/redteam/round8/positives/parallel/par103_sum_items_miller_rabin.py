"""Positive PAR103: `sum(count_probable_primes(block) for _, block in blocks.items())`, reading only the value ((lo, hi) int tuples)."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17):
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


def count_probable_primes(block):
    lo, hi = block
    return sum(1 for n in range(lo, hi) if is_probable_prime(n))


def main():
    blocks = {f"b{i:02d}": (10**12 + i * 4000, 10**12 + (i + 1) * 4000) for i in range(16)}
    with ProcessPoolExecutor() as ex:
        total = sum(ex.map(count_probable_primes, blocks.values()))
    return total
