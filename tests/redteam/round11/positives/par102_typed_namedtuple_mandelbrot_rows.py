"""Positive PAR102: `[escape_counts(row) for row in rows]` over `typing.NamedTuple` scanlines (annotated float/int fields, no NaN); results `(row.index, count)`."""
from typing import NamedTuple


class Row(NamedTuple):
    index: int
    y: float
    width: int
    limit: int


def escape_counts(row: Row) -> tuple:
    total = 0
    for i in range(row.width):
        c = complex(-2.0 + 2.6 * i / row.width, row.y)
        z = 0j
        for _ in range(row.limit):
            z = z * z + c
            if abs(z) > 2.0:
                break
            total += 1
    return row.index, total


def main():
    rows = [Row(i, -0.6 + 1.2 * i / 15, 2400, 400) for i in range(16)]
    counts = [escape_counts(row) for row in rows]
    return counts
