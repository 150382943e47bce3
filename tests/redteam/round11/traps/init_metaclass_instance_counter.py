"""Hazard [metaclass `__call__` side effect]: the `Tracked` metaclass counts every instance constructed; `issue` builds a `Receipt` per order, and `run` reports `Receipt.created`, which stays 0 when receipts are built in workers and unpickled (no `__call__`)."""
import hashlib
from dataclasses import dataclass


class Tracked(type):
    def __call__(cls, *args, **kwargs):
        cls.created = getattr(cls, "created", 0) + 1
        return super().__call__(*args, **kwargs)


class Receipt(metaclass=Tracked):
    created = 0

    def __init__(self, sku, code):
        self.sku = sku
        self.code = code


@dataclass(frozen=True)
class Order:
    sku: str
    qty: int


def _code(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def issue(order: Order) -> Receipt:
    return Receipt(order.sku, _code(f"{order.sku}x{order.qty}"))


def run():
    orders = [Order(f"sku-{i}", i % 4 + 1) for i in range(16)]
    receipts = []
    for o in orders:
        receipts.append(issue(o))
    return Receipt.created, [r.code for r in receipts[:2]]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
