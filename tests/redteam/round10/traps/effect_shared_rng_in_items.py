"""Hazard [shared mutable object in items]: every pair holds the same `random.Random(5)`, advanced by each draw; pickled per chunk, the copies restart the sequence and the parent's generator is never advanced."""
import random
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def draw(name, rng):
    return _digest(f"{name}{rng.random():.12f}")


def run():
    rng = random.Random(5)
    pairs = [(f"n{i}", rng) for i in range(16)]
    out = [draw(name, rng) for name, rng in pairs]
    return out[-2:], round(rng.random(), 9)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
