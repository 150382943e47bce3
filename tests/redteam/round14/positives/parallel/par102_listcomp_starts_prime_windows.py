"""Positive PAR102: `[count_primes(s) for s in STARTS]` over a module-level list literal of 16 window starts; the pure callee counts primes by trial division in `[s, s + 6000)`."""
from concurrent.futures import ProcessPoolExecutor

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


STARTS = [1000000, 1100000, 1200000, 1300000, 1400000, 1500000, 1600000, 1700000,
          1800000, 1900000, 2000000, 2100000, 2200000, 2300000, 2400000, 2500000]


def count_primes(s):
    return sum(1 for n in range(s, s + 6000) if is_prime(n))


def run():
    with ProcessPoolExecutor() as executor:
        counts = list(executor.map(count_primes, STARTS))
    return counts


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
