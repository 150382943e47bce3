"""Positive PAR103: `total += score(job)` over dataclass jobs with a `field(default_factory=tuple)` (immutable) parameter list; `score` is a pure hash chain reduced to an int."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    params: tuple = field(default_factory=tuple)


def score(job: Job) -> int:
    h = (job.name + repr(job.params)).encode()
    for _ in range(180000):
        h = hashlib.sha256(h).digest()
    return int.from_bytes(h[:2], "big")


def main():
    jobs = [Job(f"job{i}", (i, i * i)) if i % 3 else Job(f"job{i}") for i in range(16)]
    total = 0
    with ProcessPoolExecutor() as executor:
        total += sum(executor.map(score, jobs))
    return total
