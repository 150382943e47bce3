"""Hazard [`locals()` in the element]: each record digests the comprehension's `locals()` (its own named variables); in the helper `locals()` also holds `item`."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def record(scope):
    keys = sorted(k for k in scope if k.isidentifier())
    return keys, _digest(repr([(k, scope[k]) for k in keys]))


def _run_item(item):
    a, b = item
    return record(locals())


def run():
    pairs = [(f"a{i}", i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, pairs, chunksize=8))
    return out[0][0], [d for _, d in out[:3]]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
