"""Positive PAR101: namedtuple jobs from a loader, each running a pure numeric simulation helper."""
from collections import namedtuple

Job = namedtuple("Job", "name seed steps")


def load_jobs():
    return [Job(f"sim{i}", 1000 + i * 17, 150000) for i in range(16)]


def _simulate(seed: int, steps: int) -> int:
    x = seed
    acc = 0
    for _ in range(steps):
        x = (1103515245 * x + 12345) % 2147483648
        acc ^= x >> 7
    return acc


def run_job(job: Job) -> tuple:
    return job.name, _simulate(job.seed, job.steps) % 100000


def main():
    results = []
    for job in load_jobs():
        results.append(run_job(job))
    return results
