"""Hazard [result key hashed by identity]: `price` returns `(order.key, cost)` where `OrderKey` has the default identity hash; `run` builds `dict(quotes)` and looks each order up with `costs[order.key]`, which misses for keys copied back from a worker."""
import hashlib
from dataclasses import dataclass


class OrderKey:
    def __init__(self, region, number):
        self.region = region
        self.number = number


@dataclass(frozen=True)
class Order:
    key: OrderKey
    sku: str
    qty: int


def _unit(sku, rounds=2000):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 50 + h[1]


def price(order: Order) -> tuple:
    return order.key, _unit(order.sku) * order.qty


def run():
    orders = [Order(OrderKey("eu", i), f"sku-{i}", 2 + i % 3) for i in range(16)]
    quotes = []
    for order in orders:
        quotes.append(price(order))
    costs = dict(quotes)
    return [costs[o.key] for o in orders]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
