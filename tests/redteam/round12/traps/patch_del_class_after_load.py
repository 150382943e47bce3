"""Hazard [class deleted from the module]: `run` builds the jobs, then `del globals()["Job"]` to keep the module namespace clean (only instances are used afterwards); pickle finds classes by module attribute, so the jobs cannot be sent to a worker."""
import hashlib
from collections import namedtuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

Job = namedtuple("Job", "name size")


def work(job):
    return job.name, _chain(job.name) + job.size


def run():
    jobs = [Job(f"job{i}", i) for i in range(16)]
    del globals()["Job"]
    done = []
    for job in jobs:
        done.append(work(job))
    return done[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
