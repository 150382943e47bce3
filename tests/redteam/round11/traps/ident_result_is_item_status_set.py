"""Hazard [result is the item]: `validate` returns the (non-frozen dataclass) order itself once its checksum is verified; `run` marks each returned order `accepted` and reports the orders' statuses, which a worker's copies never reach."""
import hashlib
from dataclasses import dataclass


@dataclass
class Order:
    sku: str
    qty: int
    checksum: str
    status: str = "new"


def _digest(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def validate(order: Order) -> Order:
    if _digest(f"{order.sku}:{order.qty}") != order.checksum:
        raise ValueError(order.sku)
    return order


def run():
    orders = [Order(f"sku-{i:03}", 1 + i % 5, _digest(f"sku-{i:03}:{1 + i % 5}")) for i in range(16)]
    accepted = []
    for order in orders:
        accepted.append(validate(order))
    for order in accepted:
        order.status = "accepted"
    return [o.status for o in orders]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
