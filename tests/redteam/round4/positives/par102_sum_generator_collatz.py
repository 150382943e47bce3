"""Positive PAR102: sum() of a generator of per-block Collatz step totals."""


def steps_in_block(b: int) -> int:
    total = 0
    for n in range(b * 4000 + 1, (b + 1) * 4000 + 1):
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            total += 1
    return total


def main():
    return sum(steps_in_block(b) for b in range(16))
