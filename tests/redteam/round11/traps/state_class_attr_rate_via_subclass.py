"""Hazard [class attribute set at run time, read through instances]: `run` sets `Product.markup` (the base class) from the day's configuration; the worker reads `self.markup` on `Book`/`Game` instances from its freshly imported base class default."""
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Product:
    sku: str
    cost: int
    markup = 10

    def list_price(self):
        return self.cost + self.cost * self.markup // 100


class Book(Product):
    pass


class Game(Product):
    pass


def _shipping(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] % 5


def quote(p: Product) -> tuple:
    return p.sku, p.list_price() + _shipping(p.sku)


def run():
    Product.markup = 35
    items = [(Book if i % 2 else Game)(f"sku-{i}", 200 + 10 * i) for i in range(16)]
    quotes = []
    for p in items:
        quotes.append(quote(p))
    return quotes[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
