"""Hazard [a custom memoizing decorator returns the same result on every call]: `@memoize` makes `load_customers()` hand back one cached list of dicts; the work normalises each name in place, which the second call shows sequentially but not after a process pool."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import functools
import hashlib


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return wrapper


@memoize
def load_customers(region):
    return [{"name": f"  Customer {i} ", "region": region} for i in range(16)]


def normalise(rec):
    rec["name"] = rec["name"].strip().lower()
    return _work(rec["name"])


def main():
    with ProcessPoolExecutor() as ex:
        keys = list(ex.map(normalise, load_customers("eu")))
    return keys[:2], load_customers("eu")[0]["name"]
