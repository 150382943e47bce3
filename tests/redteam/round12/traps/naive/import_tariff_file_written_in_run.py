"""Hazard [module reads a file at import]: `TARIFF` is loaded at import from `tariff.json` if present; `run` writes a new tariff file (for the next start) before pricing, and workers importing the module afterwards price with the new file."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import json
import os
from typing import NamedTuple

def _load():
    if os.path.exists("tariff.json"):
        with open("tariff.json") as f:
            return json.load(f)
    return {"factor": 1}


TARIFF = _load()

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Order(NamedTuple):
    sku: str
    qty: int = 1


def price(order):
    return order.sku, _chain(order.sku) * order.qty * TARIFF["factor"]


def run():
    with open("tariff.json", "w") as f:
        json.dump({"factor": 4}, f)
    orders = [Order(f"sku-{i}", 1 + i % 3) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        quotes = list(executor.map(price, orders))
    return quotes[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
