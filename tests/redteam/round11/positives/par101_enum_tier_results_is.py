"""Positive PAR101: classify customers (frozen dataclass with an `enum.Enum` field) into `Tier` members; results `(customer.name, tier)` come back as the same members (enums unpickle by value lookup), so the caller's `tier is Tier.GOLD` still holds."""
import enum
import hashlib
from dataclasses import dataclass


class Tier(enum.Enum):
    BRONZE = 1
    SILVER = 2
    GOLD = 3


@dataclass(frozen=True)
class Customer:
    name: str
    current: Tier
    spend: int


def classify(c: Customer) -> tuple:
    h = f"{c.name}:{c.spend}".encode()
    for _ in range(180000):
        h = hashlib.sha256(h).digest()
    score = c.spend // 1000 + h[0] % 3 + c.current.value
    tier = Tier.GOLD if score >= 9 else Tier.SILVER if score >= 6 else Tier.BRONZE
    return c.name, tier


def main():
    customers = [Customer(f"cust{i:02}", list(Tier)[i % 3], 500 * i) for i in range(16)]
    tiers = []
    for c in customers:
        tiers.append(classify(c))
    gold = [name for name, t in tiers if t is Tier.GOLD]
    return gold, [(name, t.name) for name, t in tiers]
