"""Sum the line counts of files on a slow share (20 ms latency each): I/O reduction."""
from concurrent.futures import ThreadPoolExecutor
import os
import tempfile
import time


def count_lines(path: str) -> int:
    time.sleep(0.02)
    with open(path) as f:
        return sum(1 for _ in f)


def main():
    d = tempfile.mkdtemp()
    paths = []
    for i in range(30):
        p = os.path.join(d, f"log{i}.txt")
        with open(p, "w") as f:
            f.write("line\n" * (i + 1))
        paths.append(p)
    with ThreadPoolExecutor(max_workers=8) as ex:
        total = sum(ex.map(count_lines, paths))
    return total
