"""Hazard [the iterable's function returns unpicklable items]: `load_records()` defines its `Record` class inside the function and returns instances; the work reads their fields sequentially, pickling `load_records.<locals>.Record` fails."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_records():
    class Record:
        __slots__ = ("key", "weight")

        def __init__(self, key, weight):
            self.key = key
            self.weight = weight

    return [Record(f"k{i}", i * 3) for i in range(16)]


def score(rec):
    return rec.key, _work(f"{rec.key}:{rec.weight}")


def run():
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, load_records()))[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
