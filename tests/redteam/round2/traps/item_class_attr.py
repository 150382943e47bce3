"""Hazard [state read through an attribute of the item]: each job carries a class
(pickled by reference) whose class attribute `rounds` was changed at run time."""
import hashlib


class Sha:
    rounds = 20000


class Job:
    def __init__(self, name: str, kind):
        self.name = name
        self.kind = kind


def digest(job: Job) -> str:
    h = job.name.encode()
    for _ in range(job.kind.rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    Sha.rounds = 3000
    jobs = [Job(f"d{i}", Sha) for i in range(40)]
    out = []
    for j in jobs:
        out.append(digest(j))
    return out[:2]
