"""Positive: count primes in (lo, hi) ranges from a same-file function by trial division."""


def ranges():
    return [(k * 20000, (k + 1) * 20000) for k in range(10)]


def count_primes(lo, hi):
    count = 0
    for n in range(max(lo, 2), hi):
        if n % 2 == 0:
            count += n == 2
            continue
        d = 3
        while d * d <= n:
            if n % d == 0:
                break
            d += 2
        else:
            count += 1
    return count


def run():
    counts = [count_primes(lo, hi) for lo, hi in ranges()]
    return counts


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
