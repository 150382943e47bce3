"""Hazard [import-time registry extended at run time]: the module registers default handlers at import into `HANDLERS`; `run` registers an extra handler for "gift" orders, which workers (re-importing the module) do not have, so they fall back to the default."""
import hashlib
from collections import namedtuple

HANDLERS = {}


def _std(order):
    return order.qty * 10


HANDLERS["std"] = _std

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

Order = namedtuple("Order", "sku kind qty")


def handle(order):
    fn = HANDLERS.get(order.kind, _std)
    return order.sku, _chain(order.sku) + fn(order)


def _gift(order):
    return 0


def run():
    HANDLERS["gift"] = _gift
    orders = [Order(f"sku-{i}", ("std", "gift")[i % 2], 1 + i % 5) for i in range(16)]
    out = []
    for order in orders:
        out.append(handle(order))
    return out[:4]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
