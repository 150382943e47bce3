"""Hazard [class replaced at run time]: `enable_packaging()` rebinds the module's `Order` to a new dataclass (same name and fields) whose `weight()` adds packaging; the orders pickle by name, and a worker rebuilds them as its import-time `Order` with the old `weight()`."""
import hashlib
from dataclasses import dataclass, make_dataclass


@dataclass(frozen=True)
class Order:
    sku: str
    qty: int

    def weight(self):
        return self.qty * 2


def _weight_with_packaging(self):
    return self.qty * 2 + 1


def enable_packaging():
    global Order
    Order = make_dataclass(
        "Order", [("sku", str), ("qty", int)], frozen=True,
        namespace={"__module__": __name__, "weight": _weight_with_packaging},
    )


def _zone(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 1 + h[0] % 3


def freight(order) -> tuple:
    return order.sku, order.weight() * _zone(order.sku)


def run():
    enable_packaging()
    orders = [Order(f"sku-{i}", 1 + i % 5) for i in range(16)]
    costs = []
    for o in orders:
        costs.append(freight(o))
    return sum(c for _, c in costs), costs[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
