"""Unit pickles itself as a lookup in a unit registry that main() fills at run time; unpickling
an item in a spawned worker finds the worker's registry empty and falls back to a unit of factor 1."""
import hashlib

_UNITS = {}


class Unit:
    def __init__(self, symbol, factor):
        self.symbol, self.factor = symbol, factor

    def __reduce__(self):
        return (get_unit, (self.symbol,))


def get_unit(symbol):
    unit = _UNITS.get(symbol)
    if unit is None:  # unknown units are treated as dimensionless
        unit = Unit(symbol, 1.0)
    return unit


def register_unit(symbol, factor):
    _UNITS[symbol] = Unit(symbol, factor)


def normalise(quantity):
    value, unit = quantity
    h = str(value).encode()
    for _ in range(1500):
        h = hashlib.sha256(h).digest()
    return round(value * unit.factor, 3), h[0]


def main():
    register_unit("km", 1000.0)
    register_unit("mi", 1609.344)
    quantities = [(i + 0.5, get_unit("km" if i % 2 else "mi")) for i in range(20)]
    metres = [normalise(q) for q in quantities]
    return metres[:3]
