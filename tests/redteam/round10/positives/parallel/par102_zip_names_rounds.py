"""Positive: hash-chain each name for its own number of rounds, names and rounds zipped from two lists."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def chain(name, rounds):
    h = name.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def _run_item(item):
    name, r = item
    return chain(name, r)


def run():
    names = [f"artifact-{i}" for i in range(16)]
    rounds = [4000 + 500 * (i % 5) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, zip(names, rounds), chunksize=8))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
