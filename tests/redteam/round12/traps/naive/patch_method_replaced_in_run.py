"""Hazard [method patched on the class at run time]: `run` installs a discounting `Order.total` (a module function assigned to the class) before the sale; workers import the module afresh and price with the original method."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from typing import NamedTuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Order(NamedTuple):
    sku: str
    qty: int = 1

    def total(self):
        return _chain(self.sku) * self.qty


def _sale_total(self):
    return _chain(self.sku) * self.qty // 2


def price(order):
    return order.sku, order.total()


def run():
    Order.total = _sale_total
    orders = [Order(f"sku-{i}", 2 + i % 3) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        quotes = list(executor.map(price, orders))
    return quotes[:4]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
