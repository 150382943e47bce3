"""Positive PAR104: `{o.sku: price(o) for o in orders}` over `typing.NamedTuple` orders; `price` stretches the SKU with PBKDF2 and returns `(o.qty, cost)`."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from typing import NamedTuple


class Order(NamedTuple):
    sku: str
    qty: int = 1
    region: str = "eu"


def price(o):
    key = hashlib.pbkdf2_hmac("sha256", o.sku.encode(), o.region.encode(), 150000)
    return o.qty, (100 + key[0]) * o.qty


def main():
    orders = [Order(f"sku-{i:03}", 1 + i % 5, ("eu", "us", "ap")[i % 3]) for i in range(18)]
    with ProcessPoolExecutor() as executor:
        quotes = dict(zip([o.sku for o in orders], executor.map(price, orders)))
    return quotes
