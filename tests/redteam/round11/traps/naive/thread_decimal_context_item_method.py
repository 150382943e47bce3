"""Hazard [decimal context read by an item method]: `run` sets the decimal precision to 8 for reporting, and `Loan.monthly()` divides Decimals; the decimal context is per thread, so a thread pool computes at the default 28 digits."""
from concurrent.futures import ThreadPoolExecutor
import decimal
import hashlib
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Loan:
    ident: str
    principal: Decimal
    months: int

    def monthly(self):
        return self.principal * Decimal("1.05") / (self.months * 12 - 1)


def _ref(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:4]


def schedule(loan: Loan) -> tuple:
    return loan.ident, str(loan.monthly()), _ref(loan.ident)


def run():
    decimal.getcontext().prec = 8
    loans = [Loan(f"L{i}", Decimal(10000 + 1234 * i), 7 + i) for i in range(16)]
    with ThreadPoolExecutor() as executor:
        plan = list(executor.map(schedule, loans))
    return plan[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
