"""Hazard [result holds the record's list field]: a namedtuple `Order` holds a list of notes; `review` returns `(order.sku, order.notes, cost)` and `run` appends "reviewed" to each returned list, expecting it on the orders."""
import hashlib
from collections import namedtuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

Order = namedtuple("Order", "sku notes")


def review(order):
    return order.sku, order.notes, _chain(order.sku)


def run():
    orders = [Order(f"sku-{i}", [f"n{i}"]) for i in range(16)]
    out = []
    for order in orders:
        out.append(review(order))
    for _, notes, _ in out:
        notes.append("reviewed")
    return [o.notes for o in orders[:3]]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
