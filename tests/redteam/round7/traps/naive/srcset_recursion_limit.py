"""Hazard [the iterable's function sets state the work reads]: `load_depths()` raises the recursion limit to 6000 before returning depths of 2000-2750; the recursive work fits sequentially, a spawned worker keeps the default limit of 1000 and raises RecursionError."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import sys


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_depths():
    sys.setrecursionlimit(6000)
    return [2000 + 50 * i for i in range(16)]


def _nest(d):
    return [] if d == 0 else [_nest(d - 1)]


def _depth(node):
    return 0 if not node else 1 + _depth(node[0])


def measure(d):
    return _depth(_nest(d)), _work(d)


def run():
    with ProcessPoolExecutor() as ex:
        total = sum(r[0] for r in ex.map(measure, load_depths()))
    return total


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
