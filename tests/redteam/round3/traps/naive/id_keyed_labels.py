"""Hazard [id()-keyed lookup]: labels are registered by id() of the caller's objects;
objects pickled into workers have new ids and are all "unlabelled"."""
from concurrent.futures import ProcessPoolExecutor
import hashlib

LABELS = {}

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


class Sample:
    def __init__(self, data: str):
        self.data = data


def describe(s: Sample) -> str:
    d = _chain(s.data).hex()[:6]
    return f"{LABELS.get(id(s), 'unlabelled')}:{d}"


def main():
    samples = [Sample(f"x{i}") for i in range(5)]
    for i, s in enumerate(samples):
        LABELS[id(s)] = f"L{i}"
    with ProcessPoolExecutor() as ex:
        return list(ex.map(describe, samples))
