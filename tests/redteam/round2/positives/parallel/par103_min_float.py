"""Lowest energy over configurations: `lowest = min(lowest, energy(c))` on floats."""
from concurrent.futures import ProcessPoolExecutor
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
    with ProcessPoolExecutor() as ex:
        for e in ex.map(energy, configs):
            lowest = min(lowest, e)
    return lowest
