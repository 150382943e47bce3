"""Hazard [plain method appends to module state]: `Order.cost()` is a plain method of a frozen dataclass that records each priced SKU in the module list `AUDIT`; `run` reports how many orders were audited, and a worker appends to its own copy of `AUDIT`."""
import hashlib
from dataclasses import dataclass

AUDIT = []

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Order:
    sku: str
    qty: int = 1

    def cost(self):
        AUDIT.append(self.sku)
        return _chain(self.sku) * self.qty


def price(order):
    return order.sku, order.cost()


def run():
    orders = [Order(f"sku-{i}", 1 + i % 3) for i in range(16)]
    quotes = []
    for order in orders:
        quotes.append(price(order))
    return len(quotes), len(AUDIT), AUDIT[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
