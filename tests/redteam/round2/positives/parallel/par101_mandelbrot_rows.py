"""Render Mandelbrot rows; annotated parameters with defaults, helper calling helpers."""
from concurrent.futures import ProcessPoolExecutor


def escape_time(cr: float, ci: float, max_iter: int = 200) -> int:
    zr = zi = 0.0
    for n in range(max_iter):
        zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
        if zr * zr + zi * zi > 4.0:
            return n
    return max_iter


def render_row(y: int, width: int = 160, height: int = 60) -> str:
    ci = (y / height) * 2.4 - 1.2
    chars = " .:-=+*#%@"
    row = []
    for x in range(width):
        n = escape_time((x / width) * 3.5 - 2.5, ci)
        row.append(chars[n * (len(chars) - 1) // 200])
    return "".join(row)


def render(height: int = 60) -> list:
    with ProcessPoolExecutor() as ex:
        rows = list(ex.map(render_row, range(height)))
    return rows


def main():
    rows = render()
    return rows[30], sum(r.count("@") for r in rows)
