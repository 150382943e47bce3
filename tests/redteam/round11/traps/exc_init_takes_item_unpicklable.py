"""Hazard [exception built from the item]: `Rejected.__init__(self, order)` formats a message from `order.sku` and passes only the message to `Exception`; unpickling calls `Rejected(message)`, which fails (`str` has no `sku`), so the caller never gets its `Rejected`."""
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    sku: str
    qty: int


class Rejected(Exception):
    def __init__(self, order):
        super().__init__(f"rejected {order.sku} x{order.qty}")
        self.sku = order.sku


def _score(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def screen(order: Order) -> tuple:
    if order.qty > 9:
        raise Rejected(order)
    return order.sku, _score(order.sku)


def run():
    orders = [Order(f"sku-{i}", 1 + i % 11) for i in range(16)]
    try:
        screened = []
        for o in orders:
            screened.append(screen(o))
    except Rejected as e:
        return f"rejected: {e.sku}"
    return screened


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
