"""Positive PAR101: quote frozen-dataclass orders with `quotes.append(price(order))`; `price` stretches the SKU with PBKDF2 and returns `(order.sku, cost)` (immutable parts of the item)."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    sku: str
    qty: int
    region: str


TAX = {"eu": 21, "us": 8, "ap": 10}


def price(order: Order) -> tuple:
    key = hashlib.pbkdf2_hmac("sha256", order.sku.encode(), order.region.encode(), 200000)
    unit = 100 + key[0]
    net = unit * order.qty
    return order.sku, net + net * TAX[order.region] // 100


def main():
    orders = [Order(f"sku-{i:03}", 1 + i % 4, ("eu", "us", "ap")[i % 3]) for i in range(18)]
    with ProcessPoolExecutor() as executor:
        quotes = list(executor.map(price, orders))
    return quotes
