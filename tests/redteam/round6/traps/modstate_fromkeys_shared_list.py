"""Hazard [module dict built with `dict.fromkeys(keys, [])`]: every region maps to one shared list that `assign` appends to; a process pool appends to the workers' copies."""
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

REGIONS = ("eu", "us", "ap")
BY_REGION = dict.fromkeys(REGIONS, [])


def assign(order):
    name, n = order
    BY_REGION[REGIONS[n % 3]].append(name)
    return _work(name)


def main():
    orders = [(f"o{i}", i * 7) for i in range(16)]
    out = []
    for o in orders:
        out.append(assign(o))
    return out[:2], len(BY_REGION["eu"])
