"""Hazard [per-process profilers]: the batch is profiled with cProfile in the caller;
work done in worker processes never shows up in the profile."""
from concurrent.futures import ProcessPoolExecutor
import cProfile
import hashlib
import pstats

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def stretch(name: str) -> str:
    return _chain(name).hex()[:8]


def main():
    prof = cProfile.Profile()
    prof.enable()
    names = [f"u{i}" for i in range(6)]
    with ProcessPoolExecutor() as ex:
        keys = list(ex.map(stretch, names))
    prof.disable()
    calls = sum(v[1] for k, v in pstats.Stats(prof).stats.items() if k[2] == "stretch")
    return keys, calls
