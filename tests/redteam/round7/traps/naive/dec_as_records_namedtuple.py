"""Hazard [a custom decorator changes what the function returns]: `@as_records('name qty')` turns the tuples `load_stock()` returns into instances of a namedtuple built inside the decorator; pickling fails because `Row` is no attribute of the module."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import collections
import functools
import hashlib


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def as_records(fields):
    def deco(fn):
        Row = collections.namedtuple("Row", fields)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [Row(*t) for t in fn(*args, **kwargs)]
        return wrapper
    return deco


@as_records("name qty")
def load_stock():
    return [(f"item{i}", i * 3) for i in range(16)]


def value(row):
    return row.name, _work(f"{row.name}x{row.qty}")


def run():
    with ProcessPoolExecutor() as ex:
        return list(ex.map(value, load_stock()))[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
