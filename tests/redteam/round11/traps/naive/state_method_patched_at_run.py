"""Hazard [method replaced at run time]: `run` installs a fee-aware `Order.total` (a hotfix applied at start-up); the worker's freshly imported `Order` still has the original method."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    sku: str
    qty: int
    unit: int

    def total(self):
        return self.qty * self.unit


def _total_with_fee(self):
    return self.qty * self.unit + 25


def _round_code(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:4]


def invoice(order: Order) -> tuple:
    return order.sku, order.total(), _round_code(order.sku)


def run():
    Order.total = _total_with_fee
    orders = [Order(f"sku-{i}", 1 + i % 4, 100 + i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        lines = list(executor.map(invoice, orders))
    return sum(t for _, t, _ in lines)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
