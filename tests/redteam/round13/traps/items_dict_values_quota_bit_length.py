"""Hazard [`dict.items()` unpacking, mixed value types]: `widths[name] = width(qty)` over `stock.items()`; most quantities are ints but some are `Quota` objects whose `bit_length` counts use per owner in the module Counter `USED`; `run` reports `USED`, empty in the caller when widths are computed in workers."""
import collections
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


USED = collections.Counter()


class Quota:
    def __init__(self, owner, limit):
        self.owner, self.limit = owner, limit

    def bit_length(self):
        USED[self.owner] += 1
        return self.limit.bit_length()


def width(qty):
    bits = qty.bit_length()
    return bits, _chain(bits)


def run():
    stock = {f"item{i}": (Quota(f"team{i % 3}", 300 + i) if i % 4 == 0 else 12 * i) for i in range(16)}
    widths = {}
    for name, qty in stock.items():
        widths[name] = width(qty)
    return sorted(USED.items()), sorted(widths.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
