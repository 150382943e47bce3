"""Hazard [str field compared with `is`]: `Order.status` holds one of the module constants `OPEN`/`CLOSED` and `price` tests `order.status is OPEN`; strings unpickled in a worker are new objects, not the interned constants, so every order is treated as closed."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass

OPEN = "open"
CLOSED = "closed"

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Order:
    sku: str
    status: str = "open"


def price(order):
    base = _chain(order.sku)
    return order.sku, base if order.status is OPEN else 0


def run():
    orders = [Order(f"sku-{i}", OPEN if i % 2 else CLOSED) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        quotes = list(executor.map(price, orders))
    return quotes[:4]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
