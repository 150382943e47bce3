"""Sum the line counts of files on a slow share (20 ms latency each): I/O reduction."""
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
    total = 0
    for p in paths:
        total += count_lines(p)
    return total
