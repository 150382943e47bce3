"""Hazard [callee mutates the item]: `reserve` takes stock from the (non-frozen dataclass) `Bin` it is given (`bin.qty -= n`) and returns `(bin.sku, taken)`; `run` reports the remaining stock, which the workers' copies never give back."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass


@dataclass
class Bin:
    sku: str
    qty: int


def _demand(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 1 + h[0] % 6


def reserve(b: Bin) -> tuple:
    taken = min(b.qty, _demand(b.sku))
    b.qty -= taken
    return b.sku, taken


def run():
    bins = [Bin(f"sku-{i}", 3 + i % 4) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        taken = list(executor.map(reserve, bins))
    return sum(t for _, t in taken), [b.qty for b in bins]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
