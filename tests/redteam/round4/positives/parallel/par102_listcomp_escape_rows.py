"""Positive PAR102: a list comprehension computing Mandelbrot escape totals per row."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def row_total(y: int, width: int = 300, iters: int = 60) -> int:
    total = 0
    ci = -1.2 + 2.4 * y / 48
    for x in range(width):
        c = complex(-2.0 + 3.0 * x / width, ci)
        z = 0j
        n = 0
        while abs(z) <= 2 and n < iters:
            z = z * z + c
            n += 1
        total += n
    return total


def main():
    with ProcessPoolExecutor() as ex:
        return list(ex.map(row_total, range(48)))
