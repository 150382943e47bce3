"""Hazard [results do not pickle]: `expand` is a generator function, so each element is a generator that `run` drains afterwards; generators cannot be sent back from a worker."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def expand(a, b):
    for i in range(3):
        yield _digest(f"{a}{b}{i}", 1500)


def _run_item(item):
    a, b = item
    return expand(a, b)


def run():
    pairs = [(f"a{i}", f"b{i}") for i in range(16)]
    with ProcessPoolExecutor() as executor:
        gens = list(executor.map(_run_item, pairs, chunksize=8))
    return [list(g) for g in gens[:2]]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
