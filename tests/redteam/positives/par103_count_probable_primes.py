"""Count probable primes among large random odd candidates with Miller-Rabin; PAR103 should fire on the counting loop in count_primes."""
import random

BASES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)


def is_probable_prime(n):
    if n < 2:
        return False
    for p in BASES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in BASES:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def count_primes(candidates):
    count = 0
    for n in candidates:
        if is_probable_prime(n):
            count += 1
    return count


def main():
    rng = random.Random(2024)
    candidates = [rng.getrandbits(2048) | (1 << 2047) | 1 for _ in range(160)]
    n = count_primes(candidates)
    print(f"{n} probable primes out of {len(candidates)}")
    return n
