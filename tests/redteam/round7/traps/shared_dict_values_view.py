"""Hazard [the function returns a live view of module state and the work mutates the items]: `stock_items()` returns `INVENTORY.values()`; the work reserves two units in each item dict, which the module's inventory shows sequentially but not after a process pool."""
import hashlib

INVENTORY = {f"sku{i}": {"stock": 10 + i, "reserved": 0} for i in range(16)}


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def stock_items():
    return INVENTORY.values()


def reserve(item):
    item["reserved"] += 2
    return item["stock"] - item["reserved"], _work(item["stock"])


def main():
    out = []
    for item in stock_items():
        out.append(reserve(item))
    return out[:2], sum(v["reserved"] for v in INVENTORY.values())
