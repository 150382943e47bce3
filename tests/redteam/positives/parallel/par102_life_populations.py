"""Run Conway's Game of Life from seeded soups and record population curves; PAR102 should fire on the comprehension in survey."""
import concurrent.futures
import itertools
import random

SIZE = 40


def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % SIZE, (y + dy) % SIZE)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}


def run_life(seed, generations):
    rng = random.Random(seed)
    cells = {(x, y) for x in range(SIZE) for y in range(SIZE) if rng.random() < 0.35}
    populations = []
    for _ in range(generations):
        cells = step(cells)
        populations.append(len(cells))
    return tuple(populations)


def survey(seeds, generations):
    with concurrent.futures.ProcessPoolExecutor() as ex:
        return list(ex.map(run_life, seeds, itertools.repeat(generations)))


def main():
    curves = survey(list(range(32)), 40)
    print("final populations:", [c[-1] for c in curves])
    return curves
