"""Hazard [namedtuple class re-created at run time]: `run` re-creates `Row = namedtuple("Row", ...)` from a header with an extra column, so the existing rows belong to a class that is no longer `module.Row`; pickling them fails ("not the same object")."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from collections import namedtuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

Row = namedtuple("Row", "sku qty")


def cost(row):
    return row.sku, _chain(row.sku) * row.qty


def run():
    global Row
    rows = [Row(f"sku-{i}", 1 + i % 3) for i in range(16)]
    Row = namedtuple("Row", "sku qty note")
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(cost, rows))
    return out[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
