"""Hazard [`format` of a project class memoises in a module dict]: `label(price)` calls `price.format(".2f")`; `Price.format` caches renderings in the module dict `_RENDERED`; `run` reports the cache size, which stays 0 in the caller when labels are rendered in workers."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


_RENDERED = {}


class Price:
    def __init__(self, cents):
        self.cents = cents

    def format(self, spec):
        key = (self.cents, spec)
        if key not in _RENDERED:
            _RENDERED[key] = format(self.cents / 100, spec)
        return _RENDERED[key]


def label(price):
    return _chain(price.format(".2f").encode())


def run():
    prices = [Price(100 * (i % 10) + 5) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        labels = list(executor.map(label, prices))
    return len(_RENDERED), sum(labels)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
