"""Hazard [`encode` of a project class mutates the item]: `seal(value)` calls `value.encode()`; the values mix str and `Field` objects whose `encode` increments `self.encoded`; `run` sums `encoded` over the fields, which only the workers' copies see incremented."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


class Field:
    def __init__(self, text):
        self.text = text
        self.encoded = 0

    def encode(self, encoding="utf-8"):
        self.encoded += 1
        return self.text.encode(encoding)


def seal(value):
    return _chain(value.encode())


def run():
    values = [Field(f"f{i}") if i % 2 else f"s{i}" for i in range(16)]
    with ProcessPoolExecutor() as executor:
        seals = list(executor.map(seal, values))
    return sum(v.encoded for v in values if isinstance(v, Field)), sum(seals)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
