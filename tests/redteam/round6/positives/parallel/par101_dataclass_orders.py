"""Positive PAR101: frozen dataclass orders priced by a module-level function that calls two pure helpers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    sku: str
    qty: int
    region: str


TAX = {"eu": 21, "us": 8, "ap": 10}


def _base_price(sku: str) -> int:
    h = sku.encode()
    for _ in range(40000):
        h = hashlib.sha256(h).digest()
    return 100 + h[0]


def _with_tax(cents: int, region: str) -> int:
    return cents + cents * TAX[region] // 100


def price_order(order: Order) -> tuple:
    unit = _base_price(order.sku)
    return order.sku, _with_tax(unit * order.qty, order.region)


def main():
    orders = [Order(f"sku-{i}", 1 + i % 4, ("eu", "us", "ap")[i % 3]) for i in range(16)]
    with ProcessPoolExecutor() as ex:
        quotes = list(ex.map(price_order, orders))
    return quotes
