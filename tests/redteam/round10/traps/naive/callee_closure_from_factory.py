"""Hazard [callee bound in the enclosing function]: `score` is a closure over a salt returned by `make_scorer`, and shadows the module-level `score`; the helper calls the unsalted module function."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def score(a, b):
    return _digest(a + b)


def make_scorer(salt):
    def scorer(a, b):
        return _digest(salt + a + b)
    return scorer


def _run_item(item):
    a, b = item
    return score(a, b)


def run():
    score = make_scorer("s3")
    pairs = [(f"a{i}", f"b{i}") for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, pairs, chunksize=8))
    return out[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
