"""Hazard [class rebound through `setattr(module, ...)`]: after loading, `run` swaps the module's `Order` for a v2 class with `setattr(sys.modules[__name__], "Order", ...)`; the loaded orders are instances of the old class, which pickle can no longer find by name."""
import hashlib
import sys
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


@dataclass(frozen=True)
class OrderV2:
    sku: str
    qty: int = 1
    channel: str = "web"


def price(order):
    return order.sku, _chain(order.sku) * order.qty


def run():
    orders = [Order(f"sku-{i}", 1 + i % 3) for i in range(16)]
    setattr(sys.modules[__name__], "Order", OrderV2)
    quotes = []
    for order in orders:
        quotes.append(price(order))
    return quotes[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
