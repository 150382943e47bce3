"""Positive PAR101: Mandelbrot rows rendered for (y, width, height) tuples yielded by a generator function of the module."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def scanlines(height, width):
    for y in range(height):
        yield (y, width, height)


def render_row(line):
    y, width, height = line
    ci = -1.2 + 2.4 * y / height
    total = 0
    deepest = 0
    for x in range(width):
        cr = -2.0 + 3.0 * x / width
        zr = zi = 0.0
        k = 0
        while k < 200 and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            k += 1
        total += k
        deepest = max(deepest, k)
    return y, total, deepest


def main():
    with ProcessPoolExecutor() as ex:
        image = list(ex.map(render_row, scanlines(24, 160)))
    return image
