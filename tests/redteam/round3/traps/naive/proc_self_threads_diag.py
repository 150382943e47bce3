"""Hazard [process introspection through /proc]: each load records the process's thread
count from /proc/self/status for diagnostics; run on pool threads, the count includes
the pool."""
from concurrent.futures import ThreadPoolExecutor
import os
import tempfile
import time


def load(path: str) -> tuple:
    time.sleep(0.05)
    with open(path) as f:
        size = len(f.read())
    with open("/proc/self/status") as f:
        threads = 0
        for line in f:
            if line.startswith("Threads:"):
                threads = int(line.split()[1])
    return size, threads


def main():
    d = tempfile.mkdtemp()
    paths = []
    for i in range(5):
        p = os.path.join(d, f"{i}.txt")
        with open(p, "w") as f:
            f.write("q" * (i + 1))
        paths.append(p)
    with ThreadPoolExecutor() as ex:
        out = list(ex.map(load, paths))
    return [s for s, _ in out], max(t for _, t in out) == 1
