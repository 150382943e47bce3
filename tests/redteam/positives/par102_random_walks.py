"""Simulate seeded 2-D random walks and summarise each in a list comprehension; PAR102 should fire in run_walks."""
import random


def simulate(seed, steps):
    rng = random.Random(seed)
    x = y = 0
    max_dist = 0
    for _ in range(steps):
        dx, dy = rng.choice(((1, 0), (-1, 0), (0, 1), (0, -1)))
        x += dx
        y += dy
        d = abs(x) + abs(y)
        if d > max_dist:
            max_dist = d
    return seed, (x, y), max_dist


def run_walks(seeds, steps=90_000):
    return [simulate(seed, steps=steps) for seed in seeds]


def main():
    walks = run_walks(range(32))
    print("farthest:", max(w[2] for w in walks))
    return walks
