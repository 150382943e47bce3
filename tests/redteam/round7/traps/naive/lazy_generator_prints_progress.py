"""Hazard [a generator function with output is drained up front]: `load_batches(n)` prints a progress line per batch it yields; sequentially the failing batch5 stops the loading after six lines, a pool loads (and prints) all sixteen before the failure surfaces."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_batches(n):
    for i in range(n):
        print(f"loading batch {i}")
        yield f"batch{i}"


def process(batch):
    if batch == "batch5":
        raise ValueError(f"corrupt {batch}")
    return _work(batch)


def main():
    out = []
    try:
        with ProcessPoolExecutor() as ex:
            out.extend(ex.map(process, load_batches(16)))
    except ValueError as e:
        return str(e), len(out)
    return "ok", len(out)
