"""Hazard [method wrapped at run time to count calls]: `run` wraps `Job.cost` with a counting wrapper (metrics) and reports the call count; in workers the class has the unwrapped method, so the caller counts nothing."""
import hashlib
from dataclasses import dataclass

CALLS = [0]

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Job:
    name: str
    weight: int = 1

    def cost(self):
        return _chain(self.name) * self.weight


def _counted(fn):
    def wrapper(self):
        CALLS[0] += 1
        return fn(self)
    return wrapper


def schedule(job):
    return job.name, job.cost()


def run():
    Job.cost = _counted(Job.cost)
    jobs = [Job(f"j{i}", 1 + i % 4) for i in range(16)]
    plan = []
    for job in jobs:
        plan.append(schedule(job))
    return CALLS[0], plan[:2]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
