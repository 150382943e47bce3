"""Hazard [item dict given a frame by subscript assignment]: `records[0]['origin'] = inspect.currentframe()` tags one record with its creator's frame for debugging; the callee ignores it, but frames cannot be pickled."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import inspect

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def make_record(i):
    return {"id": i, "text": f"entry-{i}"}


def encode(rec):
    return rec["id"], _work(rec["text"])


def run():
    records = [make_record(i) for i in range(16)]
    records[0]["origin"] = inspect.currentframe()
    with ProcessPoolExecutor() as ex:
        encoded = list(ex.map(encode, records))
    return encoded


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
