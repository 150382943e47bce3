"""Hazard [frozen dataclass mutated through `object.__setattr__`]: `Bin.take()` is a plain method that decrements the frozen field `stock` with `object.__setattr__`; `run` reports the remaining stock, which a worker's copy takes from."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Bin:
    label: str
    stock: int = 10

    def take(self, n):
        object.__setattr__(self, "stock", self.stock - n)
        return n


def pick(bin_):
    n = 1 + _chain(bin_.label) % 3
    bin_.take(n)
    return bin_.label, n


def run():
    bins = [Bin(f"b{i}", 10 + i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        picks = list(executor.map(pick, bins))
    return picks[:3], [b.stock for b in bins]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
