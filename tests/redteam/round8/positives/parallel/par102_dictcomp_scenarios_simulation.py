"""Positive PAR102: dict comprehension over `make_scenarios().items()` (str -> int seed), each value a random walk simulation with its own `random.Random(seed)`."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import random


def make_scenarios():
    return {f"scenario-{c}": 1000 + 37 * i for i, c in enumerate("abcdefghijklmnop")}


def simulate(seed):
    rng = random.Random(seed)
    position, peak, crossings = 0, 0, 0
    for _ in range(60000):
        step = 1 if rng.random() < 0.5 else -1
        if position == 0:
            crossings += 1
        position += step
        peak = max(peak, abs(position))
    return position, peak, crossings


def main():
    scenarios = make_scenarios()
    with ProcessPoolExecutor() as ex:
        outcomes = dict(zip(scenarios, ex.map(simulate, scenarios.values())))
    return outcomes
