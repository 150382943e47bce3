"""Hazard [decimal.DefaultContext]: main() lowers DefaultContext.prec after its own context exists;
new pool threads copy DefaultContext and compute with 6 digits instead of 28."""
import decimal
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

UNIT = decimal.Decimal(1) / decimal.Decimal(7)


def share(x: str) -> str:
    d = decimal.Decimal(int(_work(x)[:6], 16)) / decimal.Decimal(7)
    return str(d)


def main():
    decimal.DefaultContext.prec = 6
    items = [f"item{i}" for i in range(16)]
    return [share(x) for x in items]
