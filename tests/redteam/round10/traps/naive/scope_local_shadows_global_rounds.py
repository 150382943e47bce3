"""Hazard [element reads an enclosing local]: `run` sets a local `ROUNDS = 3000` that shadows the module's `ROUNDS = 1000`; a module-level helper evaluating the same element reads the module value silently."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

ROUNDS = 1000


def _run_item(item):
    a, b = item
    return _digest(a + b, ROUNDS)


def run():
    ROUNDS = 3000
    pairs = [(f"a{i}", f"b{i}") for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, pairs, chunksize=8))
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
