"""Count primes in consecutive ranges by trial division; PAR101 should fire on the loop in count_by_range."""


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
    count = 0
    for n in range(lo, hi):
        if is_prime(n):
            count += 1
    return count


def count_by_range(ranges):
    counts = []
    for lo, hi in ranges:
        counts.append(count_primes(lo, hi))
    return counts


def main():
    width = 14_000
    ranges = [(k * width, (k + 1) * width) for k in range(40)]
    counts = count_by_range(ranges)
    print("total primes:", sum(counts))
    return counts
