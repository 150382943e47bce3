"""Positive PAR101: Mandelbrot escape counts row by row, the row index from enumerate passed along."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def mandel_row(i, y, width=600, max_iter=1500):
    total = 0
    for px in range(width):
        c = complex(-2.0 + 2.6 * px / width, y)
        z = 0j
        n = 0
        while abs(z) <= 2 and n < max_iter:
            z = z * z + c
            n += 1
        total += n
    return i, total


def main():
    ys = [-1.2 + 2.4 * k / 16 for k in range(16)]
    with ProcessPoolExecutor() as ex:
        rows = list(ex.map(mandel_row, range(len(ys)), ys))
    return rows
