"""Hazard [bound methods in items]: the pairs hold `meter.add`, a bound method of one local `Meter` accumulating a total that `run` reports; each chunk pickles its own copy of the meter."""
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


class Meter:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return _digest(f"{x}:{self.total}")


def run():
    meter = Meter()
    pairs = [(meter.add, i) for i in range(16)]
    out = [fn(x) for fn, x in pairs]
    return out[-1], meter.total


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
