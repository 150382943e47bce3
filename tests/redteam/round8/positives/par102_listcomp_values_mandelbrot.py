"""Positive PAR102: list comprehension over `rows.values()` of (y, width, height) int tuples, rendering Mandelbrot rows."""


def mandel_row(spec):
    y, width, height = spec
    ci = -1.2 + 2.4 * y / height
    row = []
    for x in range(width):
        cr = -2.0 + 3.0 * x / width
        zr = zi = 0.0
        n = 0
        while n < 400 and zr * zr + zi * zi < 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
            n += 1
        row.append(n)
    return sum(row), max(row)


def main():
    rows = {f"row{y:02d}": (y, 700, 16) for y in range(16)}
    rendered = [mandel_row(spec) for spec in rows.values()]
    return rendered
