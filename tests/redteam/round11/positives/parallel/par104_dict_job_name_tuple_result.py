"""Positive PAR104: `results[job.name] = (job.seed, simulate(job))` over `collections.namedtuple` jobs; `simulate` is a pure LCG queue simulation."""
from concurrent.futures import ProcessPoolExecutor
from collections import namedtuple

Job = namedtuple("Job", ["name", "seed", "servers"])


def simulate(job: Job) -> int:
    x, queue, served = job.seed, 0, 0
    for _ in range(400000):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        if x % 3 == 0:
            queue += 1
        if queue and x % (job.servers + 2) == 0:
            queue -= 1
            served += 1
    return served


def main():
    jobs = [Job(f"queue-{i}", 7 * i + 3, 1 + i % 4) for i in range(16)]
    results = {}
    with ProcessPoolExecutor() as executor:
        for job, served in zip(jobs, executor.map(simulate, jobs)):
            results[job.name] = (job.seed, served)
    return results
