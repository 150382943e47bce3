"""Count primes below several limits with a pure-Python sieve in a dict comprehension; PAR102 should fire on the comprehension in prime_table."""
import concurrent.futures


def count_primes_below(limit):
    sieve = [True] * limit
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, limit, i):
                sieve[j] = False
    return sum(sieve)


def prime_table(limits):
    with concurrent.futures.ProcessPoolExecutor() as ex:
        return dict(zip(limits, ex.map(count_primes_below, limits)))


def main():
    limits = [200_000 + 20_000 * k for k in range(32)]
    table = prime_table(limits)
    print("largest:", table[limits[-1]])
    return sorted(table.items())
