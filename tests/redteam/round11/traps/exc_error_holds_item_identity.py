"""Hazard [exception carries the item]: `OutOfStock(bin)` keeps the failing `Bin`, and `run` marks `e.bin.status = "backorder"` in its handler; the exception from a worker holds a copy, so the caller's bin is never marked."""
import hashlib
from dataclasses import dataclass


@dataclass
class Bin:
    sku: str
    qty: int
    status: str = "ok"


class OutOfStock(Exception):
    def __init__(self, bin):
        super().__init__(bin)
        self.bin = bin


def _demand(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] % 8


def pick(b: Bin) -> tuple:
    need = _demand(b.sku)
    if need > b.qty:
        raise OutOfStock(b)
    return b.sku, need


def run():
    bins = [Bin(f"sku-{i}", 4 + i % 4) for i in range(16)]
    try:
        picks = []
        for b in bins:
            picks.append(pick(b))
    except OutOfStock as e:
        e.bin.status = "backorder"
    return [b.sku for b in bins if b.status != "ok"]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
