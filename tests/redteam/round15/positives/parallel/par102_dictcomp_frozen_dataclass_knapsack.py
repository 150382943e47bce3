"""Positive PAR102: `{o.sku: best_load(o) for o in orders}` over 16 frozen dataclass `Order(sku: str, capacity: int, weights: tuple)` instances defined in this file, keyed by a field; the pure callee solves a 0/1 knapsack (values derived from the weights) by dynamic programming."""
from dataclasses import dataclass
from concurrent.futures import ProcessPoolExecutor


@dataclass(frozen=True)
class Order:
    sku: str
    capacity: int
    weights: tuple


def best_load(order):
    table = [0] * (order.capacity + 1)
    for w in order.weights:
        value = w * 3 + w % 7
        for c in range(order.capacity, w - 1, -1):
            cand = table[c - w] + value
            if cand > table[c]:
                table[c] = cand
    return table[order.capacity]


def run():
    orders = [Order(f"SKU-{i:03d}", 2500 + 100 * i, tuple(5 + (i * 13 + k * 17) % 90 for k in range(90)))
              for i in range(16)]
    with ProcessPoolExecutor() as executor:
        items = list(orders)
        out = dict(zip((o.sku for o in items), executor.map(best_load, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
