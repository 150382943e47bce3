"""Total Collatz steps over ranges: `total += ...` reduction."""


def steps_in(block: int, size: int = 3000) -> int:
    total = 0
    for n in range(block * size + 1, (block + 1) * size + 1):
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            total += 1
    return total


def main():
    blocks = list(range(30))
    total = 0
    for b in blocks:
        total += steps_in(b)
    return total
