"""Hazard [the iterable's function sets state the work reads]: `read_sheet()` registers the sheet's unit factors in the module dict `UNITS` and returns the rows; the work converts through `UNITS`, which spawned workers hold as imported (no 'mi', no 'ft')."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

UNITS = {"m": 1.0, "km": 1000.0}


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def read_sheet():
    UNITS.update({"mi": 1609.344, "ft": 0.3048})
    return [(f"leg{i}", 1 + i, ("m", "km", "mi", "ft")[i % 4]) for i in range(16)]


def convert(row):
    name, value, unit = row
    meters = value * UNITS.get(unit, 0.0)
    return name, round(meters, 3), _work(f"{name}:{meters:.3f}")


def main():
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(convert, read_sheet()))
    return out[:4]
