"""Positive PAR102: `{grade(sample) for sample in samples}` (a set comprehension) whose elements are frozen dataclass `Verdict(label: str, level: int)` instances defined in this file (hashed by value); the pure callee grades a 30000-round SHA-256 chain of the sample; `run` reports the sorted distinct verdicts."""
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Verdict:
    label: str
    level: int


def grade(sample):
    h = sample.encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    level = h[0] % 3
    return Verdict(("low", "mid", "high")[level], level)


def run():
    samples = [f"sample-{i:02d}" for i in range(16)]
    verdicts = {grade(sample) for sample in samples}
    return sorted(verdicts)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
