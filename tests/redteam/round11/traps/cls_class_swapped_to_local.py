"""Hazard [instance class swapped at run time]: `run` marks urgent orders by setting `order.__class__` to `Rush`, a subclass defined inside `run`; those orders cannot be pickled (local class)."""
import hashlib


class Order:
    surcharge = 0

    def __init__(self, sku, qty):
        self.sku = sku
        self.qty = qty


def _unit(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 100 + h[0]


def price(order: Order) -> tuple:
    return order.sku, _unit(order.sku) * order.qty + order.surcharge


def run():
    class Rush(Order):
        surcharge = 50

    orders = [Order(f"sku-{i}", 1 + i % 3) for i in range(16)]
    for o in orders[::5]:
        o.__class__ = Rush
    quotes = []
    for o in orders:
        quotes.append(price(o))
    return quotes[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
