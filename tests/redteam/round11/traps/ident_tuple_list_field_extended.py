"""Hazard [result holds the item's list field]: `price` returns `(order.sku, order.notes, cost)` with the order's own notes list; `run` appends "quoted" to each returned notes list and reports the orders' notes."""
import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Order:
    sku: str
    qty: int
    notes: list = field(default_factory=list)


def _unit_cost(sku, rounds=2000):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 100 + h[0]


def price(order: Order) -> tuple:
    return order.sku, order.notes, _unit_cost(order.sku) * order.qty


def run():
    orders = [Order(f"sku-{i:03}", 1 + i % 3, [f"batch {i // 4}"]) for i in range(16)]
    quotes = []
    for order in orders:
        quotes.append(price(order))
    for sku, notes, cost in quotes:
        notes.append(f"quoted {cost}")
    return [o.notes for o in orders[:3]]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
