"""Hazard [CPU time measured by the caller]: `run` checks the process CPU time spent on the batch (`time.process_time()`) to decide whether to enable the cache next time; work done in workers is not counted in the caller's CPU time."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import time
from typing import NamedTuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Job(NamedTuple):
    name: str
    rounds: int = 1


def work(job):
    h = 0
    for k in range(job.rounds):
        h += _chain(f"{job.name}-{k}")
    return job.name, h


def run():
    jobs = [Job(f"j{i}", 40) for i in range(16)]
    t0 = time.process_time()
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(work, jobs))
    spent = time.process_time() - t0
    return out[:2], "enable-cache" if spent > 0.2 else "no-cache"

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
