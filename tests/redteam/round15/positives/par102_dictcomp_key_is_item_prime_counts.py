"""Positive PAR102: `{start: count_primes(start) for start in starts}` over a list of 16 ints, keyed by the item itself; the pure callee counts primes by trial division in `[start, start + 7000)`."""


def count_primes(start):
    found = 0
    for n in range(max(start, 2), start + 7000):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            found += 1
    return found


def run():
    starts = [200000 + 37000 * i for i in range(16)]
    out = {start: count_primes(start) for start in starts}
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
