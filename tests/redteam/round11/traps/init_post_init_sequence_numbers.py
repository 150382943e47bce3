"""Hazard [`__post_init__` class counter]: `Quote.__post_init__` numbers each quote from the class counter `Quote.issued`; quotes built in workers advance the workers' counters, so the caller's next manual quote is numbered 1 instead of 17."""
import hashlib
from dataclasses import dataclass, field
from typing import ClassVar


@dataclass
class Order:
    sku: str
    qty: int


@dataclass
class Quote:
    sku: str
    cents: int
    number: int = field(init=False)
    issued: ClassVar[int] = 0

    def __post_init__(self):
        Quote.issued += 1
        self.number = Quote.issued


def _unit(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 100 + h[0]


def quote(order: Order) -> Quote:
    return Quote(order.sku, _unit(order.sku) * order.qty)


def run():
    orders = [Order(f"sku-{i}", 1 + i % 3) for i in range(16)]
    quotes = []
    for o in orders:
        quotes.append(quote(o))
    manual = Quote("manual", 0)
    return Quote.issued, manual.number, sum(q.cents for q in quotes)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
