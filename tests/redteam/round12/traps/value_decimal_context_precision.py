"""Hazard [decimal context set by the caller]: `run` sets `decimal.getcontext().prec = 6` for reporting and `Loan.monthly()` divides Decimal fields; a spawned worker computes with the default 28 digits."""
import decimal
import hashlib
from dataclasses import dataclass
from decimal import Decimal

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Loan:
    ref: str
    amount: Decimal = Decimal(0)

    def monthly(self):
        return self.amount / Decimal(7)


def assess(loan):
    _chain(loan.ref)
    return loan.ref, str(loan.monthly())


def run():
    decimal.getcontext().prec = 6
    loans = [Loan(f"L{i}", Decimal(1000 + i)) for i in range(16)]
    out = []
    for loan in loans:
        out.append(assess(loan))
    return out[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
