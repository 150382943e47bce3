"""Hazard [plain class compared by identity]: `Job` defines no `__eq__`, so `run` removes finished jobs with `job not in done`; the jobs `finish` returns from a worker are copies and match nothing, so no job is removed."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


class Job:
    def __init__(self, name, seed):
        self.name = name
        self.seed = seed

    def __repr__(self):
        return f"Job({self.name!r})"


def _digest(seed, rounds=2000):
    h = str(seed).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def finish(job: Job):
    return job if _digest(job.seed)[0] % 2 == 0 else None


def run():
    jobs = [Job(f"job-{i}", i * 7) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        outcomes = list(executor.map(finish, jobs))
    done = [j for j in outcomes if j is not None]
    remaining = [j for j in jobs if j not in done]
    return len(done), [j.name for j in remaining]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
