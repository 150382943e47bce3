"""Hazard [str subclass with a non-idempotent `__new__`]: `Sku("123")` stores `"SKU-123"`; the field holds a `Sku`, and unpickling a str subclass calls `Sku.__new__` with the stored text, giving `"SKU-SKU-123"` in the worker."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Sku(str):
    def __new__(cls, raw):
        return super().__new__(cls, "SKU-" + raw)


@dataclass(frozen=True)
class Order:
    sku: str
    qty: int = 1


def price(order):
    return str(order.sku), _chain(order.sku) * order.qty


def run():
    orders = [Order(Sku(str(100 + i)), 1 + i % 2) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        quotes = list(executor.map(price, orders))
    return quotes[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
