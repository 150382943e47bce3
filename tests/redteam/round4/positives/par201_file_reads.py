"""Positive PAR201: a loop reading local files (each read has simulated storage latency)."""
import hashlib
import os
import time


def read_blob(path: str) -> str:
    time.sleep(0.03)
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()[:10]


def main():
    os.makedirs("blobs", exist_ok=True)
    paths = []
    for i in range(16):
        p = os.path.join("blobs", f"{i}.bin")
        with open(p, "wb") as fh:
            fh.write(bytes([i]) * 5000)
        paths.append(p)
    sums = []
    for p in paths:
        sums.append(read_blob(p))
    return sums
