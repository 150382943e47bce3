"""Positive PAR102: `{o.sku: cost(o) for o in orders}` over frozen-dataclass orders; `cost` hash-chains the SKU (pure)."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    sku: str
    qty: int


def cost(o: Order) -> int:
    h = o.sku.encode()
    for _ in range(160000):
        h = hashlib.sha256(h).digest()
    return (100 + h[0]) * o.qty


def main():
    orders = [Order(f"sku-{i:03}", 1 + i % 6) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        costs = dict(zip([o.sku for o in orders], executor.map(cost, orders)))
    return costs
