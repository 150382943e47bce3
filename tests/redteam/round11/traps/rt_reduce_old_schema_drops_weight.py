"""Hazard [`__reduce__` older than the class]: `Sample.__reduce__` was written before `weight` existed and rebuilds from `(name, values)` only; the weights `run` sets never reach the worker, which averages every sample with weight 1."""
import hashlib


class Sample:
    def __init__(self, name, values, weight=1):
        self.name = name
        self.values = tuple(values)
        self.weight = weight

    def __reduce__(self):
        return (Sample, (self.name, self.values))


def _noise(name, rounds=1500):
    h = name.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] % 5


def weighted(s: Sample) -> tuple:
    return s.name, s.weight * (sum(s.values) + _noise(s.name))


def run():
    samples = [Sample(f"s{i}", range(i, i + 5)) for i in range(16)]
    for s in samples:
        s.weight = 1 + s.values[0] % 3
    scores = []
    for s in samples:
        scores.append(weighted(s))
    return scores[:5]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
