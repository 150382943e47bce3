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
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        finals = list(ex.map(simulate, range(3000, 3020)))
    run_id = f"run-{random.getrandbits(32):08x}"
    return run_id
