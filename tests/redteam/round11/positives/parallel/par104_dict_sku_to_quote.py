"""Positive PAR104: `quotes[order.sku] = price(order)` over frozen-dataclass orders from `load_orders()`; `price` returns `(order.qty, cost)`, immutable parts of the item and an int."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    sku: str
    qty: int


def load_orders():
    return [Order(f"sku-{i:03}", 2 + i % 5) for i in range(16)]


def price(order: Order) -> tuple:
    key = hashlib.pbkdf2_hmac("sha256", order.sku.encode(), b"price-v1", 180000)
    return order.qty, (100 + key[0]) * order.qty


def main():
    orders = load_orders()
    quotes = {}
    with ProcessPoolExecutor() as executor:
        for order, q in zip(orders, executor.map(price, orders)):
            quotes[order.sku] = q
    return quotes
