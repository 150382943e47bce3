"""Hazard [decimal context is per thread/context]: the caller sets the decimal precision;
totals computed from Decimal-parsed JSON in pool threads use the default context."""
from concurrent.futures import ThreadPoolExecutor
import decimal
import json
import os
import tempfile
import time
from decimal import Decimal


def make_files(n: int) -> list:
    d = tempfile.mkdtemp()
    paths = []
    for i in range(n):
        p = os.path.join(d, f"ledger{i}.json")
        with open(p, "w") as f:
            f.write("[" + ", ".join(f"{k}.{i}{k}7{k}3" for k in range(1, 40)) + "]")
        paths.append(p)
    return paths


def total(path: str) -> Decimal:
    time.sleep(0.03)
    with open(path) as f:
        return sum(json.load(f, parse_float=Decimal), Decimal(0))


def main():
    decimal.getcontext().prec = 6
    paths = make_files(4)
    with ThreadPoolExecutor() as ex:
        totals = list(ex.map(total, paths))
    return [str(t) for t in totals]
