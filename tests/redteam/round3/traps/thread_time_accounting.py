"""Hazard [per-thread CPU clock]: the caller charges the parse work with time.thread_time;
parsed on pool threads, the caller's thread used almost no CPU."""
import json
import os
import tempfile
import time


def make_files(n: int) -> list:
    d = tempfile.mkdtemp()
    paths = []
    for i in range(n):
        p = os.path.join(d, f"big{i}.json")
        with open(p, "w") as f:
            json.dump([{"k": j, "v": str(j * i)} for j in range(60000)], f)
        paths.append(p)
    return paths


def load(path: str) -> int:
    with open(path) as f:
        return len(json.load(f))


def main():
    paths = make_files(4)
    t0 = time.thread_time()
    sizes = []
    for p in paths:
        sizes.append(load(p))
    cpu = time.thread_time() - t0
    return sizes, "charged" if cpu > 0.05 else "free"
