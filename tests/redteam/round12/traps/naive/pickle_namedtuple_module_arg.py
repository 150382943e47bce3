"""Hazard [`namedtuple(module=...)`]: the record class declares `module="billing.schema"` (its public home); pickle looks for the class in that module, which cannot be imported here."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from collections import namedtuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

Invoice = namedtuple("Invoice", "ref amount", module="billing.schema")


def settle(inv):
    return inv.ref, _chain(inv.ref) + inv.amount


def run():
    invs = [Invoice(f"inv{i}", 10 * i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(settle, invs))
    return out[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
