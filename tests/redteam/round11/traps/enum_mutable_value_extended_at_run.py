"""Hazard [enum with a mutable value]: each `Plan` member's value is its list of features, and `run` adds this release's feature to `Plan.PRO.value`; `assign` returns a `Plan` member, enums pickle by value, and the caller has no member equal to the worker's unextended list."""
import enum
import hashlib
from dataclasses import dataclass


class Plan(enum.Enum):
    FREE = ["search"]
    PRO = ["search", "export"]


@dataclass(frozen=True)
class Account:
    user: str
    seats: int


def _score(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def assign(a: Account) -> tuple:
    plan = Plan.PRO if a.seats > 3 or _score(a.user) > 200 else Plan.FREE
    return a.user, plan


def run():
    Plan.PRO.value.append("audit-log")
    accounts = [Account(f"user{i}", i % 6) for i in range(16)]
    assigned = []
    for a in accounts:
        assigned.append(assign(a))
    return [(user, len(plan.value)) for user, plan in assigned[:6]]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
