"""Hazard [decimal context read by operators]: `main` sets precision 6; the arithmetic
in the callee uses the context of whichever process runs it."""
import decimal
from decimal import Decimal


def compound(rate: Decimal) -> str:
    acc = Decimal(1)
    for _ in range(20000):
        acc = acc * rate
        acc = acc / (rate + 1) * 2
    return str(acc)


def main():
    decimal.getcontext().prec = 6
    rates = [Decimal(i) / 100 for i in range(1, 41)]
    out = []
    for r in rates:
        out.append(compound(r))
    return out[:3]
