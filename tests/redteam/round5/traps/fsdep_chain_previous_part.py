"""Hazard [loop-carried dependency through files]: stage(i) reads the part file stage(i-1) wrote; the loop over range(16) looks independent, but a thread pool starts stage(1) before part0 exists."""
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
    parts = []
    for i in range(16):
        parts.append(stage(i))
    return parts
