"""Hazard [loop-carried dependency through files]: stage(i) reads the part file stage(i-1) wrote; the loop over range(16) looks independent, but a thread pool starts stage(1) before part0 exists."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import time


def stage(i):
    prev = ""
    if i:
        with open(f"part{i - 1}.txt") as f:
            prev = f.read()
    time.sleep(0.02)
    data = hashlib.sha256((prev + str(i)).encode()).hexdigest()[:8]
    with open(f"part{i}.txt", "w") as f:
        f.write(data)
    return data


def main():
    with ThreadPoolExecutor() as ex:
        parts = list(ex.map(stage, range(16)))
    return parts
