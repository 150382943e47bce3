"""Hazard [int subclass with state]: `qty` holds a `Metered` int subclass whose `__mul__` counts uses in the module list `USES`; `run` reports the meter, which counts in the worker's module instead."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from typing import NamedTuple

USES = []

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Metered(int):
    def __mul__(self, other):
        USES.append(int(self))
        return int(self) * other


class Line(NamedTuple):
    sku: str
    qty: int = 1


def cost(line):
    return line.sku, line.qty * _chain(line.sku)


def run():
    lines = [Line(f"sku-{i}", Metered(1 + i % 3)) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(cost, lines))
    return len(USES), out[:2]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
