"""Hazard [thread-unsafe save/restore of process state]: each reader raises the recursion
limit to parse a nested document and restores the value it saw; on threads the restores
cross and the raised limit leaks to the caller."""
from concurrent.futures import ThreadPoolExecutor
import json
import os
import sys
import tempfile
import time


def make_files(n: int) -> list:
    d = tempfile.mkdtemp()
    paths = []
    for i in range(n):
        p = os.path.join(d, f"doc{i}.json")
        with open(p, "w") as f:
            f.write("[" * 50 + str(i) + "]" * 50)
        paths.append(p)
    return paths


def load(path: str) -> int:
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(old + 5000)
    try:
        time.sleep(0.05)
        with open(path) as f:
            return len(json.load(f))
    finally:
        sys.setrecursionlimit(old)


def main():
    base = sys.getrecursionlimit()
    paths = make_files(4)
    with ThreadPoolExecutor() as ex:
        sizes = list(ex.map(load, paths))
    return sizes, sys.getrecursionlimit() == base
