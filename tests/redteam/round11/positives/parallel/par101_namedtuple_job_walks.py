"""Positive PAR101: simulate `collections.namedtuple` jobs (LCG random walks seeded per job) with `results.append(simulate(job))`, each result `(job.name, final position, peak)`."""
from concurrent.futures import ProcessPoolExecutor
from collections import namedtuple

Job = namedtuple("Job", "name seed steps")


def simulate(job: Job) -> tuple:
    x, pos, peak = job.seed, 0, 0
    for _ in range(job.steps):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        pos += 1 if x & 1024 else -1
        if pos > peak:
            peak = pos
    return job.name, pos, peak


def main():
    jobs = [Job(f"walk-{i}", 1000 + 17 * i, 400000) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        results = list(executor.map(simulate, jobs))
    return results
