"""Positive PAR102: `[render(job) for job in jobs]` over frozen dataclass jobs holding a nested `typing.NamedTuple` spec shared (read only) by several jobs; `render` iterates an LCG and returns `(job.name, job.spec.name, int)`."""
from dataclasses import dataclass
from typing import NamedTuple


class Spec(NamedTuple):
    name: str
    mult: int = 1103515245


@dataclass(frozen=True)
class Job:
    name: str
    seed: int
    spec: Spec


def render(job):
    x, acc = job.seed, 0
    for _ in range(300000):
        x = (x * job.spec.mult + 12345) % 2147483648
        acc ^= x >> 7
    return job.name, job.spec.name, acc


def main():
    specs = [Spec("a"), Spec("b", 69069)]
    jobs = [Job(f"j{i:02}", 17 + i, specs[i % 2]) for i in range(16)]
    out = [render(job) for job in jobs]
    return out
