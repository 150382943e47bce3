"""Positive PAR101: orders (non-frozen dataclass, never mutated) come from the module function `load_orders()`; `seal` hash-chains each order's payload and returns `(order.ident, digest)`."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass


@dataclass
class Order:
    ident: int
    customer: str
    lines: tuple


def load_orders():
    return [Order(i, f"cust{i % 5}", tuple(f"sku-{i}-{j}" for j in range(3))) for i in range(16)]


def seal(order: Order) -> tuple:
    h = f"{order.ident}|{order.customer}|{','.join(order.lines)}".encode()
    for _ in range(180000):
        h = hashlib.sha256(h).digest()
    return order.ident, h.hex()[:12]


def main():
    orders = load_orders()
    with ProcessPoolExecutor() as executor:
        seals = list(executor.map(seal, orders))
    return seals
