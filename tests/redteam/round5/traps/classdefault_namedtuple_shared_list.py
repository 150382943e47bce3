"""Hazard [mutable class-level default shared by instances]: Order(sku) takes the NamedTuple's default `notes` list, one list object shared by all orders, and the callee appends to it; workers append to their own."""
import hashlib
from typing import NamedTuple

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Order(NamedTuple):
    sku: str
    notes: list = []


def check(sku):
    order = Order(sku)
    order.notes.append(f"checked {sku}")
    return sku, _work(sku)


def main():
    skus = [f"sku{i}" for i in range(16)]
    checked = []
    for s in skus:
        checked.append(check(s))
    return checked, len(Order._field_defaults["notes"])
