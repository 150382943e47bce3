"""Hazard [sentinel default compared with `is`]: `Order.discount` defaults to the module sentinel `UNSET = object()` and `price` checks `order.discount is UNSET`; a worker's copy of the sentinel is another object, so it is subtracted as a discount and raises TypeError."""
import hashlib
from dataclasses import dataclass

UNSET = object()


@dataclass(frozen=True)
class Order:
    sku: str
    qty: int
    discount: object = UNSET


def _unit(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 100 + h[0]


def price(order: Order) -> tuple:
    total = _unit(order.sku) * order.qty
    if order.discount is not UNSET:
        total -= order.discount
    return order.sku, total


def run():
    orders = [Order(f"sku-{i}", 1 + i % 3) if i % 4 else Order(f"sku-{i}", 2, 15) for i in range(16)]
    quotes = []
    for o in orders:
        quotes.append(price(o))
    return quotes


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
