"""Positive PAR101: typed prime counting over (lo, hi) ranges zipped from two lists."""
def _is_prime(n: int) -> bool:
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def count_primes(lo: int, hi: int) -> int:
    return sum(1 for n in range(lo, hi) if _is_prime(n))


def main():
    los = [i * 20000 for i in range(16)]
    his = [lo + 20000 for lo in los]
    counts = []
    for lo, hi in zip(los, his):
        counts.append(count_primes(lo, hi))
    return counts
