"""Hazard [dataclass made at run time]: `run` builds the `Row` dataclass with `make_dataclass` from the configured columns; the class is not a module attribute the pickler can find, so the rows cannot be sent to a worker."""
import hashlib
from dataclasses import make_dataclass

COLUMNS = ("sku", "qty", "warehouse")


def _unit(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 100 + h[0]


def value(row) -> tuple:
    return row.sku, _unit(row.sku) * row.qty


def run():
    Row = make_dataclass("Row", COLUMNS, frozen=True)
    rows = [Row(f"sku-{i}", 1 + i % 3, f"wh{i % 2}") for i in range(16)]
    values = []
    for r in rows:
        values.append(value(r))
    return values[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
