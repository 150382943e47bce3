"""Hazard [exception chaining]: `resolve` raises `LookupFailed` while handling a KeyError, and `run` reports `__context__`; the pickled exception loses its context."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

TABLE = {f"k{i}": i for i in range(10)}


class LookupFailed(Exception):
    pass


def resolve(key, n):
    d = _digest(f"{key}{n}")
    try:
        return d, TABLE[key]
    except KeyError:
        raise LookupFailed(key)


def _run_item(item):
    key, n = item
    return resolve(key, n)


def run():
    pairs = [(f"k{i}", i) for i in range(16)]
    try:
        with ProcessPoolExecutor() as executor:
            out = list(executor.map(_run_item, pairs, chunksize=8))
    except LookupFailed as e:
        return "lookup", type(e.__context__).__name__
    return out[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
