"""Count primes below each bound; the comprehension is returned from a helper."""


def count_primes(limit: int) -> int:
    sieve = bytearray([1]) * limit
    sieve[0:2] = b"\x00\x00"
    for p in range(2, int(limit ** 0.5) + 1):
        if sieve[p]:
            for m in range(p * p, limit, p):
                sieve[m] = 0
    return sum(sieve)


def prime_counts(bounds: list) -> list:
    return [count_primes(b) for b in bounds]


def main():
    bounds = [100_000 + 5_000 * i for i in range(24)]
    counts = prime_counts(bounds)
    return counts[:3], counts[-1]
