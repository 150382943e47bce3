"""batch() seeds the global generator so that two runs with the same seed are identical (a
reproducibility check); workers are not seeded by the caller's random.seed, so the runs differ."""
import random


def trial(n):
    hits = 0
    for _ in range(3000):
        x, y = random.random(), random.random()
        hits += x * x + y * y <= 1.0
    return hits + n


def batch(seed):
    random.seed(seed)
    return [trial(n) for n in range(20)]


def main():
    first = batch(7)
    second = batch(7)
    return "reproducible" if first == second else "NOT reproducible"
