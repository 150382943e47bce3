"""Hazard [items reference an unpicklable resource]: `{o.sku: quote(o) for o in orders}`; each `Order` keeps a reference to the shared `Catalog`, which holds an open `sqlite3` connection; `quote` only reads plain fields, but pickling an order pickles the catalog, and a sqlite3 connection cannot be pickled."""
import hashlib
from concurrent.futures import ProcessPoolExecutor
import sqlite3

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class Catalog:
    def __init__(self):
        self.db = sqlite3.connect(":memory:")
        self.db.execute("create table item (sku text primary key, cents int)")


class Order:
    def __init__(self, catalog, sku, qty):
        self.catalog = catalog
        self.sku = sku
        self.qty = qty


def quote(order):
    return _stretch(f"{order.sku}x{order.qty}")


def run():
    catalog = Catalog()
    orders = [Order(catalog, f"SKU-{i:03d}", 1 + i % 5) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        items = list(orders)
        out = dict(zip((o.sku for o in items), executor.map(quote, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
