"""Positive PAR102: max() over a generator of hash-chain scores."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def score(seed: str) -> int:
    h = seed.encode()
    for _ in range(50000):
        h = hashlib.sha256(h).digest()
    return int.from_bytes(h[:4], "big")


def main():
    seeds = [f"s{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return max(ex.map(score, seeds))
