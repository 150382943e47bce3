"""Hazard [counter hidden in a dataclass default_factory]: each Shipment takes its id from next(_IDS) through default_factory, and the caller continues numbering after the loop; under a pool the caller's counter never advanced."""
import dataclasses
import hashlib
import itertools

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


_IDS = itertools.count(1000)


@dataclasses.dataclass
class Shipment:
    dest: str
    sid: int = dataclasses.field(default_factory=lambda: next(_IDS))


def plan(dest):
    s = Shipment(dest)
    return dest, _work(dest)


def main():
    dests = [f"city{i}" for i in range(16)]
    plans = [plan(d) for d in dests]
    return plans[:2], Shipment("hq").sid
