"""Hazard [records as keys of a module dict filled at run time]: `run` stores each order's negotiated discount in the module dict `DISCOUNTS[order]`, and `price` reads `DISCOUNTS.get(order, 0)`; a worker's `DISCOUNTS` is empty."""
import hashlib
from dataclasses import dataclass

DISCOUNTS = {}

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Order:
    sku: str
    qty: int = 1


def price(order):
    return order.sku, _chain(order.sku) * order.qty - DISCOUNTS.get(order, 0)


def run():
    orders = [Order(f"sku-{i}", 1 + i % 3) for i in range(16)]
    for i, o in enumerate(orders):
        DISCOUNTS[o] = i
    quotes = []
    for order in orders:
        quotes.append(price(order))
    return quotes[:4]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
