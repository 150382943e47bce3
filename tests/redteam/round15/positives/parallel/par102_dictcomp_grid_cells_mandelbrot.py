"""Positive PAR102: `{(row, col): escape_total(row, col) for row, col in cells}` over a list of 16 (int, int) tiles, keyed by the tile; the pure callee sums Mandelbrot escape counts over a 56x56 block of the tile (max 60 iterations)."""
from concurrent.futures import ProcessPoolExecutor


def escape_total(row, col):
    total = 0
    for y in range(56):
        ci = -1.2 + (row * 56 + y) * 2.4 / 224
        for x in range(56):
            cr = -2.0 + (col * 56 + x) * 2.8 / 224
            zr = zi = 0.0
            n = 0
            while n < 60 and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
                n += 1
            total += n
    return total


def _helper(item):
    row, col = item
    return escape_total(row, col)


def run():
    cells = [(r, c) for r in range(4) for c in range(4)]
    with ProcessPoolExecutor() as executor:
        items = list(cells)
        out = dict(zip(((row, col) for row, col in items), executor.map(_helper, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
