"""Hazard [a stateful object whose method the body calls]: `meter`, an instance of the module's `Meter` class, is charged the cost of each conversion (`meter.charge(cost)`); the caller bills `meter.used`, which sums sixteen charges sequentially and stays 0 when each call charged its own pickled copy."""
import hashlib


class Meter:
    def __init__(self, rate):
        self.rate = rate
        self.used = 0

    def charge(self, units):
        self.used += units * self.rate
        return self.used


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def conversions(n):
    return [(f"video{i:02d}", 30 + (i * 13) % 50) for i in range(n)]


def main():
    meter = Meter(rate=3)
    rounds = 8000
    outputs = {}
    for name, seconds in conversions(16):
        cost = (seconds + 9) // 10
        meter.charge(cost)
        outputs[name] = stretch(f"{name}@{seconds}", rounds)
    return outputs["video07"], meter.used
