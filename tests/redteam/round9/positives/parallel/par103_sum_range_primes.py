"""Positive PAR103: `hits += count_probable_primes(lo, hi)` over a list of (int, int) tuples returned by a function of the module, unpacked in the target; Miller-Rabin with fixed bases."""
from concurrent.futures import ProcessPoolExecutor


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13):
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


def count_probable_primes(lo, hi):
    return sum(1 for k in range(lo, hi) if is_probable_prime(k))


def blocks(n):
    return [(10 ** 9 + 6000 * i, 10 ** 9 + 6000 * i + 6000) for i in range(n)]


def main():
    hits = 0
    with ProcessPoolExecutor() as executor:
        hits += sum(executor.map(count_probable_primes, [lo for lo, _ in blocks(16)], [hi for _, hi in blocks(16)]))
    return hits
