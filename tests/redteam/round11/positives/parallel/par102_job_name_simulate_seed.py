"""Positive PAR102: `[(job.name, simulate(job.seed)) for job in jobs]` over frozen-dataclass jobs; `simulate` runs a pure LCG population model from the seed."""
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    name: str
    seed: int


def simulate(seed: int) -> int:
    x, alive = seed, 1000
    for _ in range(450000):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        if x % 7 == 0:
            alive -= 1 if alive > 0 else 0
        elif x % 5 == 0:
            alive += 1
    return alive


def main():
    jobs = [Job(f"colony-{i}", 42 + i * 1009) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        sims = list(executor.map(simulate, [job.seed for job in jobs]))
    outcomes = [(job.name, s) for job, s in zip(jobs, sims)]
    return outcomes
