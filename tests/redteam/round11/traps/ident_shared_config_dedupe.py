"""Hazard [results counted by identity]: every job carries one of two shared `Profile` objects; `plan` returns `(job.name, job.profile)` and `run` reports how many distinct profile objects are in use (`id`), which grows to one per job through a worker."""
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    rounds: int


@dataclass(frozen=True)
class Job:
    name: str
    profile: Profile


def _digest(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def plan(job: Job) -> tuple:
    _digest(job.name, job.profile.rounds)
    return job.name, job.profile


def run():
    fast, slow = Profile("fast", 500), Profile("slow", 2500)
    jobs = [Job(f"job-{i}", fast if i % 2 else slow) for i in range(16)]
    plans = []
    for job in jobs:
        plans.append(plan(job))
    in_use = {id(p) for _, p in plans}
    return len(in_use), sorted({p.name for _, p in plans})


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
