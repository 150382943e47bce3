"""Hazard [result is a nested record shared between items]: jobs share one of two `Profile` records; `plan` returns `job.profile`, and `run` counts distinct profiles by identity (`len({id(p) for p in ...})`), which becomes one per job through a worker."""
import hashlib
from collections import namedtuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

Profile = namedtuple("Profile", "name cores")
Job = namedtuple("Job", "name profile")


def plan(job):
    _chain(job.name)
    return job.profile


def run():
    profiles = [Profile("small", 2), Profile("large", 8)]
    jobs = [Job(f"j{i}", profiles[i % 2]) for i in range(16)]
    used = []
    for job in jobs:
        used.append(plan(job))
    return len({id(p) for p in used})

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
