"""Hazard [results of a class local to the callee]: `analyse` returns an instance of `Report`, a small class defined inside it; the worker cannot pickle the result back (local object)."""
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    name: str
    seed: int


def _digest(seed, rounds=1500):
    h = str(seed).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def analyse(s: Sample):
    class Report:
        def __init__(self, name, digest):
            self.name = name
            self.digest = digest

    return Report(s.name, _digest(s.seed))


def run():
    samples = [Sample(f"s{i}", i * 13) for i in range(16)]
    reports = []
    for s in samples:
        reports.append(analyse(s))
    return [(r.name, r.digest) for r in reports[:2]]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
