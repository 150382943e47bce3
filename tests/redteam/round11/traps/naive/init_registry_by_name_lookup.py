"""Hazard [registry filled by `__init__`]: every `Job` registers itself in `Job.by_name` when constructed, and `schedule` walks a job's dependencies through that registry; unpickled copies never run `__init__`, so a worker's registry is empty (KeyError)."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


class Job:
    by_name = {}

    def __init__(self, name, cost, after=None):
        self.name = name
        self.cost = cost
        self.after = after
        Job.by_name[name] = self


def _check(name, rounds=1500):
    h = name.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] % 3


def schedule(job: Job) -> tuple:
    start, dep = 0, job.after
    while dep is not None:
        parent = Job.by_name[dep]
        start += parent.cost
        dep = parent.after
    return job.name, start + _check(job.name)


def run():
    jobs = [Job(f"step{i}", 3 + i % 4, f"step{i - 1}" if i else None) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        plan = list(executor.map(schedule, jobs))
    return plan


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
