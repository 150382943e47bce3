"""Hazard [element reads `self`]: the comprehension in `Indexer.build` calls `self.key(a, b)`; a module-level helper has no `self`."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def _run_item(item):
    a, b = item
    return self.key(a, b)


class Indexer:
    def __init__(self, salt):
        self.salt = salt
        self.pairs = [(f"doc{i}", i) for i in range(16)]

    def key(self, a, b):
        return _digest(f"{self.salt}{a}{b}")

    def build(self):
        with ProcessPoolExecutor() as executor:
            out = list(executor.map(_run_item, self.pairs, chunksize=8))
        return out


def run():
    return Indexer("s1").build()[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
