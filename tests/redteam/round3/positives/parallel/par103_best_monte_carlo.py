"""Positive PAR103: a max over seeded Monte Carlo estimates, each with its own RNG."""
from concurrent.futures import ProcessPoolExecutor
import random


def estimate(seed: int) -> float:
    rng = random.Random(seed)
    hits = sum(1 for _ in range(150000) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
    return 4.0 * hits / 150000


def main():
    best = 0.0
    with ProcessPoolExecutor() as ex:
        for r in ex.map(estimate, range(8)):
            best = max(best, r)
    return best
