"""Positive PAR102: dict comprehension over `sorted(cases.items())` of (capacity, items) cases built by a function of the module, solving 0/1 knapsack."""


def build_cases(n):
    cases = {}
    for c in range(n):
        items = tuple(((c * 7 + k * 13) % 50 + 5, (c * 11 + k * 17) % 90 + 10) for k in range(70))
        cases[f"case{(c * 5) % n:02d}"] = (600 + 20 * c, items)
    return cases


def knapsack(case):
    capacity, items = case
    best = [0] * (capacity + 1)
    for weight, value in items:
        for cap in range(capacity, weight - 1, -1):
            if best[cap - weight] + value > best[cap]:
                best[cap] = best[cap - weight] + value
    return best[capacity]


def main():
    cases = build_cases(16)
    optima = {name: knapsack(case) for name, case in sorted(cases.items())}
    return list(optima.items())
