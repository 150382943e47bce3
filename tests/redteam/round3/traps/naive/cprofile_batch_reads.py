"""Hazard [per-thread profilers]: the batch is profiled with cProfile, which only sees the
thread that enabled it; reads moved to pool threads vanish from the profile."""
from concurrent.futures import ThreadPoolExecutor
import cProfile
import os
import pstats
import tempfile
import time

def make_files(n: int) -> list:
    d = tempfile.mkdtemp()
    paths = []
    for i in range(n):
        p = os.path.join(d, f"part{i}.txt")
        with open(p, "w") as f:
            f.write(f"line {i}\n" * (i + 1))
        paths.append(p)
    return paths


def load(path: str) -> int:
    time.sleep(0.03)
    with open(path) as f:
        return len(f.read())


def main():
    paths = make_files(5)
    prof = cProfile.Profile()
    prof.enable()
    with ThreadPoolExecutor() as ex:
        sizes = list(ex.map(load, paths))
    prof.disable()
    calls = sum(v[1] for k, v in pstats.Stats(prof).stats.items() if k[2] == "load")
    return sizes, calls
