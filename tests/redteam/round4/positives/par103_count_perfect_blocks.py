"""Positive PAR103: count += f(x) counting abundant numbers per block."""


def abundant_in(block: int) -> int:
    c = 0
    for n in range(block * 1500 + 1, (block + 1) * 1500 + 1):
        s = 1
        d = 2
        while d * d <= n:
            if n % d == 0:
                s += d + (n // d if d * d != n else 0)
            d += 1
        c += s > n
    return c


def main():
    count = 0
    for b in range(16):
        count += abundant_in(b)
    return count
