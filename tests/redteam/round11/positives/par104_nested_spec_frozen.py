"""Positive PAR104: `reports[job.name] = run_job(job)` over frozen dataclass jobs holding a nested frozen `Spec` shared by several jobs (read only); results are `(spec name, digest)` tuples."""
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Spec:
    name: str
    rounds: int
    salt: bytes


@dataclass(frozen=True)
class Job:
    name: str
    spec: Spec


def run_job(job: Job) -> tuple:
    key = hashlib.pbkdf2_hmac("sha256", job.name.encode(), job.spec.salt, job.spec.rounds)
    return job.spec.name, key.hex()[:12]


def main():
    quick = Spec("quick", 150000, b"q-salt")
    strong = Spec("strong", 220000, b"s-salt")
    jobs = [Job(f"job{i:02}", strong if i % 4 == 0 else quick) for i in range(16)]
    reports = {}
    for job in jobs:
        reports[job.name] = run_job(job)
    return reports
