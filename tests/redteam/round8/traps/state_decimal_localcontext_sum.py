"""Hazard [a decimal context set by the caller around a sum]: the caller sums the shares inside `decimal.localcontext()` with 6 significant digits; `share(w)` measures the rounding residue of dividing and multiplying back by 7 in the current context, which a worker process does not have (28 digits, a residue many orders of magnitude smaller), so the total differs."""
import decimal
import hashlib
from decimal import Decimal


def share(weight):
    h = str(weight).encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    residue = Decimal(weight) / 7 * 7 - weight
    return residue * Decimal(10) ** 12 + h[0]


def main():
    weights = {f"asset{i:02d}": 1000 + 137 * i for i in range(16)}
    with decimal.localcontext() as ctx:
        ctx.prec = 6
        total = sum(share(w) for _, w in weights.items())
        return str(total)
