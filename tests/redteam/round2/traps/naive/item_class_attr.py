"""Hazard [state read through an attribute of the item]: each job carries a class
(pickled by reference) whose class attribute `rounds` was changed at run time."""
from concurrent.futures import ProcessPoolExecutor
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
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(digest, jobs))
    return out[:2]
