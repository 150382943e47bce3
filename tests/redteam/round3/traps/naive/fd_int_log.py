"""Hazard [raw file descriptor numbers]: the callee writes to an fd number opened by the
caller; in a spawned worker that descriptor does not exist (or is something else)."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import os
import tempfile

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def checksum(fd: int, name: str) -> str:
    d = _chain(name).hex()[:8]
    os.write(fd, f"{name} {d}\n".encode())
    return d


def main():
    path = os.path.join(tempfile.mkdtemp(), "audit.log")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    fd = os.dup2(fd, 77)
    names = [f"f{i}" for i in range(6)]
    try:
        with ProcessPoolExecutor() as ex:
            sums = list(ex.map(checksum, [fd] * len(names), names))
    except OSError as e:
        return f"failed: {e.strerror}"
    os.close(fd)
    with open(path) as f:
        return sums, len(f.read().splitlines())
