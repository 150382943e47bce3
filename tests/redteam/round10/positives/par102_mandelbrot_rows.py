"""Positive: escape counts of Mandelbrot scanlines, rows enumerated with their y coordinate (floats, no NaN)."""


def row_counts(row, y, width=220, limit=60):
    total = 0
    for col in range(width):
        c = complex(-2.0 + 2.6 * col / width, y)
        z = 0j
        n = 0
        while abs(z) <= 2.0 and n < limit:
            z = z * z + c
            n += 1
        total += n
    return row, total


def run():
    ys = [-1.2 + 2.4 * k / 24 for k in range(24)]
    rows = [row_counts(row, y) for row, y in enumerate(ys)]
    return rows


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
