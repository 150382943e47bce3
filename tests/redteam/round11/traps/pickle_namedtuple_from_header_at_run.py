"""Hazard [namedtuple class made at run time]: `read_rows` builds `Row = namedtuple("Row", header)` from the CSV header; the class is not a module attribute, so the rows cannot be pickled for a worker."""
import csv
import hashlib
import io
from collections import namedtuple

DATA = "sku,qty,region\n" + "".join(f"sku-{i},{1 + i % 4},{('eu', 'us')[i % 2]}\n" for i in range(16))


def read_rows(text):
    reader = csv.reader(io.StringIO(text))
    Row = namedtuple("Row", next(reader))
    return [Row(*r) for r in reader]


def _unit(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 100 + h[0]


def price(row) -> tuple:
    return row.sku, _unit(row.sku) * int(row.qty)


def run():
    rows = read_rows(DATA)
    prices = []
    for row in rows:
        prices.append(price(row))
    return prices[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
