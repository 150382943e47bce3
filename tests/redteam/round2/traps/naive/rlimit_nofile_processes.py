"""Hazard [resource limits]: with RLIMIT_NOFILE lowered to a few spare descriptors,
starting worker processes (pipes, sentinels) fails although the work itself needs none."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import os
import resource


def digest(word: str) -> str:
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    used = len(os.listdir("/proc/self/fd"))
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (used + 4, hard))
    words = [f"w{i}" for i in range(40)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(digest, words))
    return out[:1]
