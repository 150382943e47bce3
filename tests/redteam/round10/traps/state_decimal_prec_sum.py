"""Hazard [decimal context set at run time]: `run` raises the decimal precision to 60 and sums Decimal ratios; a worker divides at the default 28 digits."""
import decimal
from decimal import Decimal
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def ratio(name, d):
    n = int(_digest(name), 16)
    return Decimal(n) / Decimal(d)


def run():
    decimal.getcontext().prec = 60
    pairs = [(f"r{i}", 7 + i * 3) for i in range(16)]
    total = sum(ratio(name, d) for name, d in pairs)
    return str(total)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
