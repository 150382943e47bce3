"""Hazard [plain method replaced by name from config]: `run` applies a pricing plugin with `setattr(Item, "price", PLUGINS[mode])`; the worker's `Item` keeps the default `price` method."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from typing import NamedTuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Item(NamedTuple):
    code: str
    qty: int = 1

    def price(self):
        return _chain(self.code) * self.qty


def _bulk_price(self):
    return _chain(self.code) * self.qty - 5 * (self.qty - 1)


PLUGINS = {"bulk": _bulk_price}


def quote(item):
    return item.code, item.price()


def run():
    setattr(Item, "price", PLUGINS["bulk"])
    items = [Item(f"i{i}", 1 + i % 4) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        quotes = list(executor.map(quote, items))
    return quotes[:4]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
