"""Hazard [module prints at import]: the module prints a banner when imported; every spawned worker imports it again and prints the banner once more to the shared stdout."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass

print("pricing tables loaded")

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Order:
    sku: str
    qty: int = 1


def price(order):
    return order.sku, _chain(order.sku) * order.qty


def run():
    orders = [Order(f"sku-{i}", 1 + i % 2) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        quotes = list(executor.map(price, orders))
    return quotes[:2]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
