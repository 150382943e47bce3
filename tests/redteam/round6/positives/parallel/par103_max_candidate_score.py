"""Positive PAR103: running maximum of a pure score over candidates."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def score(candidate: str) -> int:
    h = candidate.encode()
    for _ in range(40000):
        h = hashlib.sha256(h).digest()
    return int.from_bytes(h[:4], "big")


def main():
    candidates = [f"layout-{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        best = max([0, *ex.map(score, candidates)])
    return best
