"""A seeded random.Random instance is passed to every call and advances as each call draws;
a process pool pickles the generator's state per item, so every item replays the same stream."""
import random


def noisy_measurement(sensor, rng):
    total = 0.0
    for _ in range(3000):
        total += rng.gauss(0.0, 1.0)
    return round(sensor + total / 3000, 6)


def main():
    rng = random.Random(99)
    sensors = list(range(20))
    readings = [noisy_measurement(s, rng) for s in sensors]
    return [round(r - s, 6) for r, s in zip(readings, sensors)][:3]
