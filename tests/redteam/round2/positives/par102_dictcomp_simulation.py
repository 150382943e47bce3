"""Random-walk simulation per seed with its own seeded generator; dict comprehension."""
import random


def walk(seed: int, steps: int = 60_000) -> int:
    rng = random.Random(seed)
    pos = 0
    for _ in range(steps):
        pos += 1 if rng.random() < 0.5 else -1
    return pos


def main():
    seeds = list(range(100, 130))
    finals = {s: walk(s) for s in seeds}
    return [finals[s] for s in seeds[:5]], sum(finals.values())
