"""Hazard [stack introspection]: the reader records which function called it via
sys._getframe(1); in a pool thread the caller is the executor's worker, not main()."""
import os
import sys
import tempfile
import time

AUDIT = []

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
    AUDIT.append(sys._getframe(1).f_code.co_name)
    time.sleep(0.05)
    with open(path) as f:
        return len(f.read())


def main():
    paths = make_files(5)
    sizes = []
    for p in paths:
        sizes.append(load(p))
    return sizes, sorted(set(AUDIT))
