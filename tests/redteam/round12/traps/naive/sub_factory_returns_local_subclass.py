"""Hazard [factory returns a subclass of the record defined in a function]: `make_order` returns instances of `Rush(Order)`, a subclass created inside the factory for rush orders; a class local to a function cannot be pickled."""
from concurrent.futures import ProcessPoolExecutor
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

    def factor(self):
        return 1


def make_order(sku, qty, rush):
    if not rush:
        return Order(sku, qty)

    class Rush(Order):
        def factor(self):
            return 2

    return Rush(sku, qty)


def price(order):
    return order.sku, _chain(order.sku) * order.qty * order.factor()


def run():
    orders = [make_order(f"sku-{i}", 1 + i % 3, i % 4 == 0) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        quotes = list(executor.map(price, orders))
    return quotes[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
