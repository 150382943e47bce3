"""The loop runs inside `with decimal.localcontext()` that sets 6-digit precision; the decimal
context is per thread, so pool threads divide with the default 28 digits."""
import decimal
import os
import tempfile
from decimal import Decimal


def load_unit_price(path):
    with open(path) as f:
        total, qty = f.read().split(",")
    return Decimal(total) / Decimal(qty)


def main():
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i in range(20):
            p = os.path.join(d, f"line{i}.txt")
            with open(p, "w") as f:
                f.write(f"{1000 + i * 37}.10,{3 + i % 4}")
            paths.append(p)
        with decimal.localcontext() as ctx:
            ctx.prec = 6
            prices = [load_unit_price(p) for p in paths]
    return [str(p) for p in prices[:3]]
