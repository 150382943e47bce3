"""Hazard [lock passed into a record field through a variable]: each `Job` carries the shared `guard = threading.Lock()` built in `run`; the field is annotated `object`, and a lock cannot be pickled."""
import hashlib
import threading
from dataclasses import dataclass

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Job:
    name: str
    guard: object = None


def work(job):
    with job.guard:
        return job.name, _chain(job.name)


def run():
    guard = threading.Lock()
    jobs = [Job(f"j{i}", guard) for i in range(16)]
    out = []
    for job in jobs:
        out.append(work(job))
    return out[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
