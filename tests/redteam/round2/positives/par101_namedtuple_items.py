"""Simulate each particle (namedtuple items) for many steps; returns new tuples."""
from collections import namedtuple

Particle = namedtuple("Particle", "x v")


def simulate(p: Particle, steps: int = 80_000, dt: float = 1e-3) -> tuple:
    x, v = p.x, p.v
    for _ in range(steps):
        v -= x * dt
        x += v * dt
    return (round(x, 9), round(v, 9))


def main():
    particles = [Particle(float(i), 0.0) for i in range(24)]
    states = []
    for p in particles:
        states.append(simulate(p))
    return states[:2]
