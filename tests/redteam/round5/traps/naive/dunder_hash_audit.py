"""Hazard [side effect in an item's dunder]: `sku in DISCOUNTED` calls Sku.__hash__, which counts hash calls in a module list; in a process pool the counting happens in the workers and the caller's audit stays empty."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


HASH_AUDIT = []


class Sku:
    def __init__(self, code):
        self.code = code

    def __hash__(self):
        HASH_AUDIT.append(self.code)
        return hash(self.code)

    def __eq__(self, other):
        return isinstance(other, Sku) and other.code == self.code


DISCOUNTED = frozenset([Sku("sku-3"), Sku("sku-7")])


def price(sku):
    rate = 90 if sku in DISCOUNTED else 100
    return sku.code, rate, _work(sku.code)


def main():
    items = [Sku(f"sku-{i}") for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(price, items))
    return out, len(HASH_AUDIT)
