"""Hazard [csv writer passed as an argument]: each call writes a row through the caller's `csv.writer`; the writer cannot be pickled for a process pool."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import csv
import hashlib
import io

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def emit(writer, item):
    d = _work(item)
    writer.writerow([item, d])
    return d


def run():
    buf = io.StringIO()
    writer = csv.writer(buf)
    items = [f"sku{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(emit, [writer] * len(items), items))
    return out[:2], buf.getvalue().count("\n")


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
