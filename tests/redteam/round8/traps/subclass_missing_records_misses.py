"""Hazard [`__missing__` with a side effect on module state]: `PRICES` is a `PriceBook` whose `__missing__` records the unknown SKU and prices it 0; `invoice(items)` looks each SKU up, so the caller's list of misses is filled sequentially and stays empty when the lookups ran in workers."""
import hashlib


class PriceBook(dict):
    def __init__(self, *args):
        super().__init__(*args)
        self.misses = []

    def __missing__(self, sku):
        self.misses.append(sku)
        return 0


PRICES = PriceBook({f"sku{i}": 100 + 25 * i for i in range(12)})


def invoice(items):
    cents = sum(PRICES[sku] * qty for sku, qty in items)
    h = repr((items, cents)).encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return cents, h.hex()[:6]


def main():
    orders = {f"o{i:02d}": ((f"sku{i % 14}", 1 + i % 3), (f"sku{(i * 5) % 14}", 2)) for i in range(16)}
    invoices = {oid: invoice(items) for oid, items in orders.items()}
    return sum(c for c, _ in invoices.values()), sorted(set(PRICES.misses))
