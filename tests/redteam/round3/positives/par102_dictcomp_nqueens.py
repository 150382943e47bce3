"""Positive PAR102: a dict comprehension counting N-queens solutions per board size."""


def queens(n: int) -> int:
    def place(row, cols, d1, d2):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in cols or (row - c) in d1 or (row + c) in d2:
                continue
            total += place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c})
        return total
    return place(0, frozenset(), frozenset(), frozenset())


def main():
    sizes = [5, 6, 7, 8, 9]
    return {n: queens(n) for n in sizes}
