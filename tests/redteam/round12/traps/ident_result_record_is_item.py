"""Hazard [result is the record, matched by identity]: `select` returns the (frozen) record itself when it passes the check, and `run` finds the positions of the selected records with `any(r is c for r in picked)`, which never holds for copies from a worker."""
import hashlib
from dataclasses import dataclass

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Candidate:
    name: str
    score: int = 0


def select(cand):
    return cand if (_chain(cand.name) + cand.score) % 2 == 0 else None


def run():
    cands = [Candidate(f"c{i}", i) for i in range(16)]
    picked = []
    for cand in cands:
        picked.append(select(cand))
    return [i for i, c in enumerate(cands) if any(r is c for r in picked)]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
