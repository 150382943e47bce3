"""Positive PAR103: `found += probable_primes(start)` over a list literal of 16 large int starts; the pure callee runs deterministic Miller-Rabin (fixed bases, `n.bit_length()` picks the round count) over a window of 3000 odd numbers."""
from concurrent.futures import ProcessPoolExecutor


STARTS = [10 ** 12 + 39 * i for i in range(16)]


def _is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13):
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    bases = (2, 3, 5, 7, 11, 13, 17) if n.bit_length() > 32 else (2, 3, 5, 7)
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def probable_primes(start):
    return sum(_is_probable_prime(start + 2 * k + 1) for k in range(3000))


def run():
    found = 0
    with ProcessPoolExecutor() as executor:
        found += sum(executor.map(probable_primes, STARTS))
    return found


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
