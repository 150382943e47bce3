"""Positive PAR201: a loop reading local files through a slow (latency-bound) reader."""
from concurrent.futures import ThreadPoolExecutor
import os
import tempfile
import time


def read_slow(path: str) -> int:
    time.sleep(0.05)
    with open(path, "rb") as f:
        return len(f.read())


def main():
    d = tempfile.mkdtemp()
    paths = []
    for i in range(10):
        p = os.path.join(d, f"{i}.bin")
        with open(p, "wb") as f:
            f.write(b"z" * (i * 100 + 1))
        paths.append(p)
    with ThreadPoolExecutor() as ex:
        sizes = list(ex.map(read_slow, paths))
    return sizes
