"""Hazard [dataclass __post_init__ registry]: constructing a Report registers it in a
class-level index; built in worker processes, the caller's index stays empty."""
import hashlib
from dataclasses import dataclass
from typing import ClassVar

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


@dataclass
class Report:
    name: str
    digest: str
    index: ClassVar[dict] = {}

    def __post_init__(self):
        Report.index[self.name] = self


def build(name: str) -> Report:
    return Report(name, _chain(name).hex()[:8])


def main():
    names = [f"r{i}" for i in range(6)]
    reports = []
    for n in names:
        reports.append(build(n))
    return [r.digest for r in reports], sorted(Report.index), all(Report.index.get(r.name) is r for r in reports)
