"""Hazard [hash depends on id]: `Part` compares equal by fields but hashes by `id(self)` (written for a registry of live parts); `inspect` returns the part and `run` counts returned parts found in `set(parts)`, and copies from a worker hash differently and are not found."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


class Part:
    def __init__(self, serial, weight):
        self.serial = serial
        self.weight = weight

    def __eq__(self, other):
        return isinstance(other, Part) and (self.serial, self.weight) == (other.serial, other.weight)

    def __hash__(self):
        return id(self)


def _check(serial, rounds=2000):
    h = serial.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] > 60


def inspect(part: Part):
    return part if _check(part.serial) else None


def run():
    parts = [Part(f"p-{i:04}", 10 + i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        passed = list(executor.map(inspect, parts))
    known = set(parts)
    ok = [p for p in passed if p is not None]
    return len(ok), sum(p in known for p in ok)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
