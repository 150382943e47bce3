"""Hazard [annotation lies]: `Line.qty` is annotated `int` but the caller passes a `Metered` int subclass whose `__mul__` counts uses in `Metered.uses` (billing telemetry); `run` reports the count, which stays 0 when the multiplications happen in workers."""
import hashlib
from dataclasses import dataclass


class Metered(int):
    uses = 0

    def __mul__(self, other):
        Metered.uses += 1
        return int(self) * other

    __rmul__ = __mul__


@dataclass(frozen=True)
class Line:
    sku: str
    qty: int


def _unit(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 100 + h[0]


def cost(line: Line) -> tuple:
    return line.sku, line.qty * _unit(line.sku)


def run():
    lines = [Line(f"sku-{i}", Metered(1 + i % 5)) for i in range(16)]
    costs = []
    for line in lines:
        costs.append(cost(line))
    return sum(c for _, c in costs), Metered.uses


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
