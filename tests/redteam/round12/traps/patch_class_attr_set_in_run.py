"""Hazard [class attribute set at run time]: `run` sets `Order.markup = 3` after reading the config, and the plain method `Order.total()` reads it with `getattr(type(self), "markup", 1)`; the worker's freshly imported class has no `markup`."""
import hashlib
from dataclasses import dataclass

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Order:
    sku: str
    qty: int = 1

    def total(self):
        return _chain(self.sku) * self.qty * getattr(type(self), "markup", 1)


def price(order):
    return order.sku, order.total()


def run():
    Order.markup = 3
    orders = [Order(f"sku-{i}", 1 + i % 2) for i in range(16)]
    quotes = []
    for order in orders:
        quotes.append(price(order))
    return quotes[:4]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
