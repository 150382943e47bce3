"""Hazard [frozen dataclass with a list field]: `Job` is frozen but its `history` list is not; `execute` appends the run's digest to `job.history`, and `run` reports the histories, which stay empty when the appends happen on a worker's copy."""
import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Job:
    name: str
    seed: int
    history: list = field(default_factory=list, compare=False)


def _digest(seed, rounds=1500):
    h = str(seed).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def execute(job: Job) -> tuple:
    d = _digest(job.seed)
    job.history.append(d)
    return job.name, d


def run():
    jobs = [Job(f"job{i}", i * 11) for i in range(16)]
    results = []
    for job in jobs:
        results.append(execute(job))
    return [len(j.history) for j in jobs], results[0]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
