"""Positive PAR101: `for y, (x0, x1) in enumerate(spans)` over a list of float tuples, appending one rendered Mandelbrot row per span; reads the int locals `width` and `depth` of the enclosing function."""


def render_row(y, x0, x1, width, depth):
    ci = -1.2 + 2.4 * y / 16
    row = []
    for k in range(width):
        c = complex(x0 + (x1 - x0) * k / width, ci)
        z = 0j
        n = 0
        while abs(z) <= 2 and n < depth:
            z = z * z + c
            n += 1
        row.append(n)
    return sum(row), row[width // 2]


def main():
    spans = [(-2.0 + 0.01 * i, 0.6 - 0.01 * i) for i in range(16)]
    width = 160
    depth = 300
    rows = []
    for y, (x0, x1) in enumerate(spans):
        rows.append(render_row(y, x0, x1, width, depth))
    return rows
