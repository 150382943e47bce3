"""Hazard [nested record holds a shared bytearray]: orders of one customer share a `Customer` record holding a `bytearray` ledger; `bill` appends the charge byte to `order.customer.ledger`, and `run` reports the ledgers, which the worker's copies absorb."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Customer:
    name: str
    ledger: bytearray


@dataclass(frozen=True)
class Order:
    sku: str
    customer: Customer


def bill(order):
    charge = _chain(order.sku)
    order.customer.ledger.append(charge)
    return order.sku, charge


def run():
    custs = [Customer(f"c{k}", bytearray()) for k in range(2)]
    orders = [Order(f"sku-{i}", custs[i % 2]) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(bill, orders))
    return [len(c.ledger) for c in custs]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
