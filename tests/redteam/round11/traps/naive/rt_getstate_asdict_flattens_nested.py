"""Hazard [lossy `__getstate__`]: `Shipment.__getstate__` returns `dataclasses.asdict(self)` (the serialised form), which turns the nested `Address` into a dict; in the worker `shipment.dest.zone` raises AttributeError."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import asdict, dataclass


@dataclass
class Address:
    city: str
    zone: int


@dataclass
class Shipment:
    ident: str
    dest: Address
    kilos: int

    def __getstate__(self):
        return asdict(self)

    def __setstate__(self, state):
        self.__dict__.update(state)


def _surcharge(ident, rounds=1500):
    h = ident.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] % 9


def rate(s: Shipment) -> tuple:
    return s.ident, s.kilos * (3 + s.dest.zone) + _surcharge(s.ident)


def run():
    shipments = [Shipment(f"sh-{i}", Address(f"city{i % 4}", i % 4), 2 + i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        rates = list(executor.map(rate, shipments))
    return rates


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
