"""Hazard [NamedTuple plain method named like a tuple method]: `Sku.index()` shadows `tuple.index` and assigns a catalogue position through the module dict `CATALOGUE.setdefault`; `run` reports the catalogue, which workers fill in their own copies."""
import hashlib
from typing import NamedTuple

CATALOGUE = {}

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Sku(NamedTuple):
    code: str
    pack: int = 1

    def index(self):
        return CATALOGUE.setdefault(self.code, len(CATALOGUE))


def register(sku):
    sku.index()
    return sku.code, _chain(sku.code) * sku.pack


def run():
    skus = [Sku(f"k{i}", 1 + i % 2) for i in range(16)]
    rows = []
    for sku in skus:
        rows.append(register(sku))
    return len(CATALOGUE), sorted(CATALOGUE.items())[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
