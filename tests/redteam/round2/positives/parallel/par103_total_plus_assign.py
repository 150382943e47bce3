"""`total = total + weight(x)` written out, with a module constant table."""
from concurrent.futures import ProcessPoolExecutor
import math

FACTORS = (1.5, 2.0, 2.5, 3.0)


def weight(n: int) -> int:
    acc = 0
    for i in range(1, 50_000):
        acc += int(math.sqrt(i * n)) % 7
    return acc * int(FACTORS[n % 4] * 2)


def main():
    ns = list(range(1, 31))
    with ProcessPoolExecutor() as ex:
        total = sum(ex.map(weight, ns))
    return total
