"""Positive PAR104: `results[job.name] = simulate(job)` over frozen dataclass jobs (str/int fields, literal defaults); `simulate` is a pure LCG queue model returning `(job.seed, served, peak)`."""
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    name: str
    seed: int = 1
    rate: int = 3


def simulate(job):
    x, queue, served, peak = job.seed, 0, 0, 0
    for _ in range(250000):
        x = (x * 1664525 + 1013904223) % 4294967296
        if x % 10 < job.rate:
            queue += 1
        elif queue:
            queue -= 1
            served += 1
        peak = max(peak, queue)
    return job.seed, served, peak


def main():
    jobs = [Job(f"job-{i:02}", 7 * i + 1, 3 + i % 3) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        results = dict(zip([job.name for job in jobs], executor.map(simulate, jobs)))
    return sorted(results.items())
