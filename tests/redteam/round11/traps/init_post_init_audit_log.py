"""Hazard [`__post_init__` writes module state]: every `Payment` appends an audit entry to the module list `AUDIT` when constructed; `charge` builds the payments and `run` returns the audit trail, which stays empty when they are built in workers."""
import hashlib
from dataclasses import dataclass

AUDIT = []


@dataclass(frozen=True)
class Card:
    holder: str
    limit: int


@dataclass(frozen=True)
class Payment:
    holder: str
    amount: int

    def __post_init__(self):
        AUDIT.append(f"{self.holder}:{self.amount}")


def _risk(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] % 10


def charge(card: Card) -> Payment:
    return Payment(card.holder, card.limit // 10 + _risk(card.holder))


def run():
    cards = [Card(f"holder{i}", 1000 + 50 * i) for i in range(16)]
    payments = []
    for c in cards:
        payments.append(charge(c))
    return len(AUDIT), AUDIT[:3], payments[0].amount


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
