"""Positive PAR201: read every file of a directory the script filled, each read behind simulated latency."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import os
import time


def read_remote(path):
    time.sleep(0.03)
    with open(path) as f:
        return os.path.basename(path), len(f.read())


def main():
    os.makedirs("share")
    for i in range(16):
        with open(os.path.join("share", f"doc{i:02d}.txt"), "w") as f:
            f.write("x" * (10 * i + 1))
    paths = [os.path.join("share", n) for n in sorted(os.listdir("share"))]
    with ThreadPoolExecutor() as ex:
        sizes = list(ex.map(read_remote, paths))
    return sizes
