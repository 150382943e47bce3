"""Hazard [attribute set on enum members at run time]: `run` loads each tier's discount onto the members (`Tier.GOLD.discount = 20`); enum members unpickle as the worker's own members, whose `__init__` set a discount of 0."""
import enum
import hashlib
from dataclasses import dataclass


class Tier(enum.Enum):
    BRONZE = "bronze"
    SILVER = "silver"
    GOLD = "gold"

    def __init__(self, value):
        self.discount = 0


@dataclass(frozen=True)
class Customer:
    name: str
    tier: Tier
    spend: int


def _loyalty(name, rounds=1500):
    h = name.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] % 4


def bill(c: Customer) -> tuple:
    return c.name, c.spend - c.spend * c.tier.discount // 100 + _loyalty(c.name)


def run():
    for member, pct in ((Tier.BRONZE, 5), (Tier.SILVER, 10), (Tier.GOLD, 20)):
        member.discount = pct
    customers = [Customer(f"c{i}", list(Tier)[i % 3], 1000 + 10 * i) for i in range(16)]
    bills = []
    for c in customers:
        bills.append(bill(c))
    return bills[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
