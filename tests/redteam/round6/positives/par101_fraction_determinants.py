"""Positive PAR101: exact determinants of generated matrices by Gaussian elimination over Fractions."""
from fractions import Fraction


def make_matrix(seed: int, n: int = 30) -> list:
    x = seed * 7919 + 1
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            x = (1103515245 * x + 12345) % 2147483648
            row.append(x % 19 - 9)
        rows.append(row)
    return rows


def determinant(m: list) -> str:
    a = [[Fraction(v) for v in row] for row in m]
    n = len(a)
    det = Fraction(1)
    for c in range(n):
        p = next((r for r in range(c, n) if a[r][c] != 0), None)
        if p is None:
            return "0"
        if p != c:
            a[c], a[p] = a[p], a[c]
            det = -det
        det *= a[c][c]
        for r in range(c + 1, n):
            f = a[r][c] / a[c][c]
            for k in range(c, n):
                a[r][k] -= f * a[c][k]
    return str(det)[:20]


def main():
    mats = [make_matrix(s) for s in range(16)]
    dets = []
    for m in mats:
        dets.append(determinant(m))
    return dets
