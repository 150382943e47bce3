"""Hazard [result is a shared nested object]: several orders share one `Customer`; `bill` returns `(order.customer, cost)` and `run` charges each returned customer, expecting the shared customers' balances to add up."""
import hashlib
from dataclasses import dataclass


@dataclass
class Customer:
    name: str
    balance: int = 0


@dataclass
class Order:
    customer: Customer
    sku: str
    qty: int


def _unit(sku, rounds=2000):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 10 + h[2] % 40


def bill(order: Order) -> tuple:
    return order.customer, _unit(order.sku) * order.qty


def run():
    customers = [Customer("acme"), Customer("globex"), Customer("initech")]
    orders = [Order(customers[i % 3], f"sku-{i}", 1 + i % 4) for i in range(16)]
    bills = []
    for order in orders:
        bills.append(bill(order))
    for customer, cost in bills:
        customer.balance += cost
    return [(c.name, c.balance) for c in customers]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
