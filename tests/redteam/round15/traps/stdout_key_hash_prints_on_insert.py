"""Hazard [key `__hash__` prints, interleaved with the iterable's prints]: `{sku: price(sku) for sku in feed()}`; `Sku.__hash__` logs `hash <sku>` when the dict inserts the key and `feed` logs `recv <sku>`; sequentially the lines alternate; the naive rewrite receives all 16 SKUs before the first insert."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class Sku(str):
    def __hash__(self):
        print(f"hash {self}")
        return str.__hash__(self)


def feed():
    for i in range(16):
        sku = Sku(f"SKU{i:03d}")
        print(f"recv {sku}")
        yield sku


def price(sku):
    return _stretch(str(sku))


def run():
    out = {sku: price(sku) for sku in feed()}
    return len(out)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
