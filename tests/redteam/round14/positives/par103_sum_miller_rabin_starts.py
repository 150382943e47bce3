"""Positive PAR103: `found += probable_primes(s)` over a module-level list literal of 16 large odd starts; the pure callee runs deterministic Miller-Rabin (fixed bases) over 1500 odd numbers from `s`."""


STARTS = [10**12 + 39, 10**12 + 100001, 10**12 + 200003, 10**12 + 300007, 10**12 + 400009,
          10**12 + 500011, 10**12 + 600013, 10**12 + 700017, 10**12 + 800019, 10**12 + 900021,
          10**12 + 1000023, 10**12 + 1100027, 10**12 + 1200029, 10**12 + 1300031, 10**12 + 1400033,
          10**12 + 1500037]

BASES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)


def _is_probable_prime(n):
    if n < 2:
        return False
    for p in BASES:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in BASES:
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


def probable_primes(s):
    return sum(1 for k in range(1500) if _is_probable_prime(s + 2 * k))


def run():
    found = 0
    for s in STARTS:
        found += probable_primes(s)
    return found


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
