"""Positive PAR102: `[count_primes(n) for n in range(16)]`; the pure callee counts primes by trial division in the window `[n * 25000, (n + 1) * 25000)` and returns `(n.bit_length(), count)`."""
from concurrent.futures import ProcessPoolExecutor


def count_primes(n):
    lo, hi = n * 25000, (n + 1) * 25000
    count = 0
    for k in range(max(lo, 2), hi):
        if k % 2 == 0 and k != 2:
            continue
        d = 3
        prime = True
        while d * d <= k:
            if k % d == 0:
                prime = False
                break
            d += 2
        count += prime
    return n.bit_length(), count


def run():
    with ProcessPoolExecutor() as executor:
        counts = list(executor.map(count_primes, range(16)))
    return counts


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
