"""Positive PAR103: total of probable primes (Miller-Rabin) over (lo, hi) blocks returned by `blocks(start, count, width)`."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def blocks(start, count, width):
    return [(start + k * width, start + (k + 1) * width) for k in range(count)]


def _is_probable_prime(n):
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
    count = 0
    for n in range(lo, hi):
        if _is_probable_prime(n):
            count += 1
    return count


def main():
    with ProcessPoolExecutor() as ex:
        total = sum(ex.map(count_probable_primes, blocks(10 ** 12, 16, 6000)))
    return total
