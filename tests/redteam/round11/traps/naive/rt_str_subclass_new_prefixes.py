"""Hazard [str subclass `__new__` re-run by unpickling]: `Sku(code)` adds the catalogue prefix in `__new__`; str subclasses unpickle by calling `__new__` with the stored text, so a worker's SKUs read `CAT-CAT-...`."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass


class Sku(str):
    def __new__(cls, code):
        return super().__new__(cls, "CAT-" + code.upper())


@dataclass(frozen=True)
class Line:
    sku: Sku
    qty: int


def _unit(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 10 + h[0] % 50


def cost(line: Line) -> tuple:
    return str(line.sku), _unit(line.sku) * line.qty


def run():
    lines = [Line(Sku(f"a{i:02}"), 1 + i % 4) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        costs = list(executor.map(cost, lines))
    return costs[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
