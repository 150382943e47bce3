"""Total the primes found across ranges by trial division; PAR103 should fire on the reduction loop in total_primes."""


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True


def count_primes(lo, hi):
    return sum(1 for n in range(lo, hi) if is_prime(n))


def total_primes(ranges):
    total = 0
    for lo, hi in ranges:
        total += count_primes(lo, hi)
    return total


def main():
    ranges = [(k * 14_000, (k + 1) * 14_000) for k in range(40)]
    total = total_primes(ranges)
    print("primes below", ranges[-1][1], "=", total)
    return total
