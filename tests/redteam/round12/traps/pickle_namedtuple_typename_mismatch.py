"""Hazard [namedtuple typename differs from its variable]: `Order = namedtuple("OrderRecord", ...)`; pickle looks the class up as `module.OrderRecord`, which does not exist, so the orders cannot be sent to a worker."""
import hashlib
from collections import namedtuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

Order = namedtuple("OrderRecord", "sku qty")


def price(order):
    return order.sku, _chain(order.sku) * order.qty


def run():
    orders = [Order(f"sku-{i}", 1 + i % 3) for i in range(16)]
    quotes = []
    for order in orders:
        quotes.append(price(order))
    return quotes[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
