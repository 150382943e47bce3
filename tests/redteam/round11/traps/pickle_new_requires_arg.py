"""Hazard [`__new__` with a required argument in results]: `parse` returns `Measure`s holding `Unit`s, which `Unit.__new__(cls, symbol)` interns by symbol; default pickling recreates objects with `cls.__new__(cls)` and no arguments, so the caller cannot rebuild a worker's result."""
import hashlib
from dataclasses import dataclass


class Unit:
    _interned = {}

    def __new__(cls, symbol):
        if symbol not in cls._interned:
            obj = super().__new__(cls)
            obj.symbol = symbol
            cls._interned[symbol] = obj
        return cls._interned[symbol]


@dataclass(frozen=True)
class Reading:
    name: str
    text: str


@dataclass(frozen=True)
class Measure:
    name: str
    value: int
    unit: Unit


def _calib(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] % 3


def parse(r: Reading) -> Measure:
    value, symbol = r.text.split()
    return Measure(r.name, int(value) + _calib(r.name), Unit(symbol))


def run():
    readings = [Reading(f"m{i}", f"{i + 1} {'km' if i % 2 else 'm'}") for i in range(16)]
    measures = []
    for r in readings:
        measures.append(parse(r))
    return [(m.name, m.value, m.unit.symbol, m.unit is Unit("km")) for m in measures[:4]]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
