"""Lowest energy over configurations: `lowest = min(lowest, energy(c))` on floats."""
import math


def energy(config: tuple) -> float:
    a, b = config
    e = 0.0
    for i in range(1, 60_000):
        e += math.sin(a * i) * math.cos(b / i) / i
    return e


def main():
    configs = [(0.1 * i, 0.05 * (40 - i)) for i in range(40)]
    lowest = math.inf
    for c in configs:
        lowest = min(lowest, energy(c))
    return lowest
