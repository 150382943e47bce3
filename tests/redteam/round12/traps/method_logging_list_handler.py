"""Hazard [method logs; the caller attaches a handler]: `run` attaches a handler collecting records into a list to the module logger and `Shipment.dispatch()` logs each dispatch at INFO; a spawned worker's logger has no handler and is at WARNING, so nothing is collected."""
import hashlib
import logging
from dataclasses import dataclass

log = logging.getLogger("shipping")

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class _Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


@dataclass(frozen=True)
class Shipment:
    ref: str
    boxes: int = 1

    def dispatch(self):
        log.info("dispatch %s x%d", self.ref, self.boxes)
        return _chain(self.ref) * self.boxes


def ship(shipment):
    return shipment.ref, shipment.dispatch()


def run():
    collect = _Collect()
    log.addHandler(collect)
    log.setLevel(logging.INFO)
    shipments = [Shipment(f"s{i}", 1 + i % 3) for i in range(16)]
    out = []
    for shipment in shipments:
        out.append(ship(shipment))
    log.removeHandler(collect)
    return len(out), collect.lines[:3], len(collect.lines)

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
