"""Positive PAR201: files written up front, then read back one by one with simulated storage latency."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import os
import time


def write_files(folder: str, n: int) -> list:
    os.makedirs(folder, exist_ok=True)
    paths = []
    for i in range(n):
        p = os.path.join(folder, f"part{i:02d}.dat")
        with open(p, "wb") as f:
            f.write(bytes(i * 100))
        paths.append(p)
    return paths


def read_size(path: str) -> int:
    time.sleep(0.08)
    with open(path, "rb") as f:
        return len(f.read())


def main():
    paths = write_files("parts", 16)
    with ThreadPoolExecutor() as ex:
        sizes = list(ex.map(read_size, paths))
    return sizes
