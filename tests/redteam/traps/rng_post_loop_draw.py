"""The simulation draws from the global `random` generator that main() seeded, and the run id
drawn after the loop depends on how many numbers the loop consumed; in workers the caller's generator is never advanced."""
import random


def simulate(steps):
    pos = 0
    for _ in range(steps):
        pos += 1 if random.random() < 0.5 else -1
    return pos


def main():
    random.seed(2024)
    finals = []
    for steps in range(3000, 3020):
        finals.append(simulate(steps))
    run_id = f"run-{random.getrandbits(32):08x}"
    return run_id
