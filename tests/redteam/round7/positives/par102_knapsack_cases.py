"""Positive PAR102: list comprehension of 0/1 knapsack optima over (capacity, items) cases of int tuples that `load_cases()` builds."""


def load_cases():
    cases = []
    for c in range(16):
        items = tuple(((k * 37 + c) % 23 + 1, (k * 53 + 3 * c) % 41 + 1) for k in range(60))
        cases.append((800 + 10 * c, items))
    return cases


def best_value(case):
    cap, items = case
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
    return best[cap]


def main():
    return [best_value(case) for case in load_cases()]
