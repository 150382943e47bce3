"""Hazard [the module random generator seeded by the caller]: `main()` seeds `random` for a reproducible simulation and the body draws each trial's jitter with `random.random()`; the caller checks the jitters against its replay log (the same seed); spawned workers seed their own generator from the OS, so no jitter matches."""
import hashlib
import random


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def trials(n):
    return [(f"t{i:02d}", 0.5 + i / 10) for i in range(n)]


def main():
    random.seed(31337)
    rounds = 8000
    results = []
    for name, base in trials(16):
        jitter = random.random()
        outcome = stretch(f"{name}:{base + jitter:.6f}", rounds)
        results.append((name, jitter, outcome))
    replay = random.Random(31337)
    matches = sum(j == replay.random() for _, j, _ in results)
    return matches, len(results)
