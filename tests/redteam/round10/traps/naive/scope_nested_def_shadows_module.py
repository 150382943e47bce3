"""Hazard [callee bound in the enclosing function]: `run` defines its own `score` overriding the module-level one; the module-level helper calls the module's `score`."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def score(a, b):
    return _digest(a + b, 1000)


def _run_item(item):
    a, b = item
    return score(a, b)


def run():
    def score(a, b):
        return _digest(b + a, 2000)

    pairs = [(f"x{i}", f"y{i}") for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, pairs, chunksize=8))
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
